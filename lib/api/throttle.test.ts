import { describe, expect, it } from "vitest";
import { takeToken } from "./throttle";

describe("per-key throttling", () => {
  it("allows a burst, refuses beyond it, and refills at the steady rate, per key", () => {
    const t = 1_000_000;
    let allowed = 0;
    for (let i = 0; i < 150; i++) if (takeToken("AKPWBURST", t)) allowed++;
    expect(allowed).toBe(100); // PIECEWORK_API_BURST default
    expect(takeToken("AKPWOTHERKEY", t)).toBe(true); // another key has its own bucket
    expect(takeToken("AKPWBURST", t + 10)).toBe(false);
    expect(takeToken("AKPWBURST", t + 40)).toBe(true); // 50/s: two tokens back after 40 ms, one taken
    let later = 0;
    for (let i = 0; i < 150; i++) if (takeToken("AKPWBURST", t + 1040)) later++;
    expect(later).toBe(51); // the one left over, and 50 more after a second
  });
});
