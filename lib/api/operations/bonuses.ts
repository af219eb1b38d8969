// SendBonus and ListBonusPayments: the bonus the workers page pays (lib/money/bonuses.ts), from the
// requester's available balance, once per UniqueRequestToken.
import { sendBonus, bonusesOfRequester } from "@/lib/money/bonuses";
import { requesterAssignment } from "@/lib/assignments/queries";
import { requestError } from "../errors";
import { page, pageOf } from "../pagination";
import { cents } from "../shapes/common";
import { bonusPaymentShape } from "../shapes/assignment";
import { assignmentDoesNotExist, onAssignment } from "./assignment-errors";
import { ownHitShape } from "./hit-loading";
import type { Operation } from "./types";

export const SendBonus: Operation = async (ctx, input) => {
  await onAssignment(input.AssignmentId, () =>
    sendBonus(ctx.requesterId, {
      workerId: input.WorkerId,
      assignmentId: input.AssignmentId,
      amountCents: cents(input.BonusAmount, "BonusAmount"),
      reason: input.Reason,
      uniqueRequestToken: input.UniqueRequestToken,
    }),
  );
  return {};
};

export const ListBonusPayments: Operation = async (ctx, input) => {
  const { HITId, AssignmentId } = input;
  if (!HITId === !AssignmentId) throw requestError("Give either HITId or AssignmentId, not both and not neither.", "AWS.BadParameters");
  if (HITId) await ownHitShape(ctx.requesterId, HITId);
  else if (!(await requesterAssignment(ctx.requesterId, AssignmentId))) throw assignmentDoesNotExist(AssignmentId);
  const scope = HITId ? `bonuses:hit:${HITId}` : `bonuses:assignment:${AssignmentId}`;
  const { skip, take } = pageOf(input, scope);
  const rows = await bonusesOfRequester(ctx.requesterId, HITId ? { hitId: HITId } : { assignmentId: AssignmentId }, { skip, take: take + 1 });
  const { results, NextToken } = page(rows, skip, take, scope);
  return { NumResults: results.length, ...(NextToken ? { NextToken } : {}), BonusPayments: results.map(bonusPaymentShape) };
};
