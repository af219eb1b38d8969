// Sweeps move every record whose time has come: overdue assignments are abandoned, expired HITs give
// back their open slots' escrow, submitted work past its auto-approval time is approved and paid, and
// the notification outbox is delivered (outbox.ts).
// Each step is a conditional write in its own transaction, so any number of processes may run them at
// once, and running one twice changes nothing the second time.
import { db, transaction } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { DomainError } from "@/lib/errors";
import { lockHit } from "@/lib/hits/lock";
import { abandonIfOverdue, approveAssignment } from "@/lib/assignments/mutations";
import { moveSlots, releaseSlots } from "@/lib/assignments/slots";
import { escalateStaleAppeals } from "@/lib/assignments/appeals";
import { reviewHitIfDue } from "@/lib/review-policies/mutations";
import { recordEvent } from "@/lib/notifications/outbox";
import { deliverOutbox } from "./outbox";
import { deliverMessageEmails } from "@/lib/workers/message-email";

const BATCH = 200;

export async function abandonOverdueAssignments(): Promise<number> {
  const due = await db.assignment.findMany({ where: { status: "Accepted", deadline: { lte: now() } }, select: { id: true }, take: BATCH });
  let n = 0;
  for (const a of due) if (await abandonIfOverdue(a.id)) n++;
  return n;
}

/**
 * Handles each HIT whose lifetime ended: its open slots close (their escrow goes back) and HITExpired is
 * recorded, once. A HIT whose slots were all taken has nothing to close but expires all the same, so the
 * handled expiry is marked on the HIT (expiredAt) rather than read from the open slots.
 */
export async function closeExpiredHits(): Promise<number> {
  const t = now();
  const due = await db.hIT.findMany({
    where: { expiredAt: null, expiresAt: { lte: t }, status: { not: "Disposed" } },
    select: { id: true },
    take: BATCH,
  });
  let n = 0;
  for (const { id } of due) {
    const closed = await transaction(async (tx) => {
      await lockHit(tx, id);
      const at = now();
      const { count } = await tx.hIT.updateMany({ where: { id, expiredAt: null, expiresAt: { lte: at }, status: { not: "Disposed" } }, data: { expiredAt: at } });
      if (count !== 1) return false; // extended, deleted or handled meanwhile
      const hit = await tx.hIT.findUniqueOrThrow({ where: { id } });
      await recordEvent(tx, { type: "HITExpired", hitTypeId: hit.hitTypeId, hitId: id });
      if (hit.numAvailable > 0) {
        await moveSlots(tx, id, { available: -hit.numAvailable });
        await releaseSlots(tx, hit, hit.numAvailable, `Unused assignments of an expired HIT`, null);
      }
      await reviewHitIfDue(tx, id);
      return true;
    });
    if (closed) n++;
  }
  return n;
}

export async function autoApproveDue(): Promise<number> {
  const due = await db.assignment.findMany({ where: { status: "Submitted", autoApprovalAt: { lte: now() } }, select: { id: true }, take: BATCH });
  let n = 0;
  for (const a of due) {
    try {
      await approveAssignment({ system: "auto-approval" }, a.id);
      n++;
    } catch (e) {
      // The requester reviewed it between our read and our write: theirs stands.
      if (!(e instanceof DomainError && e.code === "Conflict")) throw e;
    }
  }
  return n;
}

export async function runAllSweeps() {
  const abandoned = await abandonOverdueAssignments();
  const expired = await closeExpiredHits();
  const autoApproved = await autoApproveDue();
  const appealsEscalated = await escalateStaleAppeals();
  const notifications = await deliverOutbox();
  const messageEmails = await deliverMessageEmails();
  return { abandoned, expired, autoApproved, appealsEscalated, notifications, messageEmails };
}
