"use client";

import { useActionState } from "react";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { requestWithdrawalAction } from "@/app/work/dashboard/actions";

export function WithdrawForm({ maxLabel }: { maxLabel: string }) {
  const [state, action] = useActionState<FormState, FormData>(requestWithdrawalAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      {state.status === "ok" && <Alert tone="success">{state.message}</Alert>}
      {state.status === "error" && <Alert tone="danger">{state.message}</Alert>}
      <Input label="Amount (USD)" name="amount" inputMode="decimal" placeholder="10.00" hint={`You can withdraw up to ${maxLabel}.`} error={state.fieldErrors?.amount} />
      <SubmitButton pendingLabel="Requesting…">Request withdrawal</SubmitButton>
    </form>
  );
}
