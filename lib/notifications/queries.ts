// What the requester's notification pages show: each HIT type's settings and how its deliveries stand.
import { db } from "@/lib/db/client";
import { parseStoredSpec } from "./stored-spec";

export async function notificationOverview(requesterId: string) {
  const types = await db.hITType.findMany({
    where: { requesterId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, rewardCents: true, notificationSpec: true, notificationActive: true, _count: { select: { hits: true } } },
  });
  const counts = await db.outboxEvent.groupBy({ by: ["hitTypeId", "status"], where: { hitType: { requesterId } }, _count: { _all: true } });
  const countOf = (hitTypeId: string, status: string) => counts.find((c) => c.hitTypeId === hitTypeId && c.status === status)?._count._all ?? 0;
  return types.map((t) => ({
    id: t.id,
    title: t.title,
    rewardCents: t.rewardCents,
    hits: t._count.hits,
    spec: parseStoredSpec(t.notificationSpec),
    active: t.notificationActive,
    pending: countOf(t.id, "Pending"),
    failed: countOf(t.id, "Failed"),
    delivered: countOf(t.id, "Delivered"),
  }));
}
