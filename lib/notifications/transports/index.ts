// Sends one event document by the specification's transport.
import type { NotificationSpec } from "../schema";
import type { EventDoc } from "../message";
import { signingSecretOf } from "../secret";
import { sendEmail } from "./email";
import { postWebhook } from "./webhook";
import type { SendResult } from "./result";

export type { SendResult } from "./result";

export async function send(spec: Pick<NotificationSpec, "transport" | "destination">, requesterId: string, doc: EventDoc): Promise<SendResult> {
  if (spec.transport === "Webhook") return postWebhook(spec.destination, doc, await signingSecretOf(requesterId));
  return sendEmail(spec.destination, doc);
}
