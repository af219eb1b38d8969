"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { decideDepositAction } from "@/app/admin/actions";

export function DepositDecision({ depositId, label }: { depositId: string; label: string }) {
  const [state, action] = useActionState<FormState, FormData>(decideDepositAction, idleState);
  return (
    <form action={action} className="flex flex-wrap items-start gap-2" aria-label={`Decide ${label}`}>
      <input type="hidden" name="depositId" value={depositId} />
      <SubmitButton name="decision" value="approve" size="sm">Approve</SubmitButton>
      <div className="flex items-start gap-2">
        <label htmlFor={`reason-${depositId}`} className="sr-only">Reason to decline</label>
        <input id={`reason-${depositId}`} name="reason" placeholder="Reason to decline" className="h-8 w-44 rounded-lg border border-border-strong bg-surface px-2 text-sm" aria-invalid={state.fieldErrors?.reason ? true : undefined} />
        <SubmitButton name="decision" value="decline" size="sm" variant="secondary">Decline</SubmitButton>
      </div>
      {state.status === "error" && <p className="w-full text-xs font-medium text-danger" role="alert">{state.message}</p>}
    </form>
  );
}
