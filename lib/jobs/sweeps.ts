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

const BATCH = 200;

export async function abandonOverdueAssignments(): Promise<number> {
  const due = await db.assignment.findMany({ where: { status: "Accepted", deadline: { lte: now() } }, select: { id: true }, take: BATCH });
  let n = 0;
  for (const a of due) if (await abandonIfOverdue(a.id)) n++;
  return n;
}

export async function closeExpiredHits(): Promise<number> {
  const t = now();
  const due = await db.hIT.findMany({
    where: { expiresAt: { lte: t }, numAvailable: { gt: 0 }, status: { not: "Disposed" } },
    select: { id: true },
    take: BATCH,
  });
  let n = 0;
  for (const { id } of due) {
    const closed = await transaction(async (tx) => {
      await lockHit(tx, id);
      const hit = await tx.hIT.findUniqueOrThrow({ where: { id } });
      if (hit.expiresAt > now() || hit.numAvailable === 0) return false; // extended or closed meanwhile
      await recordEvent(tx, { type: "HITExpired", hitTypeId: hit.hitTypeId, hitId: id });
      await moveSlots(tx, id, { available: -hit.numAvailable });
      await releaseSlots(tx, hit, hit.numAvailable, `Unused assignments of an expired HIT`, null);
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
  return { abandoned, expired, autoApproved, appealsEscalated, notifications };
}
