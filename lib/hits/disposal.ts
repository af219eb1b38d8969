// MTurk's DeleteHIT rule in one place: the domain refuses with it, and the HIT page offers "Delete" only
// when it would pass (and otherwise says why).
import { isLive } from "./status";

type DisposableHit = { status: string; expiresAt: Date; numAvailable: number; numPending: number; numSubmitted: number };

/** Why the HIT cannot be deleted at `at`, or null when it can: expired or fully used, nothing in progress or to review. */
export function disposalRefusal(hit: DisposableHit, at: Date): string | null {
  if (hit.status === "Disposed") return "This HIT was already deleted.";
  if (isLive(hit, at) && hit.numAvailable > 0) return "This HIT still has open assignments. Expire it first, then delete it.";
  if (hit.numPending > 0) return "Workers are still working on this HIT. Wait until they submit or their time runs out.";
  if (hit.numSubmitted > 0) return "This HIT has submitted work to review. Approve or reject it first.";
  return null;
}
