"use client";

import { useActionState } from "react";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { requestDepositAction } from "@/app/requester/actions";

export function DepositForm() {
  const [state, action] = useActionState<FormState, FormData>(requestDepositAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      {state.status === "ok" && <Alert tone="success">{state.message}</Alert>}
      {state.status === "error" && <Alert tone="danger">{state.message}</Alert>}
      <Input label="Amount (USD)" name="amount" inputMode="decimal" placeholder="100.00" required error={state.fieldErrors?.amount} />
      <Input label="Reference (optional)" name="note" placeholder="e.g. wire transfer 2026-11-29" error={state.fieldErrors?.note} />
      <SubmitButton pendingLabel="Requesting…">Request deposit</SubmitButton>
    </form>
  );
}
