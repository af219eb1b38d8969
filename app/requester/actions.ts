"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formValues, runAction, zodFieldErrors, type FormState } from "@/lib/auth/action";
import { DomainError, isDomainError } from "@/lib/errors";
import { createHit } from "@/lib/hits/mutations";
import { requestDeposit } from "@/lib/money/deposits";
import { depositRequestSchema } from "@/lib/money/schema";
import { buildQuestionFormXml, questionFormSpecSchema } from "@/lib/questions/question-form-builder";
import { createHitFormSchema } from "./hits/new/form-schema";
import { requirementErrorsForForm } from "./hits/new/requirement-rows";
import { reviewPoliciesFromForm } from "./hits/new/review-policy-fields";

/** createHit, with the domain's requirement errors (another requester's type, an inactive one) moved beside their row. */
async function createHitFromForm(...args: Parameters<typeof createHit>) {
  try {
    return await createHit(...args);
  } catch (e) {
    const moved = isDomainError(e) && e.fieldErrors ? requirementErrorsForForm(e.fieldErrors) : null;
    if (isDomainError(e) && moved) throw new DomainError(e.code, e.message, { fieldErrors: moved, turkErrorCode: e.turkErrorCode });
    throw e;
  }
}

export async function createHitAction(_prev: FormState, form: FormData): Promise<FormState> {
  let hitId = "";
  const state = await runAction("requester", form, async (user) => {
    // Pasted XML (any of MTurk's three question formats) takes the builder's place; validateQuestion in
    // createHit reports what is wrong with it. The field is only sent when the requester chose to paste.
    const questionXml = String(form.get("questionXml") ?? "").trim();
    if (form.has("questionXml") && !questionXml) {
      throw new DomainError("InvalidInput", "Paste the question XML, or switch back to building a form.", {
        fieldErrors: { questionXml: "Paste a QuestionForm, HTMLQuestion or ExternalQuestion document" },
      });
    }
    const fields = Object.fromEntries(form);
    const parsed = createHitFormSchema.safeParse(questionXml ? { questionSpec: "{}", ...fields } : fields);
    // values: React resets the form after the action, and the requester should not have to type it all again.
    if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error), values: formValues(form) };
    const review = reviewPoliciesFromForm(fields);
    if (!review.ok) return { status: "error", message: "Check the automatic review settings.", fieldErrors: review.fieldErrors, values: formValues(form) };
    if (questionXml) {
      const { questionSpec: _unused, ...props } = parsed.data;
      hitId = (await createHitFromForm(user.id, { ...props, ...review.policies, question: questionXml })).hit.id;
      return;
    }
    let specJson: unknown;
    try {
      specJson = JSON.parse(parsed.data.questionSpec);
    } catch {
      throw new DomainError("InvalidInput", "The questions could not be read. Reload the page and try again.");
    }
    const spec = questionFormSpecSchema.safeParse(specJson);
    if (!spec.success) {
      const issue = spec.error.issues[0];
      return { status: "error", message: `Questions: ${issue.message}`, fieldErrors: { questions: issue.message } };
    }
    const { questionSpec: _unused, ...props } = parsed.data;
    const { hit } = await createHitFromForm(user.id, { ...props, ...review.policies, question: buildQuestionFormXml(spec.data) });
    hitId = hit.id;
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester");
  redirect(`/requester/hits/${hitId}?created=1`);
}

export async function requestDepositAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAction("requester", form, async (user) => {
    const parsed = depositRequestSchema.safeParse({ amount: form.get("amount") ?? "", note: form.get("note") ?? "" });
    if (!parsed.success) return { status: "error", message: "Check the amount.", fieldErrors: zodFieldErrors(parsed.error) };
    await requestDeposit(user.id, parsed.data.amount, parsed.data.note);
    revalidatePath("/requester/funds");
    return { status: "ok", message: "Deposit requested. An admin will confirm it once the money arrives." };
  });
}
