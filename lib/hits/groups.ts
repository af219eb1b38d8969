// The workers' HIT groups page: one indexed read of the HIT types that have open HITs, with search,
// filters, sorts and pagination on the server. The figures come from lib/hits/group-stats.ts.
import { z } from "zod";
import { db, type Prisma } from "@/lib/db/client";
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

const orderBy: Record<GroupSort, Prisma.HITTypeOrderByWithRelationInput[]> = {
  newest: [{ latestHitAt: "desc" }, { id: "asc" }],
  reward: [{ rewardCents: "desc" }, { id: "asc" }],
  available: [{ hitsAvailable: "desc" }, { id: "asc" }],
  hourly: [{ estHourlyCents: "desc" }, { id: "asc" }],
};

export async function listHitGroups(workerId: string, query: GroupQuery = {}) {
  const t = now();
  const page = query.page ?? 1;
  const term = query.q?.toLowerCase();
  const where: Prisma.HITTypeWhereInput = {
    hitsAvailable: { gt: 0 },
    lastExpiresAt: { gt: t },
    requesterId: { not: workerId },
    requester: { status: "Active", blocksGiven: { none: { workerId } } },
    ...(term ? { searchText: { contains: term } } : {}),
    ...(query.minReward ? { rewardCents: { gte: Math.round(query.minReward * 100) } } : {}),
    ...(query.minHourly ? { estHourlyCents: { gte: Math.round(query.minHourly * 100) } } : {}),
  };
  const rows = await db.hITType.findMany({
    where,
    orderBy: orderBy[query.sort ?? "newest"],
    skip: (page - 1) * GROUPS_PAGE_SIZE,
    take: GROUPS_PAGE_SIZE + 1,
    select: {
      id: true,
      title: true,
      description: true,
      keywords: true,
      rewardCents: true,
      assignmentDurationSeconds: true,
      hitsAvailable: true,
      latestHitAt: true,
      lastExpiresAt: true,
      medianWorkSeconds: true,
      estHourlyCents: true,
      requester: { select: { id: true, name: true } },
    },
  });
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
