// The Assignment, BonusPayment, WorkerBlock and NotifyWorkersFailureStatus shapes of the model, from our rows.
import type { MessageFailure } from "@/lib/workers/messages";
import { compact, currencyAmount, epochSeconds, optionalEpoch } from "./common";

export interface AssignmentRow {
  id: string;
  workerId: string;
  hitId: string;
  status: string;
  acceptedAt: Date;
  deadline: Date;
  submittedAt: Date | null;
  autoApprovalAt: Date | null;
  approvedAt: Date | null;
  rejectedAt: Date | null;
  answer: string | null;
  requesterFeedback: string | null;
}

export function assignmentShape(a: AssignmentRow) {
  return compact({
    AssignmentId: a.id,
    WorkerId: a.workerId,
    HITId: a.hitId,
    AssignmentStatus: a.status,
    AutoApprovalTime: optionalEpoch(a.autoApprovalAt),
    AcceptTime: epochSeconds(a.acceptedAt),
    SubmitTime: optionalEpoch(a.submittedAt),
    ApprovalTime: optionalEpoch(a.approvedAt),
    RejectionTime: optionalEpoch(a.rejectedAt),
    Deadline: epochSeconds(a.deadline),
    Answer: a.answer ?? undefined,
    RequesterFeedback: a.requesterFeedback ?? undefined,
  });
}

export function bonusPaymentShape(b: { workerId: string; amountCents: number; assignmentId: string; reason: string; createdAt: Date }) {
  return { WorkerId: b.workerId, BonusAmount: currencyAmount(b.amountCents), AssignmentId: b.assignmentId, Reason: b.reason, GrantTime: epochSeconds(b.createdAt) };
}

export function workerBlockShape(b: { workerId: string; reason: string }) {
  return { WorkerId: b.workerId, Reason: b.reason };
}

export function notifyFailureShape(f: MessageFailure) {
  return { NotifyWorkersFailureCode: f.code, NotifyWorkersFailureMessage: f.message, WorkerId: f.workerId };
}
