// Append-only audit trail: who did what, when and why, for every admin action and money decision.
// Written in the same transaction as the change it describes; nothing in the app updates or deletes it.
import type { Tx } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";

export async function recordAudit(
  tx: Tx,
  entry: { actorId: string | null; action: string; subjectType: string; subjectId: string; reason?: string | null; details?: object },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      id: newId(),
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      reason: entry.reason ?? null,
      details: JSON.stringify(entry.details ?? {}),
      createdAt: now(),
    },
  });
}
