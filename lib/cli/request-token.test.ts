import { describe, expect, it } from "vitest";
import { bonusRequestToken, existingHitId, rowRequestToken } from "./request-token";

describe("request tokens", () => {
  it("depend only on the label and row number, stay within MTurk's 64 characters, and differ by row and label", () => {
    expect(rowRequestToken("sentiment", 1)).toBe("sentiment#1");
    expect(rowRequestToken("sentiment", 1)).toBe(rowRequestToken("sentiment", 1));
    const long = "x".repeat(100);
    expect(rowRequestToken(long, 123456).length).toBeLessThanOrEqual(64);
    expect(rowRequestToken(long, 1)).not.toBe(rowRequestToken(long, 2));
    expect(rowRequestToken(long, 1)).not.toBe(rowRequestToken(`${long}y`, 1));
  });

  it("find the HIT an earlier request made in MTurk's HitAlreadyExists message", () => {
    expect(existingHitId('The request token "sentiment#1" was used within the last 24 hours to create HIT 3ABCDEFGHIJKLMNOPQRSTUVWXYZ012.')).toBe("3ABCDEFGHIJKLMNOPQRSTUVWXYZ012");
    expect(existingHitId("Something else")).toBeUndefined();
  });

  it("make the same bonus the same token, and any difference a different one", () => {
    const t = bonusRequestToken("A1", "AS1", "0.50", "great");
    expect(t).toBe(bonusRequestToken("A1", "AS1", "0.50", "great"));
    expect(t.length).toBeLessThanOrEqual(64);
    expect(t).not.toBe(bonusRequestToken("A1", "AS1", "0.50", "great!"));
  });
});
