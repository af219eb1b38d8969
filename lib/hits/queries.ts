// Reads of HITs for the three audiences. Workers only ever see live HITs of requesters who have not
// blocked them; requesters only ever see their own.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { effectiveStatus } from "./status";

const PAGE_SIZE = 20;

export async function listHitGroups(workerId: string, opts: { search?: string; page?: number } = {}) {
  const t = now();
  const search = opts.search?.trim();
  const where = {
    status: "Assignable",
    numAvailable: { gt: 0 },
    expiresAt: { gt: t },
    requesterId: { not: workerId },
    requester: { status: "Active", blocksGiven: { none: { workerId } } },
    ...(search
      ? { OR: [{ hitType: { title: { contains: search } } }, { hitType: { description: { contains: search } } }, { hitType: { keywords: { contains: search } } }] }
      : {}),
  };
  const groups = await db.hIT.groupBy({
    by: ["hitTypeId"],
    where,
    _count: { _all: true },
    _sum: { numAvailable: true },
    _min: { expiresAt: true },
    _max: { createdAt: true },
    orderBy: { _max: { createdAt: "desc" } },
    skip: Math.max(0, (opts.page ?? 1) - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
  });
  const types = await db.hITType.findMany({
    where: { id: { in: groups.map((g) => g.hitTypeId) } },
    include: { requester: { select: { id: true, name: true } } },
  });
  const byId = new Map(types.map((t) => [t.id, t]));
  return {
    hasMore: groups.length > PAGE_SIZE,
    groups: groups.slice(0, PAGE_SIZE).map((g) => {
      const type = byId.get(g.hitTypeId)!;
      return {
        hitTypeId: g.hitTypeId,
        title: type.title,
        description: type.description,
        keywords: type.keywords,
        rewardCents: type.rewardCents,
        assignmentDurationSeconds: type.assignmentDurationSeconds,
        requesterName: type.requester.name,
        hitsAvailable: g._count._all,
        assignmentsAvailable: g._sum.numAvailable ?? 0,
        expiresAt: g._min.expiresAt,
        createdAt: g._max.createdAt,
      };
    }),
  };
}

/** A HIT group as a worker previews it: the type, and the question of the next HIT they could take. */
export async function groupPreview(workerId: string, hitTypeId: string) {
  const t = now();
  const type = await db.hITType.findUnique({ where: { id: hitTypeId }, include: { requester: { select: { id: true, name: true, status: true } } } });
  if (!type || type.requester.status !== "Active") throw new DomainError("NotFound", "That HIT group does not exist or has no HITs left.");
  const blocked = await db.workerBlock.findUnique({ where: { requesterId_workerId: { requesterId: type.requesterId, workerId } } });
  if (blocked) throw new DomainError("NotFound", "That HIT group does not exist or has no HITs left.");
  const liveWhere = { hitTypeId, status: "Assignable", numAvailable: { gt: 0 }, expiresAt: { gt: t }, assignments: { none: { workerId, liveSlot: { not: null } } } };
  const [hit, hitsAvailable] = await Promise.all([
    db.hIT.findFirst({ where: liveWhere, orderBy: { createdAt: "asc" } }),
    db.hIT.count({ where: liveWhere }),
  ]);
  return { type, hit, hitsAvailable };
}

export async function requesterHits(requesterId: string) {
  const t = now();
  const hits = await db.hIT.findMany({
    where: { requesterId, status: { not: "Disposed" } },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { hitType: { select: { title: true } } },
  });
  return hits.map((h) => ({ ...h, effectiveStatus: effectiveStatus(h, t) }));
}

export async function requesterHitDetail(requesterId: string, hitId: string) {
  const hit = await db.hIT.findUnique({
    where: { id: hitId },
    include: {
      hitType: true,
      assignments: { orderBy: { acceptedAt: "asc" }, include: { worker: { select: { id: true, name: true } } } },
    },
  });
  if (!hit || hit.requesterId !== requesterId) throw new DomainError("NotFound", "That HIT does not exist or is not yours.");
  return { ...hit, effectiveStatus: effectiveStatus(hit, now()) };
}
