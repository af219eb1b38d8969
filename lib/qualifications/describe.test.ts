import { describe, it, expect } from "vitest";
import { describeRequirement } from "./describe";

describe("describeRequirement", () => {
  it("says each comparator in words", () => {
    expect(describeRequirement({ comparator: "GreaterThanOrEqualTo", integerValues: [75] })).toBe("at least 75");
    expect(describeRequirement({ comparator: "In", localeValues: [{ country: "US", subdivision: "WA" }, { country: "CA" }] })).toBe("one of US-WA, CA");
    expect(describeRequirement({ comparator: "Exists" })).toBe("required");
    expect(describeRequirement({ comparator: "DoesNotExist" })).toBe("must not have it");
  });
});
