"use server";

// The qualification moderation page's actions: parse -> runAction (admin) -> lib -> back to the page with a notice.
import type { FormState } from "@/lib/auth/action";
import { deactivateQualificationType, reactivateQualificationType } from "@/lib/admin/qualification-moderation";
import { grantMasters, revokeMasters } from "@/lib/qualifications/grants";
import { runAdminAction } from "../run-admin-action";
import { deactivateFormSchema, revokeMastersFormSchema, typeIdFormSchema, workerIdFormSchema } from "./form-schema";

const fallback = "/admin/qualifications";

export async function deactivateTypeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAdminAction(form, deactivateFormSchema, { fallback, notice: "qualification-type-deactivated" }, (admin, { typeId, reason }) => deactivateQualificationType(admin.id, typeId, reason));
}

export async function reactivateTypeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAdminAction(form, typeIdFormSchema, { fallback, notice: "qualification-type-reactivated" }, (admin, { typeId }) => reactivateQualificationType(admin.id, typeId));
}

export async function grantMastersAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAdminAction(form, workerIdFormSchema, { fallback, notice: "masters-granted" }, (admin, { workerId }) => grantMasters(admin.id, workerId));
}

export async function revokeMastersAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAdminAction(form, revokeMastersFormSchema, { fallback, notice: "masters-revoked" }, (admin, { workerId, reason }) => revokeMasters(admin.id, workerId, reason));
}
