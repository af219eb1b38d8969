// MTurk's notification specification for a HIT type: where to send HIT and assignment events, which
// events, and the message version. Piecework delivers by email and by HTTP webhook. MTurk's Transport enum
// has only Email, SQS and SNS (and the API checks input against AWS's model), so the Destination chooses:
// with Transport "Email", an email address is mailed and an http(s):// URL is a webhook. SQS and SNS need
// AWS itself and are refused, saying so.
import { z } from "zod";

export const NOTIFICATION_VERSION = "2006-05-05";
/** What callers may name: MTurk's three, and "Webhook" from Piecework's own pages. */
export const TRANSPORTS = ["Email", "Webhook", "SQS", "SNS"] as const;
/** How Piecework delivers. */
export type DeliveryTransport = "Email" | "Webhook";
export const EVENT_TYPES = [
  "AssignmentAccepted",
  "AssignmentAbandoned",
  "AssignmentReturned",
  "AssignmentSubmitted",
  "AssignmentRejected",
  "AssignmentApproved",
  "HITCreated",
  "HITExpired",
  "HITReviewable",
  "HITExtended",
  "HITDisposed",
  "Ping",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const DESTINATION_MAX = 1024;
const emailSchema = z.email();

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const unsupported = (t: string) =>
  `Piecework does not support the ${t} transport (it needs AWS). Use Transport "Email" with an email address, or with an http:// or https:// URL to receive the events as signed HTTP POSTs (webhook).`;

/** The transport Piecework delivers by, or what is wrong with the pair. */
function deliveryTransport(transport: (typeof TRANSPORTS)[number], destination: string): { transport: DeliveryTransport } | { problem: string; path: "transport" | "destination" } {
  if (transport === "SQS" || transport === "SNS") return { problem: unsupported(transport), path: "transport" };
  if (isHttpUrl(destination)) return { transport: "Webhook" };
  if (transport === "Webhook") return { problem: `A webhook Destination must be an http:// or https:// URL; "${destination}" is not one.`, path: "destination" };
  if (emailSchema.safeParse(destination).success) return { transport: "Email" };
  return { problem: `With the Email transport, Destination must be an email address (or an http:// or https:// URL for a webhook); "${destination}" is neither.`, path: "destination" };
}

/**
 * A notification specification. `forTest` allows the Ping event, which MTurk accepts only when testing a
 * specification (SendTestEventNotification), never in one stored on a HIT type.
 */
export function notificationSpecSchema(options: { forTest?: boolean } = {}) {
  return z
    .object({
      destination: z.string().trim().min(1, "Give the notification a Destination").max(DESTINATION_MAX, `Destination is at most ${DESTINATION_MAX} characters`),
      transport: z.enum(TRANSPORTS, `Transport must be one of ${TRANSPORTS.join(", ")}`),
      version: z.literal(NOTIFICATION_VERSION, `Version must be ${NOTIFICATION_VERSION}`),
      eventTypes: z
        .array(z.enum(EVENT_TYPES, `Event types are ${EVENT_TYPES.join(", ")}`))
        .min(1, "Name at least one event type to be notified of")
        .transform((list) => [...new Set(list)]),
    })
    .superRefine((spec, ctx) => {
      const chosen = deliveryTransport(spec.transport, spec.destination);
      if ("problem" in chosen) ctx.addIssue({ code: "custom", path: [chosen.path], message: chosen.problem });
      if (!options.forTest && spec.eventTypes.includes("Ping")) {
        ctx.addIssue({ code: "custom", path: ["eventTypes"], message: "The Ping event is only for testing a specification (SendTestEventNotification)." });
      }
    })
    .transform((spec) => ({ ...spec, transport: (deliveryTransport(spec.transport, spec.destination) as { transport: DeliveryTransport }).transport }));
}

export type NotificationSpec = z.output<ReturnType<typeof notificationSpecSchema>>;
