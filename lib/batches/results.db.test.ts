// A batch's progress and its MTurk-format results, for the owner only.
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db/client";
import { acceptHit, approveAssignment, rejectAssignment, submitAssignment } from "@/lib/assignments/mutations";
import { advanceClock } from "@/lib/clock";
import { submitExternal } from "@/lib/assignments/external";
import { createProject } from "@/lib/projects/mutations";
import { makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { fixture } from "@/lib/testing/fixtures";
import { projectInput } from "@/lib/testing/project-input";
import { publishBatch } from "./publish";
import { batchProgress, listBatches } from "./queries";
import { batchResultRows, RESULT_COLUMNS } from "./results-csv";

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("batch results", () => {
  it("counts progress and lists inputs and answers per assignment in MTurk's columns", async () => {
    const r = await makeRequester(100_000);
    const p = await createProject(r.id, projectInput());
    const [w1, w2] = [await makeWorker(), await makeWorker()];
    // w1's history: a rejection 20 days ago (inside 30 days, outside 7), from another requester.
    const elsewhere = await makeHit((await makeRequester(100_000)).id);
    const old = await acceptHit(w1.id, elsewhere.id);
    await submitAssignment(w1.id, old.id, simpleAnswerXml);
    await rejectAssignment(elsewhere.requesterId, old.id, "Wrong");
    advanceClock(20 * 86_400_000);
    const { batch } = await publishBatch(r.id, p.id, fixture("projects/sentiment/rows.csv"));
    const hits = await db.hIT.findMany({ where: { batchId: batch.id }, orderBy: { batchRow: "asc" }, take: 2 });
    const submit = async (workerId: string, hitId: string, sentiment: string) => {
      const a = await acceptHit(workerId, hitId);
      return submitExternal(a.id, { assignmentId: a.id, sentiment, comment: "a, \"quoted\"\nnote" });
    };
    const a1 = await submit(w1.id, hits[0].id, "positive");
    const a2 = await submit(w2.id, hits[0].id, "neutral");
    await submit(w1.id, hits[1].id, "negative");
    await approveAssignment({ requesterId: r.id }, a1.id);
    await rejectAssignment(r.id, a2.id, "Not what the text says");

    expect(await batchProgress(batch.id)).toEqual({ submitted: 1, approved: 1, rejected: 1, remaining: 20 * 3 - 3 });
    expect((await listBatches(r.id))[0].progress.approved).toBe(1);

    const { rows } = await batchResultRows(r.id, batch.id);
    const table = await all(rows);
    const header = table[0];
    expect(header.slice(0, RESULT_COLUMNS.length)).toEqual([...RESULT_COLUMNS]);
    expect(header.slice(RESULT_COLUMNS.length)).toEqual(["Input.text", "Input.source", "Answer.comment", "Answer.sentiment", "Approve", "Reject"]);
    expect(table).toHaveLength(4);
    // Through a real CSV round trip: the commas, quotes and newlines survive.
    const records = parse(stringify(table), { columns: true }) as Record<string, string>[];
    const first = records.find((x) => x.AssignmentId === a1.id)!;
    expect(first).toMatchObject({ HITId: hits[0].id, WorkerId: w1.id, AssignmentStatus: "Approved", Reward: "$0.10", "Input.text": "I love this phone, the battery lasts two days!", "Answer.sentiment": "positive", "Answer.comment": 'a, "quoted"\nnote' });
    expect(records.find((x) => x.AssignmentId === a2.id)).toMatchObject({ AssignmentStatus: "Rejected", RequesterFeedback: "Not what the text says" });
    // Approval rates are the worker's own, over every requester: approved of reviewed (Submitted is not yet either).
    expect(first).toMatchObject({ LifetimeApprovalRate: "50% (1/2)", Last30DaysApprovalRate: "50% (1/2)", Last7DaysApprovalRate: "100% (1/1)" });
    expect(records.find((x) => x.AssignmentId === a2.id)).toMatchObject({ LifetimeApprovalRate: "0% (0/1)", Last7DaysApprovalRate: "0% (0/1)" });
  });

  it("names the Answer.* columns from the names recorded at submit, and finds them once for a batch from before", async () => {
    const r = await makeRequester(100_000);
    const p = await createProject(r.id, projectInput());
    // 1,200 rows: the download reads 500 rows a page, so work on the first, a middle and the last row spans three.
    const csv = "text,source\n" + Array.from({ length: 1200 }, (_, i) => `text ${i},s${i}`).join("\n");
    const { batch } = await publishBatch(r.id, p.id, csv);
    const hits = await db.hIT.findMany({ where: { batchId: batch.id, batchRow: { in: [1, 501, 1200] } }, orderBy: { batchRow: "asc" } });
    const w = await makeWorker();
    const fields: Record<string, string>[] = [{ sentiment: "positive" }, { sentiment: "neutral", extra: "x" }, { comment: "c" }];
    const ids: string[] = [];
    for (const [i, h] of hits.entries()) {
      const a = await acceptHit(w.id, h.id);
      await submitExternal(a.id, { assignmentId: a.id, ...fields[i] });
      ids.push(a.id);
    }
    const recorded = await db.batchAnswerField.findMany({ where: { batchId: batch.id }, orderBy: { name: "asc" } });
    expect(recorded.map((f) => f.name)).toEqual(["comment", "extra", "sentiment"]);

    const read = async () => {
      const table = await all((await batchResultRows(r.id, batch.id)).rows);
      return { answers: table[0].filter((c) => c.startsWith("Answer.")), ids: table.slice(1).map((row) => row[RESULT_COLUMNS.indexOf("AssignmentId")]), rows: table.slice(1) };
    };
    const recordedRead = await read();
    expect(recordedRead.answers).toEqual(["Answer.comment", "Answer.extra", "Answer.sentiment"]);
    expect(recordedRead.ids).toEqual(ids);
    expect(recordedRead.rows[1].slice(-5)).toEqual(["", "x", "neutral", "", ""]);

    // A batch published before names were recorded: no names, the flag down. The first download finds
    // them in the answers and records them; the header is the same.
    await db.batchAnswerField.deleteMany({ where: { batchId: batch.id } });
    await db.batch.update({ where: { id: batch.id }, data: { answerFieldsRecorded: false } });
    expect(await read()).toEqual(recordedRead);
    expect((await db.batch.findUniqueOrThrow({ where: { id: batch.id } })).answerFieldsRecorded).toBe(true);
    expect(await db.batchAnswerField.count({ where: { batchId: batch.id } })).toBe(3);
  });

  it("is NotFound for another requester", async () => {
    const r = await makeRequester(100_000);
    const p = await createProject(r.id, projectInput());
    const { batch } = await publishBatch(r.id, p.id, "text,source\nhi,x\n");
    const other = await makeRequester();
    await expect(batchResultRows(other.id, batch.id)).rejects.toMatchObject({ code: "NotFound" });
    expect(await listBatches(other.id)).toEqual([]);
  });
});
