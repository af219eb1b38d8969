// A user's messages (from requesters they worked for, and from the platform).
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";

export function inboxOf(userId: string, take = 100) {
  return db.message.findMany({ where: { recipientId: userId }, orderBy: { createdAt: "desc" }, take, include: { sender: { select: { name: true } } } });
}

export function unreadCount(userId: string) {
  return db.message.count({ where: { recipientId: userId, readAt: null } });
}

export async function markRead(userId: string, messageId: string) {
  const res = await db.message.updateMany({ where: { id: messageId, recipientId: userId, readAt: null }, data: { readAt: now() } });
  if (res.count === 0 && !(await db.message.findFirst({ where: { id: messageId, recipientId: userId } }))) {
    throw new DomainError("NotFound", "That message does not exist.");
  }
}

/** The latest messages from Piecework itself (decisions by its admins), for areas without a full inbox. */
export function platformMessagesOf(userId: string, take = 5) {
  return db.message.findMany({ where: { recipientId: userId, senderId: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: { id: true, subject: true, body: true, createdAt: true } });
}
