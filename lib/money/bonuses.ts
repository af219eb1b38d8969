// Bonuses: a requester pays extra to a worker who worked on one of their assignments, with a reason the
// worker sees. Bonus + fee come from the requester's available balance in one ledger transaction; a
// unique request token makes a retried or raced request pay once.
import { db, transaction, isUniqueViolation } from "@/lib/db/client";
import { tellBonus } from "@/lib/notifications/in-app/worker-news";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { accountId } from "./accounts";
import { bonusFee } from "./fees";
import { getFeeSchedule } from "./fee-settings";
import { post } from "./ledger";
import { centsToDollars } from "./schema";

export interface BonusInput {
  workerId: string;
  assignmentId: string;
  amountCents: number;
  reason: string;
  uniqueRequestToken?: string;
}

export async function sendBonus(requesterId: string, input: BonusInput) {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents < 1) {
    throw new DomainError("InvalidInput", "The bonus must be at least $0.01.", { fieldErrors: { amount: "At least $0.01" } });
  }
  const reason = input.reason.trim();
  if (!reason) throw new DomainError("InvalidInput", "Tell the worker what the bonus is for.", { fieldErrors: { reason: "A reason is required" } });
  if (reason.length > 1024) throw new DomainError("InvalidInput", "The reason is at most 1024 characters.", { fieldErrors: { reason: "At most 1024 characters" } });
  const token = input.uniqueRequestToken?.trim() || null;
  if (token && token.length > 64) throw new DomainError("InvalidInput", "The request token is at most 64 characters.");

  const assignment = await db.assignment.findUnique({ where: { id: input.assignmentId }, include: { hit: { include: { hitType: { select: { title: true } } } } } });
  if (!assignment || assignment.requesterId !== requesterId) throw new DomainError("NotFound", "That assignment does not exist or is not yours.");
  if (assignment.workerId !== input.workerId) throw new DomainError("InvalidInput", "That worker did not work on this assignment.");
  if (!["Submitted", "Approved", "Rejected"].includes(assignment.status)) {
    throw new DomainError("Conflict", "A bonus can only be paid for submitted work.");
  }
  const feeCents = bonusFee(input.amountCents, await getFeeSchedule());

  try {
    return await transaction(async (tx) => {
      const bonus = await tx.bonusPayment.create({
        data: {
          id: newId(),
          requesterId,
          workerId: input.workerId,
          assignmentId: input.assignmentId,
          amountCents: input.amountCents,
          feeCents,
          reason,
          uniqueRequestToken: token,
          createdAt: now(),
        },
      });
      await post(tx, {
        kind: "bonus",
        memo: `Bonus for "${assignment.hit.hitType.title}" ($${centsToDollars(input.amountCents)} + $${centsToDollars(feeCents)} fee)`,
        actorId: requesterId,
        hitId: assignment.hitId,
        assignmentId: assignment.id,
        bonusId: bonus.id,
        entries: [
          { accountId: accountId.requesterAvailable(requesterId), amountCents: -(input.amountCents + feeCents) },
          { accountId: accountId.workerAvailable(input.workerId), amountCents: input.amountCents },
          { accountId: accountId.platformFees, amountCents: feeCents },
        ],
        insufficientMessage: `Not enough available funds for this bonus ($${centsToDollars(input.amountCents + feeCents)} with the fee).`,
      });
      await tellBonus(tx, { workerId: input.workerId, hitTypeId: assignment.hitTypeId, title: assignment.hit.hitType.title, amountCents: input.amountCents, reason });
      return bonus;
    });
  } catch (e) {
    if (token && isUniqueViolation(e)) {
      const first = await db.bonusPayment.findUnique({ where: { requesterId_uniqueRequestToken: { requesterId, uniqueRequestToken: token } } });
      throw new DomainError("Duplicate", `A bonus with the request token "${token}" was already paid${first ? ` (bonus ${first.id})` : ""}.`, {
        turkErrorCode: "AWS.MechanicalTurk.DuplicateRequest",
      });
    }
    throw e;
  }
}

/** The requester's bonuses, newest first, all of them or one page (`skip`, `take`). */
export function bonusesOfRequester(requesterId: string, where: { assignmentId?: string; hitId?: string } = {}, page: { skip?: number; take?: number } = {}) {
  return db.bonusPayment.findMany({
    where: { requesterId, ...(where.assignmentId ? { assignmentId: where.assignmentId } : {}), ...(where.hitId ? { assignment: { hitId: where.hitId } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: page.skip,
    take: page.take,
    include: { worker: { select: { name: true } } },
  });
}
