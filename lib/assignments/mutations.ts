// The assignment state machine (DESIGN.md section 4). Every transition is a conditional write on the
// expected status inside one transaction that also moves the HIT's slots and the money, so two processes
// racing (an approval and auto-approval, two accepts of the last slot) never both win.
import { db, transaction, isUniqueViolation, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now, addSeconds } from "@/lib/clock";
import { accountId } from "@/lib/money/accounts";
import { post } from "@/lib/money/ledger";
import { centsToDollars } from "@/lib/money/schema";
import { lockHit } from "@/lib/hits/lock";
import { isLive } from "@/lib/hits/status";
import { feedbackSchema } from "@/lib/hits/schema";
import { liveSlotKey, overrideWindowOpen } from "./schema";
import { moveSlots, releaseSlots } from "./slots";
import type { StoredUpload } from "./uploads";
import { refreshWorkTime } from "@/lib/hits/group-stats";
import { evaluateHitTypeRequirements } from "@/lib/qualifications/requirements";
import { reviewHitIfDue, runReviewPolicies } from "@/lib/review-policies/mutations";
import { recordEvent } from "@/lib/notifications/outbox";
import { tellApproved, tellRejected } from "@/lib/notifications/in-app/worker-news";
import { recordSubmittedAnswer } from "@/lib/batches/answer-fields";

const notFound = () => new DomainError("NotFound", "That assignment does not exist or is not yours.");

export async function acceptHit(workerId: string, hitId: string) {
  try {
    return await transaction(async (tx) => {
      await lockHit(tx, hitId);
      const hit = await tx.hIT.findUnique({ where: { id: hitId }, include: { hitType: true, requester: { select: { status: true } } } });
      const t = now();
      if (!hit || hit.status === "Disposed") throw new DomainError("NotFound", "That HIT does not exist.");
      // A suspended requester's HITs stay in place (their escrow still pays work in progress) but take no one new.
      if (hit.requester.status !== "Active") throw new DomainError("Conflict", "This HIT is not available: its requester's account is suspended.");
      if (!isLive(hit, t)) throw new DomainError("Expired", "This HIT has expired.");
      if (hit.requesterId === workerId) throw new DomainError("Forbidden", "You cannot work on your own HITs.");
      const blocked = await tx.workerBlock.findUnique({ where: { requesterId_workerId: { requesterId: hit.requesterId, workerId } } });
      if (blocked) throw new DomainError("NotFound", "That HIT does not exist.");
      const quals = await evaluateHitTypeRequirements(workerId, hit.hitTypeId, tx);
      if (!quals.canAccept) {
        throw new DomainError("Forbidden", `You do not meet this HIT's qualification requirements: ${quals.missing.map((m) => m.name).join(", ")}.`);
      }
      const existing = await tx.assignment.findUnique({ where: { liveSlot: liveSlotKey(hitId, workerId) } });
      if (existing) throw new DomainError("Conflict", "You have already worked on this HIT.");
      if (hit.numAvailable <= 0 || hit.status === "Reviewing") {
        throw new DomainError("NoSlotAvailable", "Every assignment of this HIT has been taken. Try another HIT of the group.");
      }
      const assignment = await tx.assignment.create({
        data: {
          id: newId(),
          hitId,
          workerId,
          hitTypeId: hit.hitTypeId,
          requesterId: hit.requesterId,
          status: "Accepted",
          liveSlot: liveSlotKey(hitId, workerId),
          acceptedAt: t,
          deadline: addSeconds(t, hit.hitType.assignmentDurationSeconds),
        },
      });
      await moveSlots(tx, hitId, { available: -1, pending: +1 });
      await recordEvent(tx, { type: "AssignmentAccepted", hitTypeId: hit.hitTypeId, hitId, assignmentId: assignment.id });
      return assignment;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError("Conflict", "You have already worked on this HIT.");
    throw e;
  }
}

/** Accepts the next HIT of a group (HIT type) the worker can take; "accept" on a HIT group page. */
export async function acceptNextInGroup(workerId: string, hitTypeId: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const t = now();
    // Hand-written: the ORM takes far longer to build the relation filter than the database takes to
    // run it, on the path every "accept" goes through. The live-slot key (see liveSlotKey) is unique.
    const candidates = await db.$queryRaw<{ id: string }[]>`
      SELECT h."id" FROM "HIT" h
      WHERE h."hitTypeId" = ${hitTypeId} AND h."status" = 'Assignable' AND h."numAvailable" > 0 AND h."expiresAt" > ${t}
        AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."liveSlot" = h."id" || ':' || ${workerId})
      ORDER BY h."createdAt" ASC
      LIMIT 5`;
    if (candidates.length === 0) break;
    for (const c of candidates) {
      try {
        return await acceptHit(workerId, c.id);
      } catch (e) {
        // Someone else took the last slot between our read and our write: try the next HIT.
        if (e instanceof DomainError && (e.code === "NoSlotAvailable" || e.code === "Conflict" || e.code === "Expired")) continue;
        throw e;
      }
    }
  }
  throw new DomainError("NoSlotAvailable", "There are no more HITs in this group that you can accept.");
}

/** The worker's own assignment, or NotFound; never another worker's. */
export async function assignmentOfWorker(workerId: string, assignmentId: string, tx?: Tx) {
  const a = await (tx ?? db).assignment.findUnique({ where: { id: assignmentId }, include: { hit: { include: { hitType: true } } } });
  if (!a || a.workerId !== workerId) throw notFound();
  return a;
}

/**
 * Submits answers already validated against the question (lib/questions). Refused after the deadline even
 * when the abandonment sweep has not run yet.
 */
export async function submitAssignment(workerId: string, assignmentId: string, answerXml: string, files: StoredUpload[] = []) {
  return transaction(async (tx) => {
    const a = await assignmentOfWorker(workerId, assignmentId, tx);
    const t = now();
    const res = await tx.assignment.updateMany({
      where: { id: assignmentId, workerId, status: "Accepted", deadline: { gt: t } },
      data: {
        status: "Submitted",
        submittedAt: t,
        autoApprovalAt: addSeconds(t, a.hit.hitType.autoApprovalDelaySeconds),
        answer: answerXml,
        workSeconds: Math.max(0, Math.round((t.getTime() - a.acceptedAt.getTime()) / 1000)),
      },
    });
    if (res.count !== 1) {
      // Abandoned means the deadline passed and the sweep got there first: the same news for the worker.
      if ((a.status === "Accepted" && a.deadline <= t) || a.status === "Abandoned") {
        throw new DomainError("Expired", "The time allotted for this HIT ran out before you submitted, so it can no longer be submitted.");
      }
      throw new DomainError("Conflict", `This assignment is ${a.status.toLowerCase()} and can no longer be submitted.`);
    }
    if (files.length > 0) {
      await tx.fileUpload.createMany({
        data: files.map((f) => ({ id: f.key, assignmentId, questionIdentifier: f.questionIdentifier, fileName: f.name, sizeBytes: f.size, storagePath: f.storagePath, createdAt: t })),
      });
    }
    await lockHit(tx, a.hitId);
    await recordSubmittedAnswer(tx, a.hit.batchId, answerXml);
    await recordEvent(tx, { type: "AssignmentSubmitted", hitTypeId: a.hitTypeId, hitId: a.hitId, assignmentId });
    await moveSlots(tx, a.hitId, { pending: -1, submitted: +1 });
    await refreshWorkTime(tx, a.hitTypeId);
    await runReviewPolicies(tx, assignmentId);
    return tx.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  });
}

/** Ends an Accepted assignment without work: the worker returns it, or its deadline passed. */
async function endAccepted(tx: Tx, assignmentId: string, to: "Returned" | "Abandoned", where: object) {
  const t = now();
  const res = await tx.assignment.updateMany({ where: { id: assignmentId, status: "Accepted", ...where }, data: { status: to, endedAt: t, liveSlot: null } });
  if (res.count !== 1) return false;
  const a = await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  await lockHit(tx, a.hitId);
  const hit = await tx.hIT.findUniqueOrThrow({ where: { id: a.hitId } });
  await recordEvent(tx, { type: `Assignment${to}`, hitTypeId: a.hitTypeId, hitId: a.hitId, assignmentId });
  if (isLive(hit, t)) {
    await moveSlots(tx, hit.id, { pending: -1, available: +1 });
  } else {
    // The HIT is over: the slot will never be used again, so its escrow goes back to the requester.
    await moveSlots(tx, hit.id, { pending: -1 });
    await releaseSlots(tx, hit, 1, `${to} assignment on an expired HIT`, null);
    await reviewHitIfDue(tx, hit.id);
  }
  return true;
}

export async function returnAssignment(workerId: string, assignmentId: string) {
  return transaction(async (tx) => {
    const a = await assignmentOfWorker(workerId, assignmentId, tx);
    const ok = await endAccepted(tx, assignmentId, "Returned", { workerId });
    if (!ok) throw new DomainError("Conflict", `This assignment is ${a.status.toLowerCase()} and cannot be returned.`);
  });
}

/** Sweep step: abandons one overdue assignment. Safe to run twice or in two processes at once. */
export async function abandonIfOverdue(assignmentId: string): Promise<boolean> {
  return transaction((tx) => endAccepted(tx, assignmentId, "Abandoned", { deadline: { lte: now() } }));
}

type ReviewActor = { requesterId: string } | { system: "auto-approval" };

async function reviewableAssignment(tx: Tx, actor: ReviewActor, assignmentId: string) {
  const a = await tx.assignment.findUnique({ where: { id: assignmentId }, include: { hit: { include: { hitType: true } } } });
  if (!a) throw notFound();
  if ("requesterId" in actor && a.requesterId !== actor.requesterId) throw notFound();
  return a;
}

type PaidAssignment = { id: string; workerId: string; requesterId: string; hitTypeId: string; hit: { id: string; rewardCents: number; feeCents: number; hitType: { title: string } } };

/**
 * Pays one assignment: reward to the worker, fee to the platform, from escrow (approval) or the requester's
 * available balance (an override). When an admin overturns a rejection the requester cannot pay, the
 * platform pays the reward out of its fees ("platform"), and no fee is taken. The unique paysAssignmentId
 * makes a second payment impossible.
 */
async function pay(tx: Tx, a: PaidAssignment, from: "escrow" | "available" | "platform", actorId: string | null) {
  const fee = from === "platform" ? 0 : a.hit.feeCents;
  const total = a.hit.rewardCents + fee;
  const source = { escrow: accountId.requesterEscrow(a.requesterId), available: accountId.requesterAvailable(a.requesterId), platform: accountId.platformFees }[from];
  await post(tx, {
    kind: ({ escrow: "assignment_payment", available: "override_payment", platform: "platform_payment" } as const)[from],
    memo: from === "platform"
      ? `Reward for "${a.hit.hitType.title}" ($${centsToDollars(a.hit.rewardCents)}) paid by Piecework: the requester could not pay an overturned rejection`
      : `Reward for "${a.hit.hitType.title}" ($${centsToDollars(a.hit.rewardCents)} + $${centsToDollars(fee)} fee)`,
    actorId,
    hitId: a.hit.id,
    paysAssignmentId: a.id,
    entries: [
      { accountId: source, amountCents: -total },
      { accountId: accountId.workerAvailable(a.workerId), amountCents: a.hit.rewardCents },
      { accountId: accountId.platformFees, amountCents: fee },
    ],
    insufficientMessage: from === "platform" ? "Piecework's fee account cannot cover this reward either." : `Not enough available funds to pay this override ($${centsToDollars(total)}). Add funds first.`,
  });
  if (from === "escrow") await tx.hIT.update({ where: { id: a.hit.id }, data: { escrowCents: { decrement: total } } });
}

/**
 * The override path (Rejected -> Approved within 30 days of submission), paid outside escrow: by the
 * requester, or by the platform when an admin overturns on appeal and the requester cannot pay. Runs in the
 * caller's transaction so the appeal's decision and the payment commit together.
 */
export async function overrideRejectionIn(tx: Tx, assignmentId: string, opts: { actorId: string | null; feedback: string | null; payer: "requester" | "requester-or-platform"; requesterId?: string }) {
  const a = await reviewableAssignment(tx, opts.requesterId ? { requesterId: opts.requesterId } : { system: "auto-approval" }, assignmentId);
  const t = now();
  if (a.status !== "Rejected") throw new DomainError("Conflict", `This assignment is ${a.status.toLowerCase()}, not rejected.`);
  if (!overrideWindowOpen(a, t)) throw new DomainError("Conflict", "A rejection can only be overridden within 30 days of submission.");
  if (a.hit.status === "Disposed") throw new DomainError("Conflict", "The HIT of this assignment was deleted, so its rejection can no longer be overridden.");
  const res = await tx.assignment.updateMany({ where: { id: assignmentId, status: "Rejected" }, data: { status: "Approved", approvedAt: t, requesterFeedback: opts.feedback ?? a.requesterFeedback } });
  if (res.count !== 1) throw new DomainError("Conflict", "This assignment was reviewed by someone else just now.");
  await lockHit(tx, a.hitId);
  let from: "available" | "platform" = "available";
  if (opts.payer === "requester-or-platform") {
    // Read after the lock; a debit racing this one makes post() refuse and the whole transaction roll back.
    const available = await tx.ledgerAccount.findUnique({ where: { id: accountId.requesterAvailable(a.requesterId) }, select: { balance: true } });
    if ((available?.balance ?? 0) < a.hit.rewardCents + a.hit.feeCents) from = "platform";
  }
  await pay(tx, a, from, opts.actorId);
  await recordEvent(tx, { type: "AssignmentApproved", hitTypeId: a.hitTypeId, hitId: a.hitId, assignmentId });
  return { assignment: await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId } }), paidBy: from === "platform" ? ("platform" as const) : ("requester" as const) };
}

/** `quiet` leaves telling the worker to the caller (an appeal's answer says it all in one line). */
export async function approveAssignment(actor: ReviewActor, assignmentId: string, feedback?: string, opts: { overrideRejection?: boolean; tx?: Tx; quiet?: boolean } = {}) {
  const parsedFeedback = feedbackSchema.safeParse(feedback ?? "");
  if (!parsedFeedback.success) throw new DomainError("InvalidInput", parsedFeedback.error.issues[0].message, { fieldErrors: { feedback: parsedFeedback.error.issues[0].message } });
  const fb = parsedFeedback.data || null;
  const actorId = "requesterId" in actor ? actor.requesterId : null;
  return transaction(async (tx) => {
    const a = await reviewableAssignment(tx, actor, assignmentId);
    if (a.status === "Rejected" && opts.overrideRejection && "requesterId" in actor) {
      const { assignment } = await overrideRejectionIn(tx, assignmentId, { actorId, feedback: fb, payer: "requester", requesterId: actor.requesterId });
      if (!opts.quiet) await tellApproved(tx, { workerId: a.workerId, hitTypeId: a.hitTypeId, title: a.hit.hitType.title, rewardCents: a.hit.rewardCents });
      return assignment;
    }
    const approved = await approveSubmittedIn(tx, a, { actorId, feedback: fb, dueOnly: "system" in actor });
    if (!approved) {
      if (a.status === "Rejected") throw new DomainError("Conflict", "This assignment was rejected; approve it with the override to pay it.");
      throw new DomainError("Conflict", `This assignment is ${a.status.toLowerCase()}, not awaiting review.`);
    }
    return tx.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  }, opts.tx);
}

/**
 * Submitted -> Approved and paid from escrow, in the caller's transaction: a conditional write, so it is
 * false when someone else reviewed it first. `dueOnly` is the auto-approval sweep's guard.
 */
export async function approveSubmittedIn(tx: Tx, a: PaidAssignment & { hitId: string }, opts: { actorId: string | null; feedback: string | null; dueOnly?: boolean }): Promise<boolean> {
  const t = now();
  const where = opts.dueOnly ? { id: a.id, status: "Submitted", autoApprovalAt: { lte: t } } : { id: a.id, status: "Submitted" };
  const res = await tx.assignment.updateMany({ where, data: { status: "Approved", approvedAt: t, requesterFeedback: opts.feedback } });
  if (res.count !== 1) return false;
  await lockHit(tx, a.hitId);
  await moveSlots(tx, a.hitId, { submitted: -1, completed: +1 });
  await pay(tx, a, "escrow", opts.actorId);
  await recordEvent(tx, { type: "AssignmentApproved", hitTypeId: a.hitTypeId, hitId: a.hitId, assignmentId: a.id });
  await tellApproved(tx, { workerId: a.workerId, hitTypeId: a.hitTypeId, title: a.hit.hitType.title, rewardCents: a.hit.rewardCents });
  return true;
}

export async function rejectAssignment(requesterId: string, assignmentId: string, feedback: string, inTx?: Tx) {
  const parsed = feedbackSchema.safeParse(feedback);
  if (!parsed.success) throw new DomainError("InvalidInput", parsed.error.issues[0].message, { fieldErrors: { feedback: parsed.error.issues[0].message } });
  if (!parsed.data) throw new DomainError("InvalidInput", "Tell the worker why their work is rejected.", { fieldErrors: { feedback: "Feedback is required to reject" } });
  return transaction(async (tx) => {
    const a = await reviewableAssignment(tx, { requesterId }, assignmentId);
    const res = await tx.assignment.updateMany({ where: { id: assignmentId, status: "Submitted" }, data: { status: "Rejected", rejectedAt: now(), requesterFeedback: parsed.data } });
    if (res.count !== 1) throw new DomainError("Conflict", `This assignment is ${a.status.toLowerCase()}, not awaiting review.`);
    await lockHit(tx, a.hitId);
    await moveSlots(tx, a.hitId, { submitted: -1, completed: +1 });
    await releaseSlots(tx, a.hit, 1, `Rejected work on "${a.hit.hitType.title}"`, requesterId);
    await recordEvent(tx, { type: "AssignmentRejected", hitTypeId: a.hitTypeId, hitId: a.hitId, assignmentId });
    await tellRejected(tx, { workerId: a.workerId, hitTypeId: a.hitTypeId, title: a.hit.hitType.title, feedback: parsed.data });
    return tx.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  }, inTx);
}
