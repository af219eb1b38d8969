// Appeals the requester left unanswered reach the admins. Overturning approves through the override path
// and pays from the requester's available balance, or from the platform's fees when the requester cannot
// pay (recorded as such); upholding keeps the rejection. Both sides read the reason; it happens once.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { makeAdmin, makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { acceptHit, approveAssignment, rejectAssignment, submitAssignment } from "@/lib/assignments/mutations";
import { appealRejection, escalateStaleAppeals } from "@/lib/assignments/appeals";
import { accountId } from "@/lib/money/accounts";
import { balancesOf } from "@/lib/money/queries";
import { checkLedger } from "@/lib/money/invariants";
import { decideEscalatedAppeal, escalatedAppeals } from "./appeal-review";

beforeEach(() => setClockOffset(0));

async function escalated(funds = 10_000) {
  const admin = await makeAdmin();
  const r = await makeRequester(funds);
  const w = await makeWorker();
  const hit = await makeHit(r.id, { maxAssignments: 1 });
  const a = await acceptHit(w.id, hit.id);
  await submitAssignment(w.id, a.id, simpleAnswerXml);
  await rejectAssignment(r.id, a.id, "Looks random");
  const appeal = await appealRejection(w.id, a.id, "I answered exactly what was asked");
  return { admin, r, w, a, appeal };
}

/** Approved work elsewhere, so the platform has fees to pay from. */
async function platformEarns() {
  const r = await makeRequester(10_000);
  const w = await makeWorker();
  const hit = await makeHit(r.id, { rewardCents: 1000, maxAssignments: 1 });
  const a = await acceptHit(w.id, hit.id);
  await submitAssignment(w.id, a.id, simpleAnswerXml);
  await approveAssignment({ requesterId: r.id }, a.id);
}

describe("escalated appeals", () => {
  it("reach the queue only after the requester's time is up; overturning pays from the requester", async () => {
    const { admin, r, w, a, appeal } = await escalated();
    await expect(decideEscalatedAppeal(admin.id, appeal.id, { overturn: true, reason: "The answer is correct" })).rejects.toMatchObject({ code: "Conflict", message: expect.stringMatching(/still has time/) });
    expect((await escalatedAppeals(admin.id)).items.some((x) => x.id === appeal.id)).toBe(false);
    advanceClock(3 * 24 * 3600 * 1000 + 1000);
    await escalateStaleAppeals();
    const queue = await escalatedAppeals(admin.id);
    expect(queue.items.find((x) => x.id === appeal.id)).toMatchObject({ message: "I answered exactly what was asked", assignment: { requesterFeedback: "Looks random" } });
    await expect(escalatedAppeals(w.id)).rejects.toMatchObject({ code: "Forbidden" });
    await expect(decideEscalatedAppeal(r.id, appeal.id, { overturn: false, reason: "I am the requester" })).rejects.toMatchObject({ code: "Forbidden" });
    await expect(decideEscalatedAppeal(admin.id, appeal.id, { overturn: true, reason: "" })).rejects.toMatchObject({ code: "InvalidInput" });

    const before = await balancesOf(r.id);
    expect(await decideEscalatedAppeal(admin.id, appeal.id, { overturn: true, reason: "The answer is correct" })).toEqual({ status: "Overturned", paidBy: "requester" });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("Approved");
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(50);
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(before.requesterAvailableCents - 60);
    expect(await db.ledgerTransaction.findUniqueOrThrow({ where: { paysAssignmentId: a.id } })).toMatchObject({ kind: "override_payment", actorId: admin.id });
    expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({ status: "Overturned", reason: "The answer is correct", decidedBy: admin.id });
    expect(await db.notification.count({ where: { userId: { in: [w.id, r.id] }, kind: "appeal.overturned", text: { contains: "The answer is correct" } } })).toBe(2);
    await expect(decideEscalatedAppeal(admin.id, appeal.id, { overturn: false, reason: "Changed my mind" })).rejects.toMatchObject({ code: "Conflict" });
    expect(await checkLedger()).toEqual([]);
  });

  it("the platform pays, without a fee, when the requester cannot; recorded as a platform payment", async () => {
    const { admin, r, w, a, appeal } = await escalated(60); // exactly one assignment's reward + fee
    advanceClock(3 * 24 * 3600 * 1000 + 1000);
    await escalateStaleAppeals();
    await platformEarns();
    await makeHit(r.id, { maxAssignments: 1, lifetimeSeconds: 30 * 24 * 3600 }); // the requester spends the 60 released by the rejection
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(0);
    const feesBefore = (await db.ledgerAccount.findUniqueOrThrow({ where: { id: accountId.platformFees } })).balance;
    expect(feesBefore).toBeGreaterThanOrEqual(50); // fees from other tests' work in this database
    expect(await decideEscalatedAppeal(admin.id, appeal.id, { overturn: true, reason: "Requester vanished; work is good" })).toEqual({ status: "Overturned", paidBy: "platform" });
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(50);
    expect((await db.ledgerAccount.findUniqueOrThrow({ where: { id: accountId.platformFees } })).balance).toBe(feesBefore - 50);
    expect(await db.ledgerTransaction.findUniqueOrThrow({ where: { paysAssignmentId: a.id } })).toMatchObject({ kind: "platform_payment", memo: expect.stringContaining("paid by Piecework") });
    expect(await db.message.findFirst({ where: { recipientId: r.id, subject: { contains: "overturned" } } })).toMatchObject({ body: expect.stringContaining("Piecework paid the reward") });
    expect(await checkLedger()).toEqual([]);
  });

  it("upholding keeps the rejection and moves no money; two admins at once decide once", async () => {
    const { admin, r, w, a, appeal } = await escalated();
    const other = await makeAdmin();
    advanceClock(3 * 24 * 3600 * 1000 + 1000);
    await escalateStaleAppeals();
    const before = [await balancesOf(r.id), await balancesOf(w.id)];
    const results = await Promise.allSettled([
      decideEscalatedAppeal(admin.id, appeal.id, { overturn: false, reason: "The answer ignores the instructions" }),
      decideEscalatedAppeal(other.id, appeal.id, { overturn: true, reason: "Looks fine to me" }),
    ]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    const decided = await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
    const status = (await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).status;
    if (decided.status === "Upheld") {
      expect(status).toBe("Rejected");
      expect([await balancesOf(r.id), await balancesOf(w.id)]).toEqual(before);
      expect(await db.message.findFirst({ where: { recipientId: w.id, subject: { contains: "not accepted" } } })).toMatchObject({ body: expect.stringContaining("ignores the instructions") });
    } else {
      expect(status).toBe("Approved");
    }
    expect(await db.auditLog.count({ where: { subjectId: appeal.id } })).toBe(1);
    expect(await checkLedger()).toEqual([]);
  });
});
