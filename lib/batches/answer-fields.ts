// The answer field names of a batch (its results CSV's Answer.* columns). Each submit of a batch HIT adds
// its names with an insert-if-absent on (batchId, name): no shared row is updated, so submits of one batch
// never queue behind each other, and a name already known costs one index probe. The CSV header then reads
// a handful of rows instead of every answer of the batch.
import { db, Prisma, transaction, type Tx } from "@/lib/db/client";
import { answerCells } from "./answer-cells";

export async function recordAnswerFields(tx: Tx, batchId: string, names: Iterable<string>): Promise<void> {
  // In one order everywhere, so two submits adding the same new names cannot deadlock on PostgreSQL.
  const unique = [...new Set(names)].sort();
  if (unique.length === 0) return;
  const values = Prisma.join(unique.map((n) => Prisma.sql`(${batchId}, ${n})`));
  await tx.$executeRaw`INSERT INTO "BatchAnswerField" ("batchId", "name") VALUES ${values} ON CONFLICT DO NOTHING`;
}

/** Records the names in a submitted answer of a batch HIT (in the submit's transaction). */
export async function recordSubmittedAnswer(tx: Tx, batchId: string | null, answerXml: string): Promise<void> {
  if (batchId) await recordAnswerFields(tx, batchId, Object.keys(answerCells(answerXml)));
}

/** Every answer field name the batch's submitted work used, sorted. */
export async function batchAnswerFields(batchId: string, recorded: boolean): Promise<string[]> {
  if (!recorded) await backfill(batchId);
  const rows = await db.batchAnswerField.findMany({ where: { batchId }, select: { name: true } });
  // Sorted here, not in SQL: the two databases collate differently, and the header must not depend on which.
  return rows.map((r) => r.name).sort();
}

/**
 * A batch from before names were recorded: one pass over its answers, then the flag, so the pass happens
 * once. Submits meanwhile record their own names, so the union is complete whichever way they interleave.
 */
async function backfill(batchId: string): Promise<void> {
  const names = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const page = await db.assignment.findMany({
      where: { hit: { batchId }, status: { in: ["Submitted", "Approved", "Rejected"] } },
      orderBy: { id: "asc" },
      take: 1000,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, answer: true },
    });
    for (const a of page) for (const k of Object.keys(answerCells(a.answer))) names.add(k);
    if (page.length < 1000) break;
    cursor = page[page.length - 1].id;
  }
  await transaction(async (tx) => {
    for (let i = 0; i < names.size; i += 200) await recordAnswerFields(tx, batchId, [...names].slice(i, i + 200));
    await tx.batch.update({ where: { id: batchId }, data: { answerFieldsRecorded: true } });
  });
}
