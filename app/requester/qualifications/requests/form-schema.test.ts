import { describe, expect, it } from "vitest";
import { acceptFormSchema, rejectFormSchema } from "./form-schema";

const id = "Q".repeat(30);

describe("request decision forms", () => {
  it("accepts with 1 when the value is blank, or the value typed", () => {
    expect(acceptFormSchema.parse({ requestId: id, value: "" })).toEqual({ requestId: id, value: 1 });
    expect(acceptFormSchema.parse({ requestId: id, value: "85" })).toEqual({ requestId: id, value: 85 });
    expect(acceptFormSchema.safeParse({ requestId: id, value: "high" }).error?.issues[0]).toMatchObject({ path: ["value"], message: "The value must be a whole number" });
  });

  it("a rejection needs a reason for the worker and a real request id", () => {
    const r = rejectFormSchema.safeParse({ requestId: "../other", reason: "  " });
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["reason", "requestId"]);
    expect(rejectFormSchema.parse({ requestId: id, reason: " Too many mistakes " })).toEqual({ requestId: id, reason: "Too many mistakes" });
  });
});
