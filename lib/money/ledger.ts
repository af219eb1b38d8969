// Double-entry posting. Every money movement is one LedgerTransaction whose entries sum to zero, written
// with the cached balances in the caller's database transaction. A debit is a conditional update
// (balance >= amount), so no account but "external" can go negative, even under concurrency.
import type { Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { recordAudit } from "@/lib/admin/audit";
import { mayGoNegative } from "./accounts";

export type LedgerKind =
  | "deposit"
  | "withdrawal"
  | "hit_escrow"
  | "escrow_release"
  | "assignment_payment"
  | "bonus"
  | "override_payment"
  /** An overturned rejection the requester could not pay, paid by the platform out of its fees. */
  | "platform_payment";

export interface Posting {
  kind: LedgerKind;
  memo: string;
  entries: { accountId: string; amountCents: number }[];
  actorId?: string | null;
  hitId?: string | null;
  assignmentId?: string | null;
  paysAssignmentId?: string | null;
  bonusId?: string | null;
  depositId?: string | null;
  withdrawalId?: string | null;
  /** Message for the InsufficientFunds error when a debit would overdraw. */
  insufficientMessage?: string;
}

export async function post(tx: Tx, p: Posting): Promise<string> {
  const entries = p.entries.filter((e) => e.amountCents !== 0);
  if (entries.some((e) => !Number.isSafeInteger(e.amountCents))) throw new Error("ledger: amounts must be integer cents");
  const sum = entries.reduce((s, e) => s + e.amountCents, 0);
  if (sum !== 0) throw new Error(`ledger: entries of ${p.kind} sum to ${sum}, not 0`);
  if (entries.length === 0) return "";

  const at = now();
  const id = newId();
  // Update balances in a fixed order so two transactions never wait on each other in a cycle (PostgreSQL).
  const ordered = [...entries].sort((a, b) => a.accountId.localeCompare(b.accountId));
  for (const e of ordered) {
    if (e.amountCents < 0 && !mayGoNegative(e.accountId)) {
      const res = await tx.ledgerAccount.updateMany({
        where: { id: e.accountId, balance: { gte: -e.amountCents } },
        data: { balance: { decrement: -e.amountCents } },
      });
      if (res.count !== 1) {
        throw new DomainError("InsufficientFunds", p.insufficientMessage ?? "Insufficient funds for this payment.");
      }
    } else {
      const res = await tx.ledgerAccount.updateMany({
        where: { id: e.accountId },
        data: { balance: { increment: e.amountCents } },
      });
      if (res.count !== 1) throw new Error(`ledger: account ${e.accountId} does not exist`);
    }
  }
  await tx.ledgerTransaction.create({
    data: {
      id,
      kind: p.kind,
      memo: p.memo,
      createdAt: at,
      actorId: p.actorId ?? null,
      hitId: p.hitId ?? null,
      assignmentId: p.assignmentId ?? p.paysAssignmentId ?? null,
      paysAssignmentId: p.paysAssignmentId ?? null,
      bonusId: p.bonusId ?? null,
      depositId: p.depositId ?? null,
      withdrawalId: p.withdrawalId ?? null,
    },
  });
  await tx.ledgerEntry.createMany({
    data: entries.map((e) => ({ id: newId(), transactionId: id, accountId: e.accountId, amountCents: e.amountCents, createdAt: at })),
  });
  // Every money movement is in the audit trail too, with who moved it and why (the memo), so one search
  // shows admin decisions and the money they moved side by side.
  await recordAudit(tx, {
    actorId: p.actorId ?? null,
    action: `money.${p.kind}`,
    subjectType: "LedgerTransaction",
    subjectId: id,
    reason: p.memo,
    details: { entries, hitId: p.hitId ?? undefined, assignmentId: p.assignmentId ?? p.paysAssignmentId ?? undefined },
  });
  return id;
}
