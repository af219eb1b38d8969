"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { returnAssignmentAction } from "@/app/work/actions";

/** Gives an accepted HIT back so another worker can take it; shared by every kind of task page. */
export function ReturnForm({ assignmentId }: { assignmentId: string }) {
  const [state, giveBack] = useActionState<FormState, FormData>(returnAssignmentAction, idleState);
  return (
    <form action={giveBack}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {state.status === "error" && <Alert tone="danger">{state.message}</Alert>}
      <SubmitButton variant="ghost" size="sm" pendingLabel="Returning…" data-return-hit aria-keyshortcuts="Alt+R">
        Return this HIT
      </SubmitButton>
    </form>
  );
}
