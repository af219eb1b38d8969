import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { currentUser, homeOf } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths may be a callback, so sign-in can never bounce someone to another site. */
function safeCallback(raw: string | string[] | undefined): string | null {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v && v.startsWith("/") && !v.startsWith("//") ? v : null;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const user = await currentUser();
  const callbackUrl = safeCallback(params.callbackUrl);
  if (user) redirect(callbackUrl ?? homeOf(user));
  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="text-2xl font-semibold">Sign in to Piecework</h1>
      <p className="mt-1 text-sm text-muted">
        New here? <Link href="/signup">Create an account</Link>
      </p>
      <Card className="mt-6">
        <CardBody>
          <SignInForm callbackUrl={callbackUrl ?? "/start"} />
        </CardBody>
      </Card>
    </div>
  );
}
