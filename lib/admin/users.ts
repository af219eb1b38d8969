// Admins look after accounts: find anyone by name, email or worker id, see what they do on Piecework,
// suspend and reactivate them (with a reason they receive), and change their roles. Suspension takes
// effect through the status column that every door already reads: sign-in (lib/auth/options.ts), each
// request's session (lib/auth/session.ts), API keys (lib/api/sigv4.ts) and accepting a HIT
// (lib/assignments/mutations.ts). Nothing moves money: escrow stays where it is, so work already accepted
// on a suspended requester's HITs is still paid when reviewed.
import { db, Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { containsPattern } from "@/lib/db/like";
import { balancesOf } from "@/lib/money/queries";
import { accountId } from "@/lib/money/accounts";
import { recordAudit } from "./audit";
import { adminReason, asAdmin, requireAdmin } from "./policy";
import { tellUser } from "./tell";

export const USERS_PAGE_SIZE = 25;
export const USER_ROLES = ["worker", "requester", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];
const roleColumn = { worker: "isWorker", requester: "isRequester", admin: "isAdmin" } as const;

export interface UserSearch {
  /** Part of a name or email, or a worker id (case-insensitive). */
  query?: string;
  role?: UserRole;
  status?: "Active" | "Suspended";
  page?: number;
}

export async function searchUsers(adminId: string, search: UserSearch = {}) {
  await requireAdmin(db, adminId);
  const page = Math.max(Math.trunc(search.page ?? 1), 1);
  const term = (search.query ?? "").trim().toLowerCase();
  const pattern = containsPattern(term);
  // Raw SQL so the match is case-insensitive alike on SQLite and PostgreSQL; the id is the worker id.
  const where = Prisma.sql`WHERE 1 = 1
    ${search.role ? Prisma.sql`AND ${Prisma.raw(`"${roleColumn[search.role]}"`)} = ${true}` : Prisma.empty}
    ${search.status ? Prisma.sql`AND "status" = ${search.status}` : Prisma.empty}
    ${term ? Prisma.sql`AND (LOWER("name") LIKE ${pattern} ESCAPE '\\' OR LOWER("email") LIKE ${pattern} ESCAPE '\\' OR LOWER("id") LIKE ${pattern} ESCAPE '\\')` : Prisma.empty}`;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" ${where} ORDER BY "createdAt" DESC, "id" DESC LIMIT ${USERS_PAGE_SIZE} OFFSET ${(page - 1) * USERS_PAGE_SIZE}`,
    db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "User" ${where}`,
  ]);
  const found = await db.user.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: { id: true, name: true, email: true, isWorker: true, isRequester: true, isAdmin: true, status: true, createdAt: true, lastActiveAt: true },
  });
  const byId = new Map(found.map((u) => [u.id, u]));
  const items = rows.map((r) => byId.get(r.id)).filter((u) => u !== undefined);
  const total = Number(counted[0]?.n ?? 0);
  return { items, total, page, pageCount: Math.max(Math.ceil(total / USERS_PAGE_SIZE), 1) };
}

/** Everything an admin needs to judge an account on one page. Null when there is no such user. */
export async function userProfile(adminId: string, userId: string) {
  await requireAdmin(db, adminId);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, isWorker: true, isRequester: true, isAdmin: true, status: true, statusReason: true, country: true, createdAt: true, lastActiveAt: true },
  });
  if (!user) return null;
  const mine = [accountId.requesterAvailable(userId), accountId.requesterEscrow(userId), accountId.workerAvailable(userId)];
  const [balances, assignments, hits, blocks, transactions, history, liveKeys, assignmentCounts] = await Promise.all([
    balancesOf(userId),
    db.assignment.findMany({ where: { workerId: userId }, orderBy: { acceptedAt: "desc" }, take: 10, select: { id: true, status: true, acceptedAt: true, hitId: true, hit: { select: { rewardCents: true, hitType: { select: { title: true } } } } } }),
    db.hIT.findMany({ where: { requesterId: userId }, orderBy: { createdAt: "desc" }, take: 10, select: { id: true, status: true, createdAt: true, expiresAt: true, maxAssignments: true, numCompleted: true, escrowCents: true, hitType: { select: { title: true } } } }),
    db.workerBlock.findMany({ where: { workerId: userId }, orderBy: { createdAt: "desc" }, take: 20, select: { reason: true, createdAt: true, requester: { select: { id: true, name: true } } } }),
    db.ledgerTransaction.findMany({
      where: { entries: { some: { accountId: { in: mine } } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true, kind: true, memo: true, createdAt: true, entries: { where: { accountId: { in: mine } }, select: { accountId: true, amountCents: true } } },
    }),
    db.auditLog.findMany({ where: { subjectType: "User", subjectId: userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 10 }),
    db.apiKey.count({ where: { ownerId: userId, revokedAt: null } }),
    db.assignment.groupBy({ by: ["status"], where: { workerId: userId }, _count: { _all: true } }),
  ]);
  return {
    user,
    balances,
    assignments,
    assignmentCounts: Object.fromEntries(assignmentCounts.map((c) => [c.status, c._count._all])) as Record<string, number>,
    hits,
    blocks,
    transactions: transactions.map((t) => ({ ...t, netCents: t.entries.reduce((s, e) => s + e.amountCents, 0) })),
    history,
    liveKeys,
  };
}

async function changeStatus(adminId: string, userId: string, rawReason: string, to: "Active" | "Suspended") {
  const reason = adminReason(rawReason);
  if (to === "Suspended" && adminId === userId) throw new DomainError("Conflict", "You cannot suspend your own account.");
  return asAdmin(adminId, async (tx) => {
    const from = to === "Suspended" ? "Active" : "Suspended";
    const res = await tx.user.updateMany({ where: { id: userId, status: from }, data: { status: to, statusReason: to === "Suspended" ? reason : null } });
    if (res.count !== 1) {
      const exists = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
      if (!exists) throw new DomainError("NotFound", "That user does not exist.");
      throw new DomainError("Conflict", to === "Suspended" ? "This account is already suspended." : "This account is not suspended.");
    }
    await tellUser(tx, userId, to === "Suspended"
      ? { kind: "account.suspended", subject: "Your Piecework account was suspended", body: `Reason: ${reason}\n\nYou cannot sign in, your API keys are refused, and your HITs take no new workers. Money in your account stays safe.`, line: `Your account was suspended: ${reason}`, href: "/" }
      : { kind: "account.reactivated", subject: "Your Piecework account is active again", body: `Reason: ${reason}`, line: "Your account is active again.", href: "/" });
    await recordAudit(tx, { actorId: adminId, action: to === "Suspended" ? "user.suspend" : "user.reactivate", subjectType: "User", subjectId: userId, reason });
    return tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, status: true, statusReason: true } });
  });
}

/** The user cannot sign in, their sessions and API keys stop working, and their HITs take no new workers. */
export const suspendUser = (adminId: string, userId: string, reason: string) => changeStatus(adminId, userId, reason, "Suspended");
export const reactivateUser = (adminId: string, userId: string, reason: string) => changeStatus(adminId, userId, reason, "Active");

/**
 * Sets the user's roles to exactly `roles`. An admin cannot take away their own admin role, so the last
 * admin never locks everyone out by accident.
 */
export async function setUserRoles(adminId: string, userId: string, roles: UserRole[], rawReason: string) {
  const reason = adminReason(rawReason);
  const wanted = new Set(roles);
  if (roles.some((r) => !USER_ROLES.includes(r))) throw new DomainError("InvalidInput", "Unknown role.");
  if (wanted.size === 0) throw new DomainError("InvalidInput", "Keep at least one role.", { fieldErrors: { roles: "Choose at least one role" } });
  if (adminId === userId && !wanted.has("admin")) throw new DomainError("Conflict", "You cannot remove your own admin role; ask another admin.");
  return asAdmin(adminId, async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { isWorker: true, isRequester: true, isAdmin: true } });
    if (!before) throw new DomainError("NotFound", "That user does not exist.");
    const data = { isWorker: wanted.has("worker"), isRequester: wanted.has("requester"), isAdmin: wanted.has("admin") };
    // Conditional on the roles read above, so two admins editing at once cannot silently overwrite each other.
    const res = await tx.user.updateMany({ where: { id: userId, ...before }, data });
    if (res.count !== 1) throw new DomainError("Conflict", "Someone changed this user's roles just now; reload and try again.");
    await recordAudit(tx, { actorId: adminId, action: "user.roles", subjectType: "User", subjectId: userId, reason, details: { before, after: data } });
    return data;
  });
}
