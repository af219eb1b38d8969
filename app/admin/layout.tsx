import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageUser } from "@/lib/auth/session";
import { unreadNotificationCount } from "@/lib/notifications/in-app/queries";

const nav = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/payments", label: "Payments" },
  { href: "/admin/ledger", label: "Ledger" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/reports", label: "Reports" },
  { href: "/admin/appeals", label: "Appeals" },
  { href: "/admin/qualifications", label: "Qualifications" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/audit", label: "Audit log" },
];

// The layout gates the whole area, and each page and action checks the admin role again (layouts are
// not re-run on every navigation, and server actions never pass through them).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("admin", "/admin");
  return (
    <AppShell area="admin" user={user} nav={nav} unreadNotifications={await unreadNotificationCount(user.id)}>
      {children}
    </AppShell>
  );
}
