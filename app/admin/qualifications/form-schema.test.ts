import { describe, expect, it } from "vitest";
import { deactivateFormSchema, moderationHref, moderationQuerySchema, revokeMastersFormSchema } from "./form-schema";

const typeId = "Q".repeat(30);
const workerId = "A" + "W".repeat(13);

describe("moderation query string", () => {
  it("keeps known filters and drops malformed ones instead of failing", () => {
    expect(moderationQuerySchema.parse({ q: " zebra ", status: "Inactive", page: "3", worker: "w@example.com" })).toEqual({ q: "zebra", status: "Inactive", page: 3, worker: "w@example.com" });
    expect(moderationQuerySchema.parse({ status: "Disposing", page: "-1", q: ["a", "b"] })).toEqual({ status: undefined, page: undefined, q: "a", worker: undefined });
  });

  it("builds links without empty parameters or page 1", () => {
    expect(moderationHref({ q: "", status: "Active", page: 1 })).toBe("/admin/qualifications?status=Active");
    expect(moderationHref({ q: "a b", page: 2 })).toBe("/admin/qualifications?q=a+b&page=2");
    expect(moderationHref({})).toBe("/admin/qualifications");
  });
});

describe("moderation forms", () => {
  it("needs a reason to deactivate a type and to revoke Masters", () => {
    expect(deactivateFormSchema.parse({ typeId, reason: "  Spam  " })).toEqual({ typeId, reason: "Spam" });
    expect(deactivateFormSchema.safeParse({ typeId, reason: "   " }).error?.issues[0]).toMatchObject({ path: ["reason"], message: "Give a reason the owner will read" });
    expect(revokeMastersFormSchema.safeParse({ workerId, reason: "" }).error?.issues[0]).toMatchObject({ path: ["reason"] });
    expect(revokeMastersFormSchema.safeParse({ workerId: "bob", reason: "r".repeat(1025) }).error?.issues.map((i) => i.path[0]).sort()).toEqual(["reason", "workerId"]);
  });
});
