// Changing a HIT after it is posted, with MTurk's rules: expire or extend, add assignments, mark it
// Reviewing and back, move it to another HIT type, and dispose of it. Each is one transaction holding the
// HIT's lock, and moves escrow so that it always equals (reward + fee) × open slots.
import { transaction, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { accountId } from "@/lib/money/accounts";
import { rewardFee } from "@/lib/money/fees";
import { getFeeSchedule } from "@/lib/money/fee-settings";
import { post } from "@/lib/money/ledger";
import { centsToDollars } from "@/lib/money/schema";
import { moveSlots, releaseSlots } from "@/lib/assignments/slots";
import { lockHit } from "./lock";
import { effectiveStatus, isLive, statusFromCounters } from "./status";
import { LIMITS } from "./schema";
import { noteHitTimes, syncGroupCount } from "./group-stats";
import { requiresMasters } from "./masters";
import { disposalRefusal } from "./disposal";
import { ownHitType } from "./hit-types";
import { oncePerToken, recordToken } from "./request-token";
import { recordEvent } from "@/lib/notifications/outbox";

const notYours = (hitId: string) =>
  new DomainError("NotFound", `HIT ${hitId} does not exist or is not yours.`, { turkErrorCode: "AWS.MechanicalTurk.HITDoesNotExist" });

/** The requester's own HIT, locked for the rest of the transaction. */
export async function lockedHitOf(tx: Tx, requesterId: string, hitId: string) {
  await lockHit(tx, hitId);
  const hit = await tx.hIT.findUnique({ where: { id: hitId }, include: { hitType: true } });
  if (!hit || hit.requesterId !== requesterId) throw notYours(hitId);
  return hit;
}

/**
 * Moves `amount` cents between the requester's available balance and this HIT's escrow: positive holds
 * more (refused when the requester cannot pay), negative gives back.
 */
async function adjustEscrow(tx: Tx, hit: { id: string; requesterId: string }, amount: number, memo: string) {
  if (amount === 0) return;
  await post(tx, {
    kind: amount > 0 ? "hit_escrow" : "escrow_release",
    memo,
    actorId: hit.requesterId,
    hitId: hit.id,
    entries: [
      { accountId: accountId.requesterAvailable(hit.requesterId), amountCents: -amount },
      { accountId: accountId.requesterEscrow(hit.requesterId), amountCents: amount },
    ],
    insufficientMessage: `Not enough funds: this needs $${centsToDollars(amount)} more in escrow. Add funds and try again.`,
  });
  await tx.hIT.update({ where: { id: hit.id }, data: { escrowCents: { increment: amount } } });
}

async function escrowSlots(tx: Tx, hit: { id: string; requesterId: string; rewardCents: number; feeCents: number }, slots: number, memo: string) {
  if (slots > 0) await adjustEscrow(tx, hit, (hit.rewardCents + hit.feeCents) * slots, memo);
}

export const TEN_ASSIGNMENT_ERROR = "AWS.MechanicalTurk.InvalidMaximumAssignmentsIncrease";

/** MTurk refuses to take a HIT from fewer than 10 assignments to 10 or more (the fee schedule changes there). */
export function tenAssignmentRefusal(maxAssignments: number, adding: number): string | null {
  return maxAssignments < 10 && maxAssignments + adding >= 10
    ? `This HIT has ${maxAssignments} assignments; a HIT with fewer than 10 cannot be extended to 10 or more.`
    : null;
}

type GrowableHit = Parameters<typeof escrowSlots>[1] & { hitTypeId: string; maxAssignments: number; expiresAt: Date; numAvailable: number; numPending: number; numSubmitted: number; numCompleted: number };

/**
 * Adds assignments and/or moves the expiry later. Slots open only on a HIT that is live afterwards: the
 * added ones, and those an earlier expiry closed. Their escrow is taken first, so when the requester is
 * short the InsufficientFunds error comes before anything was written (a caller may record it and go on).
 */
export async function growHit(tx: Tx, hit: GrowableHit, change: { add?: number; expireAt?: Date }, memo: string) {
  const add = change.add ?? 0;
  const expiresAt = change.expireAt ?? hit.expiresAt;
  const closed = hit.maxAssignments - hit.numAvailable - hit.numPending - hit.numSubmitted - hit.numCompleted;
  const opening = isLive({ status: "Assignable", expiresAt }, now()) ? closed + add : 0;
  await escrowSlots(tx, hit, opening, memo);
  // A later expiry will be handled (and told) again when it comes.
  await tx.hIT.update({ where: { id: hit.id }, data: { maxAssignments: { increment: add }, expiresAt, ...(change.expireAt ? { expiredAt: null } : {}) } });
  if (change.expireAt) await noteHitTimes(tx, hit.hitTypeId, { expiresAt });
  if (opening > 0) await moveSlots(tx, hit.id, { available: opening });
  await recordEvent(tx, { type: "HITExtended", hitTypeId: hit.hitTypeId, hitId: hit.id });
}

/**
 * UpdateExpirationForHIT: a time at or before now expires the HIT at once (its open slots' escrow goes
 * back); a later time extends it, re-opening the slots an earlier expiry closed (and escrowing them again).
 */
export async function updateExpiration(requesterId: string, hitId: string, expireAt: Date) {
  if (Number.isNaN(expireAt.getTime())) throw new DomainError("InvalidInput", "The new expiration is not a valid time.");
  return transaction(async (tx) => {
    const hit = await lockedHitOf(tx, requesterId, hitId);
    if (hit.status === "Disposed") throw new DomainError("Conflict", "This HIT was deleted.");
    const t = now();
    if (expireAt.getTime() <= t.getTime()) {
      await tx.hIT.update({ where: { id: hitId }, data: { expiresAt: t, expiredAt: hit.expiredAt ?? t } });
      // Unless the expiry sweep already handled it (and said so).
      if (!hit.expiredAt) await recordEvent(tx, { type: "HITExpired", hitTypeId: hit.hitTypeId, hitId });
      if (hit.numAvailable > 0) {
        await moveSlots(tx, hitId, { available: -hit.numAvailable });
        await releaseSlots(tx, hit, hit.numAvailable, "Unused assignments of an expired HIT", requesterId);
      }
    } else {
      if (expireAt.getTime() - hit.createdAt.getTime() > LIMITS.maxSeconds * 1000) {
        throw new DomainError("InvalidInput", "A HIT can stay up at most 365 days from its creation.");
      }
      await growHit(tx, hit, { expireAt }, `Re-opened assignment(s) of "${hit.hitType.title}"`);
    }
    return tx.hIT.findUniqueOrThrow({ where: { id: hitId } });
  });
}

/**
 * CreateAdditionalAssignmentsForHIT. MTurk refuses to take a HIT from fewer than 10 assignments to 10 or
 * more. With a unique request token, a repeat within 24 hours is refused and adds nothing.
 */
export async function addAssignments(requesterId: string, hitId: string, count: number, uniqueRequestToken?: string) {
  if (!Number.isInteger(count) || count < 1 || count > LIMITS.maxAssignments) {
    throw new DomainError("InvalidInput", "Add a whole number of assignments, at least 1.", { fieldErrors: { count: "Enter a whole number, at least 1" } });
  }
  const token = uniqueRequestToken;
  const add = () =>
    transaction(async (tx) => {
      const hit = await lockedHitOf(tx, requesterId, hitId);
      if (hit.status === "Disposed") throw new DomainError("Conflict", "This HIT was deleted.");
      const refusal = tenAssignmentRefusal(hit.maxAssignments, count);
      if (refusal) {
        throw new DomainError("InvalidInput", `${refusal} Create a new HIT instead.`, {
          fieldErrors: { count: "Would take the HIT from fewer than 10 to 10 or more" },
          turkErrorCode: TEN_ASSIGNMENT_ERROR,
        });
      }
      if (token) await recordToken(tx, requesterId, "CreateAdditionalAssignmentsForHIT", token, hitId);
      await growHit(tx, hit, { add: count }, `${count} more assignment(s) of "${hit.hitType.title}"`);
      return tx.hIT.findUniqueOrThrow({ where: { id: hitId } });
    });
  return oncePerToken(requesterId, "CreateAdditionalAssignmentsForHIT", token, add, (extendedHitId) =>
    new DomainError("Duplicate", `The request token "${token}" was used within the last 24 hours to add assignments to HIT ${extendedHitId}; nothing was added this time.`),
  );
}

/** UpdateHITReviewStatus: Reviewable -> Reviewing, or with revert Reviewing -> Reviewable. */
export async function setReviewing(requesterId: string, hitId: string, revert: boolean) {
  return transaction(async (tx) => {
    const hit = await lockedHitOf(tx, requesterId, hitId);
    const current = effectiveStatus(hit, now());
    if (!revert) {
      if (current !== "Reviewable") throw new DomainError("Conflict", `Only a Reviewable HIT can be marked Reviewing; this one is ${current}.`);
      const updated = await tx.hIT.update({ where: { id: hitId }, data: { status: "Reviewing" } });
      await syncGroupCount(tx, hit, updated);
      return updated;
    }
    if (current !== "Reviewing") throw new DomainError("Conflict", `Only a Reviewing HIT can be reverted; this one is ${current}.`);
    const updated = await tx.hIT.update({ where: { id: hitId }, data: { status: statusFromCounters("Reviewable", hit) } });
    await syncGroupCount(tx, hit, updated);
    return updated;
  });
}

/**
 * UpdateHITTypeOfHIT: the HIT takes the new type's title, reward and durations. Its unpaid slots are
 * re-priced with today's fee schedule, and escrow moves by the difference.
 */
export async function changeHitType(requesterId: string, hitId: string, hitTypeId: string) {
  const type = await ownHitType(requesterId, hitTypeId);
  const schedule = await getFeeSchedule();
  const masters = await requiresMasters(hitTypeId);
  return transaction(async (tx) => {
    const hit = await lockedHitOf(tx, requesterId, hitId);
    if (hit.status === "Disposed") throw new DomainError("Conflict", "This HIT was deleted.");
    const feeCents = rewardFee(type.rewardCents, { maxAssignments: hit.maxAssignments, requiresMasters: masters }, schedule);
    const slots = hit.numAvailable + hit.numPending + hit.numSubmitted;
    const delta = (type.rewardCents + feeCents - hit.rewardCents - hit.feeCents) * slots;
    const moved = await tx.hIT.update({ where: { id: hitId }, data: { hitTypeId, rewardCents: type.rewardCents, feeCents } });
    await syncGroupCount(tx, hit, moved);
    await noteHitTimes(tx, hitTypeId, moved);
    await adjustEscrow(tx, hit, delta, `HIT moved to "${type.title}": reward changed`);
    return tx.hIT.findUniqueOrThrow({ where: { id: hitId } });
  });
}

/**
 * DeleteHIT. MTurk deletes only a HIT that is expired or fully used, with nothing in progress and nothing
 * left to review; whatever escrow it still holds goes back.
 */
export async function disposeHit(requesterId: string, hitId: string) {
  return transaction(async (tx) => {
    const hit = await lockedHitOf(tx, requesterId, hitId);
    const t = now();
    const refusal = disposalRefusal(hit, t);
    if (refusal) throw new DomainError("Conflict", refusal);
    if (hit.numAvailable > 0) {
      await moveSlots(tx, hitId, { available: -hit.numAvailable });
      await releaseSlots(tx, hit, hit.numAvailable, "Unused assignments of a deleted HIT", requesterId);
    }
    await recordEvent(tx, { type: "HITDisposed", hitTypeId: hit.hitTypeId, hitId });
    return tx.hIT.update({ where: { id: hitId }, data: { status: "Disposed", disposedAt: t } });
  });
}
