// What review policies found and did for a HIT (MTurk's ListReviewPolicyResultsForHIT): the HIT's
// policies and, per level, the results computed and the actions taken, for the HIT's owner only.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { POLICY_LEVELS, storedPolicy, type PolicyLevel, type ReviewPolicy } from "./schema";

export interface ReviewOfHitOptions {
  /** The levels to report on; both when left out. */
  levels?: readonly PolicyLevel[];
  results?: boolean;
  actions?: boolean;
  /** A page of each level's results (oldest first) and actions. */
  skip: number;
  take: number;
}

export async function reviewOfHit(requesterId: string, hitId: string, options: ReviewOfHitOptions) {
  const hit = await db.hIT.findUnique({ where: { id: hitId }, select: { id: true, requesterId: true, assignmentReviewPolicy: true, hitReviewPolicy: true } });
  if (!hit || hit.requesterId !== requesterId) {
    throw new DomainError("NotFound", `HIT ${hitId} does not exist or is not yours.`, { turkErrorCode: "AWS.MechanicalTurk.HITDoesNotExist" });
  }
  const levels = options.levels && options.levels.length > 0 ? [...new Set(options.levels)] : [...POLICY_LEVELS];
  const page = { skip: options.skip, take: options.take };
  const report = async (level: PolicyLevel) => ({
    results: options.results === false ? [] : await db.reviewResult.findMany({ where: { hitId, policyLevel: level }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...page }),
    actions: options.actions === false ? [] : await db.reviewAction.findMany({ where: { hitId, policyLevel: level }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...page }),
  });
  const policies: Record<PolicyLevel, ReviewPolicy | null> = { Assignment: storedPolicy(hit.assignmentReviewPolicy), HIT: storedPolicy(hit.hitReviewPolicy) };
  const byLevel = await Promise.all(levels.map(async (level) => [level, { policy: policies[level], ...(await report(level)) }] as const));
  return { hitId, levels: Object.fromEntries(byLevel) as Partial<Record<PolicyLevel, { policy: ReviewPolicy | null } & Awaited<ReturnType<typeof report>>>> };
}
