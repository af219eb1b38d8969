// Reads of HITs for the three audiences. Workers only ever see live HITs of requesters who have not
// blocked them; requesters only ever see their own.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { effectiveStatus, type HitStatus } from "./status";
import { evaluateHitTypeRequirements } from "@/lib/qualifications/requirements";
import { getQualificationType } from "@/lib/qualifications/types";
import { isSystemQualificationTypeId } from "@/lib/qualifications/system-ids";
import { ownHitType } from "./hit-types";

/** A HIT group as a worker previews it: the type, and the question of the next HIT they could take. */
export async function groupPreview(workerId: string, hitTypeId: string) {
  const t = now();
  const type = await db.hITType.findUnique({ where: { id: hitTypeId }, include: { requester: { select: { id: true, name: true, status: true } } } });
  if (!type || type.requester.status !== "Active") throw new DomainError("NotFound", "That HIT group does not exist or has no HITs left.");
  const blocked = await db.workerBlock.findUnique({ where: { requesterId_workerId: { requesterId: type.requesterId, workerId } } });
  if (blocked) throw new DomainError("NotFound", "That HIT group does not exist or has no HITs left.");
  const liveWhere = { hitTypeId, status: "Assignable", numAvailable: { gt: 0 }, expiresAt: { gt: t }, assignments: { none: { workerId, liveSlot: { not: null } } } };
  const [hit, hitsAvailable, quals] = await Promise.all([
    db.hIT.findFirst({ where: liveWhere, orderBy: { createdAt: "asc" } }),
    db.hIT.count({ where: liveWhere }),
    evaluateHitTypeRequirements(workerId, hitTypeId),
  ]);
  // A preview-guarded group shows which requirements are missing, never the question itself.
  return { type, hit: quals.canPreview ? hit : null, hitsAvailable, quals };
}

export type RequesterHitFilters = {
  /** Effective status (expiry applied), as the requester sees it. */
  status?: Exclude<HitStatus, "Disposed">;
  /** Text the title contains. */
  title?: string;
  /** Only HITs with submitted work awaiting review. */
  toReview?: boolean;
};

/** The requester's HITs, newest first, optionally filtered; never deleted ones. */
export async function requesterHits(requesterId: string, filters: RequesterHitFilters = {}) {
  const t = now();
  const title = filters.title?.trim();
  const hits = await db.hIT.findMany({
    where: {
      requesterId,
      status: { not: "Disposed" },
      ...(title ? { hitType: { title: { contains: title } } } : {}),
      ...(filters.toReview ? { numSubmitted: { gt: 0 } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { hitType: { select: { title: true } } },
  });
  // Expiry is a matter of time, so the status filter runs on the status as of now, not the stored one.
  return hits.map((h) => ({ ...h, effectiveStatus: effectiveStatus(h, t) })).filter((h) => !filters.status || h.effectiveStatus === filters.status);
}

/** The requester's HIT types, newest first (what a HIT can be moved to). */
export function requesterHitTypes(requesterId: string) {
  return db.hITType.findMany({
    where: { requesterId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, title: true, rewardCents: true, assignmentDurationSeconds: true, createdAt: true },
  });
}

export async function requesterHitDetail(requesterId: string, hitId: string) {
  const hit = await db.hIT.findUnique({
    where: { id: hitId },
    include: {
      hitType: true,
      assignments: {
        orderBy: { acceptedAt: "asc" },
        include: { worker: { select: { id: true, name: true } }, files: { select: { id: true, fileName: true, sizeBytes: true } } },
      },
    },
  });
  if (!hit || hit.requesterId !== requesterId) throw new DomainError("NotFound", "That HIT does not exist or is not yours.");
  return { ...hit, effectiveStatus: effectiveStatus(hit, now()) };
}

/**
 * The stored-column condition for a HIT whose effective status (status.ts) is Reviewable at `at`: not
 * marked Reviewing or deleted, nobody working on it, and expired or with every slot submitted.
 */
export function reviewableAt(at: Date) {
  return { status: { notIn: ["Reviewing", "Disposed"] }, numPending: 0, OR: [{ expiresAt: { lte: at } }, { numAvailable: 0 }] };
}

export type RequesterHitListing = {
  /** Only HITs of this HIT type (which must be the requester's). */
  hitTypeId?: string;
  /** Only HITs whose effective status is this one (ListReviewableHITs). */
  reviewStatus?: "Reviewable" | "Reviewing";
  /** Only HITs whose type requires this qualification type (which must exist). */
  qualificationTypeId?: string;
};

/**
 * One page of the requester's HIT ids, newest first, never deleted ones: what ListHITs,
 * ListReviewableHITs and ListHITsForQualificationType page through.
 */
export async function requesterHitIds(requesterId: string, listing: RequesterHitListing, page: { skip: number; take: number }): Promise<string[]> {
  if (listing.hitTypeId) await ownHitType(requesterId, listing.hitTypeId);
  if (listing.qualificationTypeId && !isSystemQualificationTypeId(listing.qualificationTypeId)) await getQualificationType(listing.qualificationTypeId);
  const t = now();
  const rows = await db.hIT.findMany({
    where: {
      requesterId,
      AND: [
        { status: { not: "Disposed" } },
        listing.reviewStatus === "Reviewable" ? reviewableAt(t) : listing.reviewStatus === "Reviewing" ? { status: "Reviewing" } : {},
      ],
      ...(listing.hitTypeId ? { hitTypeId: listing.hitTypeId } : {}),
      ...(listing.qualificationTypeId ? { hitType: { requirements: { some: { qualificationTypeId: listing.qualificationTypeId } } } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: page.skip,
    take: page.take,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
