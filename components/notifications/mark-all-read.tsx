"use client";

import { useActionState } from "react";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { markAllReadAction } from "@/app/notifications/actions";

export function MarkAllRead({ disabled }: { disabled: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(markAllReadAction, idleState);
  return (
    <form action={action} className="flex items-center gap-3">
      <p aria-live="polite" className={state.status === "error" ? "text-sm text-danger" : "text-sm text-muted"}>
        {state.status !== "idle" ? state.message : ""}
      </p>
      <SubmitButton variant="secondary" size="sm" pending={pending} pendingLabel="Marking…" disabled={disabled}>
        Mark all read
      </SubmitButton>
    </form>
  );
}
