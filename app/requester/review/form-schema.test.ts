import { describe, it, expect } from "vitest";
import { reviewFormSchema } from "./form-schema";

const id = (c: string) => c.repeat(30);

describe("reviewFormSchema", () => {
  it("takes one id or many, and trims the feedback", () => {
    expect(reviewFormSchema.parse({ assignmentId: id("A"), decision: "approve" })).toEqual({ assignmentId: [id("A")], decision: "approve", feedback: "" });
    expect(reviewFormSchema.parse({ assignmentId: [id("A"), id("B")], decision: "reject", feedback: "  Blank answers. " })).toEqual({
      assignmentId: [id("A"), id("B")],
      decision: "reject",
      feedback: "Blank answers.",
    });
  });

  it("requires feedback to reject, at most 1024 characters, and at least one selection", () => {
    const noFeedback = reviewFormSchema.safeParse({ assignmentId: id("A"), decision: "reject", feedback: "   " });
    expect(noFeedback.error?.issues[0]).toMatchObject({ path: ["feedback"], message: "Feedback is required to reject" });
    expect(reviewFormSchema.safeParse({ assignmentId: id("A"), decision: "approve", feedback: "x".repeat(1025) }).error?.issues[0].path).toEqual(["feedback"]);
    expect(reviewFormSchema.safeParse({ decision: "approve" }).error?.issues[0]).toMatchObject({ path: ["assignmentId"], message: "Select at least one submission" });
    expect(reviewFormSchema.safeParse({ assignmentId: "../x", decision: "approve" }).success).toBe(false);
    expect(reviewFormSchema.safeParse({ assignmentId: id("A"), decision: "maybe" }).success).toBe(false);
  });
});
