import { describe, it, expect } from "vitest";
import { addAssignmentsFormSchema, expirationFormSchema, reviewStatusFormSchema } from "./form-schema";

describe("expirationFormSchema", () => {
  it("reads a datetime-local value as UTC", () => {
    expect(expirationFormSchema.parse({ expireAt: "2026-12-01T09:30" }).expireAt.toISOString()).toBe("2026-12-01T09:30:00.000Z");
  });

  it("refuses malformed and impossible times instead of rolling them over", () => {
    for (const expireAt of ["", "tomorrow", "2026-12-01", "2026-02-30T10:00", "2026-13-01T10:00", "2026-12-01T25:00"]) {
      const r = expirationFormSchema.safeParse({ expireAt });
      expect(r.success, expireAt).toBe(false);
      expect(r.error?.issues[0].path).toEqual(["expireAt"]);
    }
  });
});

describe("addAssignmentsFormSchema", () => {
  it("takes a whole number of at least 1", () => {
    expect(addAssignmentsFormSchema.parse({ count: "3" })).toEqual({ count: 3 });
    for (const count of ["0", "-2", "1.5", "x"]) expect(addAssignmentsFormSchema.safeParse({ count }).success, count).toBe(false);
  });
});

describe("reviewStatusFormSchema", () => {
  it("reads the revert flag", () => {
    expect(reviewStatusFormSchema.parse({ revert: "1" })).toEqual({ revert: true });
    expect(reviewStatusFormSchema.parse({ revert: "0" })).toEqual({ revert: false });
    expect(reviewStatusFormSchema.safeParse({ revert: "yes" }).success).toBe(false);
  });
});
