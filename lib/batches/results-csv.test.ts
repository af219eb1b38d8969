import { describe, expect, it } from "vitest";
import { mturkTime } from "./results-csv";

describe("results CSV cells", () => {
  it("writes dates as MTurk's results do", () => {
    expect(mturkTime(new Date("2026-11-29T09:05:07Z"))).toBe("Sun Nov 29 09:05:07 UTC 2026");
    expect(mturkTime(null)).toBe("");
  });
});
