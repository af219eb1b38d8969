"use client";

// The moderation page's per-row controls: deactivate a type with a reason for its owner, reactivate it;
// grant Masters, revoke it with a reason for the worker.
import { ActionForm, typed } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import { deactivateTypeAction, grantMastersAction, reactivateTypeAction, revokeMastersAction } from "@/app/admin/qualifications/actions";

const REASON_MAX = 1024;

export function DeactivateTypeDialog({ typeId, typeName, ownerName, returnTo }: { typeId: string; typeName: string; ownerName: string; returnTo: string }) {
  return (
    <Dialog
      triggerLabel="Deactivate"
      triggerAriaLabel={`Deactivate ${typeName}`}
      triggerVariant="secondary"
      triggerSize="sm"
      title={`Deactivate “${typeName}”?`}
      description={`Workers will no longer be able to request it or take its test, and tests in progress are closed. ${ownerName} gets your reason and cannot switch it back on.`}
    >
      <ActionForm action={deactivateTypeAction} hidden={{ typeId, returnTo }} label={`Deactivate ${typeName}`}>
        {(state) => (
          <div className="space-y-4">
            <Textarea
              label="Reason for the owner"
              name="reason"
              id={`deactivate-reason-${typeId}`}
              rows={3}
              maxLength={REASON_MAX}
              required
              defaultValue={typed(state, "reason")}
              error={state.fieldErrors?.reason}
              hint="Say which rule it breaks; the owner reads this in their messages."
            />
            <DialogFooter keepOpen={state.status === "error"}>
              <SubmitButton variant="danger" pendingLabel="Deactivating…">Deactivate type</SubmitButton>
            </DialogFooter>
          </div>
        )}
      </ActionForm>
    </Dialog>
  );
}

export function ReactivateTypeButton({ typeId, typeName, returnTo }: { typeId: string; typeName: string; returnTo: string }) {
  return (
    <ActionForm action={reactivateTypeAction} hidden={{ typeId, returnTo }} label={`Reactivate ${typeName}`}>
      {() => <SubmitButton variant="secondary" size="sm" aria-label={`Reactivate ${typeName}`}>Reactivate</SubmitButton>}
    </ActionForm>
  );
}

export function GrantMastersButton({ workerId, workerName, returnTo }: { workerId: string; workerName: string; returnTo: string }) {
  return (
    <ActionForm action={grantMastersAction} hidden={{ workerId, returnTo }} label={`Grant Masters to ${workerName}`}>
      {() => <SubmitButton size="sm" pendingLabel="Granting…">Grant Masters</SubmitButton>}
    </ActionForm>
  );
}

export function RevokeMastersDialog({ workerId, workerName, returnTo }: { workerId: string; workerName: string; returnTo: string }) {
  return (
    <Dialog triggerLabel="Revoke Masters" triggerAriaLabel={`Revoke Masters from ${workerName}`} triggerVariant="secondary" triggerSize="sm" title={`Revoke Masters from ${workerName}?`} description="HITs that require Masters stop accepting them at once. They see your reason beside the revoked qualification.">
      <ActionForm action={revokeMastersAction} hidden={{ workerId, returnTo }} label={`Revoke Masters from ${workerName}`}>
        {(state) => (
          <div className="space-y-4">
            <Textarea
              label="Reason for the worker"
              name="reason"
              id={`revoke-masters-reason-${workerId}`}
              rows={3}
              maxLength={REASON_MAX}
              required
              defaultValue={typed(state, "reason")}
              error={state.fieldErrors?.reason}
            />
            <DialogFooter keepOpen={state.status === "error"}>
              <SubmitButton variant="danger" pendingLabel="Revoking…">Revoke Masters</SubmitButton>
            </DialogFooter>
          </div>
        )}
      </ActionForm>
    </Dialog>
  );
}
