"use client";

// An admin decision that needs a reason someone else will read (decline, suspend, take down, uphold...):
// a dialog with the reason field, kept open with the error when the server refuses.
import { ActionForm, typed, type FormAction } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ButtonVariant } from "@/components/ui/button";

export type ReasonDialogProps = {
  action: FormAction;
  hidden: Record<string, string>;
  trigger: string;
  /** The trigger's full name when several sit side by side ("Decline deposit of Ann"). */
  triggerAriaLabel?: string;
  triggerVariant?: ButtonVariant;
  title: string;
  description: string;
  reasonLabel: string;
  submit: string;
  submitVariant?: ButtonVariant;
};

export function ReasonDialog({ action, hidden, trigger, triggerAriaLabel, triggerVariant = "secondary", title, description, reasonLabel, submit, submitVariant = "danger" }: ReasonDialogProps) {
  const idBase = Object.values(hidden).join("-").replace(/[^A-Za-z0-9-]/g, "");
  return (
    <Dialog triggerLabel={trigger} triggerAriaLabel={triggerAriaLabel} triggerVariant={triggerVariant} triggerSize="sm" title={title} description={description}>
      <ActionForm action={action} hidden={hidden} label={title}>
        {(state) => (
          <div className="space-y-4">
            <Textarea label={reasonLabel} name="reason" id={`reason-${idBase}`} rows={3} maxLength={1000} required defaultValue={typed(state, "reason")} error={state.fieldErrors?.reason} />
            <DialogFooter keepOpen={state.status === "error"}>
              <SubmitButton variant={submitVariant} pendingLabel="Saving…">{submit}</SubmitButton>
            </DialogFooter>
          </div>
        )}
      </ActionForm>
    </Dialog>
  );
}

/** A one-click admin action (approve, reactivate a type): the form's error shows beside the button. */
export function ActionButton({ action, hidden, label, ariaLabel, variant = "primary" }: { action: FormAction; hidden: Record<string, string>; label: string; ariaLabel?: string; variant?: ButtonVariant }) {
  return (
    <ActionForm action={action} hidden={hidden} label={ariaLabel ?? label} className="inline-block">
      {() => <SubmitButton size="sm" variant={variant} aria-label={ariaLabel} pendingLabel="Saving…">{label}</SubmitButton>}
    </ActionForm>
  );
}
