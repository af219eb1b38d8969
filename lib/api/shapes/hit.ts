// The HIT and QualificationRequirement shapes of the model, from our rows.
import type { Requirement } from "@/lib/qualifications/schema";
import { effectiveStatus } from "@/lib/hits/status";
import { now } from "@/lib/clock";
import { compact, currencyAmount, epochSeconds } from "./common";

export interface HitRow {
  id: string;
  hitTypeId: string;
  questionType: string;
  question: string;
  layoutId: string | null;
  maxAssignments: number;
  rewardCents: number;
  createdAt: Date;
  expiresAt: Date;
  requesterAnnotation: string | null;
  status: string;
  numAvailable: number;
  numPending: number;
  numSubmitted: number;
  numCompleted: number;
  hitType: { title: string; description: string; keywords: string; assignmentDurationSeconds: number; autoApprovalDelaySeconds: number };
}

export function requirementShape(r: Requirement) {
  return compact({
    QualificationTypeId: r.qualificationTypeId,
    Comparator: r.comparator,
    IntegerValues: r.integerValues.length > 0 ? r.integerValues : undefined,
    LocaleValues: r.localeValues.length > 0 ? r.localeValues.map((l) => compact({ Country: l.country, Subdivision: l.subdivision })) : undefined,
    RequiredToPreview: r.actionsGuarded !== "Accept",
    ActionsGuarded: r.actionsGuarded,
  });
}

/** The requester's own view of a HIT (RequesterAnnotation is only ever sent to its owner). */
export function hitShape(hit: HitRow, requirements: readonly Requirement[]) {
  const status = effectiveStatus(hit, now());
  const expired = hit.expiresAt.getTime() <= now().getTime();
  return compact({
    HITId: hit.id,
    HITTypeId: hit.hitTypeId,
    HITGroupId: hit.hitTypeId,
    HITLayoutId: hit.layoutId ?? undefined,
    CreationTime: epochSeconds(hit.createdAt),
    Title: hit.hitType.title,
    Description: hit.hitType.description,
    Question: hit.question,
    Keywords: hit.hitType.keywords,
    HITStatus: status,
    MaxAssignments: hit.maxAssignments,
    Reward: currencyAmount(hit.rewardCents),
    AutoApprovalDelayInSeconds: hit.hitType.autoApprovalDelaySeconds,
    Expiration: epochSeconds(hit.expiresAt),
    AssignmentDurationInSeconds: hit.hitType.assignmentDurationSeconds,
    RequesterAnnotation: hit.requesterAnnotation ?? undefined,
    QualificationRequirements: requirements.map(requirementShape),
    HITReviewStatus: "NotReviewed",
    NumberOfAssignmentsPending: hit.numPending,
    // Expiry closes the open slots on read, before the sweep writes it.
    NumberOfAssignmentsAvailable: expired || status === "Disposed" ? 0 : hit.numAvailable,
    NumberOfAssignmentsCompleted: hit.numCompleted,
  });
}
