// HIT management transitions with MTurk's rules, each checked for its refusals and its money.
import { describe, it, expect, beforeEach } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset, advanceClock, now } from "@/lib/clock";
import { checkLedger } from "@/lib/money/invariants";
import { balancesOf } from "@/lib/money/queries";
import { acceptHit, submitAssignment, approveAssignment, rejectAssignment } from "@/lib/assignments/mutations";
import { closeExpiredHits } from "@/lib/jobs/sweeps";
import { makeRequester, makeWorker, makeHit, hitInput, simpleAnswerXml } from "@/lib/testing/factories";
import { createHit, createHitOfType } from "./mutations";
import { getOrCreateHitType } from "./hit-types";
import { updateExpiration, addAssignments, setReviewing, changeHitType, disposeHit } from "./management";
import { effectiveStatus } from "./status";

beforeEach(() => setClockOffset(0));
const ok = async () => expect(await checkLedger()).toEqual([]);
const hitNow = (id: string) => db.hIT.findUniqueOrThrow({ where: { id } });

describe("HIT types", () => {
  it("creating a type with identical properties returns the existing one", async () => {
    const r = await makeRequester(10_000);
    const props = { title: "T", description: "D", keywords: "k", rewardCents: 10, assignmentDurationSeconds: 60, autoApprovalDelaySeconds: 60 };
    const a = await getOrCreateHitType(r.id, props);
    const b = await getOrCreateHitType(r.id, { ...props });
    const c = await getOrCreateHitType(r.id, { ...props, rewardCents: 11 });
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
    const other = await makeRequester();
    expect((await getOrCreateHitType(other.id, props)).id).not.toBe(a.id);
    const h1 = await makeHit(r.id, { ...props, question: hitInput().question });
    expect(h1.hitTypeId).toBe(a.id);
  });

  it("creates a HIT of an existing type only for its owner", async () => {
    const r = await makeRequester(10_000);
    const other = await makeRequester(10_000);
    const hit = await makeHit(r.id);
    const { hit: second } = await createHitOfType(r.id, hit.hitTypeId, { maxAssignments: 2, lifetimeSeconds: 600, question: hit.question });
    expect(second.hitTypeId).toBe(hit.hitTypeId);
    await expect(createHitOfType(other.id, hit.hitTypeId, { maxAssignments: 1, lifetimeSeconds: 600, question: hit.question })).rejects.toMatchObject({ code: "NotFound" });
    await ok();
  });

  it("a unique request token within 24 hours names the first HIT, also when two requests race", async () => {
    const r = await makeRequester(10_000);
    const input = hitInput({ uniqueRequestToken: "tok-1" });
    const results = await Promise.allSettled([createHit(r.id, input), createHit(r.id, input), createHit(r.id, input)]);
    const won = results.filter((x): x is PromiseFulfilledResult<Awaited<ReturnType<typeof createHit>>> => x.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const l of results.filter((x): x is PromiseRejectedResult => x.status === "rejected")) {
      expect(l.reason).toMatchObject({ code: "Duplicate", turkErrorCode: "AWS.MechanicalTurk.HitAlreadyExists" });
      expect(l.reason.message).toContain(won[0].value.hit.id);
    }
    expect(await db.hIT.count({ where: { requesterId: r.id } })).toBe(1);
    advanceClock(24 * 3600 * 1000 + 1000);
    const again = await createHit(r.id, input);
    expect(again.hit.id).not.toBe(won[0].value.hit.id);
    await ok();
  });
});

describe("HIT management", () => {
  it("expires now, releasing open slots, and extends again, re-escrowing them", async () => {
    const r = await makeRequester(10_000);
    const w = await makeWorker();
    const hit = await makeHit(r.id, { maxAssignments: 3 });
    const a = await acceptHit(w.id, hit.id);
    await updateExpiration(r.id, hit.id, new Date(0));
    expect(await hitNow(hit.id)).toMatchObject({ numAvailable: 0, numPending: 1, escrowCents: 60 });
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(10_000 - 60);
    await expect(acceptHit((await makeWorker()).id, hit.id)).rejects.toMatchObject({ code: "Expired" });
    // The worker who accepted can still submit within their deadline.
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    expect(effectiveStatus(await hitNow(hit.id), now())).toBe("Reviewable");
    await ok();

    await updateExpiration(r.id, hit.id, new Date(now().getTime() + 3600_000));
    expect(await hitNow(hit.id)).toMatchObject({ numAvailable: 2, numSubmitted: 1, escrowCents: 180, status: "Assignable" });
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(10_000 - 180);
    await ok();
  });

  it("refuses to extend when the requester cannot pay for the re-opened slots", async () => {
    const r = await makeRequester(180);
    const hit = await makeHit(r.id, { maxAssignments: 3 });
    await updateExpiration(r.id, hit.id, new Date(0));
    await makeHit(r.id, { maxAssignments: 3, title: "spend it" });
    await expect(updateExpiration(r.id, hit.id, new Date(now().getTime() + 3600_000))).rejects.toMatchObject({ code: "InsufficientFunds" });
    expect((await hitNow(hit.id)).numAvailable).toBe(0);
    await ok();
  });

  it("adds assignments with escrow, but never from fewer than 10 to 10 or more", async () => {
    const r = await makeRequester(10_000);
    const hit = await makeHit(r.id, { maxAssignments: 3 });
    await addAssignments(r.id, hit.id, 6);
    expect(await hitNow(hit.id)).toMatchObject({ maxAssignments: 9, numAvailable: 9, escrowCents: 9 * 60 });
    await expect(addAssignments(r.id, hit.id, 1)).rejects.toMatchObject({ code: "InvalidInput", turkErrorCode: "AWS.MechanicalTurk.InvalidMaximumAssignmentsIncrease" });
    await expect(addAssignments(r.id, hit.id, 0)).rejects.toMatchObject({ code: "InvalidInput" });
    const big = await makeHit(r.id, { maxAssignments: 10, title: "big" });
    await addAssignments(r.id, big.id, 5);
    expect((await hitNow(big.id)).maxAssignments).toBe(15);
    await expect(addAssignments((await makeRequester()).id, hit.id, 1)).rejects.toMatchObject({ code: "NotFound", turkErrorCode: "AWS.MechanicalTurk.HITDoesNotExist" });
    await ok();
  });

  it("adds once per unique request token within 24 hours, also when the repeats race", async () => {
    const r = await makeRequester(10_000);
    const hit = await makeHit(r.id, { maxAssignments: 2 });
    const results = await Promise.allSettled([1, 2, 3].map(() => addAssignments(r.id, hit.id, 2, "extend-1")));
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    for (const l of results.filter((x): x is PromiseRejectedResult => x.status === "rejected")) {
      expect(l.reason).toMatchObject({ code: "Duplicate", message: expect.stringContaining(hit.id) });
    }
    expect(await hitNow(hit.id)).toMatchObject({ maxAssignments: 4, numAvailable: 4, escrowCents: 4 * 60 });
    // A refused request spends no token, and another kind of request keeps its own tokens.
    await expect(addAssignments(r.id, hit.id, 6, "extend-2")).rejects.toMatchObject({ code: "InvalidInput" });
    await addAssignments(r.id, hit.id, 1, "extend-2");
    await createHit(r.id, hitInput({ uniqueRequestToken: "extend-1" }));
    advanceClock(24 * 3600 * 1000 + 1000);
    await addAssignments(r.id, hit.id, 1, "extend-1");
    expect((await hitNow(hit.id)).maxAssignments).toBe(6);
    await ok();
  });

  it("marks a Reviewable HIT Reviewing and back, and nothing else", async () => {
    const r = await makeRequester(10_000);
    const w = await makeWorker();
    const hit = await makeHit(r.id, { maxAssignments: 1 });
    await expect(setReviewing(r.id, hit.id, false)).rejects.toMatchObject({ code: "Conflict" });
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    await setReviewing(r.id, hit.id, false);
    expect((await hitNow(hit.id)).status).toBe("Reviewing");
    await expect(setReviewing(r.id, hit.id, false)).rejects.toMatchObject({ code: "Conflict" });
    await approveAssignment({ requesterId: r.id }, a.id);
    expect((await hitNow(hit.id)).status).toBe("Reviewing");
    await setReviewing(r.id, hit.id, true);
    expect((await hitNow(hit.id)).status).toBe("Reviewable");
    await expect(setReviewing(r.id, hit.id, true)).rejects.toMatchObject({ code: "Conflict" });
    await ok();
  });

  it("moves a HIT to another type and re-prices its unpaid slots", async () => {
    const r = await makeRequester(10_000);
    const w = await makeWorker();
    const hit = await makeHit(r.id, { maxAssignments: 3, rewardCents: 50 });
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    await approveAssignment({ requesterId: r.id }, a.id); // one slot paid at the old price
    const pricier = await getOrCreateHitType(r.id, { ...hitInput(), rewardCents: 100 });
    await changeHitType(r.id, hit.id, pricier.id);
    expect(await hitNow(hit.id)).toMatchObject({ hitTypeId: pricier.id, rewardCents: 100, feeCents: 20, escrowCents: 2 * 120 });
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(10_000 - 60 - 240);
    const cheaper = await getOrCreateHitType(r.id, { ...hitInput(), rewardCents: 10 });
    await changeHitType(r.id, hit.id, cheaper.id);
    expect((await hitNow(hit.id)).escrowCents).toBe(2 * 12);
    const foreign = await getOrCreateHitType((await makeRequester()).id, hitInput());
    await expect(changeHitType(r.id, hit.id, foreign.id)).rejects.toMatchObject({ code: "NotFound" });
    await ok();
  });

  it("deletes only an expired or used-up HIT with nothing in progress or to review", async () => {
    const r = await makeRequester(10_000);
    const w = await makeWorker();
    const hit = await makeHit(r.id, { maxAssignments: 2 });
    await expect(disposeHit(r.id, hit.id)).rejects.toMatchObject({ code: "Conflict", message: expect.stringContaining("Expire it first") });
    const a = await acceptHit(w.id, hit.id);
    await updateExpiration(r.id, hit.id, new Date(0));
    await expect(disposeHit(r.id, hit.id)).rejects.toMatchObject({ message: expect.stringContaining("still working") });
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    await expect(disposeHit(r.id, hit.id)).rejects.toMatchObject({ message: expect.stringContaining("to review") });
    await rejectAssignment(r.id, a.id, "Not what was asked");
    await disposeHit(r.id, hit.id);
    expect(await hitNow(hit.id)).toMatchObject({ status: "Disposed", escrowCents: 0 });
    await expect(disposeHit(r.id, hit.id)).rejects.toMatchObject({ code: "Conflict" });
    await expect(updateExpiration(r.id, hit.id, new Date(0))).rejects.toMatchObject({ code: "Conflict" });
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(10_000);
    await ok();
  });

  it("deletes an expired HIT before the sweep ran, giving back its escrow once", async () => {
    const r = await makeRequester(10_000);
    const hit = await makeHit(r.id, { maxAssignments: 2, lifetimeSeconds: 60 });
    advanceClock(61_000);
    await disposeHit(r.id, hit.id);
    expect(await closeExpiredHits()).toBe(0);
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(10_000);
    await ok();
  });
});
