import { db } from "@/lib/db/client";
import { dailySeries, seriesStart } from "@/lib/daily-series";
import { accountId } from "@/lib/money/accounts";
import { SUBMITTED_STATUSES, type SubmittedStatus } from "./schema";

export async function workerEarnings(workerId: string) {
  const paidTo = (kinds: string[]) =>
    db.ledgerEntry.aggregate({ where: { accountId: accountId.workerAvailable(workerId), transaction: { kind: { in: kinds } } }, _sum: { amountCents: true } });
  const [pending, paid, bonuses, account, pendingWithdrawals, counts] = await Promise.all([
    db.assignment.findMany({ where: { workerId, status: "Submitted" }, select: { hit: { select: { rewardCents: true } } } }),
    paidTo(["assignment_payment", "override_payment", "platform_payment"]),
    paidTo(["bonus"]),
    db.ledgerAccount.findUnique({ where: { id: accountId.workerAvailable(workerId) } }),
    db.withdrawal.aggregate({ where: { workerId, status: "Pending" }, _sum: { amountCents: true } }),
    db.assignment.groupBy({ by: ["status"], where: { workerId }, _count: { _all: true } }),
  ]);
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number>;
  const reviewed = (byStatus.Approved ?? 0) + (byStatus.Rejected ?? 0);
  const approvedCents = paid._sum.amountCents ?? 0;
  const bonusesCents = bonuses._sum.amountCents ?? 0;
  const availableCents = account?.balance ?? 0;
  return {
    pendingCents: pending.reduce((s, a) => s + a.hit.rewardCents, 0),
    approvedCents,
    bonusesCents,
    totalCents: approvedCents + bonusesCents,
    availableCents,
    withdrawableCents: Math.max(0, availableCents - (pendingWithdrawals._sum.amountCents ?? 0)),
    byStatus,
    approvalRate: reviewed === 0 ? null : (byStatus.Approved ?? 0) / reviewed,
  };
}

/** Money paid to the worker per day (rewards and bonuses), oldest first, one entry for each of the last `days` days (UTC). */
export async function dailyEarnings(workerId: string, days = 30, at: Date = new Date()) {
  const entries = await db.ledgerEntry.findMany({
    where: { accountId: accountId.workerAvailable(workerId), createdAt: { gte: seriesStart(days, at) }, amountCents: { gt: 0 } },
    select: { createdAt: true, amountCents: true },
  });
  return dailySeries(days, at, entries.map((e) => ({ at: e.createdAt, value: e.amountCents }))).map(({ day, value }) => ({ day, cents: value }));
}

/** A worker's assignments with one status, newest first, with the requester's feedback and any appeal. */
export function workerAssignmentsByStatus(workerId: string, status: string, take = 50) {
  return db.assignment.findMany({
    where: { workerId, status },
    orderBy: { acceptedAt: "desc" },
    take,
    include: { appeal: true, hit: { select: { rewardCents: true, hitType: { select: { title: true, requester: { select: { name: true } } } } } } },
  });
}

/** Submitted work awaiting the requester's review, oldest first. */
export function submissionsToReview(requesterId: string, take = 100) {
  return db.assignment.findMany({
    where: { requesterId, status: "Submitted" },
    orderBy: { submittedAt: "asc" },
    take,
    include: {
      worker: { select: { id: true, name: true } },
      files: { select: { id: true, fileName: true, sizeBytes: true } },
      hit: { select: { id: true, question: true, questionType: true, rewardCents: true, hitType: { select: { title: true } } } },
    },
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

export type Page = { skip: number; take: number };

/** One of the requester's assignments with submitted work (never one still being worked on), or null. */
export function requesterAssignment(requesterId: string, assignmentId: string) {
  return db.assignment.findFirst({ where: { id: assignmentId, requesterId, status: { in: [...SUBMITTED_STATUSES] } } });
}

/** A page of the submitted work on one of the requester's HITs, in the given statuses, oldest submission first. */
export function requesterAssignmentsOfHit(requesterId: string, hitId: string, statuses: readonly SubmittedStatus[], page: Page) {
  return db.assignment.findMany({
    where: { hitId, requesterId, status: { in: [...statuses] } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    skip: page.skip,
    take: page.take,
  });
}
