// Input shapes of the qualifications domain, with MTurk's limits and messages a requester can act on.
// Faces (forms, the MTurk API) map their own field names onto these and call the domain functions,
// which parse again: a domain function never trusts that its caller validated.
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { SYSTEM_QUALIFICATION_IDS } from "./system-ids";

export const QUALIFICATION_LIMITS = {
  // MTurk's model states no limit on Name; 256 keeps names readable in lists and is what we enforce.
  nameMax: 256,
  descriptionMax: 2000,
  keywordsMax: 1000,
  reasonMax: 1024,
  /** In / NotIn take at most 15 IntegerValues and 30 LocaleValues. */
  integerSetMax: 15,
  localeSetMax: 30,
  requirementsPerHitType: 10,
  /** A test lasts 30 seconds to 365 days, the same bounds as an assignment. */
  testDurationMinSeconds: 30,
  testDurationMaxSeconds: 365 * 24 * 3600,
  retryDelayMaxSeconds: 10 * 365 * 24 * 3600,
  bulkGrantMaxRows: 5000,
} as const;

export const QUALIFICATION_TYPE_STATUSES = ["Active", "Inactive"] as const;
/** Stored statuses: "Disposing" is a deleted type (kept for the qualifications workers already hold). */
export type QualificationTypeStatus = (typeof QUALIFICATION_TYPE_STATUSES)[number] | "Disposing";
export type QualificationStatus = "Granted" | "Revoked";
export type QualificationRequestStatus = "TestStarted" | "Pending" | "Approved" | "Rejected";

export const COMPARATORS = [
  "LessThan",
  "LessThanOrEqualTo",
  "GreaterThan",
  "GreaterThanOrEqualTo",
  "EqualTo",
  "NotEqualTo",
  "Exists",
  "DoesNotExist",
  "In",
  "NotIn",
] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const ACTIONS_GUARDED = ["Accept", "PreviewAndAccept", "DiscoverPreviewAndAccept"] as const;
export type ActionsGuarded = (typeof ACTIONS_GUARDED)[number];

const ORDERING: readonly Comparator[] = ["LessThan", "LessThanOrEqualTo", "GreaterThan", "GreaterThanOrEqualTo"];
const SETS: readonly Comparator[] = ["In", "NotIn"];
const PRESENCE: readonly Comparator[] = ["Exists", "DoesNotExist"];

/** MTurk's Integer: a 32-bit signed value. */
export const qualificationValueSchema = z
  .number({ error: "The value must be a whole number" })
  .int("The value must be a whole number")
  .min(-2_147_483_648, "The value is too small")
  .max(2_147_483_647, "The value is too large");

const code2 = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]{2}$/, `${what} must be a two-character ISO 3166 code, such as "US"`));

export const localeSchema = z.object({
  country: code2("Country").pipe(z.string().regex(/^[A-Z]{2}$/, 'Country must be a two-letter ISO 3166 code, such as "US"')),
  subdivision: code2("Subdivision").optional(),
});
export type Locale = z.infer<typeof localeSchema>;

const entityId = z
  .string({ error: "Choose a qualification type" })
  .trim()
  .min(1, "Choose a qualification type")
  .max(64, "A qualification type id is at most 64 characters")
  .regex(/^[A-Z0-9]+$/, "A qualification type id is made of capital letters and digits");

/**
 * One QualificationRequirement. `requiredToPreview: true` is MTurk's deprecated way of saying
 * PreviewAndAccept; when ActionsGuarded is also sent it wins (SDK scripts often send both).
 */
export const requirementInputSchema = z
  .object({
    qualificationTypeId: entityId,
    comparator: z.enum(COMPARATORS, { error: `Comparator must be one of ${COMPARATORS.join(", ")}` }),
    integerValues: z.array(qualificationValueSchema).optional(),
    localeValues: z.array(localeSchema).optional(),
    actionsGuarded: z.enum(ACTIONS_GUARDED, { error: `ActionsGuarded must be one of ${ACTIONS_GUARDED.join(", ")}` }).optional(),
    requiredToPreview: z.boolean().optional(),
  })
  .superRefine((r, ctx) => {
    const ints = r.integerValues?.length ?? 0;
    const locales = r.localeValues?.length ?? 0;
    const problem = (message: string, path: string) => ctx.addIssue({ code: "custom", message, path: [path] });
    // Locale values belong to the Locale qualification only, and it compares nothing else.
    const isLocaleType = r.qualificationTypeId === SYSTEM_QUALIFICATION_IDS.locale;
    if (isLocaleType && ORDERING.includes(r.comparator)) {
      return problem("A locale can only be EqualTo, NotEqualTo, In, NotIn, Exists or DoesNotExist", "comparator");
    }
    if (isLocaleType && ints > 0) return problem("The Locale qualification compares locale values (a country), not integers", "integerValues");
    if (!isLocaleType && locales > 0) return problem("Locale values can only be used with the Locale qualification (00000000000000000071)", "localeValues");
    if (PRESENCE.includes(r.comparator)) {
      if (ints + locales > 0) problem(`${r.comparator} compares no value; remove the values`, ints > 0 ? "integerValues" : "localeValues");
      return;
    }
    if (ints > 0 && locales > 0) return problem("Give integer values or locale values, not both", "localeValues");
    if (ORDERING.includes(r.comparator)) {
      if (locales > 0) return problem(`${r.comparator} compares integers; a locale can only be EqualTo, NotEqualTo, In or NotIn`, "localeValues");
      if (ints !== 1) return problem(`${r.comparator} needs exactly one integer value`, "integerValues");
      return;
    }
    if (SETS.includes(r.comparator)) {
      if (ints + locales === 0) return problem(`${r.comparator} needs at least one value`, "integerValues");
      if (ints > QUALIFICATION_LIMITS.integerSetMax) {
        return problem(`${r.comparator} takes at most ${QUALIFICATION_LIMITS.integerSetMax} integer values`, "integerValues");
      }
      if (locales > QUALIFICATION_LIMITS.localeSetMax) {
        return problem(`${r.comparator} takes at most ${QUALIFICATION_LIMITS.localeSetMax} locale values`, "localeValues");
      }
      return;
    }
    // EqualTo / NotEqualTo: one integer or one locale.
    if (ints + locales !== 1) problem(`${r.comparator} needs exactly one value`, locales > 0 ? "localeValues" : "integerValues");
  })
  .transform((r) => ({
    qualificationTypeId: r.qualificationTypeId,
    comparator: r.comparator,
    integerValues: r.integerValues ?? [],
    localeValues: (r.localeValues ?? []).map((l) => (l.subdivision ? { country: l.country, subdivision: l.subdivision } : { country: l.country })),
    actionsGuarded: r.actionsGuarded ?? (r.requiredToPreview ? "PreviewAndAccept" : "Accept"),
  }));
export type RequirementInput = z.input<typeof requirementInputSchema>;
/** A requirement after parsing: values are arrays (empty when unused) and ActionsGuarded is settled. */
export type Requirement = z.output<typeof requirementInputSchema>;

export const requirementsInputSchema = z
  .array(requirementInputSchema)
  .max(QUALIFICATION_LIMITS.requirementsPerHitType, `A HIT type takes at most ${QUALIFICATION_LIMITS.requirementsPerHitType} qualification requirements`);

const name = z
  .string({ error: "Give the qualification a name" })
  .trim()
  .min(1, "Give the qualification a name")
  .max(QUALIFICATION_LIMITS.nameMax, `Names are at most ${QUALIFICATION_LIMITS.nameMax} characters`);
const description = z
  .string({ error: "Describe the qualification for workers" })
  .trim()
  .min(1, "Describe the qualification for workers")
  .max(QUALIFICATION_LIMITS.descriptionMax, `Descriptions are at most ${QUALIFICATION_LIMITS.descriptionMax} characters`);
const keywords = z.string().trim().max(QUALIFICATION_LIMITS.keywordsMax, `Keywords are at most ${QUALIFICATION_LIMITS.keywordsMax} characters`);
const status = z.enum(QUALIFICATION_TYPE_STATUSES, { error: "Status must be Active or Inactive" });
const seconds = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a whole number of seconds` })
    .int(`${what} must be a whole number of seconds`)
    .min(min, `${what} must be at least ${min} seconds`)
    .max(max, `${what} is at most ${Math.round(max / 86400)} days`);
const retryDelaySeconds = seconds("The retry delay", 0, QUALIFICATION_LIMITS.retryDelayMaxSeconds);
const testDurationSeconds = seconds("The test duration", QUALIFICATION_LIMITS.testDurationMinSeconds, QUALIFICATION_LIMITS.testDurationMaxSeconds);
const xmlDocument = (what: string) => z.string({ error: `${what} must be XML text` }).refine((s) => s.trim() !== "", `${what} is empty`);

/** CreateQualificationType. Cross-field rules (test needs a duration, no test with auto-grant) live in types.ts. */
export const createQualificationTypeSchema = z.object({
  name,
  description,
  keywords: keywords.default(""),
  status: status.default("Active"),
  /** Whether workers may ask for it (MTurk's IsRequestable); off for a qualification only its owner grants. */
  isRequestable: z.boolean().default(true),
  retryDelaySeconds: retryDelaySeconds.optional(),
  test: xmlDocument("The test").optional(),
  testDurationSeconds: testDurationSeconds.optional(),
  answerKey: xmlDocument("The answer key").optional(),
  autoGranted: z.boolean().default(false),
  autoGrantedValue: qualificationValueSchema.optional(),
});
export type CreateQualificationTypeInput = z.input<typeof createQualificationTypeSchema>;

/**
 * UpdateQualificationType. Name and keywords cannot change (MTurk's rule), so they are not fields here.
 * `retryDelaySeconds: null` asks to switch retries off, which MTurk refuses once they are on.
 */
export const updateQualificationTypeSchema = z.strictObject(
  {
    description: description.optional(),
    status: status.optional(),
    isRequestable: z.boolean().optional(),
    retryDelaySeconds: retryDelaySeconds.nullable().optional(),
    test: xmlDocument("The test").optional(),
    testDurationSeconds: testDurationSeconds.optional(),
    answerKey: xmlDocument("The answer key").optional(),
    autoGranted: z.boolean().optional(),
    autoGrantedValue: qualificationValueSchema.optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `${issue.keys.join(", ")} cannot be changed after the qualification type is created` : undefined) },
);
export type UpdateQualificationTypeInput = z.input<typeof updateQualificationTypeSchema>;

export const reasonSchema = z.string().trim().max(QUALIFICATION_LIMITS.reasonMax, `The reason is at most ${QUALIFICATION_LIMITS.reasonMax} characters`);
/** A reason someone must read (an admin's decision about a type or a Masters grant). */
export const requiredReasonSchema = reasonSchema.pipe(z.string().min(1, "Give a reason; it is sent to the person affected"));

export const workerIdSchema = z
  .string({ error: "Enter a worker id" })
  .trim()
  .regex(/^A[A-Z0-9]{1,63}$/, 'A worker id starts with "A" followed by capital letters and digits');

/** Turns the first zod issue (and every field's first) into an InvalidInput error. */
export function invalidInput(error: z.ZodError, fallback = "Invalid input"): DomainError {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    fieldErrors[key] ??= issue.message;
  }
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? `${first.path.map(String).join(".")}: ` : "";
  return new DomainError("InvalidInput", first ? `${where}${first.message}` : fallback, { fieldErrors });
}

export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}
