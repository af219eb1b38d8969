// Writing in-app notifications, always inside the caller's transaction: a user is told about a change
// exactly when it committed. Events that come in numbers (approvals of a HIT type, an auto-approval sweep
// over thousands, a bulk review) are coalesced: while the user has not read the line for a key, a new
// event joins it (count + 1, new text, moved to the top) instead of adding a row. The open key is unique,
// so two transactions racing to tell the same user the same kind of news still end with one line.
import type { Tx } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";

export interface Tell {
  userId: string;
  /** What happened, e.g. "assignment.approved"; the page shows lines of any kind the same way. */
  kind: string;
  href: string | null;
}

/** A line that stands on its own (a grant, a decision): never merged with another. */
export async function notify(tx: Tx, t: Tell & { text: string }): Promise<void> {
  await tx.notification.create({ data: { id: newId(), userId: t.userId, kind: t.kind, text: t.text, href: t.href, createdAt: now() } });
}

/**
 * A line that stands for `count` events of `key` (say, one HIT type's approvals). `text(n)` writes it for
 * n events, so a line reads right however many joined it.
 */
export async function notifyCoalesced(tx: Tx, t: Tell & { key: string; text: (count: number) => string }): Promise<void> {
  const openKey = `${t.userId}:${t.kind}:${t.key}`;
  const at = now();
  const row = await tx.notification.upsert({
    where: { openKey },
    create: { id: newId(), userId: t.userId, kind: t.kind, text: t.text(1), href: t.href, createdAt: at, openKey },
    update: { count: { increment: 1 }, createdAt: at, href: t.href },
    select: { id: true, count: true },
  });
  if (row.count > 1) await tx.notification.update({ where: { id: row.id }, data: { text: t.text(row.count) } });
}
