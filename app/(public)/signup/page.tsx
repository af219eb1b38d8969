import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { currentUser, homeOf } from "@/lib/auth/session";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const user = await currentUser();
  if (user) redirect(homeOf(user));
  return (
    <div className="mx-auto max-w-md py-10">
      <h1 className="text-2xl font-semibold">Create your Piecework account</h1>
      <p className="mt-1 text-sm text-muted">
        Already have one? <Link href="/signin">Sign in</Link>
      </p>
      <Card className="mt-6">
        <CardBody>
          <SignUpForm />
        </CardBody>
      </Card>
    </div>
  );
}
