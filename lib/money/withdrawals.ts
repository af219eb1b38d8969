// Withdrawals: a worker asks, an admin decides. The approval debits the worker's balance with the same
// conditional ledger write as any payment, so it can never exceed what the worker has at that moment,
// also when two admins approve at once or money moves in between.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { recordAudit } from "@/lib/admin/audit";
import { adminReason, asAdmin } from "@/lib/admin/policy";
import { tellUser } from "@/lib/admin/tell";
import { accountId } from "./accounts";
import { post } from "./ledger";
import { centsToDollars } from "./schema";

export const MIN_WITHDRAWAL_CENTS = 100;

export async function requestWithdrawal(workerId: string, amountCents: number) {
  if (!Number.isSafeInteger(amountCents) || amountCents < MIN_WITHDRAWAL_CENTS) {
    throw new DomainError("InvalidInput", `Withdrawals start at $${centsToDollars(MIN_WITHDRAWAL_CENTS)}.`, { fieldErrors: { amount: `At least $${centsToDollars(MIN_WITHDRAWAL_CENTS)}` } });
  }
  const [account, pending] = await Promise.all([
    db.ledgerAccount.findUnique({ where: { id: accountId.workerAvailable(workerId) } }),
    db.withdrawal.aggregate({ where: { workerId, status: "Pending" }, _sum: { amountCents: true } }),
  ]);
  const free = (account?.balance ?? 0) - (pending._sum.amountCents ?? 0);
  if (amountCents > free) {
    throw new DomainError("InsufficientFunds", `You can withdraw up to $${centsToDollars(Math.max(0, free))} (pending requests included).`, { fieldErrors: { amount: "More than you can withdraw" } });
  }
  return db.withdrawal.create({ data: { id: newId(), workerId, amountCents, createdAt: now() } });
}

export async function approveWithdrawal(adminId: string, withdrawalId: string) {
  return asAdmin(adminId, async (tx) => {
    const res = await tx.withdrawal.updateMany({ where: { id: withdrawalId, status: "Pending" }, data: { status: "Approved", decidedAt: now(), decidedById: adminId } });
    if (res.count !== 1) throw new DomainError("Conflict", "This withdrawal is no longer pending.");
    const w = await tx.withdrawal.findUniqueOrThrow({ where: { id: withdrawalId } });
    await post(tx, {
      kind: "withdrawal",
      memo: `Withdrawal of $${centsToDollars(w.amountCents)}`,
      actorId: adminId,
      withdrawalId,
      entries: [
        { accountId: accountId.workerAvailable(w.workerId), amountCents: -w.amountCents },
        { accountId: accountId.external, amountCents: w.amountCents },
      ],
      insufficientMessage: "The worker's available balance is now below this amount; decline it or ask them for a smaller one.",
    });
    await recordAudit(tx, { actorId: adminId, action: "withdrawal.approve", subjectType: "Withdrawal", subjectId: withdrawalId, details: { amountCents: w.amountCents, workerId: w.workerId } });
    return w;
  });
}

/** Declines with a reason the worker reads on their dashboard and in their inbox. */
export async function declineWithdrawal(adminId: string, withdrawalId: string, rawReason: string) {
  const reason = adminReason(rawReason);
  return asAdmin(adminId, async (tx) => {
    const res = await tx.withdrawal.updateMany({ where: { id: withdrawalId, status: "Pending" }, data: { status: "Declined", decidedAt: now(), decidedById: adminId, reason } });
    if (res.count !== 1) throw new DomainError("Conflict", "This withdrawal is no longer pending.");
    const w = await tx.withdrawal.findUniqueOrThrow({ where: { id: withdrawalId } });
    await tellUser(tx, w.workerId, {
      kind: "withdrawal.declined",
      subject: `Your withdrawal of $${centsToDollars(w.amountCents)} was declined`,
      body: `Reason: ${reason}\n\nThe money stays in your available balance.`,
      line: `Your withdrawal of $${centsToDollars(w.amountCents)} was declined: ${reason}`,
      href: "/work/dashboard",
    });
    await recordAudit(tx, { actorId: adminId, action: "withdrawal.decline", subjectType: "Withdrawal", subjectId: withdrawalId, reason, details: { amountCents: w.amountCents, workerId: w.workerId } });
  });
}

export function withdrawalsOf(workerId: string) {
  return db.withdrawal.findMany({ where: { workerId }, orderBy: { createdAt: "desc" }, take: 20 });
}

export function pendingWithdrawals() {
  return db.withdrawal.findMany({ where: { status: "Pending" }, orderBy: { createdAt: "asc" }, include: { worker: { select: { name: true, email: true, ledgerAccounts: { where: { kind: "worker:available" }, select: { balance: true } } } } } });
}

export function recentlyDecidedWithdrawals(take = 20) {
  return db.withdrawal.findMany({ where: { status: { not: "Pending" } }, orderBy: { decidedAt: "desc" }, take, include: { worker: { select: { name: true } } } });
}
