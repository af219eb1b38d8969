// The workers a requester has worked with, and each worker's track record.
import { db } from "@/lib/db/client";

export type WorkerRecord = { approved: number; rejected: number; approvalRate: number | null };

/** Lifetime approval rate of workers across all requesters (shown to requesters while reviewing). */
export async function approvalRates(workerIds: string[]): Promise<Map<string, WorkerRecord>> {
  const rows = await db.assignment.groupBy({ by: ["workerId", "status"], where: { workerId: { in: workerIds }, status: { in: ["Approved", "Rejected"] } }, _count: { _all: true } });
  const out = new Map<string, WorkerRecord>();
  for (const id of workerIds) out.set(id, { approved: 0, rejected: 0, approvalRate: null });
  for (const r of rows) {
    const rec = out.get(r.workerId)!;
    if (r.status === "Approved") rec.approved = r._count._all;
    else rec.rejected = r._count._all;
  }
  for (const rec of out.values()) rec.approvalRate = rec.approved + rec.rejected === 0 ? null : rec.approved / (rec.approved + rec.rejected);
  return out;
}

/** Every worker who has submitted work to this requester, with their record here. */
export async function workersOfRequester(requesterId: string) {
  const rows = await db.assignment.groupBy({
    by: ["workerId", "status"],
    where: { requesterId, status: { in: ["Submitted", "Approved", "Rejected"] } },
    _count: { _all: true },
    _max: { submittedAt: true },
  });
  const ids = [...new Set(rows.map((r) => r.workerId))];
  const [users, blocks] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    db.workerBlock.findMany({ where: { requesterId, workerId: { in: ids } } }),
  ]);
  const blocked = new Map(blocks.map((b) => [b.workerId, b]));
  return users
    .map((u) => {
      const mine = rows.filter((r) => r.workerId === u.id);
      const count = (s: string) => mine.find((r) => r.status === s)?._count._all ?? 0;
      const approved = count("Approved");
      const rejected = count("Rejected");
      const last = mine.reduce<Date | null>((m, r) => (r._max.submittedAt && (!m || r._max.submittedAt > m) ? r._max.submittedAt : m), null);
      return {
        workerId: u.id,
        name: u.name,
        submitted: count("Submitted"),
        approved,
        rejected,
        approvalRate: approved + rejected === 0 ? null : approved / (approved + rejected),
        lastActivity: last,
        block: blocked.get(u.id) ?? null,
      };
    })
    .sort((a, b) => (b.lastActivity?.getTime() ?? 0) - (a.lastActivity?.getTime() ?? 0));
}

/** The most recent reviewed or submitted assignments of each of these workers for this requester (bonus forms on the workers page). */
export async function recentAssignmentsByWorker(requesterId: string, workerIds: string[], perWorker = 20) {
  const rows = await db.assignment.findMany({
    where: { requesterId, workerId: { in: workerIds }, status: { in: ["Submitted", "Approved", "Rejected"] } },
    orderBy: { submittedAt: "desc" },
    take: Math.min(workerIds.length * perWorker, 2000),
    select: { id: true, workerId: true, status: true, submittedAt: true, hit: { select: { hitType: { select: { title: true } } } } },
  });
  const out = new Map<string, { id: string; status: string; submittedAt: Date | null; title: string }[]>();
  for (const r of rows) {
    const list = out.get(r.workerId) ?? [];
    if (list.length < perWorker) list.push({ id: r.id, status: r.status, submittedAt: r.submittedAt, title: r.hit.hitType.title });
    out.set(r.workerId, list);
  }
  return out;
}
