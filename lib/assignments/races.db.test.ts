// Races on the real database: many workers after the last slots, two reviews of one assignment, an
// approval against the auto-approval sweep. Exactly one side wins and the money moves once.
import { describe, it, expect, beforeEach } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset, advanceClock } from "@/lib/clock";
import { checkLedger } from "@/lib/money/invariants";
import { balancesOf } from "@/lib/money/queries";
import { autoApproveDue } from "@/lib/jobs/sweeps";
import { acceptHit, submitAssignment, approveAssignment, rejectAssignment } from "./mutations";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";

beforeEach(() => setClockOffset(0));

describe("races", () => {
  it("50 concurrent accepts of a HIT with 5 assignments end with exactly 5 accepted", async () => {
    const requester = await makeRequester(10_000);
    const hit = await makeHit(requester.id, { maxAssignments: 5 });
    const workers = await Promise.all(Array.from({ length: 50 }, (_, i) => makeWorker(`Racer ${i}`)));
    const results = await Promise.allSettled(workers.map((w) => acceptHit(w.id, hit.id)));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(5);
    expect(lost).toHaveLength(45);
    for (const l of lost) expect(l.reason).toMatchObject({ code: "NoSlotAvailable" });
    expect(await db.assignment.count({ where: { hitId: hit.id, status: "Accepted" } })).toBe(5);
    expect(await db.hIT.findUniqueOrThrow({ where: { id: hit.id } })).toMatchObject({ numAvailable: 0, numPending: 5, status: "Unassignable" });

    // A winner accepting the same HIT again is refused.
    const winner = (won[0] as PromiseFulfilledResult<{ workerId: string }>).value.workerId;
    await expect(acceptHit(winner, hit.id)).rejects.toMatchObject({ code: "Conflict" });
    expect(await checkLedger()).toEqual([]);
  });

  it("one worker accepting the same HIT 10 times at once holds one assignment", async () => {
    const requester = await makeRequester(10_000);
    const hit = await makeHit(requester.id, { maxAssignments: 5 });
    const w = await makeWorker();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => acceptHit(w.id, hit.id)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.assignment.count({ where: { hitId: hit.id } })).toBe(1);
    expect((await db.hIT.findUniqueOrThrow({ where: { id: hit.id } })).numAvailable).toBe(4);
  });

  async function submitted() {
    const requester = await makeRequester(10_000);
    const w = await makeWorker();
    const hit = await makeHit(requester.id, { autoApprovalDelaySeconds: 60 });
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    return { requester, w, a };
  }

  it("two approvals of one assignment pay once", async () => {
    const { requester, w, a } = await submitted();
    const results = await Promise.allSettled([approveAssignment({ requesterId: requester.id }, a.id), approveAssignment({ requesterId: requester.id }, a.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(50);
    expect(await db.ledgerTransaction.count({ where: { paysAssignmentId: a.id } })).toBe(1);
    expect(await checkLedger()).toEqual([]);
  });

  it("an approval racing auto-approval pays once", async () => {
    const { requester, w, a } = await submitted();
    advanceClock(61_000);
    await Promise.allSettled([approveAssignment({ requesterId: requester.id }, a.id), autoApproveDue()]);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("Approved");
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(50);
    expect(await db.ledgerTransaction.count({ where: { paysAssignmentId: a.id } })).toBe(1);
    expect(await checkLedger()).toEqual([]);
  });

  it("a rejection racing an approval ends in one state with the matching money", async () => {
    const { requester, w, a } = await submitted();
    const before = await balancesOf(requester.id);
    await Promise.allSettled([approveAssignment({ requesterId: requester.id }, a.id), rejectAssignment(requester.id, a.id, "Wrong answer")]);
    const final = await db.assignment.findUniqueOrThrow({ where: { id: a.id } });
    const after = await balancesOf(requester.id);
    if (final.status === "Approved") {
      expect((await balancesOf(w.id)).workerAvailableCents).toBe(50);
      expect(after.requesterAvailableCents).toBe(before.requesterAvailableCents);
    } else {
      expect(final.status).toBe("Rejected");
      expect((await balancesOf(w.id)).workerAvailableCents).toBe(0);
      expect(after.requesterAvailableCents).toBe(before.requesterAvailableCents + 60);
    }
    expect(after.requesterEscrowCents).toBe(before.requesterEscrowCents - 60);
    expect(await checkLedger()).toEqual([]);
  });
});
