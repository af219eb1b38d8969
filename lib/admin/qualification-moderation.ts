// Admins keep qualification types honest: every type on the platform in one searchable list, deactivation
// of a type that breaks the rules (with a reason its owner receives), reactivation, and the Masters roster.
// A type an admin deactivated stays Inactive until an admin reactivates it (types.ts refuses the owner).
import { db, Prisma, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { containsPattern } from "@/lib/db/like";
import { userIdPattern } from "@/lib/ids";
import { now } from "@/lib/clock";
import { recordAudit } from "./audit";
import { tellUser, type Tidings } from "./tell";
import { asAdmin as asAdminIn, requireAdmin } from "./policy";
import { parseOrThrow, requiredReasonSchema } from "@/lib/qualifications/schema";
import { ensureSystemQualificationTypes, SYSTEM_QUALIFICATION_IDS, systemQualificationType } from "@/lib/qualifications/system";

export const MODERATION_PAGE_SIZE = 20;

/** "Disposing" is how a deleted type is stored; admins filter by the words they read on the page. */
export const TYPE_STATUS_FILTERS = ["Active", "Inactive", "Deleted"] as const;
export type TypeStatusFilter = (typeof TYPE_STATUS_FILTERS)[number];
const storedStatus: Record<TypeStatusFilter, string> = { Active: "Active", Inactive: "Inactive", Deleted: "Disposing" };

/** Why a started test ends when its type is deactivated: its answers would go to a type that broke the rules. */
export const MODERATED_TEST_REASON = "Piecework's moderators deactivated this qualification type, so its test was closed.";

const refusal = "Only admins can moderate qualification types.";
const noSuchType = () => new DomainError("NotFound", "That qualification type does not exist.");

const asAdmin = <T>(adminId: string, fn: (tx: Tx) => Promise<T>) => asAdminIn(adminId, fn, refusal);

export interface ModerationSearch {
  /** Words in the type's name, or its owner's name or email (case-insensitive). */
  query?: string;
  status?: TypeStatusFilter;
  /** 1-based. */
  page?: number;
}


/** Every qualification type on the platform, requesters' newest first and the system ones last, a page at a time. */
export async function qualificationTypesForModeration(adminId: string, search: ModerationSearch = {}) {
  await requireAdmin(db, adminId, refusal);
  await ensureSystemQualificationTypes();
  const page = Math.max(Math.trunc(search.page ?? 1), 1);
  const term = (search.query ?? "").trim().toLowerCase();
  const pattern = containsPattern(term);
  // Raw SQL for a case-insensitive match over the type and its owner that behaves alike on SQLite and PostgreSQL.
  const where = Prisma.sql`WHERE 1 = 1
    ${search.status ? Prisma.sql`AND q."status" = ${storedStatus[search.status]}` : Prisma.empty}
    ${term ? Prisma.sql`AND (LOWER(q."name") LIKE ${pattern} ESCAPE '\\' OR LOWER(COALESCE(u."name", '')) LIKE ${pattern} ESCAPE '\\' OR LOWER(COALESCE(u."email", '')) LIKE ${pattern} ESCAPE '\\')` : Prisma.empty}`;
  const from = Prisma.sql`FROM "QualificationType" q LEFT JOIN "User" u ON u."id" = q."ownerId"`;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT q."id" ${from} ${where} ORDER BY (q."ownerId" IS NULL) ASC, q."createdAt" DESC, q."id" DESC LIMIT ${MODERATION_PAGE_SIZE} OFFSET ${(page - 1) * MODERATION_PAGE_SIZE}`,
    db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n ${from} ${where}`,
  ]);
  const ids = rows.map((r) => r.id);
  const found = await db.qualificationType.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      name: true,
      status: true,
      isRequestable: true,
      createdAt: true,
      moderationReason: true,
      ownerId: true,
      owner: { select: { name: true, email: true } },
      _count: { select: { qualifications: { where: { status: "Granted" } } } },
    },
  });
  const byId = new Map(found.map((t) => [t.id, t]));
  const items = ids
    .map((id) => byId.get(id))
    .filter((t) => t !== undefined)
    // Computed system qualifications (approval rate, locale, ...) have values for everyone, not holders.
    .map(({ _count, ...t }) => ({ ...t, system: t.ownerId === null, holders: systemQualificationType(t.id)?.computed ? null : _count.qualifications }));
  const total = Number(counted[0]?.n ?? 0);
  return { items, total, page, pageCount: Math.max(Math.ceil(total / MODERATION_PAGE_SIZE), 1) };
}

const tellOwner = (tx: Tx, ownerId: string, m: Omit<Tidings, "href">) => tellUser(tx, ownerId, { ...m, href: "/requester" });

/**
 * Deactivates a requester's type that breaks the rules: workers can no longer request it or start its
 * test, tests in progress are closed, and the owner is told why. Qualifications already granted stay, as
 * they do for an Inactive type on MTurk; HITs that require it keep their requirement.
 */
export async function deactivateQualificationType(adminId: string, typeId: string, reason: string) {
  const why = parseOrThrow(requiredReasonSchema, reason);
  return asAdmin(adminId, async (tx) => {
    const type = await tx.qualificationType.findUnique({ where: { id: typeId }, select: { id: true, name: true, ownerId: true, status: true } });
    if (!type || type.status === "Disposing") throw noSuchType();
    if (type.ownerId === null) throw new DomainError("Conflict", "System qualifications are part of Piecework and cannot be deactivated.");
    const res = await tx.qualificationType.updateMany({
      where: { id: typeId, status: { in: ["Active", "Inactive"] }, moderationReason: null },
      data: { status: "Inactive", moderationReason: why },
    });
    if (res.count !== 1) throw new DomainError("Conflict", `"${type.name}" is already deactivated by a moderator.`);
    const closed = await tx.qualificationRequest.updateMany({
      where: { qualificationTypeId: typeId, status: "TestStarted" },
      data: { status: "Rejected", decidedAt: now(), reason: MODERATED_TEST_REASON },
    });
    await tellOwner(tx, type.ownerId, {
      kind: "qualification.type.deactivated",
      subject: `Your qualification type "${type.name}" was deactivated`,
      body: `Reason: ${why}\n\nWorkers cannot request it or take its test until Piecework's moderators reactivate it. Qualifications you already granted stay with their workers.`,
      line: `Piecework's moderators deactivated your qualification type "${type.name}": ${why}`,
    });
    await recordAudit(tx, { actorId: adminId, action: "qualification.type.deactivate", subjectType: "QualificationType", subjectId: typeId, reason: why, details: { closedTests: closed.count } });
    return tx.qualificationType.findUniqueOrThrow({ where: { id: typeId } });
  });
}

/** Lifts a moderator's deactivation: the type is Active again and its owner is told. */
export async function reactivateQualificationType(adminId: string, typeId: string) {
  return asAdmin(adminId, async (tx) => {
    const type = await tx.qualificationType.findUnique({ where: { id: typeId }, select: { name: true, ownerId: true, status: true } });
    if (!type || type.status === "Disposing" || type.ownerId === null) throw noSuchType();
    const res = await tx.qualificationType.updateMany({
      where: { id: typeId, status: "Inactive", moderationReason: { not: null } },
      data: { status: "Active", moderationReason: null },
    });
    if (res.count !== 1) throw new DomainError("Conflict", `"${type.name}" was not deactivated by a moderator, so there is nothing to reactivate.`);
    await tellOwner(tx, type.ownerId, {
      kind: "qualification.type.reactivated",
      subject: `Your qualification type "${type.name}" is active again`,
      body: "Piecework's moderators reactivated it. Workers can request it again.",
      line: `Piecework's moderators reactivated your qualification type "${type.name}".`,
    });
    await recordAudit(tx, { actorId: adminId, action: "qualification.type.reactivate", subjectType: "QualificationType", subjectId: typeId });
    return tx.qualificationType.findUniqueOrThrow({ where: { id: typeId } });
  });
}

/** A worker found by their worker id or email, with whether they hold Masters now. Null when there is none. */
export async function findWorkerForMasters(adminId: string, idOrEmail: string) {
  const key = idOrEmail.trim();
  if (!key) throw new DomainError("InvalidInput", "Enter a worker id or an email address.", { fieldErrors: { worker: "Enter a worker id or an email address" } });
  return asAdmin(adminId, async (tx) => {
    const where = userIdPattern.test(key.toUpperCase()) ? { id: key.toUpperCase() } : { email: key.toLowerCase() };
    const user = await tx.user.findUnique({ where, select: { id: true, name: true, email: true, isWorker: true } });
    if (!user?.isWorker) return null;
    const masters = await tx.qualification.findUnique({
      where: { qualificationTypeId_workerId: { qualificationTypeId: SYSTEM_QUALIFICATION_IDS.masters, workerId: user.id } },
      select: { status: true, grantedAt: true, reason: true },
    });
    return { id: user.id, name: user.name, email: user.email, masters: masters ?? null };
  });
}

/** The current Masters holders, most recently granted first. */
export async function mastersHolders(adminId: string, options: { take?: number } = {}) {
  const take = Math.min(Math.max(Math.trunc(options.take ?? 100), 1), 500);
  return asAdmin(adminId, (tx) =>
    tx.qualification.findMany({
      where: { qualificationTypeId: SYSTEM_QUALIFICATION_IDS.masters, status: "Granted" },
      orderBy: [{ grantedAt: "desc" }, { id: "desc" }],
      take,
      select: { workerId: true, grantedAt: true, worker: { select: { name: true, email: true } } },
    }),
  );
}
