import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { accountId } from "@/lib/money/accounts";

export async function platformFigures() {
  const t = now();
  const [pendingDeposits, liveHits, escrow, fees] = await Promise.all([
    db.deposit.count({ where: { status: "Pending" } }),
    db.hIT.count({ where: { status: "Assignable", expiresAt: { gt: t } } }),
    db.ledgerAccount.aggregate({ where: { kind: "requester:escrow" }, _sum: { balance: true } }),
    db.ledgerAccount.findUnique({ where: { id: accountId.platformFees } }),
  ]);
  return { pendingDeposits, liveHits, escrowCents: escrow._sum.balance ?? 0, feesCents: fees?.balance ?? 0 };
}
