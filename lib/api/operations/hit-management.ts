// UpdateExpirationForHIT, UpdateHITReviewStatus, UpdateHITTypeOfHIT, CreateAdditionalAssignmentsForHIT,
// DeleteHIT, ListReviewPolicyResultsForHIT: the same domain functions as the requester's HIT page
// (lib/hits/management.ts, lib/review-policies/queries.ts). Each answers {} as MTurk does.
import { addAssignments, changeHitType, disposeHit, setReviewing, updateExpiration } from "@/lib/hits/management";
import { reviewOfHit } from "@/lib/review-policies/queries";
import { dateOf } from "../shapes/common";
import { reviewPolicyShape, reviewReportShape } from "../shapes/review";
import { page, pageOf } from "../pagination";
import type { Operation } from "./types";

export const UpdateExpirationForHIT: Operation = async (ctx, input) => {
  await updateExpiration(ctx.requesterId, input.HITId, dateOf(input.ExpireAt, "ExpireAt"));
  return {};
};

export const UpdateHITReviewStatus: Operation = async (ctx, input) => {
  await setReviewing(ctx.requesterId, input.HITId, input.Revert ?? false);
  return {};
};

export const UpdateHITTypeOfHIT: Operation = async (ctx, input) => {
  await changeHitType(ctx.requesterId, input.HITId, input.HITTypeId);
  return {};
};

export const CreateAdditionalAssignmentsForHIT: Operation = async (ctx, input) => {
  await addAssignments(ctx.requesterId, input.HITId, input.NumberOfAdditionalAssignments, input.UniqueRequestToken);
  return {};
};

export const DeleteHIT: Operation = async (ctx, input) => {
  await disposeHit(ctx.requesterId, input.HITId);
  return {};
};

export const ListReviewPolicyResultsForHIT: Operation = async (ctx, input) => {
  const scope = `ListReviewPolicyResultsForHIT:${ctx.requesterId}:${input.HITId}:${(input.PolicyLevels ?? []).join(",")}:${input.RetrieveResults}:${input.RetrieveActions}`;
  const { skip, take } = pageOf(input, scope);
  const review = await reviewOfHit(ctx.requesterId, input.HITId, {
    levels: input.PolicyLevels,
    results: input.RetrieveResults,
    actions: input.RetrieveActions,
    skip,
    take: take + 1,
  });
  // One token pages every list at once: more follows while any of them has more.
  const lists = Object.values(review.levels).flatMap((l) => [l.results, l.actions]);
  const longest = lists.reduce((n, l) => Math.max(n, l.length), 0);
  const { NextToken } = page(Array.from({ length: longest }), skip, take, scope);
  const report = (level: "Assignment" | "HIT") => {
    const l = review.levels[level];
    return l ? { policy: l.policy ? reviewPolicyShape(l.policy) : undefined, report: reviewReportShape(l.results.slice(0, take), l.actions.slice(0, take)) } : undefined;
  };
  const assignment = report("Assignment");
  const hit = report("HIT");
  return {
    HITId: review.hitId,
    ...(assignment?.policy ? { AssignmentReviewPolicy: assignment.policy } : {}),
    ...(hit?.policy ? { HITReviewPolicy: hit.policy } : {}),
    ...(assignment ? { AssignmentReviewReport: assignment.report } : {}),
    ...(hit ? { HITReviewReport: hit.report } : {}),
    ...(NextToken ? { NextToken } : {}),
  };
};
