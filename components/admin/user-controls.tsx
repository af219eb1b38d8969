"use client";

// The user page's controls: suspend or reactivate with a reason the user receives, and set roles.
import { ActionForm, typed } from "@/components/ui/action-form";
import { Checkbox, Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { reactivateUserAction, setRolesAction, suspendUserAction } from "@/app/admin/users/actions";
import { ReasonDialog } from "./reason-dialog";

export function SuspensionControl({ userId, name, suspended }: { userId: string; name: string; suspended: boolean }) {
  const returnTo = `/admin/users/${userId}`;
  return suspended ? (
    <ReasonDialog action={reactivateUserAction} hidden={{ userId, returnTo }} trigger="Reactivate" triggerVariant="primary" title={`Reactivate ${name}?`} description="They can sign in again, their API keys work again and their HITs take workers again." reasonLabel="Reason (they receive it)" submit="Reactivate account" submitVariant="primary" />
  ) : (
    <ReasonDialog action={suspendUserAction} hidden={{ userId, returnTo }} trigger="Suspend" triggerVariant="danger" title={`Suspend ${name}?`} description="They cannot sign in, their API keys are refused and their HITs take no new workers. Money stays where it is: escrow still pays work already accepted." reasonLabel="Reason (they receive it)" submit="Suspend account" />
  );
}

export function RolesForm({ userId, roles }: { userId: string; roles: { isWorker: boolean; isRequester: boolean; isAdmin: boolean } }) {
  return (
    <ActionForm action={setRolesAction} hidden={{ userId, returnTo: `/admin/users/${userId}` }} label="Change roles" className="space-y-3">
      {(state) => (
        <>
          <fieldset className="flex flex-wrap gap-4">
            <legend className="mb-1 text-sm font-medium">Roles</legend>
            <Checkbox label="Worker" name="roles" id="role-worker" value="worker" defaultChecked={roles.isWorker} />
            <Checkbox label="Requester" name="roles" id="role-requester" value="requester" defaultChecked={roles.isRequester} />
            <Checkbox label="Admin" name="roles" id="role-admin" value="admin" defaultChecked={roles.isAdmin} />
          </fieldset>
          <Input label="Reason for the audit log" name="reason" id="roles-reason" defaultValue={typed(state, "reason")} error={state.fieldErrors?.reason} />
          <SubmitButton variant="secondary" size="sm" pendingLabel="Saving…">Save roles</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
