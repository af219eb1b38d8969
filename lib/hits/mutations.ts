// Creating HITs. The HIT and the escrow of reward + fee for every assignment are one transaction: either
// the requester has the money and the HIT is live, or nothing happened.
import { transaction } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now, addSeconds } from "@/lib/clock";
import { accountId } from "@/lib/money/accounts";
import { hitCost } from "@/lib/money/fees";
import { getFeeSchedule } from "@/lib/money/fee-settings";
import { post } from "@/lib/money/ledger";
import { centsToDollars } from "@/lib/money/schema";
import { createHitSchema, type CreateHitInput } from "./schema";
import { getOrCreateHitType } from "./hit-types";
import { validateQuestion } from "./question";

export async function createHit(requesterId: string, raw: CreateHitInput) {
  const parsed = createHitSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DomainError("InvalidInput", first?.message ?? "Invalid HIT", {
      fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), i.message])),
    });
  }
  const input = parsed.data;
  const questionType = validateQuestion(input.question);
  const schedule = await getFeeSchedule();
  const cost = hitCost(input.rewardCents, input.maxAssignments, false, schedule);
  const hitType = await getOrCreateHitType(requesterId, input);

  return transaction(async (tx) => {
    const createdAt = now();
    const hit = await tx.hIT.create({
      data: {
        id: newId(),
        hitTypeId: hitType.id,
        requesterId,
        questionType,
        question: input.question,
        maxAssignments: input.maxAssignments,
        rewardCents: cost.rewardCents,
        feeCents: cost.feeCents,
        escrowCents: cost.totalCents,
        lifetimeSeconds: input.lifetimeSeconds,
        createdAt,
        expiresAt: addSeconds(createdAt, input.lifetimeSeconds),
        requesterAnnotation: input.requesterAnnotation ?? null,
        uniqueRequestToken: input.uniqueRequestToken ?? null,
        status: "Assignable",
        numAvailable: input.maxAssignments,
      },
    });
    await post(tx, {
      kind: "hit_escrow",
      memo: `Escrow for "${input.title}": ${input.maxAssignments} × ($${centsToDollars(cost.rewardCents)} + $${centsToDollars(cost.feeCents)} fee)`,
      actorId: requesterId,
      hitId: hit.id,
      entries: [
        { accountId: accountId.requesterAvailable(requesterId), amountCents: -cost.totalCents },
        { accountId: accountId.requesterEscrow(requesterId), amountCents: cost.totalCents },
      ],
      insufficientMessage: `Not enough funds: this HIT needs $${centsToDollars(cost.totalCents)} (rewards $${centsToDollars(cost.totalRewardCents)} + fees $${centsToDollars(cost.totalFeeCents)}). Add funds and try again.`,
    });
    return { hit, hitType, cost };
  });
}
