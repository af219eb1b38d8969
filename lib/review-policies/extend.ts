// A policy's "extend" action: one more assignment, and at least ExtendMinimumTimeInSeconds left to do
// it in. Escrow moves exactly as when the requester adds an assignment by hand (lib/hits/management.ts),
// taken from the available balance first, so a requester who is short gets a Failed action, never debt.
import type { Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { addSeconds, now } from "@/lib/clock";
import { growHit, tenAssignmentRefusal, TEN_ASSIGNMENT_ERROR } from "@/lib/hits/management";
import { LIMITS } from "@/lib/hits/schema";

/** Adds one assignment inside the caller's transaction (which holds the HIT's lock); returns the Result text. */
export async function extendByOne(tx: Tx, hitId: string, minimumSeconds: number): Promise<string> {
  const hit = await tx.hIT.findUniqueOrThrow({ where: { id: hitId }, include: { hitType: true } });
  if (hit.status === "Disposed") throw new DomainError("Conflict", "The HIT was deleted.");
  const refusal = tenAssignmentRefusal(hit.maxAssignments, 1);
  if (refusal) throw new DomainError("Conflict", refusal, { turkErrorCode: TEN_ASSIGNMENT_ERROR });
  const wanted = addSeconds(now(), minimumSeconds);
  const latest = addSeconds(hit.createdAt, LIMITS.maxSeconds);
  const expireAt = hit.expiresAt >= wanted ? undefined : wanted > latest ? latest : wanted;
  await growHit(tx, hit, { add: 1, expireAt }, `1 more assignment of "${hit.hitType.title}" (review policy)`);
  return `Added 1 assignment (now ${hit.maxAssignments + 1})${expireAt ? `; the HIT now expires at ${expireAt.toISOString()}` : ""}.`;
}
