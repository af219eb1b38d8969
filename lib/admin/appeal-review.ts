// The admins' side of appeals: rejections a worker appealed and the requester left unanswered (escalated by
// the sweep in lib/assignments/appeals.ts). An admin overturns (the assignment is approved through the
// override path and paid from the requester's available balance, or by the platform when the requester
// cannot pay) or upholds, and both sides read the reason. The decision, the payment, the messages and the
// audit record are one transaction, conditional on the appeal still being Escalated.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { overrideRejectionIn } from "@/lib/assignments/mutations";
import { centsToDollars } from "@/lib/money/schema";
import { recordAudit } from "./audit";
import { adminReason, asAdmin, requireAdmin } from "./policy";
import { tellUser } from "./tell";

export const APPEALS_PAGE_SIZE = 20;

export async function escalatedAppeals(adminId: string, page = 1) {
  await requireAdmin(db, adminId);
  const p = Math.max(Math.trunc(page), 1);
  const where = { status: "Escalated" };
  const [items, total] = await Promise.all([
    db.appeal.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (p - 1) * APPEALS_PAGE_SIZE,
      take: APPEALS_PAGE_SIZE,
      include: {
        worker: { select: { id: true, name: true } },
        assignment: {
          select: {
            id: true,
            answer: true,
            requesterFeedback: true,
            submittedAt: true,
            rejectedAt: true,
            requesterId: true,
            hit: { select: { id: true, rewardCents: true, feeCents: true, requester: { select: { id: true, name: true } }, hitType: { select: { title: true, description: true } } } },
          },
        },
      },
    }),
    db.appeal.count({ where }),
  ]);
  return { items, total, page: p, pageCount: Math.max(Math.ceil(total / APPEALS_PAGE_SIZE), 1) };
}

export async function decideEscalatedAppeal(adminId: string, appealId: string, decision: { overturn: boolean; reason: string }) {
  const reason = adminReason(decision.reason);
  return asAdmin(adminId, async (tx) => {
    const res = await tx.appeal.updateMany({
      where: { id: appealId, status: "Escalated" },
      data: { status: decision.overturn ? "Overturned" : "Upheld", reason, decidedAt: now(), decidedBy: adminId },
    });
    if (res.count !== 1) {
      const exists = await tx.appeal.findUnique({ where: { id: appealId }, select: { status: true } });
      if (!exists) throw new DomainError("NotFound", "That appeal does not exist.");
      throw new DomainError("Conflict", exists.status === "Open" ? "The requester still has time to answer this appeal." : "This appeal was already decided.");
    }
    const appeal = await tx.appeal.findUniqueOrThrow({ where: { id: appealId }, include: { assignment: { select: { id: true, requesterId: true, hit: { select: { rewardCents: true, hitType: { select: { title: true } } } } } } } });
    const { assignment } = appeal;
    const title = assignment.hit.hitType.title;
    let paidBy: "requester" | "platform" | null = null;
    if (decision.overturn) {
      paidBy = (await overrideRejectionIn(tx, assignment.id, { actorId: adminId, feedback: `Approved on appeal by Piecework: ${reason}`, payer: "requester-or-platform" })).paidBy;
    }
    const reward = `$${centsToDollars(assignment.hit.rewardCents)}`;
    await tellUser(tx, appeal.workerId, decision.overturn
      ? { kind: "appeal.overturned", subject: `Your appeal on "${title}" was accepted`, body: `Piecework's admins overturned the rejection and paid you ${reward}.\n\nReason: ${reason}`, line: `Your appeal on "${title}" was accepted: ${reward} paid. ${reason}`, href: "/work/dashboard" }
      : { kind: "appeal.upheld", subject: `Your appeal on "${title}" was not accepted`, body: `Piecework's admins reviewed it and the rejection stands.\n\nReason: ${reason}`, line: `Your appeal on "${title}" was not accepted: ${reason}`, href: "/work/dashboard" });
    await tellUser(tx, assignment.requesterId, decision.overturn
      ? { kind: "appeal.overturned", subject: `A rejection on "${title}" was overturned on appeal`, body: `You did not answer the worker's appeal, so Piecework's admins decided it: the assignment is approved${paidBy === "requester" ? " and paid from your available balance" : "; Piecework paid the reward because your available balance could not"}.\n\nReason: ${reason}`, line: `A rejection on "${title}" was overturned on appeal: ${reason}`, href: "/requester/review" }
      : { kind: "appeal.upheld", subject: `Your rejection on "${title}" was upheld on appeal`, body: `Piecework's admins reviewed the worker's appeal and kept your rejection.\n\nReason: ${reason}`, line: `Your rejection on "${title}" was upheld on appeal: ${reason}`, href: "/requester/review" });
    await recordAudit(tx, { actorId: adminId, action: decision.overturn ? "appeal.overturn" : "appeal.uphold", subjectType: "Appeal", subjectId: appealId, reason, details: { assignmentId: assignment.id, paidBy } });
    return { status: decision.overturn ? ("Overturned" as const) : ("Upheld" as const), paidBy };
  });
}
