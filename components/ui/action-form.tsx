"use client";

import { useActionState, useState, type ReactNode } from "react";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { Alert } from "./alert";

export type FormAction = (prev: FormState, form: FormData) => Promise<FormState>;

/** What the user typed into `name` before an error came back (React resets the form after every action). */
export function typed(state: FormState, name: string, fallback = ""): string {
  const v = state.values?.[name];
  return typeof v === "string" ? v : fallback;
}

/**
 * useActionState for an action that redirects when it succeeds. A redirect returns no new state, so the
 * previous error would linger (and keep a dialog open); a state left unchanged by the latest submit counts
 * as idle.
 */
export function useRedirectingAction(action: FormAction) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, idleState);
  const [before, setBefore] = useState<FormState | null>(null);
  const submit = (form: FormData) => {
    setBefore(state);
    formAction(form);
  };
  return [state === before ? idleState : state, submit, pending] as const;
}

export type ActionFormProps = {
  action: FormAction;
  /** Hidden inputs, e.g. the id of the record the action is about. */
  hidden?: Record<string, string>;
  /** Accessible name of the form. */
  label?: string;
  className?: string;
  /** Show the action's error message above the fields (unless a field shows that same message; off when the fields show it themselves). */
  showError?: boolean;
  children: (state: FormState) => ReactNode;
};

/** A form for a server action that redirects with a notice on success and returns a FormState on error. */
export function ActionForm({ action, hidden, label, className, showError = true, children }: ActionFormProps) {
  const [state, submit] = useRedirectingAction(action);
  return (
    <form action={submit} aria-label={label} className={className} noValidate>
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {showError && state.status === "error" && state.message && !Object.values(state.fieldErrors ?? {}).includes(state.message) && (
        <Alert tone="danger" className="mb-3">{state.message}</Alert>
      )}
      {children(state)}
    </form>
  );
}
