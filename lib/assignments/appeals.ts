// Appeals: a worker disputes a rejection within 30 days of it. The requester may overturn it (the
// override path: approved and paid from their available balance) or answer why it stands. Appeals the
// requester leaves unanswered for APPEAL_ESCALATE_AFTER are escalated to the admins' queue by a sweep.
import { db, transaction } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { approveAssignment } from "./mutations";
import { tellAppealAnswered } from "@/lib/notifications/in-app/worker-news";

export const APPEAL_WINDOW_SECONDS = 30 * 24 * 3600;
export const APPEAL_ESCALATE_AFTER_SECONDS = 3 * 24 * 3600;

export async function appealRejection(workerId: string, assignmentId: string, message: string) {
  const text = message.trim();
  if (text.length < 10) throw new DomainError("InvalidInput", "Explain why the rejection is wrong (at least 10 characters).", { fieldErrors: { message: "At least 10 characters" } });
  if (text.length > 2000) throw new DomainError("InvalidInput", "Keep the appeal under 2000 characters.", { fieldErrors: { message: "At most 2000 characters" } });
  const a = await db.assignment.findUnique({ where: { id: assignmentId }, include: { appeal: true } });
  if (!a || a.workerId !== workerId) throw new DomainError("NotFound", "That assignment does not exist or is not yours.");
  if (a.status !== "Rejected" || !a.rejectedAt) throw new DomainError("Conflict", "Only rejected work can be appealed.");
  if (now().getTime() - a.rejectedAt.getTime() > APPEAL_WINDOW_SECONDS * 1000) throw new DomainError("Conflict", "Rejections can be appealed within 30 days.");
  if (a.appeal) throw new DomainError("Conflict", "You have already appealed this rejection.");
  return db.appeal.create({ data: { id: newId(), assignmentId, workerId, message: text, createdAt: now() } });
}

/** The requester's answer: overturn (approve and pay) or keep the rejection with a reason. */
export async function answerAppeal(requesterId: string, appealId: string, decision: { overturn: boolean; response: string }) {
  const response = decision.response.trim();
  if (!decision.overturn && response.length < 3) throw new DomainError("InvalidInput", "Tell the worker why the rejection stands.", { fieldErrors: { response: "A reason is required" } });
  const appeal = await db.appeal.findUnique({ where: { id: appealId }, include: { assignment: { select: { requesterId: true, workerId: true, hit: { select: { hitType: { select: { title: true } } } } } } } });
  if (!appeal || appeal.assignment.requesterId !== requesterId) throw new DomainError("NotFound", "That appeal does not exist or is not yours.");
  if (appeal.status !== "Open") throw new DomainError("Conflict", "This appeal was already decided.");
  // The decision, the override payment and the worker's notification commit together or not at all.
  return transaction(async (tx) => {
    const res = await tx.appeal.updateMany({
      where: { id: appealId, status: "Open" },
      data: { status: decision.overturn ? "Overturned" : "Upheld", requesterResponse: response || null, decidedAt: now(), decidedBy: requesterId },
    });
    if (res.count !== 1) throw new DomainError("Conflict", "This appeal was already decided.");
    if (decision.overturn) {
      await approveAssignment({ requesterId }, appeal.assignmentId, response || "Approved on appeal", { overrideRejection: true, tx, quiet: true });
    }
    await tellAppealAnswered(tx, { workerId: appeal.assignment.workerId, title: appeal.assignment.hit.hitType.title, overturned: decision.overturn, response: response || null });
  });
}

/** Sweep step: appeals the requester left unanswered go to the admins. */
export async function escalateStaleAppeals(): Promise<number> {
  const before = new Date(now().getTime() - APPEAL_ESCALATE_AFTER_SECONDS * 1000);
  const res = await db.appeal.updateMany({ where: { status: "Open", createdAt: { lte: before } }, data: { status: "Escalated" } });
  return res.count;
}
