"use client";

import { ActionForm, typed } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import { payBonusAction } from "@/app/requester/workers/actions";

/** `label` completes "For …" when it is the only one, and names it in the picker otherwise. */
export type BonusAssignment = { id: string; label: string };

/** "Pay a bonus" to one worker for one of their assignments (fixed when only one is given). */
export function PayBonusDialog({ workerId, workerName, assignments, returnTo }: { workerId: string; workerName: string; assignments: BonusAssignment[]; returnTo: string }) {
  const only = assignments.length === 1 ? assignments[0] : null;
  return (
    <Dialog
      triggerLabel="Pay a bonus"
      triggerSize="sm"
      title={`Pay ${workerName} a bonus`}
      description={`Paid from your available balance, with the platform fee on top.${only ? ` For ${only.label}` : ""}`}
    >
      <ActionForm action={payBonusAction} hidden={{ workerId, returnTo, ...(only ? { assignmentId: only.id } : {}) }} label={`Bonus for ${workerName}`}>
        {(state) => {
          const fe = state.fieldErrors ?? {};
          const id = (name: string) => `${name}-bonus-${workerId}-${only?.id ?? "any"}`;
          return (
            <div className="space-y-4">
              {!only && (
                <Select label="For the assignment" name="assignmentId" id={id("assignment")} defaultValue={typed(state, "assignmentId", assignments[0]?.id ?? "")} options={assignments.map((a) => ({ value: a.id, label: a.label }))} error={fe.assignmentId} />
              )}
              <Input label="Amount (USD)" name="amount" id={id("amount")} inputMode="decimal" placeholder="1.00" required defaultValue={typed(state, "amount")} error={fe.amount} />
              <Textarea label="Reason" name="reason" id={id("reason")} rows={3} maxLength={1024} required defaultValue={typed(state, "reason")} error={fe.reason} hint="The worker sees this with the bonus." />
              <Input label="Request token (optional)" name="token" id={id("token")} maxLength={64} defaultValue={typed(state, "token")} error={fe.token} hint="Send the same token twice and the bonus is paid only once." />
              <DialogFooter keepOpen={state.status === "error"}>
                <SubmitButton pendingLabel="Paying…">Pay bonus</SubmitButton>
              </DialogFooter>
            </div>
          );
        }}
      </ActionForm>
    </Dialog>
  );
}
