// GetAssignment, ListAssignmentsForHIT, ApproveAssignment, RejectAssignment, GetFileUploadURL: the
// requester's review of submitted work, through the same domain functions as the review pages
// (lib/assignments). Only submitted, approved and rejected assignments exist for the API, as on MTurk.
import { approveAssignment, rejectAssignment } from "@/lib/assignments/mutations";
import { requesterAssignment, requesterAssignmentsOfHit } from "@/lib/assignments/queries";
import { SUBMITTED_STATUSES, type SubmittedStatus } from "@/lib/assignments/schema";
import { uploadOfAnswer } from "@/lib/assignments/uploads";
import { fileLinkURL } from "../file-links";
import { page, pageOf } from "../pagination";
import { assignmentShape } from "../shapes/assignment";
import { assignmentDoesNotExist, onAssignment } from "./assignment-errors";
import { ownHitShape } from "./hit-loading";
import type { Operation } from "./types";

export const GetAssignment: Operation = async (ctx, input) => {
  const a = await requesterAssignment(ctx.requesterId, input.AssignmentId);
  if (!a) throw assignmentDoesNotExist(input.AssignmentId);
  return { Assignment: assignmentShape(a), HIT: await ownHitShape(ctx.requesterId, a.hitId) };
};

export const ListAssignmentsForHIT: Operation = async (ctx, input) => {
  await ownHitShape(ctx.requesterId, input.HITId);
  const asked: SubmittedStatus[] = input.AssignmentStatuses?.length ? input.AssignmentStatuses : [...SUBMITTED_STATUSES];
  const statuses = SUBMITTED_STATUSES.filter((s) => asked.includes(s));
  const scope = `assignments:${input.HITId}:${statuses.join(",")}`;
  const { skip, take } = pageOf(input, scope);
  const rows = await requesterAssignmentsOfHit(ctx.requesterId, input.HITId, statuses, { skip, take: take + 1 });
  const { results, NextToken } = page(rows, skip, take, scope);
  return { ...(NextToken ? { NextToken } : {}), NumResults: results.length, Assignments: results.map(assignmentShape) };
};

export const ApproveAssignment: Operation = async (ctx, input) => {
  await onAssignment(input.AssignmentId, () =>
    approveAssignment({ requesterId: ctx.requesterId }, input.AssignmentId, input.RequesterFeedback, { overrideRejection: input.OverrideRejection === true }),
  );
  return {};
};

export const RejectAssignment: Operation = async (ctx, input) => {
  await onAssignment(input.AssignmentId, () => rejectAssignment(ctx.requesterId, input.AssignmentId, input.RequesterFeedback));
  return {};
};

export const GetFileUploadURL: Operation = async (ctx, input) => {
  const file = await onAssignment(input.AssignmentId, () => uploadOfAnswer(ctx.requesterId, input.AssignmentId, input.QuestionIdentifier));
  const origin = ctx.origin ?? process.env.NEXTAUTH_URL ?? "http://localhost";
  return { FileUploadURL: fileLinkURL(origin, file.id, ctx.requesterId) };
};
