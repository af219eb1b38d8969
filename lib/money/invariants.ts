// The platform-wide money check of DESIGN.md section 6. Tests run it after every step; the admin ledger
// page shows it live. Returns the list of broken rules (empty when all is well).
import { db } from "@/lib/db/client";
import { accountId, mayGoNegative } from "./accounts";

export async function checkLedger(): Promise<string[]> {
  const problems: string[] = [];
  const accounts = await db.ledgerAccount.findMany();
  const sums = await db.ledgerEntry.groupBy({ by: ["accountId"], _sum: { amountCents: true } });
  const sumOf = new Map(sums.map((s) => [s.accountId, s._sum.amountCents ?? 0]));

  let total = 0;
  for (const a of accounts) {
    total += a.balance;
    const entries = sumOf.get(a.id) ?? 0;
    if (entries !== a.balance) problems.push(`${a.id}: balance ${a.balance} but entries sum to ${entries}`);
    if (a.balance < 0 && !mayGoNegative(a.id)) problems.push(`${a.id} is negative (${a.balance})`);
  }
  if (total !== 0) problems.push(`accounts sum to ${total}, not 0`);

  const unbalanced = await db.ledgerEntry.groupBy({ by: ["transactionId"], _sum: { amountCents: true } });
  for (const t of unbalanced) if ((t._sum.amountCents ?? 0) !== 0) problems.push(`transaction ${t.transactionId} does not balance`);

  const [deposits, withdrawals] = await Promise.all([
    db.deposit.aggregate({ where: { status: "Approved" }, _sum: { amountCents: true } }),
    db.withdrawal.aggregate({ where: { status: "Approved" }, _sum: { amountCents: true } }),
  ]);
  const external = accounts.find((a) => a.id === accountId.external)?.balance ?? 0;
  const expectedExternal = -((deposits._sum.amountCents ?? 0) - (withdrawals._sum.amountCents ?? 0));
  if (external !== expectedExternal) problems.push(`external is ${external}, expected ${expectedExternal}`);

  const approved = await db.assignment.count({ where: { status: "Approved" } });
  const payments = await db.ledgerTransaction.count({ where: { paysAssignmentId: { not: null } } });
  if (approved !== payments) problems.push(`${approved} approved assignments but ${payments} payment transactions`);
  const paid = await db.ledgerTransaction.findMany({ where: { paysAssignmentId: { not: null } }, select: { paysAssignmentId: true } });
  const paidIds = paid.map((p) => p.paysAssignmentId as string);
  const paidButNotApproved = await db.assignment.count({ where: { id: { in: paidIds }, status: { not: "Approved" } } });
  if (paidButNotApproved > 0) problems.push(`${paidButNotApproved} paid assignments are not approved`);

  // Escrow held per HIT must add up to each requester's escrow account.
  const escrowByRequester = await db.hIT.groupBy({ by: ["requesterId"], _sum: { escrowCents: true } });
  for (const r of escrowByRequester) {
    const acct = accounts.find((a) => a.id === accountId.requesterEscrow(r.requesterId))?.balance ?? 0;
    if (acct !== (r._sum.escrowCents ?? 0)) problems.push(`requester ${r.requesterId}: escrow account ${acct} but HITs hold ${r._sum.escrowCents}`);
  }
  const hits = await db.hIT.findMany({
    select: { id: true, escrowCents: true, rewardCents: true, feeCents: true, numAvailable: true, numPending: true, numSubmitted: true, numCompleted: true, maxAssignments: true, status: true },
  });
  for (const h of hits) {
    const expected = (h.rewardCents + h.feeCents) * (h.numAvailable + h.numPending + h.numSubmitted);
    if (h.escrowCents !== expected) problems.push(`HIT ${h.id}: escrow ${h.escrowCents}, expected ${expected}`);
    if (h.numAvailable + h.numPending + h.numSubmitted + h.numCompleted > h.maxAssignments) problems.push(`HIT ${h.id}: more slots used than max`);
  }
  return problems;
}
