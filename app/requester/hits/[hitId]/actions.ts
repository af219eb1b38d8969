"use server";

// The HIT page's management actions: parse -> runAction -> lib/hits/management -> redirect with a notice.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseForm, runAction, type FormState } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { addAssignments, changeHitType, disposeHit, setReviewing, updateExpiration } from "@/lib/hits/management";
import { addAssignmentsFormSchema, changeHitTypeFormSchema, expirationFormSchema, hitIdSchema, reviewStatusFormSchema } from "./form-schema";

/**
 * Runs one management step on the HIT named by the form's hitId. `fn` gets the form parsed by `schema`;
 * a parse failure comes back as field errors, a refusal as the domain's message.
 */
async function manageHit<S extends z.ZodType>(
  form: FormData,
  schema: S,
  notice: NoticeCode,
  fn: (requesterId: string, hitId: string, input: z.output<S>) => Promise<unknown>,
  redirectTo?: string,
): Promise<FormState> {
  const hitId = String(form.get("hitId") ?? "");
  const state = await runAction("requester", form, async (user) => {
    if (!hitIdSchema.safeParse(hitId).success) throw new DomainError("NotFound", "That HIT does not exist or is not yours.");
    const parsed = parseForm(schema, form);
    if (!parsed.ok) return parsed.state;
    await fn(user.id, hitId, parsed.data);
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester", "layout");
  redirect(withNotice(redirectTo ?? `/requester/hits/${hitId}`, "/requester/hits", notice));
}

const noFields = z.object({});

export async function expireHitAction(_prev: FormState, form: FormData): Promise<FormState> {
  return manageHit(form, noFields, "hit-expired", (requesterId, hitId) => updateExpiration(requesterId, hitId, now()));
}

export async function updateExpirationAction(_prev: FormState, form: FormData): Promise<FormState> {
  return manageHit(form, expirationFormSchema, "hit-expiration-updated", (requesterId, hitId, { expireAt }) => updateExpiration(requesterId, hitId, expireAt));
}

export async function addAssignmentsAction(_prev: FormState, form: FormData): Promise<FormState> {
  return manageHit(form, addAssignmentsFormSchema, "assignments-added", (requesterId, hitId, { count }) => addAssignments(requesterId, hitId, count));
}

export async function reviewStatusAction(_prev: FormState, form: FormData): Promise<FormState> {
  const revert = form.get("revert") === "1";
  return manageHit(form, reviewStatusFormSchema, revert ? "hit-reviewable" : "hit-reviewing", (requesterId, hitId, input) => setReviewing(requesterId, hitId, input.revert));
}

export async function changeHitTypeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return manageHit(form, changeHitTypeFormSchema, "hit-type-changed", (requesterId, hitId, { hitTypeId }) => changeHitType(requesterId, hitId, hitTypeId));
}

export async function deleteHitAction(_prev: FormState, form: FormData): Promise<FormState> {
  return manageHit(form, noFields, "hit-deleted", (requesterId, hitId) => disposeHit(requesterId, hitId), "/requester/hits");
}
