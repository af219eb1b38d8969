"use client";

// Approve or reject the submissions ticked in the results table (their checkboxes belong to this form
// through form="batch-review"), or every submission of the batch still waiting.
import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { reviewBatchAction } from "@/app/requester/batches/[batchId]/actions";

export const REVIEW_FORM_ID = "batch-review";

export function BatchReviewForm({ batchId, waiting }: { batchId: string; waiting: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(reviewBatchAction, idleState);
  const legend = useId();
  const selectPage = (on: boolean) => {
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${REVIEW_FORM_ID}"][name="assignmentId"]`)) box.checked = on;
  };
  return (
    <form id={REVIEW_FORM_ID} action={action} aria-label="Review submissions" className="space-y-3" noValidate>
      <input type="hidden" name="batchId" value={batchId} />
      {state.message && <Alert tone={state.status === "ok" ? "success" : "danger"}>{state.message}</Alert>}
      <fieldset className="flex flex-wrap items-center gap-4" aria-labelledby={legend}>
        <span id={legend} className="text-sm font-medium">Decision</span>
        <label className="flex items-center gap-1.5 text-sm"><input type="radio" name="decision" value="approve" defaultChecked /> Approve and pay</label>
        <label className="flex items-center gap-1.5 text-sm"><input type="radio" name="decision" value="reject" /> Reject</label>
      </fieldset>
      <Textarea label="Feedback to the workers" name="feedback" rows={2} maxLength={1024} hint="Required to reject; workers see it." error={state.fieldErrors?.feedback} />
      {state.fieldErrors?.assignmentId && <p className="text-sm text-danger">{state.fieldErrors.assignmentId}</p>}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={() => selectPage(true)}>Select all on this page</Button>
        <Button type="button" variant="ghost" size="sm" onClick={() => selectPage(false)}>Clear selection</Button>
        <Button type="submit" name="scope" value="selected" variant="secondary" size="sm" pending={pending}>Apply to selected</Button>
        <Button type="submit" name="scope" value="all" size="sm" pending={pending} disabled={waiting === 0}>
          Apply to all {waiting.toLocaleString("en-US")} waiting
        </Button>
      </div>
    </form>
  );
}
