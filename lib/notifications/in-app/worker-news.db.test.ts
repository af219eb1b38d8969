// Each source of a worker's notifications, caused by the real domain functions: the right worker, the
// right text, coalesced per HIT type when many come at once, and nothing for anyone else.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { acceptHit, approveAssignment, rejectAssignment, submitAssignment } from "@/lib/assignments/mutations";
import { reviewAssignments } from "@/lib/assignments/bulk-review";
import { appealRejection, answerAppeal } from "@/lib/assignments/appeals";
import { autoApproveDue } from "@/lib/jobs/sweeps";
import { sendBonus } from "@/lib/money/bonuses";
import { makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";

beforeEach(() => setClockOffset(0));

const linesOf = async (userId: string) =>
  (await db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] })).map((n) => ({ kind: n.kind, text: n.text, count: n.count, href: n.href }));

/** A HIT of `slots` assignments of one type, and `workers` worker submissions on it (the same worker may not take two). */
async function submitted(r: { id: string }, title: string, workers: { id: string }[], opts: { autoApprovalDelaySeconds?: number } = {}) {
  const hits = [];
  const ids: string[] = [];
  for (const w of workers) {
    const hit = await makeHit(r.id, { title, maxAssignments: 1, ...opts });
    hits.push(hit);
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    ids.push(a.id);
  }
  return ids;
}

describe("worker notifications", () => {
  it("approving all of a worker's submissions of one type is one line with the count and the money", async () => {
    const r = await makeRequester(100_00);
    const [w, bystander] = [await makeWorker(), await makeWorker()];
    const ids = await submitted(r, "Label cats", [w, w, w]); // three HITs of one type, $0.50 each
    const report = await reviewAssignments(r.id, ids, "approve", "");
    expect(report.succeeded).toHaveLength(3);
    expect(await linesOf(w.id)).toEqual([
      { kind: "assignment.approved", text: '3 of your submissions to "Label cats" were approved: $1.50 paid.', count: 3, href: "/work/dashboard" },
    ]);
    expect(await linesOf(bystander.id)).toEqual([]);
    expect(await linesOf(r.id)).toEqual([expect.objectContaining({ kind: "hit.reviewable", count: 3 })]);
  });

  it("rejection tells the requester's feedback; an answered appeal tells the outcome", async () => {
    const r = await makeRequester(100_00);
    const w = await makeWorker();
    const [a1, a2] = await submitted(r, "Transcribe", [w, w]);
    await rejectAssignment(r.id, a1, "The transcript is empty.");
    expect(await linesOf(w.id)).toEqual([
      { kind: "assignment.rejected", text: 'Your submission to "Transcribe" was rejected. The requester\'s reason: The transcript is empty.', count: 1, href: "/work/dashboard" },
    ]);
    await rejectAssignment(r.id, a2, "Wrong language.");
    expect((await linesOf(w.id))[0]).toMatchObject({ count: 2, text: '2 of your submissions to "Transcribe" were rejected. The latest reason: Wrong language.' });

    const up = await appealRejection(w.id, a1, "It is there, please look again.");
    const over = await appealRejection(w.id, a2, "The task said any language.");
    await answerAppeal(r.id, up.id, { overturn: false, response: "Still empty on our side." });
    await answerAppeal(r.id, over.id, { overturn: true, response: "You are right." });
    const lines = await linesOf(w.id);
    expect(lines.slice(0, 2)).toEqual([
      { kind: "appeal.overturned", text: 'Your appeal on "Transcribe" was accepted: the rejection was overturned and the reward paid. You are right.', count: 1, href: "/work/dashboard" },
      { kind: "appeal.upheld", text: 'Your appeal on "Transcribe" was answered: the rejection stands. Still empty on our side.', count: 1, href: "/work/dashboard" },
    ]);
    // The overturn's payment says nothing more than the appeal's line.
    expect(lines.filter((l) => l.kind === "assignment.approved")).toEqual([]);
    expect(await db.appeal.findUniqueOrThrow({ where: { id: over.id } })).toMatchObject({ status: "Overturned" });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: a2 } })).toMatchObject({ status: "Approved" });
  });

  it("an auto-approval sweep over many workers gives each worker one line per HIT type", async () => {
    const r = await makeRequester(100_00);
    const workers = [await makeWorker(), await makeWorker()];
    await submitted(r, "Sort receipts", [workers[0], workers[0], workers[1]], { autoApprovalDelaySeconds: 3600 });
    advanceClock(3601_000);
    expect(await autoApproveDue()).toBe(3);
    expect((await linesOf(workers[0].id)).map((l) => [l.kind, l.count])).toEqual([["assignment.approved", 2]]);
    expect((await linesOf(workers[1].id)).map((l) => [l.kind, l.count, l.text])).toEqual([["assignment.approved", 1, 'Your submission to "Sort receipts" was approved: $0.50 paid.']]);
    expect(await db.notification.count({ where: { kind: "assignment.approved", userId: { in: workers.map((w) => w.id) } } })).toBe(2);
  });

  it("a bonus tells the worker the amount and reason; a refused bonus tells nobody", async () => {
    const r = await makeRequester(100_00);
    const w = await makeWorker();
    const [a] = await submitted(r, "Survey", [w]);
    await approveAssignment({ requesterId: r.id }, a);
    await sendBonus(r.id, { assignmentId: a, workerId: w.id, amountCents: 125, reason: "Great detail" });
    expect((await linesOf(w.id))[0]).toEqual({ kind: "bonus.paid", text: 'You received a $1.25 bonus for "Survey": Great detail', count: 1, href: "/work/dashboard" });
    const before = await db.notification.count();
    await expect(sendBonus(r.id, { assignmentId: a, workerId: w.id, amountCents: 1_000_000, reason: "Too much" })).rejects.toThrow();
    expect(await db.notification.count()).toBe(before);
  });
});
