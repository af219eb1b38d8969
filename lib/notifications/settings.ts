// A HIT type's notification settings (MTurk's UpdateNotificationSettings) and testing a specification
// (SendTestEventNotification). Delivering the events themselves is the outbox's work (lib/jobs).
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { ownHitType } from "@/lib/hits/hit-types";
import { notificationSpecSchema, type EventType, type NotificationSpec } from "./schema";

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
  return { spec: type.notificationSpec ? (JSON.parse(type.notificationSpec) as NotificationSpec) : null, active: type.notificationActive };
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
    await db.hITType.update({ where: { id: hitTypeId }, data: { notificationSpec: JSON.stringify(spec), notificationActive: active } });
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
 * event allowed) and returns the message that is to be sent. Sending it to the destination arrives with
 * the notification deliveries (the outbox); until then a valid test is accepted and nothing leaves.
 */
export async function sendTestNotification(requesterId: string, rawSpec: unknown, testEventType: EventType) {
  const spec = parseSpec(rawSpec, true);
  return { requesterId, spec, eventType: testEventType };
}
