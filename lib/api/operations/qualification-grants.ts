// AssociateQualificationWithWorker, DisassociateQualificationFromWorker, GetQualificationScore,
// ListWorkersWithQualificationType: the owner's grants (lib/qualifications/grants.ts). Only the type's
// owner may act on or read its qualifications; for anyone else the type does not exist.
import { getQualificationScore, grantQualification, revokeQualification, workersWithQualification } from "@/lib/qualifications/grants";
import { pageOf } from "../pagination";
import { inApiTerms, listing, qualificationShape } from "../shapes/qualification";
import type { Operation } from "./types";

export const AssociateQualificationWithWorker: Operation = async (ctx, input) => {
  await inApiTerms(
    () =>
      grantQualification(ctx.requesterId, {
        qualificationTypeId: input.QualificationTypeId,
        workerId: input.WorkerId,
        integerValue: input.IntegerValue ?? undefined,
        sendNotification: input.SendNotification ?? undefined,
      }),
    { form: "IntegerValue" },
  );
  return {};
};

export const DisassociateQualificationFromWorker: Operation = async (ctx, input) => {
  await inApiTerms(() => revokeQualification(ctx.requesterId, input.QualificationTypeId, input.WorkerId, input.Reason ?? ""), { form: "Reason" });
  return {};
};

export const GetQualificationScore: Operation = async (ctx, input) => ({
  Qualification: qualificationShape(await getQualificationScore(ctx.requesterId, input.QualificationTypeId, input.WorkerId)),
});

export const ListWorkersWithQualificationType: Operation = async (ctx, input) => {
  const status = input.Status ?? undefined;
  const scope = `ListWorkersWithQualificationType:${input.QualificationTypeId}:${status ?? ""}`;
  const { skip, take } = pageOf(input, scope);
  const found = await workersWithQualification(ctx.requesterId, input.QualificationTypeId, { status, skip, take });
  const { NumResults, NextToken, results } = listing(found, skip, take, scope, qualificationShape);
  return { NumResults, NextToken, Qualifications: results };
};
