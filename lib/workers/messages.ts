// Messages from a requester to workers (the "message workers" action and, later, NotifyWorkers). Only
// workers who have worked for the requester can be messaged; each id gets its own status, as MTurk returns.
import { db, transaction } from "@/lib/db/client";
import { emailCopyFieldsFor } from "./message-email";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";

export const MESSAGE_LIMITS = { subject: 200, body: 4096, recipients: 100 } as const;

export type MessageFailure = { workerId: string; code: "SoftFailure" | "HardFailure"; message: string };

export async function messageWorkers(requesterId: string, workerIds: string[], subject: string, body: string) {
  const s = subject.trim();
  const b = body.trim();
  if (!s || s.length > MESSAGE_LIMITS.subject) throw new DomainError("InvalidInput", `The subject is 1 to ${MESSAGE_LIMITS.subject} characters.`, { fieldErrors: { subject: `1 to ${MESSAGE_LIMITS.subject} characters` } });
  if (!b || b.length > MESSAGE_LIMITS.body) throw new DomainError("InvalidInput", `The message is 1 to ${MESSAGE_LIMITS.body} characters.`, { fieldErrors: { body: `1 to ${MESSAGE_LIMITS.body} characters` } });
  const ids = [...new Set(workerIds.map((w) => w.trim()).filter(Boolean))];
  if (ids.length === 0 || ids.length > MESSAGE_LIMITS.recipients) throw new DomainError("InvalidInput", `Send to 1 to ${MESSAGE_LIMITS.recipients} workers at a time.`);

  const worked = await db.assignment.findMany({ where: { requesterId, workerId: { in: ids } }, distinct: ["workerId"], select: { workerId: true } });
  const eligible = new Set(worked.map((w) => w.workerId));
  const failures: MessageFailure[] = ids
    .filter((id) => !eligible.has(id))
    .map((workerId) => ({ workerId, code: "HardFailure" as const, message: "This worker has not worked for you, or does not exist." }));
  const at = now();
  const sendTo = ids.filter((id) => eligible.has(id));
  if (sendTo.length > 0) {
    await transaction(async (tx) => {
      const copies = await emailCopyFieldsFor(tx, sendTo);
      await tx.message.createMany({ data: sendTo.map((recipientId) => ({ id: newId(), senderId: requesterId, recipientId, subject: s, body: b, createdAt: at, ...copies.get(recipientId) })) });
    });
  }
  return { sent: sendTo.length, failures };
}
