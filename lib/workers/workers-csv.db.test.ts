// The workers file: downloaded in MTurk's shape, filled in, previewed with every change and every cell
// that cannot be applied, then applied through the qualification and block functions, once.
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db/client";
import { acceptHit, approveAssignment, rejectAssignment, submitAssignment } from "@/lib/assignments/mutations";
import { createQualificationType } from "@/lib/qualifications/types";
import { grantQualification } from "@/lib/qualifications/grants";
import { ensureSystemQualificationTypes } from "@/lib/qualifications/system";
import { makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { blockWorker } from "./blocks";
import { workersCsvRows } from "./workers-csv";
import { applyWorkersCsv, planWorkersCsv } from "./workers-csv-upload";
import { FILE_BLOCK_REASON } from "./csv-columns";

async function submitted(workerId: string, hitId: string) {
  const a = await acceptHit(workerId, hitId);
  await submitAssignment(workerId, a.id, simpleAnswerXml);
  return a.id;
}

/** A requester with two types; w1 worked (one approved, one rejected), w2 holds "Level" 5, w3 is blocked. */
async function setup() {
  const r = await makeRequester(10_000);
  const careful = await createQualificationType(r.id, { name: "Careful, thorough", description: "Granted by hand" });
  const level = await createQualificationType(r.id, { name: "Level", description: "Skill level" });
  const [w1, w2, w3, w4] = [await makeWorker(), await makeWorker(), await makeWorker(), await makeWorker()];
  const hit = await makeHit(r.id, { maxAssignments: 3 });
  await approveAssignment({ requesterId: r.id }, await submitted(w1.id, hit.id));
  await rejectAssignment(r.id, await submitted(w1.id, (await makeHit(r.id)).id), "Not what was asked.");
  await grantQualification(r.id, { qualificationTypeId: level.id, workerId: w2.id, integerValue: 5 });
  await blockWorker(r.id, w3.id, "Copied answers from another worker");
  const other = await makeRequester();
  const theirs = await createQualificationType(other.id, { name: "Theirs", description: "Another requester's" });
  await grantQualification(other.id, { qualificationTypeId: theirs.id, workerId: w1.id, integerValue: 9 });
  return { r, careful, level, w1, w2, w3, w4, other, theirs };
}

const records = (table: string[][]) => parse(stringify(table, { bom: true }), { bom: true, columns: true }) as Record<string, string>[];
const toCsv = (rows: Record<string, string>[], columns: string[]) => Buffer.from(stringify(rows, { header: true, columns, bom: true }));

describe("the workers CSV", () => {
  it("lists the requester's workers with their record, block status and values of the requester's own types", async () => {
    const { r, w1, w2, w3 } = await setup();
    const [header, ...rows] = await workersCsvRows(r.id);
    expect(header).toEqual(["Worker ID", "Lifetime Approval Rate", "CURRENT-BlockStatus", "UPDATE-BlockStatus", "CURRENT-Careful, thorough", "UPDATE-Careful, thorough", "CURRENT-Level", "UPDATE-Level"]);
    expect(rows).toEqual([
      [w1.id, "50% (1/2)", "Not Blocked", "", "", "", "", ""],
      ...[[w2.id, "", "Not Blocked", "", "", "", "5", ""], [w3.id, "", "Blocked", "", "", "", "", ""]].sort((a, b) => a[0].localeCompare(b[0])),
    ]);
    // Another requester sees none of it.
    expect(await workersCsvRows((await makeRequester()).id)).toEqual([["Worker ID", "Lifetime Approval Rate", "CURRENT-BlockStatus", "UPDATE-BlockStatus"]]);
  });

  it("previews each change and each cell it cannot apply, applies it once, and leaves another requester's types alone", async () => {
    const { r, careful, level, w1, w2, w3, w4, other, theirs } = await setup();
    await ensureSystemQualificationTypes();
    const table = await workersCsvRows(r.id);
    const rows = records(table);
    const row = (id: string) => rows.find((x) => x["Worker ID"] === id)!;
    row(w1.id)["UPDATE-Level"] = "7";
    row(w1.id)["UPDATE-BlockStatus"] = "block";
    row(w2.id)["UPDATE-Level"] = "Revoke";
    row(w2.id)["UPDATE-Careful, thorough"] = "3";
    row(w2.id)["UPDATE-BlockStatus"] = "Unblock";
    row(w3.id)["UPDATE-BlockStatus"] = "Unblock";
    row(w3.id)["UPDATE-Level"] = "abc";
    const extra = (id: string, cells: Record<string, string>) => rows.push({ ...Object.fromEntries(table[0].map((c) => [c, ""])), "Worker ID": id, ...cells });
    extra(w4.id, { "UPDATE-Level": "99999999999", "UPDATE-Careful, thorough": "Revoke", "UPDATE-Theirs": "1", "UPDATE-Nope": "1", "UPDATE-Masters": "1" });
    extra("AZZZZZZZZZZZZZ", { "UPDATE-Level": "1" });
    extra(w2.id, { "UPDATE-Level": "" }); // a second row for w2 without changes is harmless
    const file = toCsv(rows, [...table[0], "UPDATE-Theirs", "UPDATE-Nope", "UPDATE-Masters"]);

    const plan = await planWorkersCsv(r.id, file);
    expect(plan.rowCount).toBe(6);
    const at = (id: string) => rows.findIndex((x) => x["Worker ID"] === id) + 2;
    expect(plan.changes).toEqual([
      { row: at(w1.id), workerId: w1.id, kind: "block" },
      { row: at(w1.id), workerId: w1.id, kind: "grant", qualificationTypeId: level.id, qualificationName: "Level", value: 7 },
      { row: at(w2.id), workerId: w2.id, kind: "grant", qualificationTypeId: careful.id, qualificationName: "Careful, thorough", value: 3 },
      { row: at(w2.id), workerId: w2.id, kind: "revoke", qualificationTypeId: level.id, qualificationName: "Level" },
      { row: at(w3.id), workerId: w3.id, kind: "unblock" },
    ].sort((a, b) => a.row - b.row));
    expect(plan.problems.map((p) => [p.workerId, p.column, p.reason])).toEqual(expect.arrayContaining([
      [w2.id, "UPDATE-BlockStatus", "Not blocked, so there is nothing to unblock."],
      [w3.id, "UPDATE-Level", 'Write a whole number or Revoke, not "abc".'],
      [w4.id, "UPDATE-Level", "The value is too large"],
      [w4.id, "UPDATE-Careful, thorough", "The worker does not hold this qualification, so there is nothing to revoke."],
      [w4.id, "UPDATE-Theirs", 'The qualification type "Theirs" is another requester\'s.'],
      [w4.id, "UPDATE-Nope", 'You have no qualification type named "Nope".'],
      [w4.id, "UPDATE-Masters", '"Masters" is a system qualification; its values are not set from a file.'],
      ["AZZZZZZZZZZZZZ", "UPDATE-Level", "No worker has this id."],
    ]));
    expect(plan.problems).toHaveLength(8);
    // The preview wrote nothing.
    expect(await db.workerBlock.count({ where: { requesterId: r.id } })).toBe(1);
    expect(await db.qualification.count({ where: { qualificationTypeId: { in: [careful.id, level.id] }, status: "Granted" } })).toBe(1);

    const report = await applyWorkersCsv(r.id, file, plan.token);
    expect(report).toEqual({ applied: plan.changes, failed: [] });
    const held = await db.qualification.findMany({ where: { qualificationTypeId: { in: [careful.id, level.id, theirs.id] } }, select: { workerId: true, qualificationTypeId: true, status: true, integerValue: true } });
    const key = (q: { workerId: string; qualificationTypeId: string }) => `${q.workerId} ${q.qualificationTypeId}`;
    expect(Object.fromEntries(held.map((q) => [key(q), [q.status, q.integerValue]]))).toEqual({
      [`${w1.id} ${level.id}`]: ["Granted", 7],
      [`${w2.id} ${level.id}`]: ["Revoked", 5],
      [`${w2.id} ${careful.id}`]: ["Granted", 3],
      [`${w1.id} ${theirs.id}`]: ["Granted", 9],
    });
    expect(await db.workerBlock.findMany({ where: { requesterId: r.id }, select: { workerId: true, reason: true } })).toEqual([{ workerId: w1.id, reason: FILE_BLOCK_REASON }]);
    expect(await db.workerBlock.count({ where: { requesterId: other.id } })).toBe(0);

    // The same file again: the preview is stale, and the fresh one finds nothing left to do.
    await expect(applyWorkersCsv(r.id, file, plan.token)).rejects.toMatchObject({ code: "Conflict" });
    const again = await planWorkersCsv(r.id, file);
    expect(again.changes).toEqual([]);
    await expect(applyWorkersCsv(r.id, file, again.token)).rejects.toMatchObject({ code: "InvalidInput" });
    expect(await db.notification.count({ where: { userId: w1.id, kind: { startsWith: "qualification." } } })).toBe(2); // Theirs, then Level
  });

  it("refuses a file without Worker ID or UPDATE- columns, and another requester's upload cannot touch these workers", async () => {
    const { r, level, w2 } = await setup();
    await expect(planWorkersCsv(r.id, "WorkerId,UPDATE-Level\nx,1\n")).rejects.toMatchObject({ code: "InvalidInput", message: expect.stringContaining('no "Worker ID" column') });
    await expect(planWorkersCsv(r.id, "Worker ID,CURRENT-Level\nx,1\n")).rejects.toMatchObject({ message: expect.stringContaining("no UPDATE- columns") });
    // Another requester names r's type and r's blocked worker: nothing of r's is theirs to change.
    const stranger = await makeRequester();
    const file = `Worker ID,UPDATE-Level,UPDATE-BlockStatus\n${w2.id},Revoke,\n`;
    const plan = await planWorkersCsv(stranger.id, file);
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([{ row: 2, workerId: w2.id, column: "UPDATE-Level", reason: 'The qualification type "Level" is another requester\'s.' }]);
    await expect(applyWorkersCsv(stranger.id, file, plan.token)).rejects.toMatchObject({ code: "InvalidInput" });
    expect((await db.qualification.findFirstOrThrow({ where: { qualificationTypeId: level.id, workerId: w2.id } })).status).toBe("Granted");
    // A stale preview applies nothing.
    const mine = `Worker ID,UPDATE-Level\n${w2.id},8\n`;
    const stale = await planWorkersCsv(r.id, mine);
    await grantQualification(r.id, { qualificationTypeId: level.id, workerId: w2.id, integerValue: 8 });
    await expect(applyWorkersCsv(r.id, mine, stale.token)).rejects.toMatchObject({ code: "Conflict" });
  });
});
