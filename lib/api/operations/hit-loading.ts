// Reading HITs for the API: the requester's own, with their types and requirements, in as few queries
// as a page of results allows.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { requirementFromRow } from "@/lib/qualifications/requirements";
import type { Requirement } from "@/lib/qualifications/schema";
import { hitShape } from "../shapes/hit";

const hitInclude = {
  hitType: { select: { title: true, description: true, keywords: true, assignmentDurationSeconds: true, autoApprovalDelaySeconds: true } },
} as const;

/** HIT shapes in the given order; ids that are not the requester's are left out. */
export async function hitShapes(requesterId: string, hitIds: string[]) {
  if (hitIds.length === 0) return [];
  const hits = await db.hIT.findMany({ where: { id: { in: hitIds }, requesterId }, include: hitInclude });
  const reqRows = await db.qualificationRequirement.findMany({
    where: { hitTypeId: { in: [...new Set(hits.map((h) => h.hitTypeId))] } },
    orderBy: { position: "asc" },
  });
  const byType = new Map<string, Requirement[]>();
  for (const r of reqRows) byType.set(r.hitTypeId, [...(byType.get(r.hitTypeId) ?? []), requirementFromRow(r)]);
  const byId = new Map(hits.map((h) => [h.id, h]));
  return hitIds.flatMap((id) => {
    const h = byId.get(id);
    return h ? [hitShape(h, byType.get(h.hitTypeId) ?? [])] : [];
  });
}

/** One of the requester's HITs, or MTurk's error for a HIT that does not exist (or is someone else's). */
export async function ownHitShape(requesterId: string, hitId: string) {
  const [shape] = await hitShapes(requesterId, [hitId]);
  if (!shape) throw new DomainError("NotFound", `Hit ${hitId} does not exist.`, { turkErrorCode: "AWS.MechanicalTurk.HITDoesNotExist" });
  return shape;
}
