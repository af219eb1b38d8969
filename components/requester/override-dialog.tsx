"use client";

import { ActionForm, typed } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatCents } from "@/components/ui/format";
import { overrideRejectionAction } from "@/app/requester/review/actions";

/** "Approve anyway": pays a rejected assignment (within 30 days of submission) from the available balance. */
export function OverrideRejectionDialog({ assignmentId, workerName, costCents, returnTo }: { assignmentId: string; workerName: string; costCents: number; returnTo: string }) {
  return (
    <Dialog
      triggerLabel="Approve anyway (override)"
      triggerSize="sm"
      title={`Approve ${workerName}'s rejected work?`}
      description={`The rejection is reversed and ${formatCents(costCents)} (reward and fee) is paid from your available balance.`}
    >
      <ActionForm action={overrideRejectionAction} hidden={{ assignmentId, returnTo }} label={`Override the rejection of ${workerName}'s work`}>
        {(state) => (
          <div className="space-y-4">
            <Textarea label="New feedback to the worker (optional)" name="feedback" id={`override-feedback-${assignmentId}`} rows={2} maxLength={1024} defaultValue={typed(state, "feedback")} error={state.fieldErrors?.feedback} hint="Leave empty to keep your earlier feedback." />
            <DialogFooter keepOpen={state.status === "error"}>
              <SubmitButton pendingLabel="Approving…">Approve and pay</SubmitButton>
            </DialogFooter>
          </div>
        )}
      </ActionForm>
    </Dialog>
  );
}
