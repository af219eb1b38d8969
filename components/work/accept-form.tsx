"use client";

import { useActionState, useEffect, useRef } from "react";
import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { acceptGroupAction } from "@/app/work/actions";

/**
 * Accept, or "accept and work": after each submit the next HIT of the group is accepted automatically
 * (the page comes back here with ?chain=1 and accepts on its own) until the worker stops or none is left.
 */
export function AcceptForm({ hitTypeId, chaining = false }: { hitTypeId: string; chaining?: boolean }) {
  const [state, action] = useActionState<FormState, FormData>(acceptGroupAction, idleState);
  const form = useRef<HTMLFormElement>(null);
  const started = useRef(false);
  useEffect(() => {
    if (chaining && !started.current) {
      started.current = true;
      form.current!.requestSubmit(form.current!.querySelector<HTMLButtonElement>('button[name="chain"]') ?? undefined);
    }
  }, [chaining]);
  return (
    <form ref={form} action={action} className="space-y-3">
      <input type="hidden" name="hitTypeId" value={hitTypeId} />
      {state.status === "error" && <Alert tone="danger">{state.message}</Alert>}
      {chaining && state.status !== "error" && (
        <p role="status" className="text-sm text-muted">
          Accepting the next HIT of this group… <Link href="/work/assignments">Stop</Link>
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel="Accepting…">Accept</SubmitButton>
        <SubmitButton name="chain" value="1" variant="secondary" pendingLabel="Accepting…" title="After each submit, the next HIT of this group is accepted for you">
          Accept &amp; work
        </SubmitButton>
      </div>
    </form>
  );
}
