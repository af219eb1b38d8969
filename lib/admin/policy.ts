// Who may act as an admin: read from the database inside the caller's transaction, never from the session
// alone, so a demoted admin's open tab cannot finish an action.
import type { Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";

export async function requireAdmin(tx: Tx, adminId: string, refusal = "Only admins can do this."): Promise<void> {
  const admin = await tx.user.findUnique({ where: { id: adminId }, select: { isAdmin: true, status: true } });
  if (!admin?.isAdmin || admin.status !== "Active") throw new DomainError("Forbidden", refusal);
}
