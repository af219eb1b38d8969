import { describe, it, expect } from "vitest";
import { COMPARATOR_LABELS, describeRequirement, requirementSentence } from "./describe";
import { COMPARATORS } from "./schema";

describe("describeRequirement", () => {
  it("says each comparator in words", () => {
    expect(describeRequirement({ comparator: "GreaterThanOrEqualTo", integerValues: [75] })).toBe("at least 75");
    expect(describeRequirement({ comparator: "In", localeValues: [{ country: "US", subdivision: "WA" }, { country: "CA" }] })).toBe("one of US-WA, CA");
    expect(describeRequirement({ comparator: "Exists" })).toBe("required");
    expect(describeRequirement({ comparator: "DoesNotExist" })).toBe("must not have it");
  });
});

describe("requirementSentence", () => {
  it("says who qualifies and what everyone else can still do", () => {
    expect(requirementSentence("HIT Approval Rate (%)", { comparator: "GreaterThanOrEqualTo", integerValues: [95], actionsGuarded: "Accept" })).toBe(
      "Workers need “HIT Approval Rate (%)” at least 95; others can find and preview the HIT but not accept it.",
    );
    expect(requirementSentence("Masters", { comparator: "Exists", actionsGuarded: "DiscoverPreviewAndAccept" })).toBe("Workers must have “Masters”; others do not see the HIT at all.");
    expect(requirementSentence("Location", { comparator: "NotIn", localeValues: [{ country: "US", subdivision: "NY" }], actionsGuarded: "PreviewAndAccept" })).toBe(
      "Workers need “Location” none of US-NY; others can find the HIT but not preview or accept it.",
    );
  });

  it("has words for every comparator", () => {
    expect(Object.keys(COMPARATOR_LABELS).sort()).toEqual([...COMPARATORS].sort());
    expect(new Set(Object.values(COMPARATOR_LABELS)).size).toBe(COMPARATORS.length);
  });
});
