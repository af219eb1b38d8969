import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageUser } from "@/lib/auth/session";
import { unreadNotificationCount } from "@/lib/notifications/in-app/queries";
import { unreadCount } from "@/lib/workers/inbox";

export default async function WorkLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("worker", "/work");
  const [unread, unreadNotifications] = await Promise.all([unreadCount(user.id), unreadNotificationCount(user.id)]);
  const nav = [
    { href: "/work", label: "Find HITs" },
    { href: "/work/assignments", label: "My queue" },
    { href: "/work/qualifications", label: "Qualifications" },
    { href: "/work/dashboard", label: "Dashboard" },
    { href: "/work/messages", label: unread > 0 ? `Messages (${unread} unread)` : "Messages" },
  ];
  return (
    <AppShell area="work" user={user} nav={nav} unreadNotifications={unreadNotifications}>
      {children}
    </AppShell>
  );
}
