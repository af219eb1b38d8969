// Reviewing many assignments at once: each is approved or rejected on its own (one transaction each),
// so one that fails (already reviewed, not yours) does not stop the others.
import { isDomainError } from "@/lib/errors";
import { approveAssignment, rejectAssignment } from "./mutations";

export type ReviewDecision = "approve" | "reject";

export type BulkReviewReport = {
  decision: ReviewDecision;
  succeeded: string[];
  failed: { assignmentId: string; message: string }[];
};

/** Reviews one assignment; a domain refusal comes back as its message (null when it went through). */
export async function reviewOne(requesterId: string, assignmentId: string, decision: ReviewDecision, feedback: string): Promise<string | null> {
  try {
    if (decision === "approve") await approveAssignment({ requesterId }, assignmentId, feedback);
    else await rejectAssignment(requesterId, assignmentId, feedback);
    return null;
  } catch (e) {
    if (!isDomainError(e)) throw e;
    return e.message;
  }
}

/** Many assignments, one decision and one feedback text. */
export async function reviewAssignments(requesterId: string, assignmentIds: string[], decision: ReviewDecision, feedback: string): Promise<BulkReviewReport> {
  const report: BulkReviewReport = { decision, succeeded: [], failed: [] };
  for (const id of new Set(assignmentIds)) {
    const failure = await reviewOne(requesterId, id, decision, feedback);
    if (failure === null) report.succeeded.push(id);
    else report.failed.push({ assignmentId: id, message: failure });
  }
  return report;
}

/** One line for the requester: how many were decided, and how many could not be. */
export function reportSummary({ decision, succeeded, failed }: BulkReviewReport): string {
  const n = (k: number) => `${k} ${k === 1 ? "submission" : "submissions"}`;
  const done = succeeded.length === 0 ? "" : decision === "approve" ? `${n(succeeded.length)} approved and paid.` : `${n(succeeded.length)} rejected; the reward and fee went back to your available balance.`;
  const notDone = failed.length === 0 ? "" : `${n(failed.length)} could not be ${decision === "approve" ? "approved" : "rejected"}.`;
  return [done, notDone].filter(Boolean).join(" ");
}
