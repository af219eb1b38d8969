// A HIT type's notification settings (MTurk's UpdateNotificationSettings) and testing a specification
// (SendTestEventNotification). Delivering the events themselves is the outbox's work (lib/jobs/outbox.ts).
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { ownHitType } from "@/lib/hits/hit-types";
import { notificationSpecSchema, type EventType, type NotificationSpec } from "./schema";
import { parseStoredSpec } from "./stored-spec";
import { mturkEvent } from "./outbox";
import { eventDoc } from "./message";
import { send, type SendResult } from "./transports";

function parseSpec(raw: unknown, forTest: boolean): NotificationSpec {
  const parsed = notificationSpecSchema({ forTest }).safeParse(raw);
  if (!parsed.success) {
    throw new DomainError("InvalidInput", parsed.error.issues[0]?.message ?? "Invalid notification specification", {
      fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "notification"), i.message])),
    });
  }
  return parsed.data;
}

export interface NotificationSettings {
  spec: NotificationSpec | null;
  active: boolean;
}

/** The HIT type's notification settings, for its owner only. */
export async function notificationSettingsOf(requesterId: string, hitTypeId: string): Promise<NotificationSettings> {
  const type = await ownHitType(requesterId, hitTypeId);
  return { spec: parseStoredSpec(type.notificationSpec), active: type.notificationActive };
}

/**
 * UpdateNotificationSettings: a new specification replaces the old one (and is active unless `active` says
 * otherwise); `active` alone turns an existing specification on or off. One conditional write.
 */
export async function updateNotificationSettings(requesterId: string, hitTypeId: string, change: { spec?: unknown; active?: boolean }): Promise<NotificationSettings> {
  if (change.spec === undefined && change.active === undefined) {
    throw new DomainError("InvalidInput", "Give a notification specification, or Active to turn the existing one on or off.");
  }
  const spec = change.spec === undefined ? undefined : parseSpec(change.spec, false);
  await ownHitType(requesterId, hitTypeId);
  if (spec) {
    const active = change.active ?? true;
    await db.hITType.updateMany({ where: { id: hitTypeId, requesterId }, data: { notificationSpec: JSON.stringify(spec), notificationActive: active } });
    return { spec, active };
  }
  const { count } = await db.hITType.updateMany({ where: { id: hitTypeId, requesterId, notificationSpec: { not: null } }, data: { notificationActive: change.active! } });
  if (count === 0) {
    throw new DomainError("Conflict", "This HIT type has no notification specification yet: give one along with Active.");
  }
  return notificationSettingsOf(requesterId, hitTypeId);
}

/**
 * SendTestEventNotification: checks the specification as one stored on a HIT type would be (the Ping
 * event allowed) and sends one test event through its transport now. A failed delivery is the caller's
 * error to see (what the receiver answered), not a retry: tests are not queued.
 */
export async function sendTestNotification(requesterId: string, rawSpec: unknown, testEventType: EventType, hitTypeId?: string): Promise<SendResult & { eventId: string }> {
  const spec = parseSpec(rawSpec, true);
  // A test names real-looking ids: the HIT type's own when testing one from its page.
  const typeId = hitTypeId ?? "PIECEWORKTESTHITTYPE0000000000";
  const event = mturkEvent({ type: testEventType, hitTypeId: typeId, hitId: "PIECEWORKTESTHIT00000000000000", assignmentId: testEventType.startsWith("Assignment") ? "PIECEWORKTESTASSIGNMENT0000000" : undefined }, now());
  const eventId = newId();
  const result = await send(spec, requesterId, eventDoc(eventId, requesterId, event));
  if (!result.ok) {
    const answer = result.statusCode ? `it answered ${result.statusCode}${result.response ? `: ${result.response}` : ""}` : result.response;
    throw new DomainError("InvalidInput", `The test notification could not be delivered to ${spec.destination}: ${answer}`, { fieldErrors: { destination: "The test notification was not delivered" } });
  }
  return { ...result, eventId };
}

/** The requester page's test: the HIT type's saved specification, for its owner only. */
export async function sendTestForHitType(requesterId: string, hitTypeId: string, testEventType: EventType) {
  const { spec } = await notificationSettingsOf(requesterId, hitTypeId);
  if (!spec) throw new DomainError("Conflict", "Save a destination for this HIT type first; the test is sent to the saved settings.");
  return sendTestNotification(requesterId, { ...spec, eventTypes: [testEventType] }, testEventType, hitTypeId);
}
