import { describe, expect, it } from "vitest";
import { formatQualificationValue } from "./qualification-value";

describe("formatQualificationValue", () => {
  it("shows an integer, a locale with or without subdivision, and a dash for none", () => {
    expect(formatQualificationValue({ integerValue: 0 })).toBe("0");
    expect(formatQualificationValue({ locale: { country: "US", subdivision: "CA" } })).toBe("US-CA");
    expect(formatQualificationValue({ locale: { country: "DE" } })).toBe("DE");
    expect(formatQualificationValue(undefined)).toBe("—");
  });
});
