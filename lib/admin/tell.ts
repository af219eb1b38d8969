// How Piecework's admins tell someone about a decision that affects them: a message in their inbox (the
// whole story, with the reason) and a one-line notification that points to where they see the outcome.
// Written in the admin's transaction, so nobody is told about a change that did not happen.
import type { Tx } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { emailCopyFieldsFor } from "@/lib/workers/message-email";

export interface Tidings {
  kind: string;
  subject: string;
  body: string;
  line: string;
  href: string;
}

export async function tellUser(tx: Tx, userId: string, m: Tidings): Promise<void> {
  const t = now();
  const copies = await emailCopyFieldsFor(tx, [userId]);
  await tx.message.create({ data: { id: newId(), senderId: null, recipientId: userId, subject: m.subject, body: m.body, createdAt: t, ...copies.get(userId) } });
  await tx.notification.create({ data: { id: newId(), userId, kind: m.kind, text: m.line, href: m.href, createdAt: t } });
}
