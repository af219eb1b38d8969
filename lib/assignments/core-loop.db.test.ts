// The core marketplace loop against a real database: post, accept, submit, review, and the money.
import { describe, it, expect, beforeEach } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset, advanceClock } from "@/lib/clock";
import { checkLedger } from "@/lib/money/invariants";
import { balancesOf } from "@/lib/money/queries";
import { createHit } from "@/lib/hits/mutations";
import { acceptHit, submitAssignment, approveAssignment, rejectAssignment, returnAssignment, abandonIfOverdue } from "./mutations";
import { workerEarnings } from "./queries";
import { makeRequester, makeWorker, makeHit, hitInput, simpleAnswerXml } from "@/lib/testing/factories";

beforeEach(() => setClockOffset(0));

async function expectLedgerBalanced() {
  expect(await checkLedger()).toEqual([]);
}

describe("core loop", () => {
  it("escrows on creation, pays on approval, releases on rejection", async () => {
    const requester = await makeRequester(10_000);
    const [w1, w2] = [await makeWorker(), await makeWorker()];
    const hit = await makeHit(requester.id, { rewardCents: 50, maxAssignments: 3 });
    // 20% of 50 cents = 10 cents fee per assignment; 3 × 60 = 180 held.
    expect(hit.feeCents).toBe(10);
    expect(await balancesOf(requester.id)).toMatchObject({ requesterAvailableCents: 10_000 - 180, requesterEscrowCents: 180 });
    await expectLedgerBalanced();

    const a1 = await acceptHit(w1.id, hit.id);
    expect(a1.status).toBe("Accepted");
    await submitAssignment(w1.id, a1.id, simpleAnswerXml);
    expect((await workerEarnings(w1.id)).pendingCents).toBe(50);
    await approveAssignment({ requesterId: requester.id }, a1.id, "Thanks!");
    await expectLedgerBalanced();
    expect((await balancesOf(w1.id)).workerAvailableCents).toBe(50);
    expect((await db.ledgerAccount.findUniqueOrThrow({ where: { id: "platform:fees" } })).balance).toBe(10);
    expect(await workerEarnings(w1.id)).toMatchObject({ pendingCents: 0, approvedCents: 50, availableCents: 50, approvalRate: 1 });

    const a2 = await acceptHit(w2.id, hit.id);
    await submitAssignment(w2.id, a2.id, simpleAnswerXml);
    await rejectAssignment(requester.id, a2.id, "The answer does not match the image.");
    await expectLedgerBalanced();
    expect(await balancesOf(requester.id)).toMatchObject({ requesterAvailableCents: 10_000 - 180 + 60, requesterEscrowCents: 60 });
    expect((await balancesOf(w2.id)).workerAvailableCents).toBe(0);

    const h = await db.hIT.findUniqueOrThrow({ where: { id: hit.id } });
    expect(h).toMatchObject({ numAvailable: 1, numPending: 0, numSubmitted: 0, numCompleted: 2, status: "Assignable" });
  });

  it("refuses a HIT the requester cannot pay for and creates nothing", async () => {
    const requester = await makeRequester(100);
    await expect(createHit(requester.id, hitInput({ rewardCents: 50, maxAssignments: 3 }))).rejects.toMatchObject({ code: "InsufficientFunds" });
    expect(await db.hIT.count({ where: { requesterId: requester.id } })).toBe(0);
    expect(await balancesOf(requester.id)).toMatchObject({ requesterAvailableCents: 100, requesterEscrowCents: 0 });
    await expectLedgerBalanced();
  });

  it("rejects bad HIT properties with field errors", async () => {
    const requester = await makeRequester(10_000);
    await expect(createHit(requester.id, hitInput({ title: "" }))).rejects.toMatchObject({ code: "InvalidInput", fieldErrors: { title: expect.any(String) } });
    await expect(createHit(requester.id, hitInput({ question: "<QuestionForm" }))).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(createHit(requester.id, hitInput({ assignmentDurationSeconds: 5 }))).rejects.toMatchObject({ code: "InvalidInput" });
    expect(await db.hIT.count({ where: { requesterId: requester.id } })).toBe(0);
  });

  it("keeps workers to their own assignments and requesters to their own HITs", async () => {
    const requester = await makeRequester(10_000);
    const other = await makeRequester(10_000);
    const [w1, w2] = [await makeWorker(), await makeWorker()];
    const hit = await makeHit(requester.id);
    const a = await acceptHit(w1.id, hit.id);
    await expect(submitAssignment(w2.id, a.id, simpleAnswerXml)).rejects.toMatchObject({ code: "NotFound" });
    await expect(returnAssignment(w2.id, a.id)).rejects.toMatchObject({ code: "NotFound" });
    await submitAssignment(w1.id, a.id, simpleAnswerXml);
    await expect(approveAssignment({ requesterId: other.id }, a.id)).rejects.toMatchObject({ code: "NotFound" });
    await expect(rejectAssignment(other.id, a.id, "no")).rejects.toMatchObject({ code: "NotFound" });
    await expect(acceptHit(requester.id, hit.id)).rejects.toMatchObject({ code: "Forbidden" });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("Submitted");
    await expectLedgerBalanced();
  });

  it("refuses a submit after the deadline, even before the sweep runs", async () => {
    const requester = await makeRequester(10_000);
    const w = await makeWorker();
    const hit = await makeHit(requester.id, { assignmentDurationSeconds: 60 });
    const a = await acceptHit(w.id, hit.id);
    advanceClock(61_000);
    await expect(submitAssignment(w.id, a.id, simpleAnswerXml)).rejects.toMatchObject({ code: "Expired" });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("Accepted");
  });

  it("returning frees the slot at once and lets the worker accept again", async () => {
    const requester = await makeRequester(10_000);
    const w = await makeWorker();
    const hit = await makeHit(requester.id, { maxAssignments: 1 });
    const a = await acceptHit(w.id, hit.id);
    expect((await db.hIT.findUniqueOrThrow({ where: { id: hit.id } })).status).toBe("Unassignable");
    await returnAssignment(w.id, a.id);
    expect(await db.hIT.findUniqueOrThrow({ where: { id: hit.id } })).toMatchObject({ numAvailable: 1, numPending: 0, status: "Assignable" });
    const again = await acceptHit(w.id, hit.id);
    expect(again.id).not.toBe(a.id);
    await expect(returnAssignment(w.id, a.id)).rejects.toMatchObject({ code: "Conflict" });
    await expectLedgerBalanced();
  });

  it("refuses feedback-less rejections and double reviews", async () => {
    const requester = await makeRequester(10_000);
    const w = await makeWorker();
    const hit = await makeHit(requester.id);
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    await expect(rejectAssignment(requester.id, a.id, "  ")).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(rejectAssignment(requester.id, a.id, "x".repeat(1025))).rejects.toMatchObject({ code: "InvalidInput" });
    await approveAssignment({ requesterId: requester.id }, a.id);
    await expect(approveAssignment({ requesterId: requester.id }, a.id)).rejects.toMatchObject({ code: "Conflict" });
    await expect(rejectAssignment(requester.id, a.id, "changed my mind")).rejects.toMatchObject({ code: "Conflict" });
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(50);
    await expectLedgerBalanced();
  });

  it("tells a late worker their time ran out, whether or not the sweep abandoned the assignment first", async () => {
    const requester = await makeRequester(10_00);
    const hit = await makeHit(requester.id, { rewardCents: 50, assignmentDurationSeconds: 60 });
    const [w1, w2] = [await makeWorker(), await makeWorker()];
    const before = await acceptHit(w1.id, hit.id);
    const swept = await acceptHit(w2.id, hit.id);
    advanceClock(61_000);
    expect(await abandonIfOverdue(swept.id)).toBe(true);
    for (const [w, a] of [[w1, before], [w2, swept]] as const) {
      await expect(submitAssignment(w.id, a.id, simpleAnswerXml)).rejects.toMatchObject({ code: "Expired", message: expect.stringMatching(/time allotted for this HIT ran out/) });
    }
    await expectLedgerBalanced();
  });
});
