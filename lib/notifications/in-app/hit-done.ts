// A HIT just became Reviewable (every slot submitted, or expired with nothing in progress). A HIT of a
// batch counts towards the batch: the requester hears once, when the batch's last HIT gets there. A HIT on
// its own is told per HIT type (coalesced), and only when it has work to review.
import { dbProvider, type Tx } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { tellBatchFinished, tellHitReviewable } from "./requester-news";

type DoneHit = { id: string; requesterId: string; hitTypeId: string; batchId: string | null; numSubmitted: number };

export async function tellRequesterHitDone(tx: Tx, hit: DoneHit): Promise<void> {
  if (hit.batchId) return tellIfBatchFinished(tx, hit.requesterId, hit.batchId);
  if (hit.numSubmitted === 0) return;
  const type = await tx.hITType.findUniqueOrThrow({ where: { id: hit.hitTypeId }, select: { title: true } });
  await tellHitReviewable(tx, { requesterId: hit.requesterId, hitTypeId: hit.hitTypeId, title: type.title });
}

async function tellIfBatchFinished(tx: Tx, requesterId: string, batchId: string) {
  const t = now();
  // Two of the batch's last HITs finishing at once must not each see the other still open (PostgreSQL's
  // read committed): the batch row's lock orders them, so the second sees the first's HIT done.
  if (!(await lockUnfinishedBatch(tx, batchId))) return;
  // Not finished while any HIT still has an open slot that has not expired, or work in progress. One such
  // HIT is enough to know, so the scan stops at the first (a count walked every HIT of the batch each time
  // one of them finished).
  const open = await tx.hIT.findFirst({
    where: { batchId, status: { not: "Disposed" }, OR: [{ numPending: { gt: 0 } }, { numAvailable: { gt: 0 }, expiresAt: { gt: t } }] },
    select: { id: true },
  });
  if (open) return;
  // The conditional write makes "once" hold even when the last two HITs finish at the same moment.
  const { count } = await tx.batch.updateMany({ where: { id: batchId, status: { in: ["Published", "Cancelled"] }, finishedAt: null }, data: { finishedAt: t } });
  if (count !== 1) return;
  const batch = await tx.batch.findUniqueOrThrow({ where: { id: batchId }, select: { name: true } });
  const waiting = await tx.assignment.count({ where: { hit: { batchId }, status: "Submitted" } });
  await tellBatchFinished(tx, { requesterId, batchId, name: batch.name, waiting });
}

/** False when the batch was already told about; on PostgreSQL the row stays locked to the transaction's end. */
async function lockUnfinishedBatch(tx: Tx, batchId: string): Promise<boolean> {
  if (dbProvider() === "postgresql") {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Batch" WHERE "id" = ${batchId} AND "finishedAt" IS NULL FOR UPDATE`;
    return rows.length === 1;
  }
  return (await tx.batch.count({ where: { id: batchId, finishedAt: null } })) === 1;
}
