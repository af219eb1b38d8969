// Reviewing and cancelling a whole batch from its page. Each assignment is still approved or rejected on
// its own (one transaction each, lib/assignments/bulk-review), and each HIT expires on its own through
// lib/hits/management's expiry, which releases the escrow of its unused slots; here is only which ones.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { reviewAssignments, type ReviewDecision } from "@/lib/assignments/bulk-review";
import { updateExpiration } from "@/lib/hits/management";
import { ownBatch } from "./queries";
import { yieldToOthers } from "./yield";

/**
 * Approves or rejects the batch's submitted assignments: the ones selected, or (no selection) every one
 * still waiting. Selected ids from another batch are not this batch's to review and are left out.
 */
export async function reviewBatch(requesterId: string, batchId: string, decision: ReviewDecision, feedback: string, selected?: string[]) {
  await ownBatch(requesterId, batchId);
  const waiting = await db.assignment.findMany({
    where: { hit: { batchId }, status: "Submitted", ...(selected ? { id: { in: selected } } : {}) },
    orderBy: { submittedAt: "asc" },
    select: { id: true },
  });
  if (waiting.length === 0) throw new DomainError("Conflict", selected ? "None of the selected submissions is waiting for review in this batch." : "No submission of this batch is waiting for review.");
  return reviewAssignments(requesterId, waiting.map((a) => a.id), decision, feedback);
}

/**
 * Cancels the rest of a published batch: the batch is marked Cancelled, then every HIT still up expires,
 * so no new worker can take it and the escrow of its unused slots goes back (work already accepted may
 * still be submitted, as on MTurk). Running it again finishes what an interrupted run left.
 */
export async function cancelBatch(requesterId: string, batchId: string) {
  await markCancelled(requesterId, batchId);
  return expireBatchHits(requesterId, batchId);
}

/** The first step alone (the web face runs the second after its response; each HIT is its own transaction). */
export async function markCancelled(requesterId: string, batchId: string) {
  await ownBatch(requesterId, batchId);
  const { count } = await db.batch.updateMany({ where: { id: batchId, status: { in: ["Published", "Cancelled"] } }, data: { status: "Cancelled" } });
  if (count !== 1) throw new DomainError("Conflict", "Only a published batch can be cancelled; this one is not live.");
}

/** Expires every HIT of a cancelled batch that is still up; returns how many and the escrow given back. */
export async function expireBatchHits(requesterId: string, batchId: string) {
  const batch = await ownBatch(requesterId, batchId);
  if (batch.status !== "Cancelled") throw new DomainError("Conflict", "Only a cancelled batch has its HITs expired.");
  const live = await db.hIT.findMany({
    where: { batchId, status: { not: "Disposed" }, expiresAt: { gt: now() } },
    select: { id: true, escrowCents: true },
  });
  let releasedCents = 0;
  for (const hit of live) {
    // Escrow changes only by expiry, submission and review, so what this HIT holds less is what expiry gave back.
    const after = await updateExpiration(requesterId, hit.id, now());
    releasedCents += Math.max(0, hit.escrowCents - after.escrowCents);
    await yieldToOthers();
  }
  return { expiredHits: live.length, releasedCents };
}
