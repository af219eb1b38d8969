"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction, formValues, type FormState } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { acceptNextInGroup, assignmentOfWorker, returnAssignment, submitAssignment } from "@/lib/assignments/mutations";
import { parseQuestionForm } from "@/lib/questions/question-form";
import { validateAnswers, answersToXml } from "@/lib/questions/answers";

export async function acceptGroupAction(_prev: FormState, form: FormData): Promise<FormState> {
  let assignmentId = "";
  const state = await runAction("worker", form, async (user) => {
    const a = await acceptNextInGroup(user.id, String(form.get("hitTypeId") ?? ""));
    assignmentId = a.id;
  });
  if (state.status !== "ok") return state;
  redirect(`/work/assignments/${assignmentId}`);
}

export async function submitAssignmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const assignmentId = String(form.get("assignmentId") ?? "");
  let next = "/work/assignments?submitted=1";
  const state = await runAction("worker", form, async (user) => {
    const a = await assignmentOfWorker(user.id, assignmentId);
    if (a.hit.questionType !== "QuestionForm") throw new DomainError("InvalidInput", "This HIT is submitted from its own page.");
    const fields = formValues(form);
    delete fields.assignmentId;
    const result = validateAnswers(parseQuestionForm(a.hit.question), { fields });
    if (!result.ok) {
      return { status: "error", message: "Some answers need another look.", fieldErrors: result.fieldErrors, values: fields };
    }
    await submitAssignment(user.id, assignmentId, answersToXml(result.answers));
    next = `/work/assignments?submitted=1`;
  });
  if (state.status !== "ok") return state;
  revalidatePath("/work");
  redirect(next);
}

export async function returnAssignmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const state = await runAction("worker", form, async (user) => {
    await returnAssignment(user.id, String(form.get("assignmentId") ?? ""));
  });
  if (state.status !== "ok") return state;
  revalidatePath("/work");
  redirect("/work/assignments?returned=1");
}
