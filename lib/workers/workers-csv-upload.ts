// Uploading the workers file back: `UPDATE-<qualification name>` with a whole number grants the
// qualification or sets its value, `Revoke` revokes it; `UPDATE-BlockStatus` with Block or Unblock blocks
// or unblocks (a block gets a generic reason, as MTurk's file flow does). The plan lists every change and
// every filled cell that cannot be applied and why, writing nothing; applying re-reads the file, refuses
// when the plan changed since the preview, and makes each change through lib/qualifications and the
// block functions, one transaction each.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { DomainError, isDomainError } from "@/lib/errors";
import { csvFileError, parseCsvTable, sheetRow } from "@/lib/csv";
import { userIdPattern } from "@/lib/ids";
import { grantQualification, revokeQualification } from "@/lib/qualifications/grants";
import { qualificationValueSchema } from "@/lib/qualifications/schema";
import { blockWorker, unblockWorker } from "./blocks";
import { ownTypesForFile } from "./workers-csv";
import { BLOCK_UPDATE_COLUMN, FILE_BLOCK_REASON, UPDATE_PREFIX, updateColumn, WORKER_ID_COLUMN } from "./csv-columns";

export const MAX_WORKER_ROWS = 20_000;
const LOOKUP_CHUNK = 500;

export type WorkerChange =
  | { row: number; workerId: string; kind: "grant" | "update"; qualificationTypeId: string; qualificationName: string; value: number }
  | { row: number; workerId: string; kind: "revoke"; qualificationTypeId: string; qualificationName: string }
  | { row: number; workerId: string; kind: "block" | "unblock" };

export interface WorkerCsvProblem {
  row: number;
  workerId: string;
  column: string;
  reason: string;
}

export interface WorkersCsvPlan {
  rowCount: number;
  changes: WorkerChange[];
  problems: WorkerCsvProblem[];
  /** A fingerprint of the changes; applying refuses when the file would now do something else. */
  token: string;
}

type Cell = { index: number; workerId: string; column: string; value: string };
type OwnType = { id: string; name: string };

/** Why each UPDATE- column that names none of the requester's types cannot be used, by column. */
async function columnProblems(names: string[], own: Map<string, OwnType>): Promise<Map<string, string>> {
  const unknown = names.filter((n) => !own.has(n));
  const elsewhere = unknown.length
    ? // None of these is a live name of the requester's own types, so a live match is another's.
      await db.qualificationType.findMany({ where: { OR: [{ liveName: { in: unknown } }, { ownerId: null, name: { in: unknown } }] }, select: { name: true, liveName: true, ownerId: true } })
    : [];
  const why = new Map<string, string>();
  for (const n of unknown) {
    const theirs = elsewhere.filter((t) => (t.liveName ?? t.name) === n);
    why.set(
      updateColumn(n),
      theirs.some((t) => t.ownerId === null)
        ? `"${n}" is a system qualification; its values are not set from a file.`
        : theirs.length > 0
          ? `The qualification type "${n}" is another requester's.`
          : `You have no qualification type named "${n}".`,
    );
  }
  return why;
}

async function loadWorld(requesterId: string, workerIds: string[], typeIds: string[]) {
  const workers = new Set<string>();
  const blocked = new Set<string>();
  const held = new Map<string, number | null>();
  for (let i = 0; i < workerIds.length; i += LOOKUP_CHUNK) {
    const ids = workerIds.slice(i, i + LOOKUP_CHUNK);
    const [users, blocks, quals] = await Promise.all([
      db.user.findMany({ where: { id: { in: ids }, isWorker: true }, select: { id: true } }),
      db.workerBlock.findMany({ where: { requesterId, workerId: { in: ids } }, select: { workerId: true } }),
      db.qualification.findMany({ where: { workerId: { in: ids }, qualificationTypeId: { in: typeIds }, status: "Granted" }, select: { workerId: true, qualificationTypeId: true, integerValue: true } }),
    ]);
    for (const u of users) workers.add(u.id);
    for (const b of blocks) blocked.add(b.workerId);
    for (const q of quals) held.set(`${q.workerId} ${q.qualificationTypeId}`, q.integerValue);
  }
  return { workers, blocked, held };
}

function readCells(input: string | Buffer) {
  const { columns, rows } = parseCsvTable(input, { maxRows: MAX_WORKER_ROWS, tooMany: `At most ${MAX_WORKER_ROWS.toLocaleString("en-US")} workers at a time; split the file.` });
  if (!columns.includes(WORKER_ID_COLUMN)) throw csvFileError(`The CSV has no "${WORKER_ID_COLUMN}" column. Download the workers CSV, fill in its UPDATE- columns and upload it.`);
  const updates = columns.filter((c) => c.startsWith(UPDATE_PREFIX));
  if (updates.length === 0) throw csvFileError("The CSV has no UPDATE- columns, so there is nothing to change.");
  const cells: Cell[] = [];
  rows.forEach((r, index) => {
    for (const column of updates) {
      const value = r[column].trim();
      if (value) cells.push({ index, workerId: r[WORKER_ID_COLUMN].trim(), column, value });
    }
  });
  return { rowCount: rows.length, cells, qualificationNames: updates.filter((c) => c !== BLOCK_UPDATE_COLUMN).map((c) => c.slice(UPDATE_PREFIX.length)) };
}

/** What uploading this workers file would change for the requester. Writes nothing. */
export async function planWorkersCsv(requesterId: string, input: string | Buffer): Promise<WorkersCsvPlan> {
  const { rowCount, cells, qualificationNames } = readCells(input);
  const own = new Map((await ownTypesForFile(requesterId)).map((t) => [t.name, t]));
  const badColumns = await columnProblems(qualificationNames, own);
  const rowsOf = new Map<string, Set<number>>();
  for (const c of cells) if (c.workerId) rowsOf.set(c.workerId, (rowsOf.get(c.workerId) ?? new Set()).add(sheetRow(c.index)));
  const world = await loadWorld(requesterId, [...rowsOf.keys()].filter((id) => userIdPattern.test(id)), [...own.values()].map((t) => t.id));

  const changes: WorkerChange[] = [];
  const problems: WorkerCsvProblem[] = [];
  for (const c of cells) {
    const row = sheetRow(c.index);
    const fail = (reason: string) => problems.push({ row, workerId: c.workerId, column: c.column, reason });
    const rows = [...(rowsOf.get(c.workerId) ?? [])];
    if (!c.workerId) fail("The row has no Worker ID.");
    else if (rows.length > 1) fail(`The worker is on rows ${rows.join(", ")}; put their changes on one row.`);
    else if (badColumns.has(c.column)) fail(badColumns.get(c.column)!);
    else if (!world.workers.has(c.workerId)) fail("No worker has this id.");
    else if (c.column === BLOCK_UPDATE_COLUMN) {
      const v = c.value.toLowerCase();
      const blocked = world.blocked.has(c.workerId);
      if (v !== "block" && v !== "unblock") fail(`Write Block or Unblock, not "${c.value.slice(0, 40)}".`);
      else if (c.workerId === requesterId) fail("You cannot block yourself.");
      else if (v === "block" && blocked) fail("Already blocked; the block and its reason stay as they are.");
      else if (v === "unblock" && !blocked) fail("Not blocked, so there is nothing to unblock.");
      else changes.push({ row, workerId: c.workerId, kind: v });
    } else {
      const type = own.get(c.column.slice(UPDATE_PREFIX.length))!;
      const key = `${c.workerId} ${type.id}`;
      const current = world.held.has(key) ? world.held.get(key) : undefined;
      const ref = { qualificationTypeId: type.id, qualificationName: type.name };
      if (c.value.toLowerCase() === "revoke") {
        if (current === undefined) fail("The worker does not hold this qualification, so there is nothing to revoke.");
        else changes.push({ row, workerId: c.workerId, kind: "revoke", ...ref });
        continue;
      }
      const value = /^[+-]?\d+$/.test(c.value) ? qualificationValueSchema.safeParse(Number(c.value)) : null;
      if (!value?.success) fail(value ? value.error.issues[0].message : `Write a whole number or Revoke, not "${c.value.slice(0, 40)}".`);
      else if (current === value.data) fail(`The worker already holds it with the value ${value.data}.`);
      else changes.push({ row, workerId: c.workerId, kind: current === undefined ? "grant" : "update", ...ref, value: value.data });
    }
  }
  const token = createHash("sha256").update(JSON.stringify(changes)).digest("hex");
  return { rowCount, changes, problems, token };
}

export interface WorkersCsvReport {
  applied: WorkerChange[];
  /** Changes that something else beat between the preview and now. */
  failed: WorkerCsvProblem[];
}

const columnOf = (c: WorkerChange) => ("qualificationName" in c ? updateColumn(c.qualificationName) : BLOCK_UPDATE_COLUMN);

async function applyOne(requesterId: string, c: WorkerChange) {
  switch (c.kind) {
    case "grant":
    case "update":
      return grantQualification(requesterId, { qualificationTypeId: c.qualificationTypeId, workerId: c.workerId, integerValue: c.value });
    case "revoke":
      return revokeQualification(requesterId, c.qualificationTypeId, c.workerId);
    case "block":
      return blockWorker(requesterId, c.workerId, FILE_BLOCK_REASON);
    case "unblock":
      return unblockWorker(requesterId, c.workerId);
  }
}

/** Applies the file as previewed (`token` from the plan); Conflict when it would now do something else. */
export async function applyWorkersCsv(requesterId: string, input: string | Buffer, token: string): Promise<WorkersCsvReport> {
  const plan = await planWorkersCsv(requesterId, input);
  if (plan.token !== token) {
    throw new DomainError("Conflict", "What this file would do has changed since the preview (workers or qualifications changed meanwhile). Nothing was applied; check the new preview.");
  }
  if (plan.changes.length === 0) throw new DomainError("InvalidInput", "The file has no change that can be applied.");
  const report: WorkersCsvReport = { applied: [], failed: [] };
  for (const c of plan.changes) {
    try {
      await applyOne(requesterId, c);
      report.applied.push(c);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      report.failed.push({ row: c.row, workerId: c.workerId, column: columnOf(c), reason: e.message });
    }
  }
  return report;
}
