// Reads of a requester's projects. Another requester's project does not exist for them.
import { db, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { Requirement } from "@/lib/qualifications/schema";
import { placeholdersOf } from "./layout";

export async function getProject(requesterId: string, projectId: string, tx?: Tx) {
  const p = await (tx ?? db).project.findUnique({ where: { id: projectId } });
  if (!p || p.requesterId !== requesterId) throw new DomainError("NotFound", "That project does not exist or is not yours.");
  return { ...p, qualificationRequirements: JSON.parse(p.qualificationRequirements) as Requirement[], placeholders: placeholdersOf(p.layout) };
}
export type Project = Awaited<ReturnType<typeof getProject>>;

export async function listProjects(requesterId: string) {
  const rows = await db.project.findMany({
    where: { requesterId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, title: true, rewardCents: true, assignmentsPerHit: true, updatedAt: true, layout: true, _count: { select: { batches: true } } },
  });
  return rows.map(({ layout, _count, ...p }) => ({ ...p, placeholders: placeholdersOf(layout), batches: _count.batches }));
}
