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

// The specification is checked as MTurk checks it; delivering the test message to its destination comes
// with the notification deliveries (the domain function is where it will be sent). Until then a valid
// test answers {} and nothing is sent.
export const SendTestEventNotification: Operation = async (ctx, input) => {
  await sendTestNotification(ctx.requesterId, specInput(input.Notification), input.TestEventType);
  return {};
};
