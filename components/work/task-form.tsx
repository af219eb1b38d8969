"use client";

import { submitAssignmentAction } from "@/app/work/actions";
import type { QuestionForm } from "@/lib/questions/question-form.types";
import { AnswerForm } from "./answer-form";
import { ReturnForm } from "./return-form";

/** The task's form, with the way to give the HIT back (Alt+R). */
export function TaskForm({ assignmentId, form, chaining }: { assignmentId: string; form: QuestionForm; chaining: boolean }) {
  return (
    <div className="space-y-6">
      <AnswerForm
        action={submitAssignmentAction}
        form={form}
        hidden={chaining ? { assignmentId, chain: "1" } : { assignmentId }}
        submitLabel="Submit"
        hint={
          <>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> submits, <kbd>Alt</kbd>+<kbd>R</kbd> returns the HIT
          </>
        }
      />
      <ReturnForm assignmentId={assignmentId} />
    </div>
  );
}
