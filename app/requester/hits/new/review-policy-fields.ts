// The "Automatic review" part of the Create a HIT form, read into MTurk's two review policies. Only the
// form's own syntax is checked here (the known-answer lines); ranges and required parameters are the
// domain's (lib/review-policies/settings.ts), so the form and the API refuse the same things.
import type { ReviewPolicy } from "@/lib/review-policies/schema";
import { POLICIES } from "@/lib/review-policies/schema";

type Fields = Record<string, FormDataEntryValue | undefined>;
type Parameter = ReviewPolicy["parameters"][number];

const text = (f: Fields, name: string) => (typeof f[name] === "string" ? (f[name] as string).trim() : "");
const param = (key: string, value: string): Parameter[] => (value ? [{ key, values: [value], mapEntries: [] }] : []);

/** "q1 = blue" per line; "q2 = A | B" for a multiple selection. */
function answerKeyLines(raw: string): { entries: Parameter["mapEntries"] } | { error: string } {
  const entries: Parameter["mapEntries"] = [];
  const lines = raw.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const eq = line.indexOf("=");
    if (eq < 1) return { error: `Line ${i + 1}: write a known answer as "question id = answer", e.g. "q1 = blue".` };
    entries.push({ key: line.slice(0, eq).trim(), values: line.slice(eq + 1).split("|").map((v) => v.trim()).filter(Boolean) });
  }
  return { entries };
}

export type ReviewPolicyFields =
  | { ok: true; policies: { assignmentReviewPolicy?: ReviewPolicy; hitReviewPolicy?: ReviewPolicy } }
  | { ok: false; fieldErrors: Record<string, string> };

export function reviewPoliciesFromForm(f: Fields): ReviewPolicyFields {
  const policies: { assignmentReviewPolicy?: ReviewPolicy; hitReviewPolicy?: ReviewPolicy } = {};
  const known = text(f, "knownAnswers");
  if (known) {
    const key = answerKeyLines(known);
    if ("error" in key) return { ok: false, fieldErrors: { knownAnswers: key.error } };
    policies.assignmentReviewPolicy = {
      policyName: POLICIES.Assignment.name,
      parameters: [
        { key: "AnswerKey", values: [], mapEntries: key.entries },
        ...param("ApproveIfKnownAnswerScoreIsAtLeast", text(f, "knownApproveAtLeast")),
        ...param("RejectIfKnownAnswerScoreIsLessThan", text(f, "knownRejectBelow")),
        ...param("RejectReason", text(f, "knownRejectReason")),
        ...param("ExtendIfKnownAnswerScoreIsLessThan", text(f, "knownExtendBelow")),
        ...param("ExtendMaximumAssignments", text(f, "knownExtendMax")),
      ],
    };
  }
  const questions = text(f, "pluralityQuestions");
  if (questions) {
    const extendBelow = text(f, "pluralityExtendBelow");
    policies.hitReviewPolicy = {
      policyName: POLICIES.HIT.name,
      parameters: [
        ...param("QuestionIds", questions),
        ...param("QuestionAgreementThreshold", text(f, "pluralityThreshold")),
        ...param("DisregardAssignmentIfRejected", f.pluralityDisregardRejected ? "true" : ""),
        ...param("DisregardAssignmentIfKnownAnswerScoreIsLessThan", text(f, "pluralityDisregardKnownBelow")),
        ...param("ApproveIfWorkerAgreementScoreIsAtLeast", text(f, "pluralityApproveAtLeast")),
        ...param("RejectIfWorkerAgreementScoreIsLessThan", text(f, "pluralityRejectBelow")),
        ...param("RejectReason", text(f, "pluralityRejectReason")),
        ...param("ExtendIfHITAgreementScoreIsLessThan", extendBelow),
        ...param("ExtendMaximumAssignments", text(f, "pluralityExtendMax")),
        // The form asks for hours; one hour is MTurk's least, so it is the default when extending.
        ...param("ExtendMinimumTimeInSeconds", extendBelow ? String(Math.round(Number(text(f, "pluralityExtendHours") || "1") * 3600)) : ""),
      ],
    };
  }
  return { ok: true, policies };
}
