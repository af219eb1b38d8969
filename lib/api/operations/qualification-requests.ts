// ListQualificationRequests, AcceptQualificationRequest, RejectQualificationRequest: the owner deciding
// workers' requests (lib/qualifications/requests.ts). Another requester's request does not exist.
import { acceptRequest, pendingRequestsForOwner, rejectRequest } from "@/lib/qualifications/requests";
import { pageOf } from "../pagination";
import { inApiTerms, listing, qualificationRequestShape } from "../shapes/qualification";
import type { Operation } from "./types";

export const ListQualificationRequests: Operation = async (ctx, input) => {
  const qualificationTypeId: string | undefined = input.QualificationTypeId ?? undefined;
  const scope = `ListQualificationRequests:${ctx.requesterId}:${qualificationTypeId ?? ""}`;
  const { skip, take } = pageOf(input, scope);
  const found = await pendingRequestsForOwner(ctx.requesterId, { qualificationTypeId, skip, take });
  const { NumResults, NextToken, results } = listing(found, skip, take, scope, qualificationRequestShape);
  return { NumResults, NextToken, QualificationRequests: results };
};

export const AcceptQualificationRequest: Operation = async (ctx, input) => {
  await inApiTerms(() => acceptRequest(ctx.requesterId, input.QualificationRequestId, input.IntegerValue ?? undefined), { form: "IntegerValue" });
  return {};
};

export const RejectQualificationRequest: Operation = async (ctx, input) => {
  await inApiTerms(() => rejectRequest(ctx.requesterId, input.QualificationRequestId, input.Reason ?? ""), { form: "Reason" });
  return {};
};
