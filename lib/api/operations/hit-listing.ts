// ListHITs, ListReviewableHITs, ListHITsForQualificationType: pages of the requester's own HITs, newest
// first, never deleted ones (lib/hits/queries.ts requesterHitIds).
import { requesterHitIds, type RequesterHitListing } from "@/lib/hits/queries";
import { page, pageOf } from "../pagination";
import { hitShapes } from "./hit-loading";
import type { ApiContext, ApiInput, Operation } from "./types";

async function listHits(ctx: ApiContext, input: ApiInput, listing: RequesterHitListing, scope: string) {
  const { skip, take } = pageOf(input, scope);
  const ids = await requesterHitIds(ctx.requesterId, listing, { skip, take: take + 1 });
  const { results, NextToken } = page(ids, skip, take, scope);
  const HITs = await hitShapes(ctx.requesterId, results);
  return { ...(NextToken ? { NextToken } : {}), NumResults: HITs.length, HITs };
}

export const ListHITs: Operation = (ctx, input) => listHits(ctx, input, {}, `ListHITs:${ctx.requesterId}`);

export const ListReviewableHITs: Operation = (ctx, input) => {
  const listing = { hitTypeId: input.HITTypeId, reviewStatus: input.Status ?? "Reviewable" };
  return listHits(ctx, input, listing, `ListReviewableHITs:${ctx.requesterId}:${listing.hitTypeId ?? ""}:${listing.reviewStatus}`);
};

export const ListHITsForQualificationType: Operation = (ctx, input) =>
  listHits(ctx, input, { qualificationTypeId: input.QualificationTypeId }, `ListHITsForQualificationType:${ctx.requesterId}:${input.QualificationTypeId}`);
