// Recording events in the transactional outbox: called inside the transaction of the change that caused
// the event, so an event exists exactly when its change committed. Only HIT types whose notification
// settings are active and name the event type get rows, so the outbox does not grow for nobody.
import type { Tx } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { parseStoredSpec } from "./stored-spec";
import type { EventType } from "./schema";

export interface DomainEvent {
  type: Exclude<EventType, "Ping">;
  hitTypeId: string;
  hitId: string;
  assignmentId?: string;
}

/** MTurk's event object, as it appears in a notification message's Events list. */
export interface MTurkEvent {
  EventType: EventType;
  EventTimestamp: string;
  HITTypeId: string;
  HITId: string;
  AssignmentId?: string;
}

export function mturkEvent(e: { type: EventType; hitTypeId: string; hitId: string; assignmentId?: string }, at: Date): MTurkEvent {
  return { EventType: e.type, EventTimestamp: at.toISOString(), HITTypeId: e.hitTypeId, HITId: e.hitId, ...(e.assignmentId ? { AssignmentId: e.assignmentId } : {}) };
}

/** HITs per insert, well under SQLite's bind limit (a batch may create thousands at once). */
const CHUNK = 500;

/**
 * Records events of one or more changes (all of one HIT type when several, as a batch's HITCreated are).
 * Bumping the type's sequence also serializes the type's event writers, so sequence order is commit order.
 */
export async function recordEvent(tx: Tx, event: DomainEvent | DomainEvent[]): Promise<void> {
  const events = Array.isArray(event) ? event : [event];
  if (events.length === 0) return;
  const hitTypeId = events[0].hitTypeId;
  const type = await tx.hITType.findUnique({ where: { id: hitTypeId }, select: { notificationSpec: true, notificationActive: true } });
  const spec = type?.notificationActive ? parseStoredSpec(type.notificationSpec) : null;
  const wanted = events.filter((e) => spec?.eventTypes.includes(e.type));
  if (wanted.length === 0) return;
  const { eventSeq } = await tx.hITType.update({ where: { id: hitTypeId }, data: { eventSeq: { increment: wanted.length } }, select: { eventSeq: true } });
  const t = now();
  const first = eventSeq - wanted.length + 1;
  const rows = wanted.map((e, i) => ({
    id: newId(),
    hitTypeId,
    seq: first + i,
    eventType: e.type,
    payload: JSON.stringify(mturkEvent(e, t)),
    createdAt: t,
    nextAttemptAt: t,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await tx.outboxEvent.createMany({ data: rows.slice(i, i + CHUNK) });
}
