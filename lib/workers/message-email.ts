// Email copies of messages, for users who opted in ("email me a copy of messages", off by default).
// The message row is its own outbox: a copy is due (emailStatus Pending) from the transaction that wrote
// the message, and the sweeps send it, so a message is never lost to a mail server that is down during the
// request, and never mailed for a message that did not commit. A sender claims a copy with a conditional
// update that sets a lease, so two sweep processes never mail the same message twice at once.
import { db, type Tx } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { sendMail } from "@/lib/notifications/transports/email";
import { backoffSeconds } from "@/lib/jobs/outbox";

/** After this many failed attempts a copy is Failed; the message itself is in the inbox regardless. */
export const MAX_EMAIL_ATTEMPTS = 8;
const LEASE_MS = 60_000;
const PER_CALL = 200;

/** The fields a new message needs so that its copy is mailed when `recipientId` opted in. */
export async function emailCopyFieldsFor(tx: Tx, recipientIds: string[]): Promise<Map<string, { emailStatus: string; emailNextAt: Date }>> {
  const opted = await tx.user.findMany({ where: { id: { in: recipientIds }, emailMessageCopies: true }, select: { id: true } });
  const at = now();
  return new Map(opted.map((u) => [u.id, { emailStatus: "Pending", emailNextAt: at }]));
}

export async function setEmailMessageCopies(userId: string, on: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { emailMessageCopies: on } });
}

export async function emailMessageCopiesOf(userId: string): Promise<boolean> {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { emailMessageCopies: true } })).emailMessageCopies;
}

async function claim(id: string, t: Date): Promise<boolean> {
  const { count } = await db.message.updateMany({
    where: { id, emailStatus: "Pending", emailNextAt: { lte: t }, OR: [{ emailLockedUntil: null }, { emailLockedUntil: { lte: t } }] },
    data: { emailLockedUntil: new Date(t.getTime() + LEASE_MS) },
  });
  return count === 1;
}

/** Sweep step: mails every copy that is due; returns how many went out. */
export async function deliverMessageEmails(): Promise<{ sent: number; failed: number }> {
  const t = now();
  const due = await db.message.findMany({
    where: { emailStatus: "Pending", emailNextAt: { lte: t }, OR: [{ emailLockedUntil: null }, { emailLockedUntil: { lte: t } }] },
    orderBy: { emailNextAt: "asc" },
    take: PER_CALL,
    select: { id: true },
  });
  let sent = 0;
  let failed = 0;
  for (const { id } of due) {
    if (!(await claim(id, t))) continue;
    const m = await db.message.findUniqueOrThrow({ where: { id }, include: { recipient: { select: { email: true } }, sender: { select: { name: true } } } });
    const from = m.sender?.name ?? "Piecework";
    const result = await sendMail(
      {
        to: m.recipient.email,
        subject: `Piecework message from ${from}: ${m.subject}`,
        headers: { "X-Piecework-Message-Id": m.id },
        text: `${m.body}\n\n— ${from}, through Piecework. You get this copy because you asked for email copies of your messages; turn it off on your Notifications page.\n`,
      },
      `message-${m.id}`,
    );
    const attempts = m.emailAttempts + 1;
    const data = result.ok
      ? { emailStatus: "Sent", emailError: null }
      : attempts >= MAX_EMAIL_ATTEMPTS
        ? { emailStatus: "Failed", emailError: result.response }
        : { emailNextAt: new Date(now().getTime() + backoffSeconds(attempts) * 1000), emailError: result.response };
    await db.message.updateMany({ where: { id, emailStatus: "Pending" }, data: { ...data, emailAttempts: attempts, emailLockedUntil: null } });
    if (result.ok) sent++;
    else failed++;
  }
  return { sent, failed };
}
