import { describe, expect, it } from "vitest";
import { howToGet, retryRule } from "./qualification-how";

describe("howToGet", () => {
  it("says whether there is a test, how long it takes and who scores it, or who grants it", () => {
    expect(howToGet({ hasTest: true, testDurationSeconds: 600, autoGranted: false, scoredAutomatically: true })).toBe("Take a test (10 min), scored as soon as you submit");
    expect(howToGet({ hasTest: true, testDurationSeconds: 5400, autoGranted: false, scoredAutomatically: false })).toBe("Take a test (1 h 30 min), reviewed by the requester");
    expect(howToGet({ hasTest: false, testDurationSeconds: null, autoGranted: true, scoredAutomatically: false })).toBe("Granted at once when you request it");
    expect(howToGet({ hasTest: false, testDurationSeconds: null, autoGranted: false, scoredAutomatically: false })).toBe("Request it; the requester decides");
  });
});

describe("retryRule", () => {
  it("tells apart no retries, retries at any time and a delay", () => {
    expect([retryRule(null), retryRule(0), retryRule(3600)]).toEqual(["One attempt only: no retries", "You can retry at any time", "You can retry 1 h after your last attempt"]);
  });
});
