import { describe, expect, it } from "vitest";
import { GetAccountBalanceCommand, ListBonusPaymentsCommand, SendBonusCommand } from "@aws-sdk/client-mturk";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { balancesOf } from "@/lib/money/queries";
import { checkLedger } from "@/lib/money/invariants";

const fail = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a RequestError"); }, (e) => e);

async function submittedBy(hitId: string) {
  const w = await makeWorker();
  const a = await acceptHit(w.id, hitId);
  await submitAssignment(w.id, a.id, simpleAnswerXml);
  return { w, a };
}

describe("bonuses over the API", () => {
  it("SendBonus pays bonus + fee from available once per UniqueRequestToken; ListBonusPayments lists by HIT or assignment", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const hit = await makeHit(r.id, { maxAssignments: 2, rewardCents: 50 });
    const one = await submittedBy(hit.id);
    const two = await submittedBy(hit.id);
    expect(await api.send(new GetAccountBalanceCommand({}))).toMatchObject({ AvailableBalance: "8.80" });

    expect(await api.send(new SendBonusCommand({ WorkerId: one.w.id, AssignmentId: one.a.id, BonusAmount: "1.5", Reason: "Careful work", UniqueRequestToken: "b-1" }))).toMatchObject({});
    // A retry with the same token, also several at once, pays nothing more and names the first bonus.
    const retries = await Promise.all([0, 1, 2].map(() => fail(api.send(new SendBonusCommand({ WorkerId: one.w.id, AssignmentId: one.a.id, BonusAmount: "1.50", Reason: "Careful work", UniqueRequestToken: "b-1" })))));
    for (const e of retries) expect([e.name, e.TurkErrorCode]).toEqual(["RequestError", "AWS.MechanicalTurk.DuplicateRequest"]);
    expect(retries[0].message).toContain("b-1");
    await api.send(new SendBonusCommand({ WorkerId: two.w.id, AssignmentId: two.a.id, BonusAmount: "0.25", Reason: "Thanks" }));
    // $1.50 + $0.30 fee, $0.25 + $0.05 fee.
    expect(await api.send(new GetAccountBalanceCommand({}))).toMatchObject({ AvailableBalance: "6.70", OnHoldBalance: "1.20" });
    expect((await balancesOf(one.w.id)).workerAvailableCents).toBe(150);

    const byHit = await api.send(new ListBonusPaymentsCommand({ HITId: hit.id }));
    expect(byHit.NumResults).toBe(2);
    expect(byHit.BonusPayments!.map((b) => ({ ...b, GrantTime: b.GrantTime instanceof Date }))).toEqual([
      { WorkerId: two.w.id, AssignmentId: two.a.id, BonusAmount: "0.25", Reason: "Thanks", GrantTime: true },
      { WorkerId: one.w.id, AssignmentId: one.a.id, BonusAmount: "1.50", Reason: "Careful work", GrantTime: true },
    ]);
    const byAssignment = await api.send(new ListBonusPaymentsCommand({ AssignmentId: one.a.id }));
    expect(byAssignment.BonusPayments!.map((b) => b.BonusAmount)).toEqual(["1.50"]);
    const p1 = await api.send(new ListBonusPaymentsCommand({ HITId: hit.id, MaxResults: 1 }));
    const p2 = await api.send(new ListBonusPaymentsCommand({ HITId: hit.id, MaxResults: 1, NextToken: p1.NextToken }));
    expect([...p1.BonusPayments!, ...p2.BonusPayments!].map((b) => b.AssignmentId)).toEqual([two.a.id, one.a.id]);
    expect(p2.NextToken).toBeUndefined();
    expect(await checkLedger()).toEqual([]);
  });

  it("refuses bad bonuses without moving money, and another requester's assignment does not exist", async () => {
    const r = await makeRequester(2_00);
    const api = await apiClientFor(r.id);
    const hit = await makeHit(r.id, { maxAssignments: 2, rewardCents: 10 });
    const { w, a } = await submittedBy(hit.id);
    const working = await acceptHit((await makeWorker()).id, hit.id);
    const send = (over: Record<string, string>) => fail(api.send(new SendBonusCommand({ WorkerId: w.id, AssignmentId: a.id, BonusAmount: "0.50", Reason: "Nice", ...over })));

    expect((await send({ BonusAmount: "$1" })).message).toMatch(/BonusAmount/);
    expect((await send({ BonusAmount: "0.00" })).TurkErrorCode).toBe("AWS.BadParameters");
    expect((await send({ Reason: " " })).TurkErrorCode).toBe("AWS.BadParameters");
    expect((await send({ WorkerId: (await makeWorker()).id })).TurkErrorCode).toBe("AWS.BadParameters");
    expect((await send({ BonusAmount: "50.00" })).TurkErrorCode).toBe("AWS.MechanicalTurk.InsufficientFunds");
    expect((await send({ AssignmentId: working.id, WorkerId: working.workerId })).TurkErrorCode).toBe("AWS.MechanicalTurk.InvalidAssignmentState");
    const before = await balancesOf(r.id);

    const other = await apiClientFor((await makeRequester(10_00)).id);
    expect((await fail(other.send(new SendBonusCommand({ WorkerId: w.id, AssignmentId: a.id, BonusAmount: "0.50", Reason: "x" })))).TurkErrorCode).toBe("AWS.MechanicalTurk.AssignmentDoesNotExist");
    expect((await fail(other.send(new ListBonusPaymentsCommand({ AssignmentId: a.id })))).TurkErrorCode).toBe("AWS.MechanicalTurk.AssignmentDoesNotExist");
    expect((await fail(other.send(new ListBonusPaymentsCommand({ HITId: hit.id })))).TurkErrorCode).toBe("AWS.MechanicalTurk.HITDoesNotExist");
    expect((await fail(api.send(new ListBonusPaymentsCommand({})))).TurkErrorCode).toBe("AWS.BadParameters");
    expect((await fail(api.send(new ListBonusPaymentsCommand({ HITId: hit.id, AssignmentId: a.id })))).TurkErrorCode).toBe("AWS.BadParameters");

    expect(await balancesOf(r.id)).toEqual(before);
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(0);
    expect((await api.send(new ListBonusPaymentsCommand({ HITId: hit.id }))).NumResults).toBe(0);
    expect(await checkLedger()).toEqual([]);
  });
});
