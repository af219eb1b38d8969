// Review by CSV upload: the downloaded results file, marked up, previews exactly what it will do, applies
// through the ordinary review functions, moves the right money, and never pays twice.
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db/client";
import { acceptHit, approveAssignment } from "@/lib/assignments/mutations";
import { submitExternal } from "@/lib/assignments/external";
import { createProject } from "@/lib/projects/mutations";
import { checkLedger } from "@/lib/money/invariants";
import { balancesOf } from "@/lib/money/queries";
import { makeRequester, makeWorker } from "@/lib/testing/factories";
import { fixture } from "@/lib/testing/fixtures";
import { projectInput } from "@/lib/testing/project-input";
import { publishBatch } from "./publish";
import { batchResultRows } from "./results-csv";
import { applyReviewCsv, planReviewCsv } from "./review-csv";

// projectInput: $0.10 reward, 3 assignments per HIT, so a $0.02 fee per assignment.
const REWARD = 10;
const FEE = 2;
const UNKNOWN = "3" + "Z".repeat(29);

async function publish(requesterId: string, csv: string | Buffer = fixture("projects/sentiment/rows.csv")) {
  const p = await createProject(requesterId, projectInput());
  const { batch } = await publishBatch(requesterId, p.id, csv);
  const hits = await db.hIT.findMany({ where: { batchId: batch.id }, orderBy: { batchRow: "asc" } });
  return { batch, hits };
}

async function submit(workerId: string, hitId: string) {
  const a = await acceptHit(workerId, hitId);
  await submitExternal(a.id, { assignmentId: a.id, sentiment: "positive" });
  return a.id;
}

/** The batch's results CSV as downloaded (with Excel's byte-order mark), parsed to records to mark up. */
async function downloaded(requesterId: string, batchId: string) {
  const table: string[][] = [];
  for await (const row of (await batchResultRows(requesterId, batchId)).rows) table.push(row);
  return parse(stringify(table, { bom: true }), { bom: true, columns: true }) as Record<string, string>[];
}

const toCsv = (records: Record<string, string>[]) => Buffer.from(stringify(records, { header: true, bom: true }));

const statuses = async (ids: string[]) => (await db.assignment.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).map((a) => [a.id, a.status]);

describe("review by CSV upload", () => {
  it("previews every decision, the money and each row it cannot apply, then applies it once", async () => {
    const r = await makeRequester(100_000);
    const { batch, hits } = await publish(r.id);
    const [w1, w2, w3] = [await makeWorker(), await makeWorker(), await makeWorker()];
    const approveMe = [await submit(w1.id, hits[0].id), await submit(w2.id, hits[1].id)];
    const rejectMe = await submit(w2.id, hits[0].id);
    const leaveMe = await submit(w1.id, hits[2].id);
    const twice = await submit(w1.id, hits[3].id);
    const both = await submit(w1.id, hits[4].id);
    const tooLong = await submit(w1.id, hits[5].id);
    const yes = await submit(w1.id, hits[6].id);
    const reviewed = await submit(w3.id, hits[0].id);
    await approveAssignment({ requesterId: r.id }, reviewed);
    const notSubmitted = (await acceptHit(w3.id, hits[1].id)).id;
    const otherBatch = await publish(r.id, "text,source\nhello,x\n");
    const inOtherBatch = await submit(w3.id, otherBatch.hits[0].id);
    const other = await makeRequester(10_000);
    const theirs = await submit(w3.id, (await publish(other.id, "text,source\nhi,y\n")).hits[0].id);

    const records = await downloaded(r.id, batch.id);
    expect(records).toHaveLength(9);
    const row = (id: string) => records.find((x) => x.AssignmentId === id)!;
    for (const id of approveMe) row(id).Approve = "x";
    row(rejectMe).Reject = 'Says "negative", the text is happy,\nsee row 1';
    row(twice).Approve = "X";
    row(both).Approve = "x";
    row(both).Reject = "Also rejected";
    row(tooLong).Reject = "r".repeat(1025);
    row(yes).Approve = "yes";
    row(reviewed).Approve = "x";
    const copy = (id: string, marks: Partial<Record<string, string>>) => records.push({ ...records[0], Approve: "", Reject: "", AssignmentId: id, ...marks });
    copy(twice, { Reject: "Changed my mind" });
    copy(notSubmitted, { Approve: "x" });
    copy(inOtherBatch, { Approve: "x" });
    copy(theirs, { Approve: "x" });
    copy(UNKNOWN, { Approve: "x" });
    copy("", { Reject: "no id" });
    const file = toCsv(records);
    const before = { requester: await balancesOf(r.id), w1: await balancesOf(w1.id), w2: await balancesOf(w2.id) };

    const plan = await planReviewCsv(r.id, batch.id, file);
    expect(plan.rowCount).toBe(15);
    expect(plan.unmarked).toBe(1); // leaveMe
    expect(plan.approvals.map((d) => d.assignmentId).sort()).toEqual([...approveMe].sort());
    expect(plan.rejections).toEqual([expect.objectContaining({ assignmentId: rejectMe, workerId: w2.id, feedback: 'Says "negative", the text is happy,\nsee row 1' })]);
    expect(plan.money).toEqual({ rewardsCents: 2 * REWARD, feesCents: 2 * FEE, releasedCents: REWARD + FEE });
    const why = Object.fromEntries(plan.problems.map((p) => [p.assignmentId + "@" + p.row, p.reason]));
    const rowOf = (id: string) => records.findIndex((x) => x.AssignmentId === id) + 2;
    expect(why).toEqual({
      [`${twice}@${rowOf(twice)}`]: `The assignment is marked on rows ${rowOf(twice)}, 11; mark it on one row only.`,
      [`${twice}@11`]: `The assignment is marked on rows ${rowOf(twice)}, 11; mark it on one row only.`,
      [`${both}@${rowOf(both)}`]: "Both Approve and Reject are filled; keep one.",
      [`${tooLong}@${rowOf(tooLong)}`]: "The Reject reason is 1,025 characters; at most 1024.",
      [`${yes}@${rowOf(yes)}`]: 'The Approve column holds "yes"; mark an approval with x.',
      [`${reviewed}@${rowOf(reviewed)}`]: "Already approved; it is not awaiting review.",
      [`${notSubmitted}@12`]: "It is Accepted, not Submitted, so there is nothing to review.",
      [`${inOtherBatch}@13`]: "This assignment belongs to another batch.",
      [`${theirs}@14`]: "This assignment is another requester's.",
      [`${UNKNOWN}@15`]: "No assignment has this id.",
      ["@16"]: "The row has no AssignmentId.",
    });
    // The preview wrote nothing.
    expect((await statuses([...approveMe, rejectMe])).map(([, s]) => s)).toEqual(["Submitted", "Submitted", "Submitted"]);
    expect(await balancesOf(r.id)).toEqual(before.requester);

    const report = await applyReviewCsv(r.id, batch.id, file, plan.token);
    expect(report).toEqual({ approved: 2, rejected: 1, failed: [], money: plan.money });
    const after = await db.assignment.findMany({ where: { id: { in: [...approveMe, rejectMe, leaveMe, twice, both, tooLong, yes, notSubmitted, inOtherBatch, theirs] } } });
    const status = Object.fromEntries(after.map((a) => [a.id, a.status]));
    expect(status).toEqual({
      [approveMe[0]]: "Approved", [approveMe[1]]: "Approved", [rejectMe]: "Rejected",
      [leaveMe]: "Submitted", [twice]: "Submitted", [both]: "Submitted", [tooLong]: "Submitted", [yes]: "Submitted",
      [notSubmitted]: "Accepted", [inOtherBatch]: "Submitted", [theirs]: "Submitted",
    });
    expect(after.find((a) => a.id === rejectMe)!.requesterFeedback).toBe('Says "negative", the text is happy,\nsee row 1');
    // w1 and w2 were paid one reward each; the rejection's reward and fee went back to available.
    expect((await balancesOf(w1.id)).workerAvailableCents).toBe(before.w1.workerAvailableCents + REWARD);
    expect((await balancesOf(w2.id)).workerAvailableCents).toBe(before.w2.workerAvailableCents + REWARD);
    const requester = await balancesOf(r.id);
    expect(requester.requesterAvailableCents).toBe(before.requester.requesterAvailableCents + REWARD + FEE);
    expect(requester.requesterEscrowCents).toBe(before.requester.requesterEscrowCents - 3 * (REWARD + FEE));
    expect(await checkLedger()).toEqual([]);

    // The same file again: the preview's token no longer matches, and the new plan has nothing to do.
    await expect(applyReviewCsv(r.id, batch.id, file, plan.token)).rejects.toMatchObject({ code: "Conflict" });
    const again = await planReviewCsv(r.id, batch.id, file);
    expect(again.approvals).toEqual([]);
    expect(again.problems.filter((p) => approveMe.includes(p.assignmentId)).map((p) => p.reason)).toEqual(["Already approved; it is not awaiting review.", "Already approved; it is not awaiting review."]);
    await expect(applyReviewCsv(r.id, batch.id, file, again.token)).rejects.toMatchObject({ code: "InvalidInput" });
    expect(await db.ledgerTransaction.count({ where: { paysAssignmentId: { in: approveMe } } })).toBe(2);
    expect(await balancesOf(r.id)).toEqual(requester);
    expect(await checkLedger()).toEqual([]);
  });

  it("refuses another requester's batch, a file without the review columns, and a preview that went stale, changing nothing", async () => {
    const r = await makeRequester(100_000);
    const { batch, hits } = await publish(r.id, "text,source\none,x\ntwo,y\n");
    const w = await makeWorker();
    const [a1, a2] = [await submit(w.id, hits[0].id), await submit(w.id, hits[1].id)];
    const file = Buffer.from(`AssignmentId,Approve,Reject\n${a1},x,\n${a2},,"Not done"\n`);
    const other = await makeRequester(100_000);
    await expect(planReviewCsv(other.id, batch.id, file)).rejects.toMatchObject({ code: "NotFound" });
    const plan = await planReviewCsv(r.id, batch.id, file);
    await expect(applyReviewCsv(other.id, batch.id, file, plan.token)).rejects.toMatchObject({ code: "NotFound" });

    await expect(planReviewCsv(r.id, batch.id, `AssignmentId,Approve\n${a1},x\n`)).rejects.toMatchObject({ code: "InvalidInput", message: expect.stringContaining("no Reject column") });
    await expect(planReviewCsv(r.id, batch.id, `HITId,Status\nx,y\n`)).rejects.toMatchObject({ message: expect.stringContaining("no AssignmentId, Approve, Reject columns") });
    await expect(planReviewCsv(r.id, batch.id, `AssignmentId,Approve,Reject\n"${a1},x,\n`)).rejects.toMatchObject({ message: expect.stringContaining("could not be read") });

    // Someone approves a2 from the review page between the preview and the confirmation.
    await approveAssignment({ requesterId: r.id }, a2);
    const balances = await balancesOf(r.id);
    await expect(applyReviewCsv(r.id, batch.id, file, plan.token)).rejects.toMatchObject({ code: "Conflict", message: expect.stringContaining("changed since the preview") });
    expect(await statuses([a1, a2])).toEqual([[a1, "Submitted"], [a2, "Approved"]].sort());
    expect(await balancesOf(r.id)).toEqual(balances);
    expect(await checkLedger()).toEqual([]);
  });
});
