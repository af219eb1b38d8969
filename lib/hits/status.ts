// HIT status as MTurk defines it (DESIGN.md section 4). The stored status reflects the slot counters as of
// the last write; expiry is a matter of time, so it is applied here on every read.
export type HitStatus = "Assignable" | "Unassignable" | "Reviewable" | "Reviewing" | "Disposed";

type Counters = { numAvailable: number; numPending: number; numSubmitted: number; numCompleted: number };

/** The status to store after a write changed the counters. */
export function statusFromCounters(current: string, c: Counters): HitStatus {
  if (current === "Reviewing" || current === "Disposed") return current;
  if (c.numAvailable > 0) return "Assignable";
  if (c.numPending > 0) return "Unassignable";
  return "Reviewable";
}

/** The status a reader sees now: an expired HIT is never Assignable, even before the sweep ran. */
export function effectiveStatus(hit: Counters & { status: string; expiresAt: Date }, at: Date): HitStatus {
  const stored = hit.status as HitStatus;
  if (stored === "Reviewing" || stored === "Disposed") return stored;
  if (hit.expiresAt.getTime() <= at.getTime()) return hit.numPending > 0 ? "Unassignable" : "Reviewable";
  return statusFromCounters(stored, hit);
}

export const isLive = (hit: { status: string; expiresAt: Date }, at: Date): boolean =>
  hit.status !== "Disposed" && hit.expiresAt.getTime() > at.getTime();
