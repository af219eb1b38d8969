"use client";

// Accept (with a value) or reject (with a reason the worker sees) one qualification request. The actions
// go back to `returnTo` with a notice, or return the domain's refusal to show here.
import { ActionForm, typed } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import { QUALIFICATION_LIMITS } from "@/lib/qualifications/schema";
import { acceptRequestAction, rejectRequestAction } from "@/app/requester/qualifications/requests/actions";

type Props = { requestId: string; workerName: string; typeName: string; returnTo: string; suggestedValue?: number };

export function RequestDecision({ requestId, workerName, typeName, returnTo, suggestedValue = 1 }: Props) {
  const hidden = { requestId, returnTo };
  return (
    <div className="space-y-3">
      <ActionForm action={acceptRequestAction} hidden={hidden} label={`Accept ${workerName}'s request`} showError={false}>
        {(state) => (
          <div className="flex items-start gap-2">
            <Input
              label="Value"
              name="value"
              id={`value-${requestId}`}
              inputMode="numeric"
              defaultValue={typed(state, "value", String(suggestedValue))}
              error={state.status === "error" ? state.message : undefined}
              className="w-28"
            />
            <SubmitButton className="mt-6.5" pendingLabel="Accepting…" aria-label={`Accept ${workerName}'s request for ${typeName}`}>Accept</SubmitButton>
          </div>
        )}
      </ActionForm>
      <Dialog triggerLabel="Reject" triggerVariant="secondary" triggerSize="sm" triggerAriaLabel={`Reject ${workerName}'s request for ${typeName}`} title={`Reject ${workerName}'s request?`} description={`They will not get “${typeName}” and will see your reason.`}>
        <ActionForm action={rejectRequestAction} hidden={hidden} label={`Reject ${workerName}'s request`}>
          {(state) => (
            <div className="space-y-4">
              <Textarea label="Reason (the worker sees it)" name="reason" id={`reject-reason-${requestId}`} rows={3} maxLength={QUALIFICATION_LIMITS.reasonMax} required defaultValue={typed(state, "reason")} error={state.fieldErrors?.reason} />
              <DialogFooter keepOpen={state.status === "error"}>
                <SubmitButton variant="danger" pendingLabel="Rejecting…">Reject request</SubmitButton>
              </DialogFooter>
            </div>
          )}
        </ActionForm>
      </Dialog>
    </div>
  );
}
