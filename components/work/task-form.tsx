"use client";

import { useActionState, useRef } from "react";
import { useTaskShortcuts } from "./use-task-shortcuts";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { submitAssignmentAction } from "@/app/work/actions";
import { QuestionFormView } from "@/components/questions/question-form-view";
import type { QuestionForm } from "@/lib/questions/question-form.types";
import { ReturnForm } from "./return-form";

/**
 * The task's form. After a failed validation the server action returns what the worker typed and the
 * errors per field, and the question re-renders with both, so nothing typed is lost.
 */
export function TaskForm({ assignmentId, form, chaining }: { assignmentId: string; form: QuestionForm; chaining: boolean }) {
  const [state, submit] = useActionState<FormState, FormData>(submitAssignmentAction, idleState);
  const formRef = useRef<HTMLFormElement>(null);
  useTaskShortcuts(formRef);
  return (
    <div className="space-y-6">
      <form ref={formRef} action={submit} className="space-y-6" noValidate aria-describedby={state.status === "error" ? "task-error" : undefined}>
        <input type="hidden" name="assignmentId" value={assignmentId} />
        {chaining && <input type="hidden" name="chain" value="1" />}
        {state.status === "error" && (
          <div id="task-error">
            <Alert tone="danger" title={state.message ?? "Your answers could not be submitted."}>
              {state.fieldErrors && Object.keys(state.fieldErrors).length > 0 ? "Fix the fields marked below and submit again." : null}
            </Alert>
          </div>
        )}
        <QuestionFormView form={form} values={state.values} fieldErrors={state.fieldErrors} />
        <div className="flex flex-wrap gap-3 border-t border-border pt-4">
          <SubmitButton pendingLabel="Submitting…" aria-keyshortcuts="Control+Enter">Submit</SubmitButton>
          <p className="self-center text-xs text-muted">
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> submits, <kbd>Alt</kbd>+<kbd>R</kbd> returns the HIT
          </p>
        </div>
      </form>
      <ReturnForm assignmentId={assignmentId} />
    </div>
  );
}
