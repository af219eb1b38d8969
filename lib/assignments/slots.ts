// Moving one HIT's slot counters and escrow together, inside the caller's transaction after lockHit.
// The invariant kept here: escrow = (reward + fee) * (available + pending + submitted).
import type { Tx } from "@/lib/db/client";
import { accountId } from "@/lib/money/accounts";
import { post } from "@/lib/money/ledger";
import { statusFromCounters } from "@/lib/hits/status";
import { syncGroupCount } from "@/lib/hits/group-stats";
import { recordEvent } from "@/lib/notifications/outbox";
import { tellRequesterHitDone } from "@/lib/notifications/in-app/hit-done";

type Delta = { available?: number; pending?: number; submitted?: number; completed?: number };

export async function moveSlots(tx: Tx, hitId: string, d: Delta) {
  const hit = await tx.hIT.findUniqueOrThrow({ where: { id: hitId } });
  const next = {
    numAvailable: hit.numAvailable + (d.available ?? 0),
    numPending: hit.numPending + (d.pending ?? 0),
    numSubmitted: hit.numSubmitted + (d.submitted ?? 0),
    numCompleted: hit.numCompleted + (d.completed ?? 0),
  };
  if (Object.values(next).some((v) => v < 0)) throw new Error(`slot counters of HIT ${hitId} would go negative`);
  const updated = await tx.hIT.update({ where: { id: hitId }, data: { ...next, status: statusFromCounters(hit.status, next) } });
  await syncGroupCount(tx, hit, updated);
  if (updated.status === "Reviewable" && hit.status !== "Reviewable") {
    await recordEvent(tx, { type: "HITReviewable", hitTypeId: hit.hitTypeId, hitId });
    await tellRequesterHitDone(tx, updated);
  }
  return updated;
}

/** Gives one slot's reward + fee back from the HIT's escrow to the requester's available balance. */
export async function releaseSlots(tx: Tx, hit: { id: string; requesterId: string; rewardCents: number; feeCents: number }, slots: number, memo: string, actorId: string | null) {
  if (slots <= 0) return;
  const amount = (hit.rewardCents + hit.feeCents) * slots;
  await tx.hIT.update({ where: { id: hit.id }, data: { escrowCents: { decrement: amount } } });
  await post(tx, {
    kind: "escrow_release",
    memo,
    actorId,
    hitId: hit.id,
    entries: [
      { accountId: accountId.requesterEscrow(hit.requesterId), amountCents: -amount },
      { accountId: accountId.requesterAvailable(hit.requesterId), amountCents: amount },
    ],
  });
}
