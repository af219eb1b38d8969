// MTurk's UniqueRequestToken: a request repeated with the same token within 24 hours must not act twice
// (no second HIT, no second extension), also when the two requests race. The token is recorded inside the
// request's own transaction, so the (requester, kind, token) key lets exactly one of them commit.
import { db, isUniqueViolation, type Tx } from "@/lib/db/client";
import type { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";

export const TOKEN_TTL_MS = 24 * 3600 * 1000;

export type TokenKind = "CreateHIT" | "CreateAdditionalAssignmentsForHIT";

/** Records the token in the caller's transaction; a token already recorded makes that transaction fail. */
export async function recordToken(tx: Tx, requesterId: string, kind: TokenKind, token: string, resourceId: string) {
  await tx.idempotencyToken.create({ data: { requesterId, kind, token, resourceId, createdAt: now() } });
}

/**
 * Runs `attempt` (a transaction that calls recordToken when there is a token). When the token was recorded
 * within the last 24 hours, throws `duplicate(resourceId)` naming what the first request acted on; an
 * older record is cleared and the request runs again.
 */
export async function oncePerToken<T>(
  requesterId: string,
  kind: TokenKind,
  token: string | undefined,
  attempt: () => Promise<T>,
  duplicate: (resourceId: string) => DomainError,
): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (e) {
      if (!token || !isUniqueViolation(e)) throw e;
      const seen = await db.idempotencyToken.findUnique({ where: { requesterId_kind_token: { requesterId, kind, token } } });
      if (seen && now().getTime() - seen.createdAt.getTime() < TOKEN_TTL_MS) throw duplicate(seen.resourceId);
      if (tries > 2) throw e;
      await db.idempotencyToken.deleteMany({ where: { requesterId, kind, token, createdAt: { lte: new Date(now().getTime() - TOKEN_TTL_MS) } } });
    }
  }
}
