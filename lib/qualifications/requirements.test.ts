// The comparator truth table, with integer and locale values and a worker who lacks the qualification.
import { describe, expect, it } from "vitest";
import { guardsOf, localeMatches, meetsRequirement } from "./requirements";
import { COMPARATORS, type Comparator, type Locale } from "./schema";
import type { QualificationValue } from "./system";
import { percentAssignmentsApproved, PERCENT_APPROVED_MIN_REVIEWED } from "./system";

const int = (comparator: Comparator, ...integerValues: number[]) => ({ comparator, integerValues, localeValues: [] as Locale[] });
const loc = (comparator: Comparator, ...localeValues: Locale[]) => ({ comparator, integerValues: [] as number[], localeValues });
const has = (integerValue: number): QualificationValue => ({ integerValue });
const at = (country: string, subdivision?: string): QualificationValue => ({ locale: subdivision ? { country, subdivision } : { country } });

describe("meetsRequirement with integer values", () => {
  // Requirement value 50; worker values below, equal to and above it; then a worker without the qualification.
  const table: [Comparator, number[], [boolean, boolean, boolean], boolean][] = [
    //  comparator              values      40     50     60     missing
    ["LessThan", [50], [true, false, false], false],
    ["LessThanOrEqualTo", [50], [true, true, false], false],
    ["GreaterThan", [50], [false, false, true], false],
    ["GreaterThanOrEqualTo", [50], [false, true, true], false],
    ["EqualTo", [50], [false, true, false], false],
    ["NotEqualTo", [50], [true, false, true], false],
    ["Exists", [], [true, true, true], false],
    ["DoesNotExist", [], [false, false, false], true],
    ["In", [10, 50, 90], [false, true, false], false],
    ["NotIn", [10, 50, 90], [true, false, true], false],
  ];

  it("covers all ten comparators", () => {
    expect(table.map(([c]) => c).sort()).toEqual([...COMPARATORS].sort());
  });

  for (const [comparator, values, [below, equal, above], missing] of table) {
    it(`${comparator} ${values.join(",") || "(no value)"}: 40 → ${below}, 50 → ${equal}, 60 → ${above}, no qualification → ${missing}`, () => {
      const req = int(comparator, ...values);
      expect(meetsRequirement(req, has(40))).toBe(below);
      expect(meetsRequirement(req, has(50))).toBe(equal);
      expect(meetsRequirement(req, has(60))).toBe(above);
      expect(meetsRequirement(req, undefined)).toBe(missing);
    });
  }

  it("a qualification held without an integer value exists but compares to nothing", () => {
    expect(meetsRequirement(int("Exists"), {})).toBe(true);
    expect(meetsRequirement(int("DoesNotExist"), {})).toBe(false);
    expect(meetsRequirement(int("NotEqualTo", 1), {})).toBe(false);
    expect(meetsRequirement(int("NotIn", 1, 2), {})).toBe(false);
    expect(meetsRequirement(int("EqualTo", 1), at("US"))).toBe(false);
  });

  it("negative values and zero compare as integers", () => {
    expect(meetsRequirement(int("LessThan", 0), has(-1))).toBe(true);
    expect(meetsRequirement(int("GreaterThanOrEqualTo", 0), has(0))).toBe(true);
    expect(meetsRequirement(int("GreaterThan", -5), has(-6))).toBe(false);
  });
});

describe("meetsRequirement with locale values", () => {
  const US = { country: "US" };
  const US_WA = { country: "US", subdivision: "WA" };
  const CA = { country: "CA" };

  // Workers: in Washington, in California, in the US without a subdivision, in Canada, and with no locale.
  const workers = { wa: at("US", "WA"), ca: at("US", "CA"), us: at("US"), canada: at("CA"), none: undefined };
  const table: [string, ReturnType<typeof loc>, Record<keyof typeof workers, boolean>][] = [
    ["EqualTo US (any subdivision)", loc("EqualTo", US), { wa: true, ca: true, us: true, canada: false, none: false }],
    ["EqualTo US-WA", loc("EqualTo", US_WA), { wa: true, ca: false, us: false, canada: false, none: false }],
    ["NotEqualTo US", loc("NotEqualTo", US), { wa: false, ca: false, us: false, canada: true, none: false }],
    ["NotEqualTo US-WA", loc("NotEqualTo", US_WA), { wa: false, ca: true, us: true, canada: true, none: false }],
    ["In [US-WA, CA]", loc("In", US_WA, CA), { wa: true, ca: false, us: false, canada: true, none: false }],
    ["NotIn [US-WA, CA]", loc("NotIn", US_WA, CA), { wa: false, ca: true, us: true, canada: false, none: false }],
    ["Exists", loc("Exists"), { wa: true, ca: true, us: true, canada: true, none: false }],
    ["DoesNotExist", loc("DoesNotExist"), { wa: false, ca: false, us: false, canada: false, none: true }],
  ];
  for (const [label, req, expected] of table) {
    it(label, () => {
      const actual = Object.fromEntries(Object.entries(workers).map(([name, value]) => [name, meetsRequirement(req, value)]));
      expect(actual).toEqual(expected);
    });
  }

  it("a locale requirement never matches an integer-only value, nor an ordering comparator", () => {
    expect(meetsRequirement(loc("EqualTo", US), has(1))).toBe(false);
    expect(meetsRequirement(loc("NotEqualTo", US), has(1))).toBe(false);
    expect(meetsRequirement(loc("LessThan", US), at("US"))).toBe(false);
  });

  it("localeMatches: a country-only locale matches its subdivisions, not the other way round", () => {
    expect(localeMatches(US, { country: "US", subdivision: "NY" })).toBe(true);
    expect(localeMatches(US_WA, { country: "US" })).toBe(false);
    expect(localeMatches(CA, { country: "US" })).toBe(false);
  });
});

describe("guardsOf", () => {
  it("maps ActionsGuarded to the actions a failed requirement blocks", () => {
    expect(guardsOf("Accept")).toEqual(["Accept"]);
    expect(guardsOf("PreviewAndAccept")).toEqual(["Preview", "Accept"]);
    expect(guardsOf("DiscoverPreviewAndAccept")).toEqual(["Discover", "Preview", "Accept"]);
  });
});

describe("percentAssignmentsApproved", () => {
  it(`is 100 until ${PERCENT_APPROVED_MIN_REVIEWED} assignments were reviewed, then approved / reviewed rounded down`, () => {
    expect(PERCENT_APPROVED_MIN_REVIEWED).toBe(10);
    expect(percentAssignmentsApproved(0, 0)).toBe(100);
    expect(percentAssignmentsApproved(0, 9)).toBe(100);
    expect(percentAssignmentsApproved(5, 4)).toBe(100);
    expect(percentAssignmentsApproved(0, 10)).toBe(0);
    expect(percentAssignmentsApproved(7, 3)).toBe(70);
    expect(percentAssignmentsApproved(10, 0)).toBe(100);
    expect(percentAssignmentsApproved(199, 1)).toBe(99); // 99.5 rounds down: 100 means never rejected
    expect(percentAssignmentsApproved(2, 1 + 8)).toBe(18); // 2 / 11 = 18.18
  });
});
