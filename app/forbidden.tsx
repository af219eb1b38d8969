import { ButtonLink } from "@/components/ui/button";
import { AppShell } from "@/components/shell/app-shell";
import { currentUser, homeOf } from "@/lib/auth/session";

export default async function Forbidden() {
  const user = await currentUser();
  return (
    <AppShell area={null} user={user} nav={[]}>
      <div className="mx-auto max-w-md py-16 text-center">
        <p className="text-sm font-semibold text-danger">403</p>
        <h1 className="mt-2 text-2xl font-semibold">You don&apos;t have access to this area</h1>
        <p className="mt-2 text-muted">Your account doesn&apos;t have the role this page needs.</p>
        <div className="mt-6">
          <ButtonLink href={user ? homeOf(user) : "/signin"}>{user ? "Go to your area" : "Sign in"}</ButtonLink>
        </div>
      </div>
    </AppShell>
  );
}
