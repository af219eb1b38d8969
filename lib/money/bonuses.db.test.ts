import { describe, it, expect } from "vitest";
import { db } from "@/lib/db/client";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { sendBonus } from "./bonuses";
import { balancesOf } from "./queries";
import { checkLedger } from "./invariants";

async function workDone() {
  const r = await makeRequester(1_000);
  const w = await makeWorker();
  const hit = await makeHit(r.id);
  const a = await acceptHit(w.id, hit.id);
  return { r, w, a, submit: () => submitAssignment(w.id, a.id, simpleAnswerXml) };
}

describe("bonuses", () => {
  it("pays bonus + fee from available, the worker gets the bonus and sees the reason", async () => {
    const { r, w, a, submit } = await workDone();
    await expect(sendBonus(r.id, { workerId: w.id, assignmentId: a.id, amountCents: 100, reason: "Great" })).rejects.toMatchObject({ code: "Conflict" });
    await submit();
    const before = (await balancesOf(r.id)).requesterAvailableCents;
    const bonus = await sendBonus(r.id, { workerId: w.id, assignmentId: a.id, amountCents: 100, reason: "Great work on the hard ones" });
    expect(bonus).toMatchObject({ amountCents: 100, feeCents: 20, reason: "Great work on the hard ones" });
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(before - 120);
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(100);
    expect(await checkLedger()).toEqual([]);
  });

  it("a bonus sent twice with the same token pays once, also when raced", async () => {
    const { r, w, a, submit } = await workDone();
    await submit();
    const send = () => sendBonus(r.id, { workerId: w.id, assignmentId: a.id, amountCents: 50, reason: "Thanks", uniqueRequestToken: "bonus-1" });
    const results = await Promise.allSettled([send(), send(), send()]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    for (const x of results) if (x.status === "rejected") expect(x.reason).toMatchObject({ code: "Duplicate" });
    await expect(send()).rejects.toMatchObject({ code: "Duplicate" });
    expect(await db.bonusPayment.count({ where: { assignmentId: a.id } })).toBe(1);
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(50);
    expect(await checkLedger()).toEqual([]);
  });

  it("refuses a foreign assignment, the wrong worker, no reason, no money", async () => {
    const { r, w, a, submit } = await workDone();
    await submit();
    const other = await makeRequester(1_000);
    await expect(sendBonus(other.id, { workerId: w.id, assignmentId: a.id, amountCents: 10, reason: "x" })).rejects.toMatchObject({ code: "NotFound" });
    await expect(sendBonus(r.id, { workerId: (await makeWorker()).id, assignmentId: a.id, amountCents: 10, reason: "x" })).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(sendBonus(r.id, { workerId: w.id, assignmentId: a.id, amountCents: 10, reason: "  " })).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(sendBonus(r.id, { workerId: w.id, assignmentId: a.id, amountCents: 0, reason: "x" })).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(sendBonus(r.id, { workerId: w.id, assignmentId: a.id, amountCents: 100_000, reason: "too much" })).rejects.toMatchObject({ code: "InsufficientFunds" });
    expect(await db.bonusPayment.count({ where: { assignmentId: a.id } })).toBe(0);
    expect(await checkLedger()).toEqual([]);
  });
});
