import { describe, it, expect } from "vitest";
import { statusFromCounters, effectiveStatus } from "./status";

const c = (numAvailable: number, numPending: number, numSubmitted = 0, numCompleted = 0) => ({ numAvailable, numPending, numSubmitted, numCompleted });
const t0 = new Date("2026-11-29T12:00:00Z");
const later = new Date("2026-11-29T13:00:00Z");

describe("HIT status", () => {
  it("follows the slot counters while live", () => {
    expect(statusFromCounters("Assignable", c(1, 2))).toBe("Assignable");
    expect(statusFromCounters("Assignable", c(0, 1, 2))).toBe("Unassignable");
    expect(statusFromCounters("Unassignable", c(0, 0, 3))).toBe("Reviewable");
    expect(statusFromCounters("Reviewable", c(1, 0, 2))).toBe("Assignable");
  });

  it("keeps Reviewing and Disposed until changed on purpose", () => {
    expect(statusFromCounters("Reviewing", c(1, 0))).toBe("Reviewing");
    expect(statusFromCounters("Disposed", c(1, 0))).toBe("Disposed");
  });

  it("is never Assignable once expired, even before the sweep ran", () => {
    const hit = { ...c(2, 0, 1), status: "Assignable", expiresAt: later };
    expect(effectiveStatus(hit, t0)).toBe("Assignable");
    expect(effectiveStatus(hit, later)).toBe("Reviewable");
    expect(effectiveStatus({ ...hit, numPending: 1 }, later)).toBe("Unassignable");
    expect(effectiveStatus({ ...hit, status: "Reviewing" }, later)).toBe("Reviewing");
  });
});
