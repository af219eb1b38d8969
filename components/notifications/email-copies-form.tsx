"use client";

import { useActionState } from "react";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { setEmailCopiesAction } from "@/app/notifications/actions";

/** The one email setting: a copy of each message (from requesters, or from Piecework) to the account's address. */
export function EmailCopiesForm({ on, email }: { on: boolean; email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setEmailCopiesAction, idleState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-border bg-surface px-4 py-3">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="emailMessageCopies" defaultChecked={on} className="size-4 accent-primary" />
        Email me a copy of messages <span className="text-muted">(to {email})</span>
      </label>
      <SubmitButton variant="secondary" size="sm" pending={pending} pendingLabel="Saving…">Save</SubmitButton>
      <p aria-live="polite" className={state.status === "error" ? "text-sm text-danger" : "text-sm text-muted"}>
        {state.status !== "idle" ? state.message : ""}
      </p>
    </form>
  );
}
