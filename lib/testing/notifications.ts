// Subscribing a HIT type to notifications in tests, through the same domain function the API calls.
import { EVENT_TYPES, NOTIFICATION_VERSION, type EventType } from "@/lib/notifications/schema";
import { updateNotificationSettings } from "@/lib/notifications/settings";

/** Every event type a HIT type can be subscribed to (Ping is only for tests of a specification). */
export const SUBSCRIBABLE = EVENT_TYPES.filter((t) => t !== "Ping");

export function subscribe(requesterId: string, hitTypeId: string, destination: string, eventTypes: readonly EventType[] = SUBSCRIBABLE) {
  return updateNotificationSettings(requesterId, hitTypeId, { spec: { destination, transport: "Email", version: NOTIFICATION_VERSION, eventTypes: [...eventTypes] } });
}
