// MTurk's notification specification for a HIT type: where to send HIT and assignment events (an email
// address, a queue URL or a topic ARN, by transport), which events, and the message version.
import { z } from "zod";

export const NOTIFICATION_VERSION = "2006-05-05";
export const TRANSPORTS = ["Email", "SQS", "SNS"] as const;
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
const SNS_ARN = /^arn:[a-z0-9-]+:sns:[a-z0-9-]*:[0-9]*:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const destinationProblem: Record<(typeof TRANSPORTS)[number], (d: string) => string | null> = {
  Email: (d) => (emailSchema.safeParse(d).success ? null : `With the Email transport, Destination must be an email address; "${d}" is not one.`),
  SQS: (d) => (isHttpUrl(d) ? null : `With the SQS transport, Destination must be the queue's URL (https://...); "${d}" is not one.`),
  SNS: (d) => (SNS_ARN.test(d) ? null : `With the SNS transport, Destination must be the topic's ARN (arn:aws:sns:<region>:<account>:<topic>); "${d}" is not one.`),
};

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
      const problem = destinationProblem[spec.transport](spec.destination);
      if (problem) ctx.addIssue({ code: "custom", path: ["destination"], message: problem });
      if (!options.forTest && spec.eventTypes.includes("Ping")) {
        ctx.addIssue({ code: "custom", path: ["eventTypes"], message: "The Ping event is only for testing a specification (SendTestEventNotification)." });
      }
    });
}

export type NotificationSpec = z.output<ReturnType<typeof notificationSpecSchema>>;
