// HIT types: the shared properties of HITs. MTurk returns the existing type when one with identical
// properties exists, so the properties are hashed and (requester, hash) is unique.
import { createHash } from "node:crypto";
import { db, isUniqueViolation } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { resolveRequirements, requirementRows } from "@/lib/qualifications/requirements";
import type { Requirement } from "@/lib/qualifications/schema";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import type { HitTypeProperties } from "./schema";
import { estimateHourlyCents, searchTextOf } from "./group-stats";

export function propertiesHash(p: HitTypeProperties, requirements: readonly Requirement[] = []): string {
  const canonical = JSON.stringify([p.title, p.description, p.keywords ?? "", p.rewardCents, p.assignmentDurationSeconds, p.autoApprovalDelaySeconds, requirements]);
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * Runs on its own, outside any caller's transaction: on PostgreSQL a unique violation aborts the enclosing
 * transaction, and a HIT type without HITs is harmless (CreateHITType makes exactly that).
 */
export async function getOrCreateHitType(requesterId: string, p: HitTypeProperties) {
  const requirements = await resolveRequirements(requesterId, p.qualificationRequirements ?? []);
  const hash = propertiesHash(p, requirements);
  const existing = await db.hITType.findUnique({ where: { requesterId_propertiesHash: { requesterId, propertiesHash: hash } } });
  if (existing) return existing;
  const requester = await db.user.findUniqueOrThrow({ where: { id: requesterId }, select: { name: true } });
  try {
    return await db.$transaction(async (tx) => {
      const type = await tx.hITType.create({
        data: {
          id: newId(),
          requesterId,
          title: p.title,
          description: p.description,
          keywords: p.keywords ?? "",
          rewardCents: p.rewardCents,
          assignmentDurationSeconds: p.assignmentDurationSeconds,
          autoApprovalDelaySeconds: p.autoApprovalDelaySeconds,
          propertiesHash: hash,
          createdAt: now(),
          searchText: searchTextOf({ title: p.title, description: p.description, keywords: p.keywords ?? "" }, requester.name),
          estHourlyCents: estimateHourlyCents(p.rewardCents, null, p.assignmentDurationSeconds).cents,
        },
      });
      if (requirements.length > 0) await tx.qualificationRequirement.createMany({ data: requirementRows(type.id, requirements) });
      return type;
    });
  } catch (e) {
    // Two identical types created at once: the other one won, and it is the same type.
    if (isUniqueViolation(e)) return db.hITType.findUniqueOrThrow({ where: { requesterId_propertiesHash: { requesterId, propertiesHash: hash } } });
    throw e;
  }
}

/** The requester's own HIT type; anyone else's, like a missing one, does not exist for them. */
export async function ownHitType(requesterId: string, hitTypeId: string) {
  const type = await db.hITType.findUnique({ where: { id: hitTypeId } });
  if (!type || type.requesterId !== requesterId) throw new DomainError("NotFound", `HIT type ${hitTypeId} does not exist or is not yours.`);
  return type;
}
