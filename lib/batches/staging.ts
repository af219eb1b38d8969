// The SQL of publishing in two steps: chunks of a batch's HITs are written to BatchStagedHit (each chunk
// with the batch's heartbeat, in one transaction), then one statement copies them all into HIT when the
// batch opens. Prisma's createMany spends most of a large batch compiling its query plan (about 0.7 ms a
// row), so rows go in as one multi-row INSERT per chunk; Prisma.sql still binds every value.
import { dbProvider, Prisma, type Tx } from "@/lib/db/client";

export interface StagedRow {
  batchId: string;
  batchRow: number;
  hitId: string;
  question: string;
  layoutParameters: string;
}

export async function insertStaged(tx: Tx, rows: StagedRow[]): Promise<void> {
  const values = Prisma.join(rows.map((r) => Prisma.sql`(${r.batchId}, ${r.batchRow}, ${r.hitId}, ${r.question}, ${r.layoutParameters})`));
  await tx.$executeRaw`INSERT INTO "BatchStagedHit" ("batchId", "batchRow", "hitId", "question", "layoutParameters") VALUES ${values}`;
}

/** The columns every HIT of a batch shares; each is bound once for the whole INSERT ... SELECT. */
export interface SharedHitColumns {
  hitTypeId: string;
  requesterId: string;
  questionType: string;
  layoutId: string;
  maxAssignments: number;
  rewardCents: number;
  feeCents: number;
  escrowCents: number;
  lifetimeSeconds: number;
  createdAt: Date;
  expiresAt: Date;
  requesterAnnotation: string;
  status: string;
  numAvailable: number;
  batchId: string;
}

/**
 * A value bound in a SELECT list has no column to take its type from, so PostgreSQL would read it as
 * text; the cast gives it the column's type there (SQLite stores what it is given).
 */
function typed(value: unknown, pgType: "INTEGER" | "TIMESTAMP(3)" | null): Prisma.Sql {
  if (pgType === null || dbProvider() !== "postgresql") return Prisma.sql`${value}`;
  return Prisma.sql`CAST(${value} AS ${Prisma.raw(pgType)})`;
}

/** Copies every staged row of the batch into HIT (one statement) and empties the stage; returns the count. */
export async function openStagedHits(tx: Tx, shared: SharedHitColumns): Promise<number> {
  const names = Object.keys(shared) as (keyof SharedHitColumns)[];
  const columns = Prisma.raw(["id", "question", "layoutParameters", "batchRow", ...names].map((c) => `"${c}"`).join(", "));
  const values = Prisma.join(
    names.map((n) => {
      const v = shared[n];
      return typed(v, v instanceof Date ? "TIMESTAMP(3)" : typeof v === "number" ? "INTEGER" : null);
    }),
  );
  const inserted = await tx.$executeRaw`INSERT INTO "HIT" (${columns}) SELECT "hitId", "question", "layoutParameters", "batchRow", ${values} FROM "BatchStagedHit" WHERE "batchId" = ${shared.batchId}`;
  await tx.batchStagedHit.deleteMany({ where: { batchId: shared.batchId } });
  return inserted;
}
