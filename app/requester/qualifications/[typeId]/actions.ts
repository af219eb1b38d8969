"use server";

// A qualification type's page: settings, test, delete, grant (one worker or a CSV file), value, revoke.
// Each action names the type by the form's typeId; lib/qualifications checks that it is the caller's.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseForm, runAction, type FormState } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { disposeQualificationType, updateQualificationType } from "@/lib/qualifications/types";
import { bulkGrant, grantQualification, revokeQualification, updateQualificationValue } from "@/lib/qualifications/grants";
import { withFormFieldNames } from "../form-fields";
import {
  bulkGrantCsvSchema,
  grantFormSchema,
  revokeFormSchema,
  settingsFormSchema,
  testFormSchema,
  typeIdSchema,
  valueFormSchema,
  type BulkGrantRowResult,
  type BulkGrantState,
} from "./form-schema";

const notYours = () => new DomainError("NotFound", "That qualification type does not exist or is not yours.");

function typeIdOf(form: FormData): string {
  const typeId = String(form.get("typeId") ?? "");
  if (!typeIdSchema.safeParse(typeId).success) throw notYours();
  return typeId;
}

/** Parses the form with `schema`, runs `fn` on the form's type, and goes back to the type's page (or `redirectTo`) with `notice`. */
async function typeAction<S extends z.ZodType>(
  form: FormData,
  schema: S,
  notice: NoticeCode,
  fn: (ownerId: string, typeId: string, input: z.output<S>) => Promise<unknown>,
  redirectTo?: string,
): Promise<FormState> {
  let typeId = "";
  const state = await runAction("requester", form, async (user) => {
    typeId = typeIdOf(form);
    const parsed = parseForm(schema, form);
    if (!parsed.ok) return parsed.state;
    await fn(user.id, typeId, parsed.data);
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester", "layout");
  redirect(withNotice(redirectTo ?? `/requester/qualifications/${typeId}`, "/requester/qualifications", notice));
}

export async function updateSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  return typeAction(form, settingsFormSchema, "qualification-updated", (ownerId, typeId, input) => updateQualificationType(ownerId, typeId, input).catch((e) => withFormFieldNames(e)));
}

export async function replaceTestAction(_prev: FormState, form: FormData): Promise<FormState> {
  return typeAction(form, testFormSchema, "qualification-test-replaced", (ownerId, typeId, input) => updateQualificationType(ownerId, typeId, input).catch((e) => withFormFieldNames(e)));
}

export async function deleteTypeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return typeAction(form, z.object({}), "qualification-deleted", (ownerId, typeId) => disposeQualificationType(ownerId, typeId), "/requester/qualifications");
}

export async function grantAction(_prev: FormState, form: FormData): Promise<FormState> {
  return typeAction(form, grantFormSchema, "qualification-granted", (ownerId, qualificationTypeId, { workerId, value }) =>
    grantQualification(ownerId, { qualificationTypeId, workerId, integerValue: value }),
  );
}

export async function updateValueAction(_prev: FormState, form: FormData): Promise<FormState> {
  return typeAction(form, valueFormSchema, "qualification-value-updated", (ownerId, typeId, { workerId, value }) => updateQualificationValue(ownerId, typeId, workerId, value));
}

export async function revokeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return typeAction(form, revokeFormSchema, "qualification-revoked", (ownerId, typeId, { workerId, reason }) => revokeQualification(ownerId, typeId, workerId, reason));
}

/** Larger than any 5,000-line file of worker ids and values; keeps a wrong file from being read whole. */
const MAX_CSV_BYTES = 1024 * 1024;

/**
 * Grants from a CSV file and stays on the page with a result per line: lines the file's parsing refused
 * and the domain's verdict on the others, in file order.
 */
export async function bulkGrantAction(_prev: BulkGrantState, form: FormData): Promise<BulkGrantState> {
  let results: BulkGrantRowResult[] = [];
  const state = await runAction("requester", form, async (user) => {
    const typeId = typeIdOf(form);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new DomainError("InvalidInput", "Choose a CSV file.", { fieldErrors: { file: "Choose a CSV file" } });
    if (file.size > MAX_CSV_BYTES) throw new DomainError("InvalidInput", "The file is larger than 1 MB; split it.", { fieldErrors: { file: "At most 1 MB" } });
    const parsed = bulkGrantCsvSchema.safeParse(await file.text());
    if (!parsed.success) {
      const message = parsed.error.issues[0].message;
      return { status: "error", message, fieldErrors: { file: message } };
    }
    const ready = parsed.data.filter((r) => r.error === undefined);
    const granted = ready.length > 0 ? await bulkGrant(user.id, typeId, ready.map((r) => ({ workerId: r.workerId, value: r.value }))) : [];
    const byLine = new Map(granted.map((g, i) => [ready[i].line, g]));
    results = parsed.data.map((r): BulkGrantRowResult => {
      if (r.error !== undefined) return { line: r.line, workerId: r.workerId, ok: false, text: r.error };
      const g = byLine.get(r.line)!;
      return g.ok
        ? { line: r.line, workerId: g.workerId, ok: true, text: g.outcome === "granted" ? `Value ${g.value}` : `Already held; value now ${g.value}` }
        : { line: r.line, workerId: g.workerId, ok: false, text: g.error };
    });
    revalidatePath("/requester", "layout");
    const done = results.filter((r) => r.ok).length;
    return { status: done === results.length ? "ok" : "error", message: `${done} of ${results.length} ${results.length === 1 ? "line" : "lines"} granted.` };
  });
  return { ...state, results };
}
