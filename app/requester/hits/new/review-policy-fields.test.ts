// The Create a HIT form's automatic review fields read into MTurk's policies; the domain checks ranges.
import { describe, expect, it } from "vitest";
import { assignmentReviewPolicySchema, hitReviewPolicySchema } from "@/lib/review-policies/schema";
import { reviewPoliciesFromForm } from "./review-policy-fields";

describe("reviewPoliciesFromForm", () => {
  it("makes no policy when the section is left empty", () => {
    expect(reviewPoliciesFromForm({ pluralityThreshold: "50", pluralityExtendHours: "1" })).toEqual({ ok: true, policies: {} });
  });

  it("reads known answers line by line, several selections split on |, into a policy the domain accepts", () => {
    const r = reviewPoliciesFromForm({ knownAnswers: "q1 = blue\n\n q2 = A | B ", knownApproveAtLeast: "100", knownRejectBelow: "50", knownExtendBelow: "", knownRejectReason: "Wrong" });
    expect(r.ok && r.policies.assignmentReviewPolicy).toEqual({
      policyName: "ScoreMyKnownAnswers/2011-09-01",
      parameters: [
        { key: "AnswerKey", values: [], mapEntries: [{ key: "q1", values: ["blue"] }, { key: "q2", values: ["A", "B"] }] },
        { key: "ApproveIfKnownAnswerScoreIsAtLeast", values: ["100"], mapEntries: [] },
        { key: "RejectIfKnownAnswerScoreIsLessThan", values: ["50"], mapEntries: [] },
        { key: "RejectReason", values: ["Wrong"], mapEntries: [] },
      ],
    });
    expect(assignmentReviewPolicySchema.safeParse(r.ok && r.policies.assignmentReviewPolicy).success).toBe(true);
  });

  it("names the line that is not 'question id = answer'", () => {
    expect(reviewPoliciesFromForm({ knownAnswers: "q1 = blue\nblue" })).toEqual({ ok: false, fieldErrors: { knownAnswers: expect.stringContaining("Line 2") } });
  });

  it("reads plurality settings, turning hours into seconds only when extending, and leaves range errors to the domain", () => {
    const r = reviewPoliciesFromForm({ pluralityQuestions: "q1, q2", pluralityThreshold: "50", pluralityDisregardRejected: "on", pluralityExtendBelow: "100", pluralityExtendMax: "5", pluralityExtendHours: "2" });
    const policy = r.ok ? r.policies.hitReviewPolicy! : null;
    expect(policy!.parameters.map((p) => [p.key, p.values[0]])).toEqual([
      ["QuestionIds", "q1, q2"],
      ["QuestionAgreementThreshold", "50"],
      ["DisregardAssignmentIfRejected", "true"],
      ["ExtendIfHITAgreementScoreIsLessThan", "100"],
      ["ExtendMaximumAssignments", "5"],
      ["ExtendMinimumTimeInSeconds", "7200"],
    ]);
    expect(hitReviewPolicySchema.safeParse(policy).success).toBe(true);
    const tooHigh = reviewPoliciesFromForm({ pluralityQuestions: "q1", pluralityThreshold: "150" });
    const parsed = hitReviewPolicySchema.safeParse(tooHigh.ok && tooHigh.policies.hitReviewPolicy);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].message).toContain("QuestionAgreementThreshold must be a whole number from 0 to 100");
  });
});
