// Delivering the notification outbox: at least once, in order per HIT type, safe in many processes.
// A deliverer claims the oldest pending event of a HIT type with a conditional update that sets a lease;
// while the lease runs nobody else sends that type's events, and when a killed process's lease expires the
// event is claimed and sent again (receivers de-duplicate by EventDocId). A failed attempt is retried with
// exponential backoff, and the type's later events wait behind it.
import { db, transaction } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { eventDoc } from "@/lib/notifications/message";
import { parseStoredSpec } from "@/lib/notifications/stored-spec";
import { send, type SendResult } from "@/lib/notifications/transports";
import type { MTurkEvent } from "@/lib/notifications/outbox";
import { tellDeliveryFailing } from "@/lib/notifications/in-app/requester-news";

/** Longer than any one send may take (the webhook timeout is 10 s), so a live deliverer keeps its claim. */
const leaseMs = () => Number(process.env.PIECEWORK_OUTBOX_LEASE_MS ?? 60_000);
/** After this many failed attempts an event is Failed and the type's later events go on; Resend retries it. */
export const MAX_ATTEMPTS = 10;
/** Failed attempts of one event after which its requester is told that deliveries keep failing. */
const TELL_AFTER_ATTEMPTS = 3;
/** HIT types served at once by one deliverer. */
const PARALLEL = 8;
/** Events one call delivers at most, so a sweep never runs unbounded. */
const PER_CALL = 500;

/** Seconds to wait after the n-th failed attempt: 30 s, 1 min, 2 min, ... at most an hour. */
export function backoffSeconds(failedAttempts: number): number {
  return Math.min(30 * 2 ** (failedAttempts - 1), 3600);
}

type Outcome = "delivered" | "retrying" | "failed" | "skipped" | "busy";

/** The oldest pending event of each HIT type (of one type when given), when it is due and not claimed. */
async function dueHeads(hitTypeId?: string) {
  const t = now();
  const heads = await db.outboxEvent.groupBy({
    by: ["hitTypeId"],
    where: { status: "Pending", ...(hitTypeId ? { hitTypeId } : {}) },
    _min: { seq: true },
    orderBy: { hitTypeId: "asc" },
  });
  if (heads.length === 0) return [];
  const due = await db.outboxEvent.findMany({
    where: {
      OR: heads.map((h) => ({ hitTypeId: h.hitTypeId, seq: h._min.seq! })),
      status: "Pending",
      nextAttemptAt: { lte: t },
      AND: [{ OR: [{ lockedUntil: null }, { lockedUntil: { lte: t } }] }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return due.map((d) => d.id);
}

/** Claims one event for this deliverer: a conditional write, so of two deliverers only one gets it. */
async function claim(eventId: string): Promise<string | null> {
  const token = newId();
  const t = now();
  const claimed = await transaction(async (tx) => {
    const e = await tx.outboxEvent.findUnique({ where: { id: eventId }, select: { hitTypeId: true, seq: true } });
    if (!e) return false;
    // A resent earlier event keeps its place: this one waits for it.
    const earlier = await tx.outboxEvent.count({ where: { hitTypeId: e.hitTypeId, status: "Pending", seq: { lt: e.seq } } });
    if (earlier > 0) return false;
    const { count } = await tx.outboxEvent.updateMany({
      where: { id: eventId, status: "Pending", nextAttemptAt: { lte: t }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: t } }] },
      data: { leaseToken: token, lockedUntil: new Date(t.getTime() + leaseMs()) },
    });
    return count === 1;
  });
  return claimed ? token : null;
}

async function deliverOne(eventId: string): Promise<Outcome> {
  const token = await claim(eventId);
  if (!token) return "busy";
  const event = await db.outboxEvent.findUniqueOrThrow({ where: { id: eventId }, include: { hitType: { select: { requesterId: true, notificationSpec: true, notificationActive: true } } } });
  const spec = event.hitType.notificationActive ? parseStoredSpec(event.hitType.notificationSpec) : null;
  if (!spec || !spec.eventTypes.includes(event.eventType as never)) {
    // Settings changed since the event was recorded: the owner no longer wants it.
    await db.outboxEvent.updateMany({
      where: { id: eventId, leaseToken: token },
      data: { status: "Skipped", leaseToken: null, lockedUntil: null, lastError: "Not sent: notifications for this event type were turned off before delivery." },
    });
    return "skipped";
  }
  const doc = eventDoc(event.id, event.hitType.requesterId, JSON.parse(event.payload) as MTurkEvent);
  const result = await send(spec, event.hitType.requesterId, doc);
  return finish(event, token, result, spec);
}

/** Records the attempt and moves the event on; only the holder of the lease may. */
async function finish(event: { id: string; attempts: number }, token: string, result: SendResult, spec: { transport: string; destination: string }): Promise<Outcome> {
  const t = now();
  const attempts = event.attempts + 1;
  const outcome: Outcome = result.ok ? "delivered" : attempts >= MAX_ATTEMPTS ? "failed" : "retrying";
  const next = {
    delivered: { status: "Delivered", deliveredAt: t },
    failed: { status: "Failed" },
    retrying: { status: "Pending", nextAttemptAt: new Date(t.getTime() + backoffSeconds(attempts) * 1000) },
  }[outcome as "delivered" | "failed" | "retrying"];
  await transaction(async (tx) => {
    // The attempt happened even if our lease ran out meanwhile and another deliverer took over.
    await tx.delivery.create({
      data: { id: newId(), eventId: event.id, attemptedAt: t, transport: spec.transport, destination: spec.destination, ok: result.ok, statusCode: result.statusCode ?? null, response: result.response, durationMs: result.durationMs },
    });
    await tx.outboxEvent.updateMany({
      where: { id: event.id, leaseToken: token },
      data: { ...next, attempts, leaseToken: null, lockedUntil: null, lastError: result.ok ? null : result.response, lastStatusCode: result.statusCode ?? null },
    });
    // The requester hears when an event keeps failing and when one is given up, not on every attempt;
    // both land on one line per HIT type while unread.
    if (outcome === "failed" || (outcome === "retrying" && attempts === TELL_AFTER_ATTEMPTS)) {
      const type = await tx.outboxEvent.findUniqueOrThrow({ where: { id: event.id }, select: { hitType: { select: { id: true, requesterId: true, title: true } } } });
      await tellDeliveryFailing(tx, { requesterId: type.hitType.requesterId, hitTypeId: type.hitType.id, title: type.hitType.title, gaveUp: outcome === "failed", lastError: result.response });
    }
  });
  return outcome;
}

export interface DeliveryCounts {
  delivered: number;
  retrying: number;
  failed: number;
  skipped: number;
}

/** Delivers what is due, round by round (one event per HIT type per round, so each type stays in order). */
export async function deliverOutbox(options: { hitTypeId?: string } = {}): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { delivered: 0, retrying: 0, failed: 0, skipped: 0 };
  let total = 0;
  while (total < PER_CALL) {
    const heads = await dueHeads(options.hitTypeId);
    let progressed = false;
    for (let i = 0; i < heads.length; i += PARALLEL) {
      const outcomes = await Promise.all(heads.slice(i, i + PARALLEL).map(deliverOne));
      for (const o of outcomes) {
        if (o === "busy") continue;
        counts[o]++;
        total++;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  return counts;
}
