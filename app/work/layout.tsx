import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageUser } from "@/lib/auth/session";

const nav = [
  { href: "/work", label: "Find HITs" },
  { href: "/work/assignments", label: "My queue" },
  { href: "/work/dashboard", label: "Dashboard" },
];

export default async function WorkLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("worker", "/work");
  return (
    <AppShell area="work" user={user} nav={nav}>
      {children}
    </AppShell>
  );
}
