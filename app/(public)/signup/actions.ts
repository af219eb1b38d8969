"use server";

import { signUpSchema } from "@/lib/auth/schema";
import { createUser } from "@/lib/auth/users";
import { zodFieldErrors, formValues, type FormState } from "@/lib/auth/action";
import { isDomainError } from "@/lib/errors";

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  delete values.password; // never echo a password back into the page
  const parsed = signUpSchema.safeParse({
    name: form.get("name") ?? "",
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
    wantsToWork: form.get("wantsToWork") === "on",
    wantsToPost: form.get("wantsToPost") === "on",
  });
  if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    await createUser({ ...parsed.data, isWorker: parsed.data.wantsToWork, isRequester: parsed.data.wantsToPost });
  } catch (e) {
    if (isDomainError(e)) return { status: "error", message: e.message, fieldErrors: e.fieldErrors, values };
    throw e;
  }
  return { status: "ok" };
}
