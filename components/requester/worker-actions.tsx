"use client";

// The workers page's per-worker controls: block with a private reason, unblock, and message.
import { ActionForm, typed } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { Input, Checkbox } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import { blockWorkerAction, messageWorkersAction, unblockWorkerAction } from "@/app/requester/workers/actions";

const returnTo = "/requester/workers";

export function BlockWorkerDialog({ workerId, workerName }: { workerId: string; workerName: string }) {
  return (
    <Dialog triggerLabel="Block" triggerVariant="secondary" triggerSize="sm" title={`Block ${workerName}?`} description="They will no longer see, preview or accept your HITs. Work they already submitted stays yours to review.">
      <ActionForm action={blockWorkerAction} hidden={{ workerId, returnTo }} label={`Block ${workerName}`}>
        {(state) => (
          <div className="space-y-4">
            <Textarea label="Reason" name="reason" id={`block-reason-${workerId}`} rows={3} maxLength={1024} required defaultValue={typed(state, "reason")} error={state.fieldErrors?.reason} hint="Kept private: the worker never sees it." />
            <DialogFooter keepOpen={state.status === "error"}>
              <SubmitButton variant="danger" pendingLabel="Blocking…">Block worker</SubmitButton>
            </DialogFooter>
          </div>
        )}
      </ActionForm>
    </Dialog>
  );
}

export function UnblockWorkerButton({ workerId, workerName }: { workerId: string; workerName: string }) {
  return (
    <ActionForm action={unblockWorkerAction} hidden={{ workerId, returnTo }} label={`Unblock ${workerName}`}>
      {() => <SubmitButton variant="secondary" size="sm" aria-label={`Unblock ${workerName}`}>Unblock</SubmitButton>}
    </ActionForm>
  );
}

export type MessageLimits = { subject: number; body: number };

/** Message one worker (`workers` has one entry) or a chosen few of them. */
export function MessageWorkersDialog({ workers, limits, triggerLabel = "Message" }: { workers: { id: string; name: string }[]; limits: MessageLimits; triggerLabel?: string }) {
  const only = workers.length === 1 ? workers[0] : null;
  const key = only?.id ?? "many";
  return (
    <Dialog triggerLabel={triggerLabel} triggerSize="sm" title={only ? `Message ${only.name}` : "Message workers"} description="They get it in their Piecework messages.">
      <ActionForm action={messageWorkersAction} hidden={{ returnTo, ...(only ? { workerId: only.id } : {}) }} label={only ? `Message ${only.name}` : "Message workers"}>
        {(state) => {
          const chosen = state.values?.workerId;
          return (
            <div className="space-y-4">
              {!only && (
                <fieldset className="space-y-2">
                  <legend className="text-sm font-medium">Recipients</legend>
                  <div className="max-h-40 space-y-1.5 overflow-y-auto rounded-lg border border-border p-3">
                    {workers.map((w) => (
                      <Checkbox key={w.id} label={w.name} name="workerId" id={`to-${w.id}`} value={w.id} defaultChecked={Array.isArray(chosen) ? chosen.includes(w.id) : chosen === w.id} />
                    ))}
                  </div>
                  {state.fieldErrors?.workerId && <p className="text-xs font-medium text-danger">{state.fieldErrors.workerId}</p>}
                </fieldset>
              )}
              <Input label="Subject" name="subject" id={`subject-${key}`} maxLength={limits.subject} required defaultValue={typed(state, "subject")} error={state.fieldErrors?.subject} />
              <Textarea label="Message" name="body" id={`body-${key}`} rows={5} maxLength={limits.body} required defaultValue={typed(state, "body")} error={state.fieldErrors?.body} hint={`Up to ${limits.body.toLocaleString("en-US")} characters.`} />
              <DialogFooter keepOpen={state.status === "error"}>
                <SubmitButton pendingLabel="Sending…">Send</SubmitButton>
              </DialogFooter>
            </div>
          );
        }}
      </ActionForm>
    </Dialog>
  );
}
