"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction, formValues, type FormState } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { acceptNextInGroup, assignmentOfWorker, returnAssignment, submitAssignment } from "@/lib/assignments/mutations";
import { parseQuestionForm } from "@/lib/questions/question-form";
import { validateAnswers, answersToXml } from "@/lib/questions/answers";
import { pendingUploads, storeUploads, discardUploads } from "@/lib/assignments/uploads";
import { afterSubmitHref } from "@/lib/assignments/chain";

export async function acceptGroupAction(_prev: FormState, form: FormData): Promise<FormState> {
  let assignmentId = "";
  const state = await runAction("worker", form, async (user) => {
    const a = await acceptNextInGroup(user.id, String(form.get("hitTypeId") ?? ""));
    assignmentId = a.id;
  });
  if (state.status !== "ok") return state;
  redirect(`/work/assignments/${assignmentId}${form.get("chain") === "1" ? "?chain=1" : ""}`);
}

export async function submitAssignmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const assignmentId = String(form.get("assignmentId") ?? "");
  let hitTypeId = "";
  const state = await runAction("worker", form, async (user) => {
    const a = await assignmentOfWorker(user.id, assignmentId);
    hitTypeId = a.hitTypeId;
    if (a.hit.questionType !== "QuestionForm") throw new DomainError("InvalidInput", "This HIT is submitted from its own page.");
    const fields = formValues(form);
    delete fields.assignmentId;
    delete fields.chain;
    const files: Record<string, File> = {};
    for (const [name, value] of form.entries()) if (value instanceof File && (value.size > 0 || value.name)) files[name] = value;
    const uploads = pendingUploads(files);
    const result = validateAnswers(parseQuestionForm(a.hit.question), {
      fields,
      files: Object.fromEntries(uploads.map((u) => [u.questionIdentifier, { name: u.name, size: u.size, key: u.key }])),
    });
    if (!result.ok) {
      return { status: "error", message: "Some answers need another look.", fieldErrors: result.fieldErrors, values: fields };
    }
    const stored = await storeUploads(a.id, uploads);
    try {
      await submitAssignment(user.id, assignmentId, answersToXml(result.answers), stored);
    } catch (e) {
      await discardUploads(stored);
      throw e;
    }
  });
  if (state.status !== "ok") return state;
  revalidatePath("/work");
  redirect(afterSubmitHref(hitTypeId, form.get("chain") === "1"));
}

export async function returnAssignmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const state = await runAction("worker", form, async (user) => {
    await returnAssignment(user.id, String(form.get("assignmentId") ?? ""));
  });
  if (state.status !== "ok") return state;
  revalidatePath("/work");
  redirect("/work/assignments?returned=1");
}
