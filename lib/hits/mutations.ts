// Creating HITs. The HIT and the escrow of reward + fee for every assignment are one transaction: either
// the requester has the money and the HIT is live, or nothing happened.
import { transaction } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now, addSeconds } from "@/lib/clock";
import { accountId } from "@/lib/money/accounts";
import { hitCost } from "@/lib/money/fees";
import { getFeeSchedule, getPayFloor, payFloorVerdict } from "@/lib/money/fee-settings";
import { post } from "@/lib/money/ledger";
import { centsToDollars } from "@/lib/money/schema";
import { createHitSchema, hitOfTypeSchema, type CreateHitInput, type HitOfTypeInput } from "./schema";
import { getOrCreateHitType, ownHitType } from "./hit-types";
import { validateQuestion } from "./question";
import { noteHitTimes, syncGroupCount } from "./group-stats";
import { requiresMasters } from "./masters";
import { oncePerToken, recordToken } from "./request-token";
import { checkPolicyQuestions } from "@/lib/review-policies/question-check";
import { recordEvent } from "@/lib/notifications/outbox";

function invalid(issues: { path: PropertyKey[]; message: string }[]): DomainError {
  return new DomainError("InvalidInput", issues[0]?.message ?? "Invalid HIT", {
    fieldErrors: Object.fromEntries(issues.map((i) => [String(i.path[0] ?? "form"), i.message])),
  });
}

/** CreateHIT: the HIT type (found or made from the properties) and the HIT. */
export async function createHit(requesterId: string, raw: CreateHitInput) {
  const parsed = createHitSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  if (!parsed.data.layoutId) validateQuestion(parsed.data.question); // before the type exists, so a bad question creates nothing
  const hitType = await getOrCreateHitType(requesterId, parsed.data);
  return createHitOfType(requesterId, hitType.id, parsed.data);
}

/** The HIT-level part of a token repeat: MTurk names the HIT the first request created. */
function duplicateToken(token: string, hitId: string): DomainError {
  return new DomainError("Duplicate", `The request token "${token}" was used within the last 24 hours to create HIT ${hitId}.`, {
    turkErrorCode: "AWS.MechanicalTurk.HitAlreadyExists",
  });
}

/** CreateHITWithHITType: a HIT of an existing type of this requester. */
export async function createHitOfType(requesterId: string, hitTypeId: string, raw: HitOfTypeInput) {
  const parsed = hitOfTypeSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const input = parsed.data;
  // A layout's filled HTML is ours, made by lib/projects; any other question must be one of MTurk's documents.
  const questionType = input.layoutId ? "Layout" : validateQuestion(input.question);
  checkPolicyQuestions(input.question, questionType, input);
  const hitType = await ownHitType(requesterId, hitTypeId);
  const [schedule, floor] = await Promise.all([getFeeSchedule(), getPayFloor()]);
  const payWarning = payFloorVerdict(floor, hitType.rewardCents, hitType.assignmentDurationSeconds);
  const cost = hitCost(hitType.rewardCents, input.maxAssignments, await requiresMasters(hitTypeId), schedule);
  const token = input.uniqueRequestToken;

  const create = () =>
    transaction(async (tx) => {
      const createdAt = now();
      const id = newId();
      if (token) await recordToken(tx, requesterId, "CreateHIT", token, id);
      const hit = await tx.hIT.create({
        data: {
          id,
          hitTypeId,
          requesterId,
          questionType,
          question: input.question,
          layoutId: input.layoutId ?? null,
          layoutParameters: input.layoutParameters ?? null,
          maxAssignments: input.maxAssignments,
          rewardCents: cost.rewardCents,
          feeCents: cost.feeCents,
          escrowCents: cost.totalCents,
          lifetimeSeconds: input.lifetimeSeconds,
          createdAt,
          expiresAt: addSeconds(createdAt, input.lifetimeSeconds),
          requesterAnnotation: input.requesterAnnotation ?? null,
          uniqueRequestToken: token ?? null,
          assignmentReviewPolicy: input.assignmentReviewPolicy ? JSON.stringify(input.assignmentReviewPolicy) : null,
          hitReviewPolicy: input.hitReviewPolicy ? JSON.stringify(input.hitReviewPolicy) : null,
          status: "Assignable",
          numAvailable: input.maxAssignments,
        },
      });
      await post(tx, {
        kind: "hit_escrow",
        memo: `Escrow for "${hitType.title}": ${input.maxAssignments} × ($${centsToDollars(cost.rewardCents)} + $${centsToDollars(cost.feeCents)} fee)`,
        actorId: requesterId,
        hitId: hit.id,
        entries: [
          { accountId: accountId.requesterAvailable(requesterId), amountCents: -cost.totalCents },
          { accountId: accountId.requesterEscrow(requesterId), amountCents: cost.totalCents },
        ],
        insufficientMessage: `Not enough funds: this HIT needs $${centsToDollars(cost.totalCents)} (rewards $${centsToDollars(cost.totalRewardCents)} + fees $${centsToDollars(cost.totalFeeCents)}). Add funds and try again.`,
      });
      await syncGroupCount(tx, { hitTypeId, status: "Disposed", numAvailable: 0 }, hit);
      await noteHitTimes(tx, hitTypeId, hit);
      if (payWarning) await tx.notification.create({ data: { id: newId(), userId: requesterId, kind: "hit.low-pay", text: `"${hitType.title}": ${payWarning}`, href: `/requester/hits/${hit.id}`, createdAt } });
      await recordEvent(tx, { type: "HITCreated", hitTypeId, hitId: hit.id });
      return { hit, hitType, cost, payWarning };
    });

  return oncePerToken(requesterId, "CreateHIT", token, create, (hitId) => duplicateToken(token!, hitId));
}
