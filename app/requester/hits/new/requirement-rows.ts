// The "Worker requirements" rows of the create-HIT form: what the editor serialises into its hidden field,
// and how those rows become the domain's QualificationRequirements. The rules themselves are the domain's
// (lib/qualifications/schema); this file only reads the typed text and words the messages for the form.
// Client-safe: the editor previews each row with the same parsing the server applies.
import { z } from "zod";
import { COMPARATORS, QUALIFICATION_LIMITS, requirementInputSchema, type Comparator, type Requirement, type RequirementInput } from "@/lib/qualifications/schema";
import { SYSTEM_QUALIFICATION_IDS } from "@/lib/qualifications/system-ids";
import { COMPARATOR_LABELS } from "@/lib/qualifications/describe";

/** One row as the editor holds it: everything still text. */
export type RequirementRow = { qualificationTypeId: string; comparator: string; value: string; actionsGuarded: string };

export const MAX_REQUIREMENTS = QUALIFICATION_LIMITS.requirementsPerHitType;
export const PRESENCE_COMPARATORS: readonly Comparator[] = ["Exists", "DoesNotExist"];
export const LIST_COMPARATORS: readonly Comparator[] = ["In", "NotIn"];
/** A locale has no order, so the Locale qualification takes only these. */
export const LOCALE_COMPARATORS: readonly Comparator[] = ["EqualTo", "NotEqualTo", "In", "NotIn", "Exists", "DoesNotExist"];

export const isLocaleType = (typeId: string) => typeId === SYSTEM_QUALIFICATION_IDS.locale;
export const takesValue = (comparator: string) => !PRESENCE_COMPARATORS.includes(comparator as Comparator);

/** "US, CA-ON" or "1 2 3": values are separated by commas, semicolons or spaces. */
const tokens = (value: string) => value.split(/[,;\s]+/).filter(Boolean);

type DomainInput = Omit<RequirementInput, "comparator" | "actionsGuarded"> & { comparator: string; actionsGuarded?: string };

/** A row as the domain's input: the value text read as integers, or as locales for the Locale qualification. */
export function rowToRequirementInput(row: RequirementRow): DomainInput {
  const base: DomainInput = { qualificationTypeId: row.qualificationTypeId, comparator: row.comparator, actionsGuarded: row.actionsGuarded || undefined };
  // A value left over from before switching to "has it" is ignored rather than refused: the field is hidden then.
  if (!takesValue(row.comparator)) return base;
  const parts = tokens(row.value);
  if (isLocaleType(row.qualificationTypeId)) {
    return {
      ...base,
      localeValues: parts.map((p) => {
        const [country, ...rest] = p.split(/[-_]/);
        return rest.length > 0 ? { country, subdivision: rest.join("-") } : { country };
      }),
    };
  }
  return { ...base, integerValues: parts.map((p) => (/^[-+]?\d+$/.test(p) ? Number(p) : Number.NaN)) };
}

// The domain names comparators as MTurk does; the form shows them in words.
const comparatorNames = new RegExp(`\\b(${[...COMPARATORS].sort((a, b) => b.length - a.length).join("|")})\\b`, "g");
const inWords = (message: string) => message.replace(comparatorNames, (c) => `“${COMPARATOR_LABELS[c as Comparator]}”`);

/** The form field a domain issue belongs to: values of either kind are the row's one Value field. */
function fieldOf(path: readonly PropertyKey[]): keyof RequirementRow {
  const head = String(path[0] ?? "qualificationTypeId");
  if (head === "integerValues" || head === "localeValues") return "value";
  return head === "comparator" || head === "actionsGuarded" ? head : "qualificationTypeId";
}

export type RowResult = { ok: true; requirement: Requirement } | { ok: false; errors: Partial<Record<keyof RequirementRow, string>> };

/** Parses one row with the domain's rules; errors are keyed by the row's fields, worded for the form. */
export function parseRequirementRow(row: RequirementRow): RowResult {
  const parsed = requirementInputSchema.safeParse(rowToRequirementInput(row));
  if (parsed.success) return { ok: true, requirement: parsed.data };
  const errors: Partial<Record<keyof RequirementRow, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    errors[field] ??= inWords(issue.message);
  }
  return { ok: false, errors };
}

const rowSchema = z.object({
  qualificationTypeId: z.string().default(""),
  comparator: z.string().default(""),
  value: z.string().default(""),
  actionsGuarded: z.string().default(""),
});

/** The hidden "requirements" field: JSON rows in, the domain's requirements out, errors at requirements.<row>.<field>. */
export const requirementsFieldSchema = z
  .string()
  .optional()
  .transform((s, ctx) => {
    try {
      return JSON.parse(s?.trim() || "[]") as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The worker requirements could not be read. Reload the page and try again." });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(rowSchema, { error: "The worker requirements could not be read. Reload the page and try again." })
      .max(MAX_REQUIREMENTS, `Add at most ${MAX_REQUIREMENTS} worker requirements`),
  )
  .transform((rows, ctx) => {
    const out: Requirement[] = [];
    rows.forEach((row, i) => {
      const result = parseRequirementRow(row);
      if (result.ok) out.push(result.requirement);
      else for (const [field, message] of Object.entries(result.errors)) ctx.addIssue({ code: "custom", path: [i, field], message });
    });
    return out;
  });

/**
 * The domain checks requirements again against the database (whose type it is, whether it is active) and
 * keys its errors "<row>.<field>"; the form shows them beside the row.
 */
export function requirementErrorsForForm(fieldErrors: Record<string, string>): Record<string, string> | null {
  const out: Record<string, string> = {};
  let found = false;
  for (const [key, message] of Object.entries(fieldErrors)) {
    const m = /^(\d+)\.(\w+)/.exec(key);
    if (m) {
      found = true;
      out[`requirements.${m[1]}.${fieldOf([m[2]])}`] = inWords(message);
    } else if (key === "qualificationRequirements") {
      found = true;
      out.requirements = message;
    } else out[key] = message;
  }
  return found ? out : null;
}
