// Reviewing many assignments at once with one feedback text: each is approved or rejected on its own
// (one transaction each), so one that fails (already reviewed, not yours) does not stop the others.
import { isDomainError } from "@/lib/errors";
import { approveAssignment, rejectAssignment } from "./mutations";

export type ReviewDecision = "approve" | "reject";

export type BulkReviewReport = {
  decision: ReviewDecision;
  succeeded: string[];
  failed: { assignmentId: string; message: string }[];
};

export async function reviewAssignments(requesterId: string, assignmentIds: string[], decision: ReviewDecision, feedback: string): Promise<BulkReviewReport> {
  const report: BulkReviewReport = { decision, succeeded: [], failed: [] };
  for (const id of new Set(assignmentIds)) {
    try {
      if (decision === "approve") await approveAssignment({ requesterId }, id, feedback);
      else await rejectAssignment(requesterId, id, feedback);
      report.succeeded.push(id);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      report.failed.push({ assignmentId: id, message: e.message });
    }
  }
  return report;
}
