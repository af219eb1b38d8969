// The one shape every server action returns to useActionState, and the wrapper that gives every action
// the same steps: identify and authorize the caller, run the domain, map domain errors to form errors.
import { DomainError, isDomainError } from "@/lib/errors";
import { requireActionUser, type Role, type SessionUser } from "./session";
import type { z } from "zod";
import type { FormState } from "./form-state";

export { idleState, type FormState } from "./form-state";

export function formValues(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return out;
}

export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    if (!out[key]) out[key] = issue.message;
  }
  return out;
}

/** PostgreSQL cannot store NUL in text, and no field of ours means one: such a form is refused whole. */
function hasNul(form: FormData): boolean {
  for (const [, v] of form.entries()) if (typeof v === "string" && v.includes("\u0000")) return true;
  return false;
}

/** Runs `fn` for a signed-in caller with `role`, turning domain errors into a FormState. */
export async function runAction(
  role: Role | null,
  form: FormData | null,
  fn: (user: SessionUser) => Promise<FormState | void>,
): Promise<FormState> {
  const values = form ? formValues(form) : undefined;
  try {
    const user = await requireActionUser(role);
    if (form && hasNul(form)) throw new DomainError("InvalidInput", "The form contains a NUL character (\\0), which no field accepts. Remove it and try again.");
    return (await fn(user)) ?? { status: "ok" };
  } catch (e) {
    if (isDomainError(e)) return { status: "error", message: e.message, fieldErrors: e.fieldErrors, values };
    // next/navigation's redirect() and friends throw on purpose; let them through.
    if (e && typeof e === "object" && "digest" in e) throw e;
    console.error("action failed", e);
    return { status: "error", message: "Something went wrong on our side. Please try again.", values };
  }
}

/** Parses a form with `schema`; a failure comes back as the FormState to return (first message, field errors, what was typed). */
export function parseForm<S extends z.ZodType>(schema: S, form: FormData): { ok: true; data: z.output<S> } | { ok: false; state: FormState } {
  const values = formValues(form);
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, state: { status: "error", message: parsed.error.issues[0].message, fieldErrors: zodFieldErrors(parsed.error), values } };
}
