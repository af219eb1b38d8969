// The admin overview: what waits for a decision, and how the marketplace is doing, now and per day.
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { accountId } from "@/lib/money/accounts";
import { dailySeries, seriesStart } from "@/lib/daily-series";
import { requireAdmin } from "./policy";

export const OVERVIEW_DAYS = 30;

export async function platformFigures(adminId: string) {
  await requireAdmin(db, adminId);
  const t = now();
  const weekAgo = new Date(t.getTime() - 7 * 86_400_000);
  const [pendingDeposits, pendingWithdrawals, openReports, escalatedAppeals, liveHits, activeWorkers, escrow, fees] = await Promise.all([
    db.deposit.count({ where: { status: "Pending" } }),
    db.withdrawal.count({ where: { status: "Pending" } }),
    db.report.count({ where: { status: "Open" } }),
    db.appeal.count({ where: { status: "Escalated" } }),
    db.hIT.count({ where: { status: "Assignable", numAvailable: { gt: 0 }, expiresAt: { gt: t } } }),
    db.assignment.findMany({ where: { acceptedAt: { gte: weekAgo } }, distinct: ["workerId"], select: { workerId: true } }),
    db.ledgerAccount.aggregate({ where: { kind: "requester:escrow" }, _sum: { balance: true } }),
    db.ledgerAccount.findUnique({ where: { id: accountId.platformFees } }),
  ]);
  return { pendingDeposits, pendingWithdrawals, openReports, escalatedAppeals, liveHits, activeWorkers: activeWorkers.length, escrowCents: escrow._sum.balance ?? 0, feesCents: fees?.balance ?? 0 };
}

/**
 * Per day over the last OVERVIEW_DAYS days: fees earned, money held in escrow at the end of the day
 * (today's balance walked back through each day's escrow entries), and workers who accepted work.
 */
export async function marketplaceSeries(adminId: string, escrowNowCents: number) {
  await requireAdmin(db, adminId);
  const t = now();
  const start = seriesStart(OVERVIEW_DAYS, t);
  const [feeEntries, escrowEntries, accepted] = await Promise.all([
    db.ledgerEntry.findMany({ where: { accountId: accountId.platformFees, createdAt: { gte: start } }, select: { createdAt: true, amountCents: true } }),
    db.ledgerEntry.findMany({ where: { account: { kind: "requester:escrow" }, createdAt: { gte: start } }, select: { createdAt: true, amountCents: true } }),
    db.assignment.findMany({ where: { acceptedAt: { gte: start } }, select: { acceptedAt: true, workerId: true } }),
  ]);
  const fees = dailySeries(OVERVIEW_DAYS, t, feeEntries.map((e) => ({ at: e.createdAt, value: e.amountCents })));
  const escrowChange = dailySeries(OVERVIEW_DAYS, t, escrowEntries.map((e) => ({ at: e.createdAt, value: e.amountCents })));
  const workersByDay = new Map<string, Set<string>>();
  for (const a of accepted) {
    const day = a.acceptedAt.toISOString().slice(0, 10);
    workersByDay.set(day, (workersByDay.get(day) ?? new Set()).add(a.workerId));
  }
  let escrowAtEnd = escrowNowCents;
  const escrowByDay = new Map<string, number>();
  for (let i = escrowChange.length - 1; i >= 0; i--) {
    escrowByDay.set(escrowChange[i].day, escrowAtEnd);
    escrowAtEnd -= escrowChange[i].value;
  }
  return fees.map(({ day, value }) => ({ day, feesCents: value, escrowCents: escrowByDay.get(day) ?? 0, activeWorkers: workersByDay.get(day)?.size ?? 0 }));
}
