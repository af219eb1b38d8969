// The workers' HIT groups page: one indexed read of the HIT types that have open HITs, with search,
// filters, sorts and pagination on the server. The figures come from lib/hits/group-stats.ts.
import { z } from "zod";
import { db, Prisma } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { evaluateRequirementSets, requirementFromRow } from "@/lib/qualifications/requirements";

export const GROUPS_PAGE_SIZE = 20;

export const groupSorts = ["newest", "reward", "available", "hourly"] as const;
export type GroupSort = (typeof groupSorts)[number];

/** The page's query string, forgiving: anything malformed falls back to the default. */
export const groupQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  minReward: z.coerce.number().min(0).max(100_000).optional().catch(undefined),
  minHourly: z.coerce.number().min(0).max(100_000).optional().catch(undefined),
  sort: z.enum(groupSorts).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  qualified: z.enum(["1"]).optional().catch(undefined),
});
export type GroupQuery = z.infer<typeof groupQuerySchema>;

// Each sort walks its own index (prisma/schema.prisma) in this order and stops after a page.
const orderBy: Record<GroupSort, Prisma.Sql> = {
  newest: Prisma.sql`t."latestHitAt" DESC, t."id" ASC`,
  reward: Prisma.sql`t."rewardCents" DESC, t."id" ASC`,
  available: Prisma.sql`t."hitsAvailable" DESC, t."id" ASC`,
  hourly: Prisma.sql`t."estHourlyCents" DESC, t."id" ASC`,
};

type GroupRow = {
  id: string;
  title: string;
  description: string;
  keywords: string;
  rewardCents: number;
  assignmentDurationSeconds: number;
  hitsAvailable: number;
  latestHitAt: Date | string | null;
  lastExpiresAt: Date | string | null;
  medianWorkSeconds: number | null;
  estHourlyCents: number;
  requesterId: string;
  requesterName: string;
};

const dateOrNull = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));
/** A search term as a LIKE pattern that matches it literally. */
const containing = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listHitGroups(workerId: string, query: GroupQuery = {}) {
  const t = now();
  const page = query.page ?? 1;
  const term = query.q?.toLowerCase();
  // Hand-written SQL: the ORM spent ten times longer building this query (relation filters) than the
  // database spent running it, on the page workers open most.
  const rows = (
    await db.$queryRaw<GroupRow[]>`
      SELECT t."id", t."title", t."description", t."keywords", t."rewardCents", t."assignmentDurationSeconds",
             t."hitsAvailable", t."latestHitAt", t."lastExpiresAt", t."medianWorkSeconds", t."estHourlyCents",
             u."id" AS "requesterId", u."name" AS "requesterName"
      FROM "HITType" t JOIN "User" u ON u."id" = t."requesterId"
      WHERE t."hitsAvailable" > 0 AND t."lastExpiresAt" > ${t} AND t."requesterId" <> ${workerId} AND u."status" = 'Active'
        AND NOT EXISTS (SELECT 1 FROM "WorkerBlock" b WHERE b."requesterId" = t."requesterId" AND b."workerId" = ${workerId})
        ${term ? Prisma.sql`AND t."searchText" LIKE ${containing(term)} ESCAPE '\\'` : Prisma.empty}
        ${query.minReward ? Prisma.sql`AND t."rewardCents" >= ${Math.round(query.minReward * 100)}` : Prisma.empty}
        ${query.minHourly ? Prisma.sql`AND t."estHourlyCents" >= ${Math.round(query.minHourly * 100)}` : Prisma.empty}
      ORDER BY ${orderBy[query.sort ?? "newest"]}
      LIMIT ${GROUPS_PAGE_SIZE + 1} OFFSET ${(page - 1) * GROUPS_PAGE_SIZE}`
  ).map((r) => ({
    ...r,
    rewardCents: Number(r.rewardCents),
    assignmentDurationSeconds: Number(r.assignmentDurationSeconds),
    hitsAvailable: Number(r.hitsAvailable),
    estHourlyCents: Number(r.estHourlyCents),
    latestHitAt: dateOrNull(r.latestHitAt),
    lastExpiresAt: dateOrNull(r.lastExpiresAt),
    requester: { id: r.requesterId, name: r.requesterName },
  }));
  const visible = await applyRequirements(workerId, rows, query.qualified === "1");
  return {
    page,
    hasMore: rows.length > GROUPS_PAGE_SIZE,
    groups: visible.slice(0, GROUPS_PAGE_SIZE).map(({ r, locked }) => ({
      locked,
      hitTypeId: r.id,
      title: r.title,
      description: r.description,
      keywords: r.keywords,
      rewardCents: r.rewardCents,
      assignmentDurationSeconds: r.assignmentDurationSeconds,
      requesterId: r.requester.id,
      requesterName: r.requester.name,
      hitsAvailable: r.hitsAvailable,
      createdAt: r.latestHitAt,
      expiresAt: r.lastExpiresAt,
      hourlyCents: r.estHourlyCents,
      hourlyBasis: r.medianWorkSeconds ? ("median" as const) : ("allotted" as const),
    })),
  };
}

/**
 * Qualification requirements on the page's groups: a group guarded at discovery disappears for workers
 * who do not meet it; with "only groups I qualify for" so does any group the worker could not accept.
 * Others stay, marked locked, so the worker can see what to qualify for.
 */
async function applyRequirements<T extends { id: string }>(workerId: string, rows: T[], onlyQualified: boolean) {
  const reqRows = await db.qualificationRequirement.findMany({ where: { hitTypeId: { in: rows.map((r) => r.id) } }, orderBy: { position: "asc" } });
  if (reqRows.length === 0) return rows.map((r) => ({ r, locked: false }));
  const sets = rows.map((r) => reqRows.filter((q) => q.hitTypeId === r.id).map(requirementFromRow));
  const evaluations = await evaluateRequirementSets(workerId, sets);
  const out: { r: T; locked: boolean }[] = [];
  rows.forEach((r, i) => {
    const e = evaluations[i];
    if (!e.canDiscover || (onlyQualified && !e.canAccept)) return;
    out.push({ r, locked: !e.canAccept });
  });
  return out;
}
