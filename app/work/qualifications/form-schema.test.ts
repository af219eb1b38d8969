import { describe, expect, it } from "vitest";
import { qualificationsQuerySchema, qualificationTypeFormSchema, safeWorkPath, testSubmissionFormSchema } from "./form-schema";

const id = "Q".repeat(30);

describe("safeWorkPath", () => {
  it("keeps local /work paths with their query", () => {
    expect(safeWorkPath("/work/groups/ABC")).toBe("/work/groups/ABC");
    expect(safeWorkPath("/work?q=cats")).toBe("/work?q=cats");
    expect(safeWorkPath("/work/groups/ABC/../x")).toBe("/work/groups/x"); // normalized before the check
  });

  it("drops other sites, other areas and tricks", () => {
    for (const bad of ["https://evil.example/work", "//evil.example/work", "/\\evil.example", "/requester/hits", "/workshop", "/work/../admin", "javascript:alert(1)", "/work\n", "", undefined, 42]) {
      expect(safeWorkPath(bad), String(bad)).toBeUndefined();
    }
  });
});

describe("qualificationTypeFormSchema", () => {
  it("takes a type id and a safe return path; an unsafe one is dropped, not an error", () => {
    expect(qualificationTypeFormSchema.parse({ typeId: id, returnTo: "/work/groups/G" })).toEqual({ typeId: id, returnTo: "/work/groups/G" });
    expect(qualificationTypeFormSchema.parse({ typeId: id, returnTo: "https://evil.example" })).toEqual({ typeId: id, returnTo: undefined });
  });

  it("refuses a malformed type id with a message", () => {
    const r = qualificationTypeFormSchema.safeParse({ typeId: "nope" });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["typeId", "Choose a qualification"]]);
  });
});

describe("testSubmissionFormSchema", () => {
  it("needs a well-formed attempt id", () => {
    expect(testSubmissionFormSchema.parse({ requestId: id, q1: "x" })).toEqual({ requestId: id, returnTo: undefined });
    expect(testSubmissionFormSchema.safeParse({ requestId: "" }).error?.issues[0].message).toBe("That test does not exist");
  });
});

describe("qualificationsQuerySchema", () => {
  it("falls back to the first tab and page on nonsense", () => {
    expect(qualificationsQuerySchema.parse({ tab: "admin", page: "-3", q: "  grammar " })).toEqual({ tab: "find", page: 1, q: "grammar" });
    expect(qualificationsQuerySchema.parse({ tab: "requests", page: "2" })).toEqual({ tab: "requests", page: 2, q: undefined });
  });
});
