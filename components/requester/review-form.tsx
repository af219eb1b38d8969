"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { reviewAction } from "@/app/requester/actions";

/** Approve or reject one submitted assignment; feedback is optional to approve and required to reject. */
export function ReviewForm({ assignmentId, label, returnTo }: { assignmentId: string; label: string; returnTo: string }) {
  const [state, action] = useActionState<FormState, FormData>(reviewAction, idleState);
  const id = `feedback-${assignmentId}`;
  return (
    <form action={action} className="space-y-2" aria-label={`Review ${label}`}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {state.status === "error" && <Alert tone="danger">{state.message}</Alert>}
      <label htmlFor={id} className="block text-sm font-medium">
        Feedback to the worker <span className="font-normal text-muted">(required to reject)</span>
      </label>
      <textarea id={id} name="feedback" rows={2} maxLength={1024} className="block w-full rounded-lg border border-border-strong bg-surface px-3 py-2 text-sm" aria-invalid={state.fieldErrors?.feedback ? true : undefined} />
      {state.fieldErrors?.feedback && <p className="text-xs font-medium text-danger">{state.fieldErrors.feedback}</p>}
      <div className="flex gap-2">
        <SubmitButton name="decision" value="approve" size="sm">Approve</SubmitButton>
        <SubmitButton name="decision" value="reject" size="sm" variant="danger">Reject</SubmitButton>
      </div>
    </form>
  );
}
