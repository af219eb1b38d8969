"use client";

import { useActionState, useId, useRef, type ReactNode } from "react";
import { useTaskShortcuts } from "./use-task-shortcuts";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import type { FormAction } from "@/components/ui/action-form";
import { QuestionFormView } from "@/components/questions/question-form-view";
import type { QuestionForm } from "@/lib/questions/question-form.types";

export type AnswerFormProps = {
  action: FormAction;
  form: QuestionForm;
  /** Hidden inputs that say what is being answered (the assignment, the test attempt). */
  hidden: Record<string, string>;
  submitLabel: string;
  /** Shortcut help beside the submit button. */
  hint?: ReactNode;
};

/**
 * A QuestionForm answered and posted to a server action: the HIT's task form and the qualification test.
 * After a failed validation the action returns what the worker chose and the errors per field, and the
 * questions re-render with both, so nothing typed is lost. Ctrl+Enter submits.
 */
export function AnswerForm({ action, form, hidden, submitLabel, hint }: AnswerFormProps) {
  const [state, submit] = useActionState<FormState, FormData>(action, idleState);
  const formRef = useRef<HTMLFormElement>(null);
  const errorId = useId();
  useTaskShortcuts(formRef);
  return (
    <form ref={formRef} action={submit} className="space-y-6" noValidate aria-describedby={state.status === "error" ? errorId : undefined}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "error" && (
        <div id={errorId}>
          <Alert tone="danger" title={state.message ?? "Your answers could not be submitted."}>
            {state.fieldErrors && Object.keys(state.fieldErrors).length > 0 ? "Fix the fields marked below and submit again." : null}
          </Alert>
        </div>
      )}
      <QuestionFormView form={form} values={state.values} fieldErrors={state.fieldErrors} />
      <div className="flex flex-wrap gap-3 border-t border-border pt-4">
        <SubmitButton pendingLabel="Submitting…" aria-keyshortcuts="Control+Enter">{submitLabel}</SubmitButton>
        {hint && <p className="self-center text-xs text-muted">{hint}</p>}
      </div>
    </form>
  );
}
