// Reads of a requester's batches: progress for the list, and the results (inputs and answers per
// assignment) for the detail page; the CSV download reads its own way (results-page.ts). Another
// requester's batch does not exist for them.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";

export async function ownBatch(requesterId: string, batchId: string) {
  const b = await db.batch.findUnique({ where: { id: batchId }, include: { project: { select: { id: true, name: true, assignmentsPerHit: true } } } });
  if (!b || b.requesterId !== requesterId) throw new DomainError("NotFound", "That batch does not exist or is not yours.");
  return { ...b, columns: JSON.parse(b.columns) as string[] };
}

export interface BatchProgress {
  submitted: number;
  approved: number;
  rejected: number;
  /** Slots still open or being worked on (expired HITs have none left). */
  remaining: number;
}

export async function batchProgress(batchId: string): Promise<BatchProgress> {
  const [byStatus, open] = await Promise.all([
    db.assignment.groupBy({ by: ["status"], where: { hit: { batchId }, status: { in: ["Submitted", "Approved", "Rejected"] } }, _count: { _all: true } }),
    db.hIT.aggregate({ where: { batchId, status: { not: "Disposed" } }, _sum: { numAvailable: true, numPending: true } }),
  ]);
  const n = (s: string) => byStatus.find((x) => x.status === s)?._count._all ?? 0;
  return { submitted: n("Submitted"), approved: n("Approved"), rejected: n("Rejected"), remaining: (open._sum.numAvailable ?? 0) + (open._sum.numPending ?? 0) };
}

export async function listBatches(requesterId: string, projectId?: string) {
  const batches = await db.batch.findMany({
    where: { requesterId, ...(projectId ? { projectId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 100,
    include: { project: { select: { id: true, name: true, assignmentsPerHit: true } } },
  });
  return Promise.all(batches.map(async (b) => ({ ...b, progress: await batchProgress(b.id) })));
}

/** The batch's HITs with their assignments, a page at a time in row order, for the detail page. */
export async function batchResultsPage(batchId: string, afterRow: number, take: number) {
  return db.hIT.findMany({
    where: { batchId, batchRow: { gt: afterRow } },
    orderBy: { batchRow: "asc" },
    take,
    include: {
      hitType: true,
      assignments: { where: { status: { in: ["Submitted", "Approved", "Rejected"] } }, orderBy: { submittedAt: "asc" } },
    },
  });
}
export type BatchResultHit = Awaited<ReturnType<typeof batchResultsPage>>[number];
