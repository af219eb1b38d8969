"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteTypeAction } from "@/app/requester/qualifications/[typeId]/actions";

/** Deleting asks first, and says what happens to the requests still waiting. */
export function DeleteQualificationTypeDialog({ typeId, name, pending }: { typeId: string; name: string; pending: number }) {
  const requests = pending > 0 ? `Its ${pending} pending request${pending === 1 ? " is" : "s are"} rejected, and tests in progress are closed.` : "Any request or test in progress is rejected.";
  return (
    <Dialog
      triggerLabel="Delete"
      triggerVariant="danger"
      triggerSize="sm"
      title={`Delete “${name}”?`}
      description={`Workers can no longer find or request it, and it cannot be added to new HITs. ${requests} Workers keep the values they hold for HITs that already require it.`}
    >
      <ActionForm action={deleteTypeAction} hidden={{ typeId }} label={`Delete ${name}`}>
        {(state) => (
          <DialogFooter keepOpen={state.status === "error"}>
            <SubmitButton variant="danger" pendingLabel="Deleting…">Delete qualification type</SubmitButton>
          </DialogFooter>
        )}
      </ActionForm>
    </Dialog>
  );
}
