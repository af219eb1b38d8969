import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageUser } from "@/lib/auth/session";
import { unreadNotificationCount } from "@/lib/notifications/in-app/queries";

// Every signed-in user has notifications, whatever their roles, so this page belongs to no one area.
export default async function NotificationsLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser(null, "/notifications");
  return (
    <AppShell area={null} user={user} nav={[]} unreadNotifications={await unreadNotificationCount(user.id)}>
      {children}
    </AppShell>
  );
}
