"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Input, Checkbox } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { signUpAction } from "./actions";

export function SignUpForm() {
  const [state, action] = useActionState<FormState, FormData>(signUpAction, idleState);
  const router = useRouter();
  const credentials = useRef<{ email: string; password: string } | null>(null);
  const [signInError, setSignInError] = useState<string | null>(null);
  const v = (k: string) => (typeof state.values?.[k] === "string" ? (state.values[k] as string) : undefined);

  // The account exists once the action succeeds; sign in with what was typed and go to the right area.
  useEffect(() => {
    if (state.status !== "ok" || !credentials.current) return;
    const { email, password } = credentials.current;
    signIn("credentials", { redirect: false, email, password }).then((res) => {
      if (res?.error) setSignInError("Your account was created, but signing in failed. Try signing in.");
      else {
        router.replace("/start");
        router.refresh();
      }
    });
  }, [state, router]);

  return (
    <form
      action={action}
      onSubmit={(e) => {
        const f = new FormData(e.currentTarget);
        credentials.current = { email: String(f.get("email")), password: String(f.get("password")) };
      }}
      className="space-y-4"
      noValidate
    >
      {state.status === "error" && state.message && <Alert tone="danger">{state.message}</Alert>}
      {signInError && <Alert tone="warning">{signInError}</Alert>}
      <Input label="Your name" name="name" autoComplete="name" required defaultValue={v("name")} error={state.fieldErrors?.name} />
      <Input label="Email" name="email" type="email" autoComplete="email" required defaultValue={v("email")} error={state.fieldErrors?.email} />
      <Input
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A short sentence is easy to remember and hard to guess."
        error={state.fieldErrors?.password}
      />
      <fieldset className="space-y-2" aria-describedby={state.fieldErrors?.roles ? "roles-error" : undefined}>
        <legend className="text-sm font-medium">What will you do on Piecework?</legend>
        <Checkbox label="I want to work on tasks" name="wantsToWork" defaultChecked={v("wantsToWork") === "on" || !state.values} />
        <Checkbox label="I want to post work" name="wantsToPost" defaultChecked={v("wantsToPost") === "on"} />
        {state.fieldErrors?.roles && (
          <p id="roles-error" className="text-xs font-medium text-danger">
            {state.fieldErrors.roles}
          </p>
        )}
      </fieldset>
      <SubmitButton className="w-full" pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
