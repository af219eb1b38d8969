import { describe, it, expect } from "vitest";
import { createHitFormSchema } from "./form-schema";
import { requirementErrorsForForm } from "./requirement-rows";

const form = {
  title: "T",
  description: "D",
  keywords: "",
  reward: "0.25",
  maxAssignments: "3",
  duration: "30",
  durationUnit: "minutes",
  lifetime: "2",
  lifetimeUnit: "days",
  autoApproval: "1",
  autoApprovalUnit: "hours",
  questionSpec: "{}",
};

describe("create HIT form", () => {
  it("turns dollars and units into cents and seconds", () => {
    expect(createHitFormSchema.parse(form)).toMatchObject({
      rewardCents: 25,
      maxAssignments: 3,
      assignmentDurationSeconds: 1800,
      lifetimeSeconds: 172_800,
      autoApprovalDelaySeconds: 3600,
    });
    expect(createHitFormSchema.parse({ ...form, reward: "12" }).rewardCents).toBe(1200);
    expect(createHitFormSchema.parse({ ...form, reward: "1.5" }).rewardCents).toBe(150);
  });

  it("refuses malformed amounts and units with messages", () => {
    const bad = createHitFormSchema.safeParse({ ...form, reward: "1.234", maxAssignments: "2.5", durationUnit: "weeks", duration: "-1" });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["reward", "maxAssignments", "durationUnit", "duration"]));
  });
});

const PERCENT = "000000000000000000L0";
const LOCALE = "00000000000000000071";
const MASTERS = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH";
const OWN = "Q".repeat(30);
const row = (qualificationTypeId: string, comparator: string, value = "", actionsGuarded = "") => ({ qualificationTypeId, comparator, value, actionsGuarded });
const withRows = (rows: unknown) => createHitFormSchema.safeParse({ ...form, requirements: JSON.stringify(rows) });
const errorsOf = (rows: unknown) => {
  const r = withRows(rows);
  expect(r.success).toBe(false);
  return Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
};

describe("worker requirements on the create HIT form", () => {
  it("turns rows into the domain's requirements: integers, locales with subdivisions, lists, presence, and the default guard", () => {
    const r = withRows([
      row(PERCENT, "GreaterThanOrEqualTo", " 95 ", "PreviewAndAccept"),
      row(LOCALE, "In", "us, ca-on;GB"),
      row(MASTERS, "Exists", "stale value from another comparator"),
      row(OWN, "NotIn", "1 2 3", "DiscoverPreviewAndAccept"),
    ]);
    expect(r.success).toBe(true);
    expect(r.data!.qualificationRequirements).toEqual([
      { qualificationTypeId: PERCENT, comparator: "GreaterThanOrEqualTo", integerValues: [95], localeValues: [], actionsGuarded: "PreviewAndAccept" },
      { qualificationTypeId: LOCALE, comparator: "In", integerValues: [], localeValues: [{ country: "US" }, { country: "CA", subdivision: "ON" }, { country: "GB" }], actionsGuarded: "Accept" },
      { qualificationTypeId: MASTERS, comparator: "Exists", integerValues: [], localeValues: [], actionsGuarded: "Accept" },
      { qualificationTypeId: OWN, comparator: "NotIn", integerValues: [1, 2, 3], localeValues: [], actionsGuarded: "DiscoverPreviewAndAccept" },
    ]);
    // No field, or an empty list, is no requirement at all.
    expect(createHitFormSchema.parse(form).qualificationRequirements).toEqual([]);
    expect(withRows([]).data!.qualificationRequirements).toEqual([]);
  });

  it("refuses more than 10 rows, and a field that is not JSON", () => {
    expect(errorsOf(Array.from({ length: 11 }, () => row(MASTERS, "Exists")))).toEqual({ requirements: "Add at most 10 worker requirements" });
    const bad = createHitFormSchema.safeParse({ ...form, requirements: "[{" });
    expect(bad.error!.issues[0]).toMatchObject({ path: ["requirements"], message: expect.stringContaining("could not be read") });
  });

  it("reports bad comparator and value combinations on the row and field they belong to, in words", () => {
    expect(
      errorsOf([
        row(PERCENT, "GreaterThanOrEqualTo", ""), // needs a value
        row(PERCENT, "GreaterThan", "1, 2"), // one value only
        row(OWN, "EqualTo", "ninety"), // not a number
        row(LOCALE, "GreaterThan", "US"), // locales have no order
        row(LOCALE, "EqualTo", "USA"), // not a two-letter code
        row(OWN, "In", Array.from({ length: 16 }, (_, i) => i).join(",")), // at most 15 integers
        row(LOCALE, "NotIn", Array.from({ length: 31 }, () => "US").join(",")), // at most 30 locales
        row("", "Exists"),
        row(OWN, "Between", "1"),
        row(OWN, "Exists", "", "Everything"),
      ]),
    ).toEqual({
      "requirements.0.value": "“at least” needs exactly one integer value",
      "requirements.1.value": "“more than” needs exactly one integer value",
      "requirements.2.value": "The value must be a whole number",
      "requirements.3.comparator": expect.stringContaining("A locale can only be “exactly”"),
      "requirements.4.value": 'Country must be a two-character ISO 3166 code, such as "US"',
      "requirements.5.value": "“one of” takes at most 15 integer values",
      "requirements.6.value": "“none of” takes at most 30 locale values",
      "requirements.7.qualificationTypeId": "Choose a qualification type",
      "requirements.8.comparator": expect.stringContaining("Comparator must be one of"),
      "requirements.9.actionsGuarded": expect.stringContaining("ActionsGuarded must be one of"),
    });
  });
});

describe("requirement errors from the domain", () => {
  it("moves them beside the row they belong to and leaves other errors alone", () => {
    expect(requirementErrorsForForm({ "1.qualificationTypeId": "No such qualification type of yours", title: "Give the HIT a title" })).toEqual({
      "requirements.1.qualificationTypeId": "No such qualification type of yours",
      title: "Give the HIT a title",
    });
    expect(requirementErrorsForForm({ "0.integerValues": "GreaterThan needs exactly one integer value" })).toEqual({ "requirements.0.value": "“more than” needs exactly one integer value" });
    expect(requirementErrorsForForm({ title: "Give the HIT a title" })).toBeNull();
  });
});
