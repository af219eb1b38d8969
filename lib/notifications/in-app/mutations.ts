// Marking notifications read: only the owner's, each a conditional write. A read line also closes its
// open key, so the next event of that kind starts a fresh line instead of changing one already seen.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";

/** Marks one of the user's notifications read and returns where it points; NotFound for anyone else's. */
export async function openNotification(userId: string, notificationId: string): Promise<{ href: string | null }> {
  const n = await db.notification.findUnique({ where: { id: notificationId }, select: { userId: true, href: true } });
  if (!n || n.userId !== userId) throw new DomainError("NotFound", "That notification does not exist.");
  await db.notification.updateMany({ where: { id: notificationId, userId, readAt: null }, data: { readAt: now(), openKey: null } });
  return { href: n.href };
}

/** Marks every unread notification of the user read; returns how many. */
export async function markAllNotificationsRead(userId: string): Promise<number> {
  const res = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now(), openKey: null } });
  return res.count;
}
