"use client";

// The HIT page's management controls. Each posts to its action in app/requester/hits/[hitId]/actions.ts,
// which redirects back with a notice, or returns the domain's refusal to show here.
import type { ReactNode } from "react";
import { ActionForm, typed, type FormAction } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { toUtcDateTimeLocal } from "@/components/ui/format";
import type { FormState } from "@/lib/auth/form-state";
import {
  addAssignmentsAction,
  changeHitTypeAction,
  deleteHitAction,
  expireHitAction,
  reviewStatusAction,
  updateExpirationAction,
} from "@/app/requester/hits/[hitId]/actions";

type ConfirmProps = { hitId: string; action: FormAction; trigger: string; triggerVariant?: "secondary" | "danger"; title: string; description: string; confirm: string; pending: string };

/** A button that asks first: the action runs only from the dialog's confirm button. */
function ConfirmDialog({ hitId, action, trigger, triggerVariant = "secondary", title, description, confirm, pending }: ConfirmProps) {
  return (
    <Dialog triggerLabel={trigger} triggerVariant={triggerVariant} triggerSize="sm" title={title} description={description}>
      <ActionForm action={action} hidden={{ hitId }} label={title}>
        {(state) => (
          <DialogFooter keepOpen={state.status === "error"}>
            <SubmitButton variant="danger" pendingLabel={pending}>{confirm}</SubmitButton>
          </DialogFooter>
        )}
      </ActionForm>
    </Dialog>
  );
}

type OneFieldProps = { hitId: string; action: FormAction; label: string; submit: string; pending: string; field: (state: FormState, error?: string) => ReactNode };

/** One field and its button on a line; the action's message (a parse error or the domain's refusal) shows as the field's error. */
function OneFieldForm({ hitId, action, label, submit, pending, field }: OneFieldProps) {
  return (
    <ActionForm action={action} hidden={{ hitId }} label={label} showError={false}>
      {(state) => (
        <div className="flex flex-wrap items-start gap-2">
          {field(state, state.status === "error" ? state.message : undefined)}
          <SubmitButton variant="secondary" className="sm:mt-6.5" pendingLabel={pending}>{submit}</SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}

export function ExpireHitDialog({ hitId, openSlots }: { hitId: string; openSlots: number }) {
  const released = openSlots > 0 ? ` The reward and fee of its ${openSlots} unused assignment${openSlots === 1 ? "" : "s"} go back to your available balance.` : "";
  return (
    <ConfirmDialog
      hitId={hitId}
      action={expireHitAction}
      trigger="Expire now"
      title="Expire this HIT now?"
      description={`Workers can no longer accept it; work already accepted can still be submitted.${released}`}
      confirm="Expire now"
      pending="Expiring…"
    />
  );
}

export function DeleteHitDialog({ hitId, title }: { hitId: string; title: string }) {
  return (
    <ConfirmDialog
      hitId={hitId}
      action={deleteHitAction}
      trigger="Delete HIT"
      triggerVariant="danger"
      title="Delete this HIT?"
      description={`“${title}” disappears from your list. Its reviewed work and payments stay in your history.`}
      confirm="Delete HIT"
      pending="Deleting…"
    />
  );
}

export function ExpirationForm({ hitId, expiresAt }: { hitId: string; expiresAt: Date }) {
  return (
    <OneFieldForm
      hitId={hitId}
      action={updateExpirationAction}
      label="Set a new expiration"
      submit="Set expiration"
      pending="Saving…"
      field={(state, error) => (
        <Input
          label="New expiration (UTC)"
          name="expireAt"
          id={`expireAt-${hitId}`}
          type="datetime-local"
          defaultValue={typed(state, "expireAt", toUtcDateTimeLocal(expiresAt))}
          error={error}
          hint="In UTC. A time in the past expires the HIT now; a later one re-opens unused assignments."
          className="min-w-0 flex-1 basis-56"
        />
      )}
    />
  );
}

export function AddAssignmentsForm({ hitId, maxAssignments }: { hitId: string; maxAssignments: number }) {
  return (
    <OneFieldForm
      hitId={hitId}
      action={addAssignmentsAction}
      label="Add assignments"
      submit="Add assignments"
      pending="Adding…"
      field={(state, error) => (
        <Input
          label="Assignments to add"
          name="count"
          id={`count-${hitId}`}
          type="number"
          min={1}
          inputMode="numeric"
          defaultValue={typed(state, "count", "1")}
          error={error}
          hint={`It has ${maxAssignments}. ${maxAssignments < 10 ? "A HIT with fewer than 10 cannot grow to 10 or more." : "Their reward and fee are held in escrow."}`}
          className="min-w-0 flex-1 basis-40"
        />
      )}
    />
  );
}

export function ChangeHitTypeForm({ hitId, types }: { hitId: string; types: { id: string; label: string }[] }) {
  return (
    <OneFieldForm
      hitId={hitId}
      action={changeHitTypeAction}
      label="Change HIT type"
      submit="Change type"
      pending="Changing…"
      field={(state, error) => (
        <Select
          label="Move to HIT type"
          name="hitTypeId"
          id={`hitTypeId-${hitId}`}
          defaultValue={typed(state, "hitTypeId", types[0]?.id ?? "")}
          options={types.map((t) => ({ value: t.id, label: t.label }))}
          error={error}
          hint="The HIT takes the type's title, reward and times; escrow moves by the difference."
          className="min-w-0 flex-1 basis-56"
        />
      )}
    />
  );
}

export function ReviewStatusButton({ hitId, revert }: { hitId: string; revert: boolean }) {
  const label = revert ? "Revert to Reviewable" : "Mark Reviewing";
  return (
    <ActionForm action={reviewStatusAction} hidden={{ hitId, revert: revert ? "1" : "0" }} label={label}>
      {() => <SubmitButton variant="secondary" size="sm">{label}</SubmitButton>}
    </ActionForm>
  );
}
