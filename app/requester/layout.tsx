import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageUser } from "@/lib/auth/session";
import { unreadNotificationCount } from "@/lib/notifications/in-app/queries";
import { pendingRequestCount } from "@/lib/qualifications/queries";

export default async function RequesterLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("requester", "/requester");
  const [pending, unreadNotifications] = await Promise.all([pendingRequestCount(user.id), unreadNotificationCount(user.id)]);
  const nav = [
    { href: "/requester", label: "Overview" },
    { href: "/requester/hits/new", label: "Create a HIT" },
    { href: "/requester/projects", label: "Projects" },
    { href: "/requester/batches", label: "Batches" },
    { href: "/requester/hits", label: "HITs" },
    { href: "/requester/review", label: "Review work" },
    { href: "/requester/workers", label: "Workers" },
    { href: "/requester/qualifications", label: pending > 0 ? `Qualifications (${pending} pending)` : "Qualifications" },
    { href: "/requester/funds", label: "Funds" },
    { href: "/requester/notifications", label: "Event delivery" },
    { href: "/requester/api-keys", label: "API keys" },
  ];
  return (
    <AppShell area="requester" user={user} nav={nav} unreadNotifications={unreadNotifications}>
      {children}
    </AppShell>
  );
}
