// Deposits: a requester asks, an admin decides. Only an approved deposit touches the ledger, and the
// Pending -> Approved/Declined step is a conditional write, so two admins can never both approve.
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

export async function requestDeposit(requesterId: string, amountCents: number, note = "") {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) throw new DomainError("InvalidInput", "The amount must be positive.");
  return db.deposit.create({ data: { id: newId(), requesterId, amountCents, note, createdAt: now() } });
}

export async function approveDeposit(adminId: string, depositId: string) {
  return asAdmin(adminId, async (tx) => {
    const res = await tx.deposit.updateMany({
      where: { id: depositId, status: "Pending" },
      data: { status: "Approved", decidedAt: now(), decidedById: adminId },
    });
    if (res.count !== 1) throw new DomainError("Conflict", "This deposit is no longer pending.");
    const deposit = await tx.deposit.findUniqueOrThrow({ where: { id: depositId } });
    await post(tx, {
      kind: "deposit",
      memo: `Deposit of $${centsToDollars(deposit.amountCents)}`,
      actorId: adminId,
      depositId,
      entries: [
        { accountId: accountId.external, amountCents: -deposit.amountCents },
        { accountId: accountId.requesterAvailable(deposit.requesterId), amountCents: deposit.amountCents },
      ],
    });
    await recordAudit(tx, { actorId: adminId, action: "deposit.approve", subjectType: "Deposit", subjectId: depositId, details: { amountCents: deposit.amountCents, requesterId: deposit.requesterId } });
    return deposit;
  });
}

/** Declines with a reason the requester reads on their Funds page and in their inbox. */
export async function declineDeposit(adminId: string, depositId: string, rawReason: string) {
  const reason = adminReason(rawReason);
  return asAdmin(adminId, async (tx) => {
    const res = await tx.deposit.updateMany({
      where: { id: depositId, status: "Pending" },
      data: { status: "Declined", decidedAt: now(), decidedById: adminId, reason },
    });
    if (res.count !== 1) throw new DomainError("Conflict", "This deposit is no longer pending.");
    const deposit = await tx.deposit.findUniqueOrThrow({ where: { id: depositId } });
    await tellUser(tx, deposit.requesterId, {
      kind: "deposit.declined",
      subject: `Your deposit of $${centsToDollars(deposit.amountCents)} was declined`,
      body: `Reason: ${reason}\n\nNothing was added to your balance.`,
      line: `Your deposit of $${centsToDollars(deposit.amountCents)} was declined: ${reason}`,
      href: "/requester/funds",
    });
    await recordAudit(tx, { actorId: adminId, action: "deposit.decline", subjectType: "Deposit", subjectId: depositId, reason, details: { amountCents: deposit.amountCents, requesterId: deposit.requesterId } });
  });
}
