"use server";

// The worker's qualification actions: parse -> runAction (signed-in worker) -> lib/qualifications ->
// redirect. The domain checks that a test attempt is the caller's own; nothing here trusts the form for that.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formValues, parseForm, runAction, type FormState } from "@/lib/auth/action";
import { isDomainError } from "@/lib/errors";
import { requestQualification, startTest, submitTest, type RequestOutcome } from "@/lib/qualifications/requests";
import { qualificationTypeHref, testAttemptHref } from "@/components/work/qualification-paths";
import { qualificationTypeFormSchema, TEST_ENVELOPE_FIELDS, testSubmissionFormSchema } from "./form-schema";

/** A started test opens its page; anything else goes back to the type's page with what happened. */
function afterRequest(typeId: string, outcome: RequestOutcome, returnTo: string | undefined): string {
  if (outcome.deadline) return testAttemptHref(outcome.request.id, returnTo);
  return qualificationTypeHref(typeId, returnTo, outcome.qualification ? "qualification-earned" : "qualification-requested");
}

async function typeAction(form: FormData, fn: (workerId: string, typeId: string) => Promise<RequestOutcome>): Promise<FormState> {
  let destination = "";
  const state = await runAction("worker", form, async (user) => {
    const parsed = parseForm(qualificationTypeFormSchema, form);
    if (!parsed.ok) return parsed.state;
    destination = afterRequest(parsed.data.typeId, await fn(user.id, parsed.data.typeId), parsed.data.returnTo);
  });
  if (state.status !== "ok") return state;
  revalidatePath("/work", "layout");
  redirect(destination);
}

/** "Request": a type without a test goes to its requester, or is granted at once when it is auto-granted. */
export async function requestQualificationAction(_prev: FormState, form: FormData): Promise<FormState> {
  return typeAction(form, requestQualification);
}

/** "Take the test" (and "Continue the test": a running attempt is resumed, its timer untouched). */
export async function startTestAction(_prev: FormState, form: FormData): Promise<FormState> {
  return typeAction(form, startTest);
}

/** "Submit test": answers the domain finds wrong come back with what the worker chose, field by field. */
export async function submitTestAction(_prev: FormState, form: FormData): Promise<FormState> {
  let destination = "";
  const state = await runAction("worker", form, async (user) => {
    const parsed = parseForm(testSubmissionFormSchema, form);
    if (!parsed.ok) return parsed.state;
    const fields = formValues(form);
    for (const name of TEST_ENVELOPE_FIELDS) delete fields[name];
    try {
      await submitTest(user.id, parsed.data.requestId, fields);
    } catch (e) {
      if (isDomainError(e) && e.code === "InvalidInput" && e.fieldErrors) {
        return { status: "error", message: "Some answers need another look.", fieldErrors: e.fieldErrors, values: formValues(form) };
      }
      throw e;
    }
    destination = testAttemptHref(parsed.data.requestId, parsed.data.returnTo);
  });
  if (state.status !== "ok") return state;
  revalidatePath("/work", "layout");
  redirect(destination);
}
