// Serializes every change to one HIT's slots and escrow. On PostgreSQL a row lock (SELECT ... FOR UPDATE)
// held to the end of the transaction; on SQLite the transaction already began as the only writer
// (BEGIN IMMEDIATE, see lib/db/client.ts), so nothing more is needed.
import { dbProvider, type Tx } from "@/lib/db/client";

export async function lockHit(tx: Tx, hitId: string): Promise<void> {
  if (dbProvider() === "postgresql") {
    await tx.$queryRaw`SELECT "id" FROM "HIT" WHERE "id" = ${hitId} FOR UPDATE`;
  }
}
