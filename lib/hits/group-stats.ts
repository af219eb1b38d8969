// The figures the workers' HIT groups page sorts and filters by, kept on the HIT type so the page reads
// one indexed table instead of grouping 100,000 HITs per request. Every write that opens or closes a HIT's
// last slot calls in here inside its own transaction.
import type { Tx } from "@/lib/db/client";

type HitLike = { hitTypeId: string; status: string; numAvailable: number };

/** A HIT counts in its group while it has an open slot (expiry is applied at read and by the sweep). */
export const isOpen = (h: HitLike): boolean => h.status === "Assignable" && h.numAvailable > 0;

export function searchTextOf(t: { title: string; description: string; keywords: string }, requesterName: string): string {
  return `${t.title} ${t.description} ${t.keywords} ${requesterName}`.toLowerCase();
}

/**
 * Estimated hourly pay: the reward over the median time workers really spent on the group's submitted
 * work, or over the time allotted until there is such data (and the page says which it is).
 */
export function estimateHourlyCents(rewardCents: number, medianWorkSeconds: number | null, assignmentDurationSeconds: number) {
  const seconds = medianWorkSeconds && medianWorkSeconds > 0 ? medianWorkSeconds : assignmentDurationSeconds;
  return { cents: Math.round((rewardCents * 3600) / Math.max(1, seconds)), basis: medianWorkSeconds ? ("median" as const) : ("allotted" as const) };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
}

/** Call after any change to a HIT's status or slots: moves the group's count when the HIT opened or closed. */
export async function syncGroupCount(tx: Tx, before: HitLike, after: HitLike): Promise<void> {
  const was = isOpen(before) && before.hitTypeId;
  const now = isOpen(after) && after.hitTypeId;
  if (was === now) return;
  if (was) await tx.hITType.update({ where: { id: was }, data: { hitsAvailable: { decrement: 1 } } });
  if (now) await tx.hITType.update({ where: { id: now }, data: { hitsAvailable: { increment: 1 } } });
}

/** A new or extended HIT: the group's newest HIT and latest expiry may move. */
export async function noteHitTimes(tx: Tx, hitTypeId: string, times: { createdAt?: Date; expiresAt: Date }): Promise<void> {
  const type = await tx.hITType.findUniqueOrThrow({ where: { id: hitTypeId }, select: { latestHitAt: true, lastExpiresAt: true } });
  const data: { latestHitAt?: Date; lastExpiresAt?: Date } = {};
  if (times.createdAt && (!type.latestHitAt || type.latestHitAt < times.createdAt)) data.latestHitAt = times.createdAt;
  if (!type.lastExpiresAt || type.lastExpiresAt < times.expiresAt) data.lastExpiresAt = times.expiresAt;
  if (Object.keys(data).length) await tx.hITType.update({ where: { id: hitTypeId }, data });
}

const WORK_TIME_SAMPLE = 101;

/** After a submission: the median of the group's latest work times, and the pay estimate from it. */
export async function refreshWorkTime(tx: Tx, hitTypeId: string): Promise<void> {
  const recent = await tx.assignment.findMany({
    where: { hitTypeId, status: { in: ["Submitted", "Approved", "Rejected"] }, workSeconds: { not: null } },
    orderBy: { submittedAt: "desc" },
    take: WORK_TIME_SAMPLE,
    select: { workSeconds: true },
  });
  const type = await tx.hITType.findUniqueOrThrow({ where: { id: hitTypeId }, select: { rewardCents: true, assignmentDurationSeconds: true } });
  const m = median(recent.map((r) => r.workSeconds as number));
  await tx.hITType.update({
    where: { id: hitTypeId },
    data: { medianWorkSeconds: m, estHourlyCents: estimateHourlyCents(type.rewardCents, m, type.assignmentDurationSeconds).cents },
  });
}

/** For tests and the admin check: every type's hitsAvailable equals its HITs with an open slot. */
export async function groupCountProblems(db: Tx): Promise<string[]> {
  const [open, types] = await Promise.all([
    db.hIT.groupBy({ by: ["hitTypeId"], where: { status: "Assignable", numAvailable: { gt: 0 } }, _count: { _all: true } }),
    db.hITType.findMany({ select: { id: true, hitsAvailable: true } }),
  ]);
  const counted = new Map(open.map((o) => [o.hitTypeId, o._count._all]));
  return types.filter((t) => (counted.get(t.id) ?? 0) !== t.hitsAvailable).map((t) => `HIT type ${t.id}: hitsAvailable ${t.hitsAvailable}, open HITs ${counted.get(t.id) ?? 0}`);
}
