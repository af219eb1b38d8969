import { describe, expect, it } from "vitest";
import { mturkTime } from "./results-csv";
import { answerValue } from "./queries";

describe("results CSV cells", () => {
  it("writes dates as MTurk's results do", () => {
    expect(mturkTime(new Date("2026-11-29T09:05:07Z"))).toBe("Sun Nov 29 09:05:07 UTC 2026");
    expect(mturkTime(null)).toBe("");
  });
  it("writes each answer kind as one cell", () => {
    expect(answerValue({ questionIdentifier: "a", freeText: "x, y" })).toBe("x, y");
    expect(answerValue({ questionIdentifier: "a", selectionIdentifiers: ["red", "blue"], otherSelectionText: "teal" })).toBe("red|blue|teal");
    expect(answerValue({ questionIdentifier: "a", uploadedFileKey: "K", uploadedFileSizeInBytes: 3 })).toBe("K");
  });
});
