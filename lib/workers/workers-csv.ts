// The workers file in MTurk's shape: one row per worker the requester deals with (who submitted work,
// who is blocked, who holds one of their qualifications), their record here, their block status and
// their value of each of the requester's qualification types (CURRENT-<name>), with empty UPDATE-
// columns to fill in and upload (see workers-csv-upload.ts).
import { db } from "@/lib/db/client";
import { workersOfRequester } from "./queries";
import { BLOCK_UPDATE_COLUMN, currentColumn, updateColumn, WORKER_ID_COLUMN } from "./csv-columns";

/** The requester's live qualification types, oldest first, so the file's columns keep their order. */
export function ownTypesForFile(requesterId: string) {
  return db.qualificationType.findMany({ where: { ownerId: requesterId, status: { not: "Disposing" } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}

/** MTurk's "approved share (approved/reviewed)", empty before any review. */
function approvalRate(approved: number, rejected: number): string {
  const total = approved + rejected;
  return total === 0 ? "" : `${Math.round((approved / total) * 100)}% (${approved}/${total})`;
}

/** The header and one row per worker, those who worked here first (most recent first), then the others by id. */
export async function workersCsvRows(requesterId: string): Promise<string[][]> {
  const [worked, blocks, types] = await Promise.all([
    workersOfRequester(requesterId),
    db.workerBlock.findMany({ where: { requesterId }, select: { workerId: true } }),
    ownTypesForFile(requesterId),
  ]);
  const held = await db.qualification.findMany({
    where: { qualificationTypeId: { in: types.map((t) => t.id) } },
    select: { workerId: true, qualificationTypeId: true, status: true, integerValue: true },
  });
  const blocked = new Set(blocks.map((b) => b.workerId));
  const record = new Map(worked.map((w) => [w.workerId, w]));
  const others = [...new Set([...blocked, ...held.map((q) => q.workerId)])].filter((id) => !record.has(id)).sort();
  const valueOf = new Map(held.filter((q) => q.status === "Granted").map((q) => [`${q.workerId} ${q.qualificationTypeId}`, String(q.integerValue ?? "")]));

  const header = [WORKER_ID_COLUMN, "Lifetime Approval Rate", "CURRENT-BlockStatus", BLOCK_UPDATE_COLUMN, ...types.flatMap((t) => [currentColumn(t.name), updateColumn(t.name)])];
  const rows = [...worked.map((w) => w.workerId), ...others].map((id) => {
    const w = record.get(id);
    return [
      id,
      w ? approvalRate(w.approved, w.rejected) : "",
      blocked.has(id) ? "Blocked" : "Not Blocked",
      "",
      ...types.flatMap((t) => [valueOf.get(`${id} ${t.id}`) ?? "", ""]),
    ];
  });
  return [header, ...rows];
}
