// Pieces shared by the qualification forms: minutes typed by people into the seconds the domain speaks,
// checkboxes, values and XML text; and the domain's field names mapped back onto the forms' inputs.
import { z } from "zod";
import { DomainError, isDomainError } from "@/lib/errors";
import { qualificationValueSchema } from "@/lib/qualifications/schema";

const blank = (v: unknown) => v === undefined || (typeof v === "string" && v.trim() === "");

/** "90" or "1.5" minutes into whole seconds; blank is undefined (the caller decides what blank means). */
export const minutesField = (what: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (blank(v)) return undefined;
      const text = v!.trim();
      if (!/^\d+(\.\d+)?$/.test(text)) {
        ctx.addIssue({ code: "custom", message: `${what} must be a number of minutes, such as 30 or 1.5` });
        return z.NEVER;
      }
      return Math.round(Number(text) * 60);
    });

/** An unchecked box sends nothing; a checked one sends "on". */
export const checkboxField = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true" || v === "1");

/** A qualification value typed into a form: a whole number within MTurk's 32-bit range; blank gives `fallback`. */
export const valueField = (fallback?: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (blank(v)) {
        if (fallback !== undefined) return fallback;
        ctx.addIssue({ code: "custom", message: "Enter a value" });
        return z.NEVER;
      }
      const text = v!.trim();
      const parsed = /^[+-]?\d+$/.test(text) ? qualificationValueSchema.safeParse(Number(text)) : null;
      if (!parsed?.success) {
        ctx.addIssue({ code: "custom", message: parsed ? parsed.error.issues[0].message : "The value must be a whole number" });
        return z.NEVER;
      }
      return parsed.data;
    });

/** Optional XML pasted or loaded into a textarea; blank is undefined. */
export const optionalXmlField = z
  .string()
  .optional()
  .transform((v) => (blank(v) ? undefined : v));

/** Where the domain names a field by its seconds, the forms have an input in minutes. */
export const MINUTE_INPUTS: Record<string, string> = { testDurationSeconds: "testDuration", retryDelaySeconds: "retryDelay" };

/** Re-throws a domain error with its field errors under the form's input names, so each shows beside its input. */
export function withFormFieldNames(e: unknown, names: Record<string, string> = MINUTE_INPUTS): never {
  if (!isDomainError(e) || !e.fieldErrors) throw e;
  const fieldErrors = Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [names[k] ?? k, v]));
  throw new DomainError(e.code, e.message, { fieldErrors, turkErrorCode: e.turkErrorCode });
}
