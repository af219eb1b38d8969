import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageUser } from "@/lib/auth/session";

const nav = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/payments", label: "Payments" },
  { href: "/admin/ledger", label: "Ledger" },
  { href: "/admin/qualifications", label: "Qualifications" },
];

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("admin", "/admin");
  return (
    <AppShell area="admin" user={user} nav={nav}>
      {children}
    </AppShell>
  );
}
