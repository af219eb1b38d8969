"use server";

// The qualification moderation page's actions: parse -> runAction (admin) -> lib -> back to the page with a notice.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { parseForm, runAction, type FormState } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { deactivateQualificationType, reactivateQualificationType } from "@/lib/admin/qualification-moderation";
import { grantMasters, revokeMasters } from "@/lib/qualifications/grants";
import { deactivateFormSchema, revokeMastersFormSchema, typeIdFormSchema, workerIdFormSchema } from "./form-schema";

async function moderationAction<S extends z.ZodType>(form: FormData, schema: S, notice: NoticeCode, fn: (admin: SessionUser, input: z.output<S>) => Promise<unknown>): Promise<FormState> {
  const state = await runAction("admin", form, async (admin) => {
    const parsed = parseForm(schema, form);
    if (!parsed.ok) return parsed.state;
    await fn(admin, parsed.data);
  });
  if (state.status !== "ok") return state;
  revalidatePath("/admin/qualifications");
  redirect(withNotice(String(form.get("returnTo") ?? ""), "/admin/qualifications", notice));
}

export async function deactivateTypeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return moderationAction(form, deactivateFormSchema, "qualification-type-deactivated", (admin, { typeId, reason }) => deactivateQualificationType(admin.id, typeId, reason));
}

export async function reactivateTypeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return moderationAction(form, typeIdFormSchema, "qualification-type-reactivated", (admin, { typeId }) => reactivateQualificationType(admin.id, typeId));
}

export async function grantMastersAction(_prev: FormState, form: FormData): Promise<FormState> {
  return moderationAction(form, workerIdFormSchema, "masters-granted", (admin, { workerId }) => grantMasters(admin.id, workerId));
}

export async function revokeMastersAction(_prev: FormState, form: FormData): Promise<FormState> {
  return moderationAction(form, revokeMastersFormSchema, "masters-revoked", (admin, { workerId, reason }) => revokeMasters(admin.id, workerId, reason));
}
