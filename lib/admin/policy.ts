// Who may act as an admin: read from the database inside the caller's transaction, never from the session
// alone, so a demoted or suspended admin's open tab cannot finish an action.
import { transaction, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { decisionReasonSchema } from "@/lib/money/schema";

export async function requireAdmin(tx: Tx, adminId: string, refusal = "Only admins can do this."): Promise<void> {
  const admin = await tx.user.findUnique({ where: { id: adminId }, select: { isAdmin: true, status: true } });
  if (!admin?.isAdmin || admin.status !== "Active") throw new DomainError("Forbidden", refusal);
}

/** Runs `fn` in one transaction that first checks, in that same transaction, that the caller is an admin. */
export async function asAdmin<T>(adminId: string, fn: (tx: Tx) => Promise<T>, refusal?: string): Promise<T> {
  return transaction(async (tx) => {
    await requireAdmin(tx, adminId, refusal);
    return fn(tx);
  });
}

/** The reason an admin gives for a decision that someone else will read; checked before anything changes. */
export function adminReason(raw: unknown): string {
  const parsed = decisionReasonSchema.safeParse(typeof raw === "string" ? raw : "");
  if (!parsed.success) {
    const message = parsed.error.issues[0].message;
    throw new DomainError("InvalidInput", message, { fieldErrors: { reason: message } });
  }
  return parsed.data;
}
