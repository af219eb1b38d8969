// The delivery log of a HIT type's notifications, and sending an event again, for the type's owner only.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { ownHitType } from "@/lib/hits/hit-types";

export const LOG_PAGE = 50;

/** The newest events first, each with its attempts (newest first). */
export async function deliveryLog(requesterId: string, hitTypeId: string, options: { before?: number } = {}) {
  await ownHitType(requesterId, hitTypeId);
  const events = await db.outboxEvent.findMany({
    where: { hitTypeId, ...(options.before ? { seq: { lt: options.before } } : {}) },
    orderBy: { seq: "desc" },
    take: LOG_PAGE + 1,
    include: { deliveries: { orderBy: { attemptedAt: "desc" } } },
  });
  const page = events.slice(0, LOG_PAGE);
  return { events: page, nextBefore: events.length > LOG_PAGE ? page[page.length - 1].seq : null };
}

/**
 * Queues an event to be sent again now, with a fresh allowance of attempts. It keeps its place in the
 * type's order. Refused while a deliverer is sending it. One conditional write.
 */
export async function resendEvent(requesterId: string, eventId: string) {
  const t = now();
  const { count } = await db.outboxEvent.updateMany({
    where: { id: eventId, hitType: { requesterId }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: t } }] },
    data: { status: "Pending", attempts: 0, nextAttemptAt: t, leaseToken: null, lockedUntil: null },
  });
  if (count === 1) return;
  const exists = await db.outboxEvent.findFirst({ where: { id: eventId, hitType: { requesterId } }, select: { id: true } });
  if (!exists) throw new DomainError("NotFound", "That notification event does not exist or is not yours.");
  throw new DomainError("Conflict", "This event is being sent right now; look again in a moment.");
}
