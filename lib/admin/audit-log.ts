// Searching the audit trail: admin decisions and every money movement (lib/money/ledger.ts writes one
// record per ledger transaction), newest first, a page at a time. Read-only: nothing in the app updates
// or deletes an AuditLog row.
import { db } from "@/lib/db/client";
import { requireAdmin } from "./policy";

export const AUDIT_PAGE_SIZE = 30;

export interface AuditSearch {
  /** The user who acted (their id). */
  actorId?: string;
  /** An action or the start of one: "deposit.approve", "money." or "user.". */
  action?: string;
  /** The id of what was acted on: a user, HIT group, deposit, ledger transaction... */
  subjectId?: string;
  from?: Date;
  to?: Date;
  page?: number;
}

export async function searchAuditLog(adminId: string, search: AuditSearch = {}) {
  await requireAdmin(db, adminId);
  const page = Math.max(Math.trunc(search.page ?? 1), 1);
  const where = {
    ...(search.actorId?.trim() ? { actorId: search.actorId.trim() } : {}),
    ...(search.action?.trim() ? { action: { startsWith: search.action.trim() } } : {}),
    ...(search.subjectId?.trim() ? { subjectId: search.subjectId.trim() } : {}),
    ...(search.from || search.to ? { createdAt: { ...(search.from ? { gte: search.from } : {}), ...(search.to ? { lte: search.to } : {}) } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    db.auditLog.count({ where }),
  ]);
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
  const actors = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const items = rows.map((r) => ({ ...r, actorName: r.actorId ? (actors.get(r.actorId) ?? r.actorId) : "Piecework (automatic)" }));
  return { items, total, page, pageCount: Math.max(Math.ceil(total / AUDIT_PAGE_SIZE), 1) };
}
