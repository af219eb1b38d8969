// Reviewing many assignments with one feedback text: each succeeds or fails on its own, with the reason.
import { describe, it, expect } from "vitest";
import { db } from "@/lib/db/client";
import { checkLedger } from "@/lib/money/invariants";
import { balancesOf } from "@/lib/money/queries";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { acceptHit, submitAssignment } from "./mutations";
import { reviewAssignments } from "./bulk-review";

async function submitted(requesterId: string, hitId: string) {
  const w = await makeWorker();
  const a = await acceptHit(w.id, hitId);
  await submitAssignment(w.id, a.id, simpleAnswerXml);
  return a.id;
}

describe("reviewAssignments", () => {
  it("approves every submitted one, reports the ones that fail and why, and pays each once", async () => {
    const r = await makeRequester(10_000);
    const other = await makeRequester(10_000);
    const hit = await makeHit(r.id, { maxAssignments: 3, rewardCents: 50 });
    const [a1, a2, a3] = [await submitted(r.id, hit.id), await submitted(r.id, hit.id), await submitted(r.id, hit.id)];
    const theirs = await submitted(other.id, (await makeHit(other.id)).id);
    await reviewAssignments(r.id, [a3], "reject", "Not what was asked.");

    const report = await reviewAssignments(r.id, [a1, a2, a2, a3, theirs], "approve", "Thanks!");
    expect(report.decision).toBe("approve");
    expect(report.succeeded).toEqual([a1, a2]);
    expect(report.failed).toEqual([
      { assignmentId: a3, message: expect.stringContaining("rejected") },
      { assignmentId: theirs, message: expect.stringContaining("not yours") },
    ]);
    const rows = await db.assignment.findMany({ where: { id: { in: [a1, a2] } } });
    expect(rows.map((a) => [a.status, a.requesterFeedback])).toEqual([["Approved", "Thanks!"], ["Approved", "Thanks!"]]);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: theirs } })).status).toBe("Submitted");
    // 3 × 60 escrowed; 2 paid, 1 released by the rejection.
    expect(await balancesOf(r.id)).toMatchObject({ requesterAvailableCents: 10_000 - 120, requesterEscrowCents: 0 });
    expect(await checkLedger()).toEqual([]);
  });

  it("rejects with the feedback, and without feedback every one fails with the reason", async () => {
    const r = await makeRequester(10_000);
    const hit = await makeHit(r.id, { maxAssignments: 2 });
    const ids = [await submitted(r.id, hit.id), await submitted(r.id, hit.id)];
    const refused = await reviewAssignments(r.id, ids, "reject", "  ");
    expect(refused.succeeded).toEqual([]);
    expect(refused.failed.map((f) => f.message)).toEqual(["Tell the worker why their work is rejected.", "Tell the worker why their work is rejected."]);
    const done = await reviewAssignments(r.id, ids, "reject", "Blank answers.");
    expect(done.succeeded).toEqual(ids);
    expect((await db.assignment.findMany({ where: { id: { in: ids } } })).every((a) => a.status === "Rejected" && a.requesterFeedback === "Blank answers.")).toBe(true);
    expect(await checkLedger()).toEqual([]);
  });
});
