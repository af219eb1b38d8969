import { describe, expect, it } from "vitest";
import { isDomainError, type DomainError } from "@/lib/errors";
import {
  createQualificationTypeSchema,
  parseOrThrow,
  requirementInputSchema,
  requirementsInputSchema,
  updateQualificationTypeSchema,
  type RequirementInput,
} from "./schema";
import { SYSTEM_QUALIFICATION_IDS } from "./system-ids";

const CUSTOM = "3TL87MO8CLOFYXKXNRLM00EXAMPLE";
const LOCALE = SYSTEM_QUALIFICATION_IDS.locale;

function refusal(schema: Parameters<typeof parseOrThrow>[0], raw: unknown): DomainError {
  try {
    parseOrThrow(schema, raw);
  } catch (e) {
    if (isDomainError(e)) {
      expect(e.code).toBe("InvalidInput");
      return e;
    }
    throw e;
  }
  throw new Error("expected the input to be refused");
}
const req = (r: Partial<RequirementInput>): RequirementInput => ({ qualificationTypeId: CUSTOM, comparator: "GreaterThan", integerValues: [1], ...r });

describe("requirementInputSchema", () => {
  it("defaults ActionsGuarded to Accept and fills empty value lists", () => {
    expect(requirementInputSchema.parse(req({}))).toEqual({
      qualificationTypeId: CUSTOM,
      comparator: "GreaterThan",
      integerValues: [1],
      localeValues: [],
      actionsGuarded: "Accept",
    });
  });

  it("maps the deprecated RequiredToPreview: true to PreviewAndAccept; ActionsGuarded wins when both are sent", () => {
    expect(requirementInputSchema.parse(req({ requiredToPreview: true })).actionsGuarded).toBe("PreviewAndAccept");
    expect(requirementInputSchema.parse(req({ requiredToPreview: false })).actionsGuarded).toBe("Accept");
    expect(requirementInputSchema.parse(req({ requiredToPreview: true, actionsGuarded: "DiscoverPreviewAndAccept" })).actionsGuarded).toBe("DiscoverPreviewAndAccept");
  });

  it("numeric comparators take exactly one integer", () => {
    for (const comparator of ["LessThan", "LessThanOrEqualTo", "GreaterThan", "GreaterThanOrEqualTo", "EqualTo", "NotEqualTo"] as const) {
      expect(requirementInputSchema.parse(req({ comparator, integerValues: [5] })).integerValues).toEqual([5]);
      expect(refusal(requirementInputSchema, req({ comparator, integerValues: [5, 6] })).message).toMatch(`${comparator} needs exactly one`);
      expect(refusal(requirementInputSchema, req({ comparator, integerValues: [] })).message).toMatch(`${comparator} needs exactly one`);
    }
    expect(refusal(requirementInputSchema, req({ integerValues: [1.5] })).message).toMatch(/whole number/);
  });

  it("In and NotIn take 1 to 15 integers or 1 to 30 locales", () => {
    const fifteen = Array.from({ length: 15 }, (_, i) => i);
    expect(requirementInputSchema.parse(req({ comparator: "In", integerValues: fifteen })).integerValues).toHaveLength(15);
    expect(refusal(requirementInputSchema, req({ comparator: "NotIn", integerValues: [...fifteen, 15] })).message).toMatch(/at most 15 integer values/);
    expect(refusal(requirementInputSchema, req({ comparator: "In", integerValues: [] })).message).toMatch(/In needs at least one value/);
    const countries = Array.from({ length: 30 }, (_, i) => ({ country: `A${String.fromCharCode(65 + (i % 26))}` }));
    expect(requirementInputSchema.parse({ qualificationTypeId: LOCALE, comparator: "In", localeValues: countries }).localeValues).toHaveLength(30);
    expect(refusal(requirementInputSchema, { qualificationTypeId: LOCALE, comparator: "NotIn", localeValues: [...countries, { country: "US" }] }).message).toMatch(
      /at most 30 locale values/,
    );
  });

  it("Exists and DoesNotExist take no values", () => {
    expect(requirementInputSchema.parse({ qualificationTypeId: CUSTOM, comparator: "Exists" }).integerValues).toEqual([]);
    expect(refusal(requirementInputSchema, req({ comparator: "DoesNotExist", integerValues: [1] })).message).toMatch(/DoesNotExist compares no value/);
  });

  it("locale values belong to the Locale qualification, with EqualTo, NotEqualTo, In or NotIn, and one value for EqualTo", () => {
    const wa = requirementInputSchema.parse({ qualificationTypeId: LOCALE, comparator: "EqualTo", localeValues: [{ country: "us", subdivision: "wa" }] });
    expect(wa.localeValues).toEqual([{ country: "US", subdivision: "WA" }]);
    expect(refusal(requirementInputSchema, { qualificationTypeId: CUSTOM, comparator: "EqualTo", localeValues: [{ country: "US" }] }).message).toMatch(
      /only be used with the Locale qualification/,
    );
    expect(refusal(requirementInputSchema, { qualificationTypeId: LOCALE, comparator: "EqualTo", integerValues: [1] }).message).toMatch(/not integers/);
    expect(refusal(requirementInputSchema, { qualificationTypeId: LOCALE, comparator: "GreaterThan", localeValues: [{ country: "US" }] }).message).toMatch(
      /A locale can only be EqualTo, NotEqualTo, In, NotIn/,
    );
    expect(refusal(requirementInputSchema, { qualificationTypeId: LOCALE, comparator: "NotEqualTo", localeValues: [{ country: "US" }, { country: "CA" }] }).message).toMatch(
      /NotEqualTo needs exactly one value/,
    );
    expect(refusal(requirementInputSchema, { qualificationTypeId: LOCALE, comparator: "EqualTo", localeValues: [{ country: "USA" }] }).message).toMatch(/two-character ISO 3166/);
  });

  it("refuses an unknown comparator or action, and a malformed type id", () => {
    expect(refusal(requirementInputSchema, req({ comparator: "Between" as never })).message).toMatch(/Comparator must be one of LessThan/);
    expect(refusal(requirementInputSchema, req({ actionsGuarded: "Preview" as never })).message).toMatch(/ActionsGuarded must be one of Accept/);
    expect(refusal(requirementInputSchema, req({ qualificationTypeId: "abc" })).message).toMatch(/capital letters and digits/);
  });

  it("allows at most 10 requirements per HIT type", () => {
    expect(requirementsInputSchema.parse(Array.from({ length: 10 }, () => req({})))).toHaveLength(10);
    expect(refusal(requirementsInputSchema, Array.from({ length: 11 }, () => req({}))).message).toMatch(/at most 10 qualification requirements/);
  });
});

describe("qualification type schemas", () => {
  const base = { name: "English", description: "Grammar test" };

  it("applies MTurk's limits with clear messages", () => {
    expect(createQualificationTypeSchema.parse(base)).toMatchObject({ status: "Active", keywords: "", autoGranted: false });
    expect(refusal(createQualificationTypeSchema, { ...base, name: " " }).fieldErrors).toEqual({ name: "Give the qualification a name" });
    expect(refusal(createQualificationTypeSchema, { ...base, name: "n".repeat(257) }).message).toMatch(/Names are at most 256/);
    expect(refusal(createQualificationTypeSchema, { ...base, description: "d".repeat(2001) }).message).toMatch(/Descriptions are at most 2000/);
    expect(refusal(createQualificationTypeSchema, { ...base, keywords: "k".repeat(1001) }).message).toMatch(/Keywords are at most 1000/);
    expect(refusal(createQualificationTypeSchema, { ...base, status: "Disposing" }).message).toMatch(/Active or Inactive/);
    expect(refusal(createQualificationTypeSchema, { ...base, testDurationSeconds: 10 }).message).toMatch(/at least 30 seconds/);
    expect(refusal(createQualificationTypeSchema, { ...base, retryDelaySeconds: -1 }).message).toMatch(/at least 0 seconds/);
  });

  it("the update has no name or keywords to change", () => {
    expect(refusal(updateQualificationTypeSchema, { name: "New name" }).message).toMatch(/name cannot be changed/);
    expect(refusal(updateQualificationTypeSchema, { keywords: "x" }).message).toMatch(/keywords cannot be changed/);
    expect(updateQualificationTypeSchema.parse({ retryDelaySeconds: null })).toEqual({ retryDelaySeconds: null });
  });
});
