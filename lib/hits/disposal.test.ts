import { describe, it, expect } from "vitest";
import { disposalRefusal } from "./disposal";

const at = new Date("2026-11-29T12:00:00Z");
const later = new Date("2026-11-30T12:00:00Z");
const earlier = new Date("2026-11-28T12:00:00Z");
const hit = (o: Partial<Parameters<typeof disposalRefusal>[0]> = {}) => ({ status: "Assignable", expiresAt: later, numAvailable: 0, numPending: 0, numSubmitted: 0, ...o });

describe("disposalRefusal", () => {
  it("allows an expired or fully used HIT with nothing in progress or to review", () => {
    expect(disposalRefusal(hit({ expiresAt: earlier, numAvailable: 2 }), at)).toBeNull();
    expect(disposalRefusal(hit({ status: "Reviewable" }), at)).toBeNull();
  });

  it("refuses a live HIT with open assignments, work in progress, work to review, or a deleted HIT", () => {
    expect(disposalRefusal(hit({ numAvailable: 1 }), at)).toMatch(/open assignments/);
    expect(disposalRefusal(hit({ expiresAt: earlier, numPending: 1 }), at)).toMatch(/still working/);
    expect(disposalRefusal(hit({ expiresAt: earlier, numSubmitted: 1 }), at)).toMatch(/to review/);
    expect(disposalRefusal(hit({ status: "Disposed", expiresAt: earlier }), at)).toMatch(/already deleted/);
  });
});
