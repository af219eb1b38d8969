// From the model's HIT request fields to the domain's inputs.
import type { HitTypeProperties } from "@/lib/hits/schema";
import type { RequirementInput } from "@/lib/qualifications/schema";
import { layoutQuestion } from "@/lib/projects/layout-question";
import { requestError } from "../errors";
import { cents } from "../shapes/common";
import type { ApiInput } from "./types";

/** MTurk's default when AutoApprovalDelayInSeconds is left out: 3 days. */
export const DEFAULT_AUTO_APPROVAL_SECONDS = 3 * 24 * 3600;

export function requirementInputs(list: ApiInput[] | undefined): RequirementInput[] {
  return (list ?? []).map((r) => ({
    qualificationTypeId: r.QualificationTypeId,
    comparator: r.Comparator,
    integerValues: r.IntegerValues,
    localeValues: r.LocaleValues?.map((l: ApiInput) => ({ country: l.Country, subdivision: l.Subdivision })),
    actionsGuarded: r.ActionsGuarded,
    requiredToPreview: r.RequiredToPreview,
  }));
}

export function hitTypeProperties(input: ApiInput): HitTypeProperties {
  return {
    title: input.Title,
    description: input.Description,
    keywords: input.Keywords ?? "",
    rewardCents: cents(input.Reward, "Reward"),
    assignmentDurationSeconds: input.AssignmentDurationInSeconds,
    autoApprovalDelaySeconds: input.AutoApprovalDelayInSeconds ?? DEFAULT_AUTO_APPROVAL_SECONDS,
    qualificationRequirements: requirementInputs(input.QualificationRequirements),
  };
}

/**
 * The question of a new HIT: a Question document, or a project's layout (HITLayoutId is a project id)
 * filled with HITLayoutParameters.
 */
export async function questionOf(requesterId: string, input: ApiInput): Promise<{ question: string; layoutId?: string; layoutParameters?: string }> {
  if (input.Question && input.HITLayoutId) throw requestError("Give either Question or HITLayoutId, not both.", "AWS.BadParameters");
  if (input.HITLayoutId) {
    const parameters = Object.fromEntries((input.HITLayoutParameters ?? []).map((p: ApiInput) => [p.Name, p.Value]));
    return layoutQuestion(requesterId, input.HITLayoutId, parameters);
  }
  if (input.HITLayoutParameters) throw requestError("HITLayoutParameters needs a HITLayoutId.", "AWS.BadParameters");
  if (!input.Question) throw requestError("Either Question or HITLayoutId is required.", "AWS.BadParameters");
  return { question: input.Question };
}

/** A ReviewPolicy of the model as the domain's policy (lib/review-policies/schema.ts checks it). */
export function reviewPolicyInput(p: ApiInput | undefined) {
  if (!p) return undefined;
  return {
    policyName: p.PolicyName,
    parameters: (p.Parameters ?? []).map((param: ApiInput) => ({
      key: param.Key,
      values: param.Values ?? [],
      mapEntries: (param.MapEntries ?? []).map((e: ApiInput) => ({ key: e.Key, values: e.Values ?? [] })),
    })),
  };
}

export async function hitFields(requesterId: string, input: ApiInput) {
  return {
    maxAssignments: input.MaxAssignments ?? 1,
    lifetimeSeconds: input.LifetimeInSeconds,
    ...(await questionOf(requesterId, input)),
    requesterAnnotation: input.RequesterAnnotation,
    uniqueRequestToken: input.UniqueRequestToken,
    assignmentReviewPolicy: reviewPolicyInput(input.AssignmentReviewPolicy),
    hitReviewPolicy: reviewPolicyInput(input.HITReviewPolicy),
  };
}
