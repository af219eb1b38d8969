import { describe, expect, it } from "vitest";
import { takeToken } from "./throttle";

describe("per-key throttling", () => {
  it("allows a burst, refuses beyond it, and refills at the steady rate, per key", () => {
    const t = 1_000_000;
    let allowed = 0;
    for (let i = 0; i < 60; i++) if (takeToken("AKPWBURST", t)) allowed++;
    expect(allowed).toBe(40); // PIECEWORK_API_BURST default
    expect(takeToken("AKPWOTHERKEY", t)).toBe(true); // another key has its own bucket
    expect(takeToken("AKPWBURST", t + 10)).toBe(false);
    expect(takeToken("AKPWBURST", t + 100)).toBe(true); // 20/s: two tokens back after 100 ms, one taken
    let later = 0;
    for (let i = 0; i < 60; i++) if (takeToken("AKPWBURST", t + 1100)) later++;
    expect(later).toBe(21); // the one left over, and 20 more after a second
  });
});
