"use client";

// Per-worker controls in a qualification type's holders table: change the value, revoke with a reason the
// worker sees, or grant a revoked qualification again.
import { ActionForm, typed, type FormAction } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import { QUALIFICATION_LIMITS } from "@/lib/qualifications/schema";
import { grantAction, revokeAction, updateValueAction } from "@/app/requester/qualifications/[typeId]/actions";

type Holder = { typeId: string; workerId: string; workerName: string; value: number | null };

function ValueDialog({ holder, action, trigger, title, description, submit }: { holder: Holder; action: FormAction; trigger: string; title: string; description: string; submit: string }) {
  const { typeId, workerId, workerName } = holder;
  return (
    <Dialog triggerLabel={trigger} triggerSize="sm" triggerAriaLabel={`${trigger} for ${workerName}`} title={title} description={description}>
      <ActionForm action={action} hidden={{ typeId, workerId }} label={title}>
        {(state) => (
          <div className="space-y-4">
            <Input label="Value" name="value" id={`${trigger}-value-${workerId}`} inputMode="numeric" required defaultValue={typed(state, "value", String(holder.value ?? 1))} error={state.fieldErrors?.value} hint="A whole number; HIT requirements compare against it." className="max-w-xs" />
            <DialogFooter keepOpen={state.status === "error"}>
              <SubmitButton pendingLabel="Saving…">{submit}</SubmitButton>
            </DialogFooter>
          </div>
        )}
      </ActionForm>
    </Dialog>
  );
}

export function ChangeValueDialog({ holder }: { holder: Holder }) {
  return <ValueDialog holder={holder} action={updateValueAction} trigger="Change value" title={`Change ${holder.workerName}'s value`} description={`The new value counts at once for HITs that require this qualification (${holder.workerId}).`} submit="Save value" />;
}

export function GrantAgainDialog({ holder }: { holder: Holder }) {
  return <ValueDialog holder={holder} action={grantAction} trigger="Grant again" title={`Grant ${holder.workerName} the qualification again`} description={`${holder.workerName} (${holder.workerId}) is notified.`} submit="Grant" />;
}

export function RevokeDialog({ holder }: { holder: Holder }) {
  const { typeId, workerId, workerName } = holder;
  return (
    <Dialog triggerLabel="Revoke" triggerVariant="secondary" triggerSize="sm" triggerAriaLabel={`Revoke ${workerName}'s qualification`} title={`Revoke ${workerName}'s qualification?`} description="They can no longer work on HITs that require it. They see your reason beside the revoked qualification.">
      <ActionForm action={revokeAction} hidden={{ typeId, workerId }} label={`Revoke ${workerName}'s qualification`}>
        {(state) => (
          <div className="space-y-4">
            <Textarea label="Reason (the worker sees it)" name="reason" id={`revoke-reason-${workerId}`} rows={3} maxLength={QUALIFICATION_LIMITS.reasonMax} required defaultValue={typed(state, "reason")} error={state.fieldErrors?.reason} />
            <DialogFooter keepOpen={state.status === "error"}>
              <SubmitButton variant="danger" pendingLabel="Revoking…">Revoke</SubmitButton>
            </DialogFooter>
          </div>
        )}
      </ActionForm>
    </Dialog>
  );
}
