// Reads behind the requester's qualification pages: how many requests wait for them (the nav badge) and
// one of their types with the counts its page shows. Ownership is checked here, as everywhere in lib.
import { db } from "@/lib/db/client";
import { ownQualificationType } from "./types";

/** Requests awaiting this requester's decision across their live types (tests still running do not count). */
export function pendingRequestCount(ownerId: string): Promise<number> {
  return db.qualificationRequest.count({ where: { status: "Pending", qualificationType: { ownerId, status: { not: "Disposing" } } } });
}

/** The requester's own type with how many workers hold it, how many had it revoked, and its pending requests; NotFound for anyone else. */
export async function qualificationTypeWithCounts(ownerId: string, typeId: string) {
  const type = await ownQualificationType(ownerId, typeId);
  const [granted, revoked, pending] = await Promise.all([
    db.qualification.count({ where: { qualificationTypeId: typeId, status: "Granted" } }),
    db.qualification.count({ where: { qualificationTypeId: typeId, status: "Revoked" } }),
    db.qualificationRequest.count({ where: { qualificationTypeId: typeId, status: "Pending" } }),
  ]);
  return { ...type, grantedCount: granted, revokedCount: revoked, pendingRequestCount: pending };
}
