// HIT types: the shared properties of HITs. MTurk returns the existing type when one with identical
// properties exists, so the properties are hashed and (requester, hash) is unique.
import { createHash } from "node:crypto";
import { db, isUniqueViolation } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import type { HitTypeProperties } from "./schema";
import { estimateHourlyCents, searchTextOf } from "./group-stats";

export function propertiesHash(p: HitTypeProperties): string {
  const canonical = JSON.stringify([p.title, p.description, p.keywords ?? "", p.rewardCents, p.assignmentDurationSeconds, p.autoApprovalDelaySeconds]);
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * Runs on its own, outside any caller's transaction: on PostgreSQL a unique violation aborts the enclosing
 * transaction, and a HIT type without HITs is harmless (CreateHITType makes exactly that).
 */
export async function getOrCreateHitType(requesterId: string, p: HitTypeProperties) {
  const tx = db;
  const hash = propertiesHash(p);
  const existing = await tx.hITType.findUnique({ where: { requesterId_propertiesHash: { requesterId, propertiesHash: hash } } });
  if (existing) return existing;
  const requester = await tx.user.findUniqueOrThrow({ where: { id: requesterId }, select: { name: true } });
  try {
    return await tx.hITType.create({
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
  } catch (e) {
    if (isUniqueViolation(e)) return tx.hITType.findUniqueOrThrow({ where: { requesterId_propertiesHash: { requesterId, propertiesHash: hash } } });
    throw e;
  }
}
