import { db } from "@/lib/db/client";
import { accountId } from "./accounts";

export async function balancesOf(userId: string) {
  const rows = await db.ledgerAccount.findMany({ where: { ownerId: userId } });
  const get = (id: string) => rows.find((r) => r.id === id)?.balance ?? 0;
  return {
    requesterAvailableCents: get(accountId.requesterAvailable(userId)),
    requesterEscrowCents: get(accountId.requesterEscrow(userId)),
    workerAvailableCents: get(accountId.workerAvailable(userId)),
  };
}

export function depositsOf(requesterId: string) {
  return db.deposit.findMany({ where: { requesterId }, orderBy: { createdAt: "desc" }, take: 50 });
}

export function pendingDeposits() {
  return db.deposit.findMany({
    where: { status: "Pending" },
    orderBy: { createdAt: "asc" },
    include: { requester: { select: { name: true, email: true } } },
  });
}

/**
 * The ledger transactions that touched the requester's accounts, newest first: what each did to their
 * available and escrow balances (net is the sum, 0 for a move between the two), and the fee the platform
 * took in that same transaction (0 when none).
 */
export async function requesterTransactions(requesterId: string, take = 100) {
  const mine = [accountId.requesterAvailable(requesterId), accountId.requesterEscrow(requesterId)];
  const txs = await db.ledgerTransaction.findMany({
    where: { entries: { some: { accountId: { in: mine } } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    include: { entries: { where: { accountId: { in: [...mine, accountId.platformFees] } }, select: { accountId: true, amountCents: true } } },
  });
  const sumOf = (entries: { accountId: string; amountCents: number }[], id: string) => entries.filter((e) => e.accountId === id).reduce((s, e) => s + e.amountCents, 0);
  return txs.map((t) => {
    const availableCents = sumOf(t.entries, mine[0]);
    const escrowCents = sumOf(t.entries, mine[1]);
    return {
      id: t.id,
      at: t.createdAt,
      kind: t.kind,
      memo: t.memo,
      hitId: t.hitId,
      availableCents,
      escrowCents,
      netCents: availableCents + escrowCents,
      feeCents: sumOf(t.entries, accountId.platformFees),
    };
  });
}

export function recentLedgerTransactions(take = 50) {
  return db.ledgerTransaction.findMany({ orderBy: { createdAt: "desc" }, take, include: { entries: { orderBy: { amountCents: "asc" } } } });
}

export function recentlyDecidedDeposits(take = 20) {
  return db.deposit.findMany({
    where: { status: { not: "Pending" } },
    orderBy: { decidedAt: "desc" },
    take,
    include: { requester: { select: { name: true } } },
  });
}
