// MTurk's review policies as a requester attaches them to a HIT: ScoreMyKnownAnswers at the assignment
// level, SimplePlurality at the HIT level, each with its own parameter names. A HIT stores the policy as
// given (JSON on HIT.assignmentReviewPolicy / hitReviewPolicy); settings.ts reads its parameters and
// mutations.ts runs it when work is submitted.
import { z } from "zod";
import { knownAnswerSettings, pluralitySettings } from "./settings";

export const POLICY_LEVELS = ["Assignment", "HIT"] as const;
export type PolicyLevel = (typeof POLICY_LEVELS)[number];

/** The one policy MTurk offers at each level, and the parameters it takes. */
export const POLICIES = {
  Assignment: {
    name: "ScoreMyKnownAnswers/2011-09-01",
    parameters: [
      "AnswerKey",
      "ApproveIfKnownAnswerScoreIsAtLeast",
      "ApproveReason",
      "RejectIfKnownAnswerScoreIsLessThan",
      "RejectReason",
      "ExtendIfKnownAnswerScoreIsLessThan",
      "ExtendMaximumAssignments",
      "ExtendMinimumTimeInSeconds",
    ],
  },
  HIT: {
    name: "SimplePlurality/2011-09-01",
    parameters: [
      "QuestionIds",
      "QuestionAgreementThreshold",
      "DisregardAssignmentIfRejected",
      "DisregardAssignmentIfKnownAnswerScoreIsLessThan",
      "ExtendIfHITAgreementScoreIsLessThan",
      "ExtendMaximumAssignments",
      "ExtendMinimumTimeInSeconds",
      "ApproveIfWorkerAgreementScoreIsAtLeast",
      "RejectIfWorkerAgreementScoreIsLessThan",
      "RejectReason",
    ],
  },
} as const satisfies Record<PolicyLevel, { name: string; parameters: readonly string[] }>;

const mapEntrySchema = z.object({ key: z.string("Every answer key entry needs a Key (a question id)").min(1, "Every answer key entry needs a Key (a question id)"), values: z.array(z.string()).default([]) });

const parameterSchema = z.object({
  key: z.string("Every review policy parameter needs a Key").min(1, "Every review policy parameter needs a Key"),
  values: z.array(z.string()).default([]),
  mapEntries: z.array(mapEntrySchema).default([]),
});

export type ReviewPolicy = { policyName: string; parameters: z.output<typeof parameterSchema>[] };

/** The policy schema of one level: its policy's name and parameter names only, each parameter once. */
export function reviewPolicySchema(level: PolicyLevel) {
  const { name, parameters } = POLICIES[level];
  const known: readonly string[] = parameters;
  return z
    .object({ policyName: z.string(), parameters: z.array(parameterSchema).default([]) })
    .superRefine((p, ctx) => {
      if (p.policyName !== name) {
        ctx.addIssue({ code: "custom", message: `The ${level}-level review policy is ${name}, not "${p.policyName}".` });
        return;
      }
      const seen = new Set<string>();
      for (const param of p.parameters) {
        if (!known.includes(param.key)) ctx.addIssue({ code: "custom", message: `${name} has no parameter "${param.key}". Its parameters are: ${known.join(", ")}.` });
        else if (seen.has(param.key)) ctx.addIssue({ code: "custom", message: `The parameter "${param.key}" is given twice.` });
        seen.add(param.key);
      }
      // Unknown or repeated parameters first; their values make sense only once the names do.
      if (seen.size !== p.parameters.length || p.parameters.some((x) => !known.includes(x.key))) return;
      const read = level === "Assignment" ? knownAnswerSettings(p) : pluralitySettings(p);
      if (!read.ok) for (const message of read.problems) ctx.addIssue({ code: "custom", message: `${name}: ${message}` });
    });
}

export const assignmentReviewPolicySchema = reviewPolicySchema("Assignment");
export const hitReviewPolicySchema = reviewPolicySchema("HIT");

/** A stored policy (JSON column) back as data; null when the HIT has none. */
export function storedPolicy(json: string | null): ReviewPolicy | null {
  return json ? (JSON.parse(json) as ReviewPolicy) : null;
}
