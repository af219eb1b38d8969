import { db } from "@/lib/db/client";
import { accountId } from "@/lib/money/accounts";

export function workerAssignments(workerId: string, take = 100) {
  return db.assignment.findMany({
    where: { workerId },
    orderBy: { acceptedAt: "desc" },
    take,
    include: { hit: { select: { rewardCents: true, hitType: { select: { title: true, requester: { select: { name: true } } } } } } },
  });
}

export async function workerEarnings(workerId: string) {
  const [pending, paid, account, counts] = await Promise.all([
    db.assignment.findMany({ where: { workerId, status: "Submitted" }, select: { hit: { select: { rewardCents: true } } } }),
    db.ledgerEntry.aggregate({
      where: { accountId: accountId.workerAvailable(workerId), transaction: { kind: { in: ["assignment_payment", "override_payment"] } } },
      _sum: { amountCents: true },
    }),
    db.ledgerAccount.findUnique({ where: { id: accountId.workerAvailable(workerId) } }),
    db.assignment.groupBy({ by: ["status"], where: { workerId }, _count: { _all: true } }),
  ]);
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number>;
  const reviewed = (byStatus.Approved ?? 0) + (byStatus.Rejected ?? 0);
  return {
    pendingCents: pending.reduce((s, a) => s + a.hit.rewardCents, 0),
    approvedCents: paid._sum.amountCents ?? 0,
    availableCents: account?.balance ?? 0,
    byStatus,
    approvalRate: reviewed === 0 ? null : (byStatus.Approved ?? 0) / reviewed,
  };
}

/** Submitted work awaiting the requester's review, oldest first. */
export function submissionsToReview(requesterId: string, take = 100) {
  return db.assignment.findMany({
    where: { requesterId, status: "Submitted" },
    orderBy: { submittedAt: "asc" },
    take,
    include: { worker: { select: { id: true, name: true } }, hit: { select: { id: true, question: true, questionType: true, rewardCents: true, hitType: { select: { title: true } } } } },
  });
}

/** Accepted work still open, nearest deadline first. */
export function workerQueue(workerId: string, at: Date) {
  return db.assignment.findMany({
    where: { workerId, status: "Accepted", deadline: { gt: at } },
    orderBy: { deadline: "asc" },
    include: { hit: { select: { rewardCents: true, hitType: { select: { title: true } } } } },
  });
}
