import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { currentUser } from "@/lib/auth/session";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <AppShell area={null} user={user} nav={[]}>
      {children}
    </AppShell>
  );
}
