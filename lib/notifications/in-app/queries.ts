// Reading a user's in-app notifications. The badge's count runs on every page of the app shell, so it is
// one count over the (userId, readAt) index and nothing else.
import { cache } from "react";
import { db } from "@/lib/db/client";

export const NOTIFICATIONS_PAGE_SIZE = 25;

/** Cached per request, so the shell's badge and the notifications page share one query. */
export const unreadNotificationCount = cache((userId: string): Promise<number> => db.notification.count({ where: { userId, readAt: null } }));

/** One page, newest first (a coalesced line moves up when an event joins it). `page` counts from 1. */
export async function notificationsPage(userId: string, page: number) {
  const p = Number.isSafeInteger(page) && page >= 1 ? page : 1;
  const [items, total] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (p - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, text: true, href: true, createdAt: true, readAt: true, count: true },
    }),
    db.notification.count({ where: { userId } }),
  ]);
  return { items, total, page: p, pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)) };
}
