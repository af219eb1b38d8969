// The admins' view of the ledger: every transaction with all its entries, filtered by account (an account
// id, or a user id for all three of their accounts), kind and date, newest first, a page at a time.
import { db } from "@/lib/db/client";
import { requireAdmin } from "@/lib/admin/policy";
import { userIdPattern } from "@/lib/ids";
import { userAccounts } from "./accounts";
import type { LedgerKind } from "./ledger";

export const LEDGER_KINDS: readonly LedgerKind[] = ["deposit", "withdrawal", "hit_escrow", "escrow_release", "assignment_payment", "bonus", "override_payment", "platform_payment"];
export const LEDGER_PAGE_SIZE = 25;

export interface LedgerFilter {
  account?: string;
  kind?: LedgerKind;
  /** Inclusive bounds; `to` is the end of that day when given as a date. */
  from?: Date;
  to?: Date;
  page?: number;
}

export function accountsMatching(account: string): string[] {
  const key = account.trim();
  return userIdPattern.test(key) ? userAccounts(key).map((a) => a.id) : [key];
}

export async function exploreLedger(adminId: string, filter: LedgerFilter = {}) {
  await requireAdmin(db, adminId);
  const page = Math.max(Math.trunc(filter.page ?? 1), 1);
  const where = {
    ...(filter.account?.trim() ? { entries: { some: { accountId: { in: accountsMatching(filter.account) } } } } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
  };
  const [items, total] = await Promise.all([
    db.ledgerTransaction.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * LEDGER_PAGE_SIZE,
      take: LEDGER_PAGE_SIZE,
      include: { entries: { orderBy: [{ amountCents: "asc" }, { accountId: "asc" }], select: { id: true, accountId: true, amountCents: true } } },
    }),
    db.ledgerTransaction.count({ where }),
  ]);
  return { items, total, page, pageCount: Math.max(Math.ceil(total / LEDGER_PAGE_SIZE), 1) };
}
