"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { acceptGroupAction } from "@/app/work/actions";

export function AcceptForm({ hitTypeId }: { hitTypeId: string }) {
  const [state, action] = useActionState<FormState, FormData>(acceptGroupAction, idleState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="hitTypeId" value={hitTypeId} />
      {state.status === "error" && <Alert tone="danger">{state.message}</Alert>}
      <SubmitButton pendingLabel="Accepting…">Accept this HIT</SubmitButton>
    </form>
  );
}
