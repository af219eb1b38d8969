// UpdateNotificationSettings and SendTestEventNotification (lib/notifications/settings.ts).
import { sendTestNotification, updateNotificationSettings } from "@/lib/notifications/settings";
import type { ApiInput, Operation } from "./types";

/** The model's NotificationSpecification as the domain's. */
function specInput(n: ApiInput) {
  return { destination: n.Destination, transport: n.Transport, version: n.Version, eventTypes: n.EventTypes };
}

export const UpdateNotificationSettings: Operation = async (ctx, input) => {
  await updateNotificationSettings(ctx.requesterId, input.HITTypeId, {
    spec: input.Notification ? specInput(input.Notification) : undefined,
    active: input.Active,
  });
  return {};
};

// Sent at once through the specification's transport; a delivery that fails comes back as a RequestError
// with what the receiver answered.
export const SendTestEventNotification: Operation = async (ctx, input) => {
  await sendTestNotification(ctx.requesterId, specInput(input.Notification), input.TestEventType);
  return {};
};
