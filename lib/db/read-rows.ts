// Bulk reads as plain rows straight from the driver, for the few reads whose size makes the ORM's cost
// dominate: a 30,000-row results download spent over a second in Prisma turning raw rows into objects
// (the same query through better-sqlite3 takes a fraction of that). On SQLite the rows come from a second,
// read-only-by-use connection to the same file (WAL: it reads the last committed state and never waits
// for the writer, and it is never inside someone's open transaction); on PostgreSQL Prisma's raw query
// is used as is. Only for SELECTs written for both databases, with string, number or null parameters.
import Database from "better-sqlite3";
import { db, Prisma } from "./client";
import { databaseUrl, providerOf } from "./url.mjs";

const globalForReads = globalThis as unknown as { pieceworkReadConnection?: { url: string; conn: Database.Database } };

function readConnection(url: string): Database.Database {
  const cached = globalForReads.pieceworkReadConnection;
  if (cached && cached.url === url) return cached.conn;
  cached?.conn.close();
  const conn = new Database(url.replace(/^file:/, ""), { fileMustExist: true });
  conn.pragma("busy_timeout = 15000");
  conn.pragma("query_only = ON");
  globalForReads.pieceworkReadConnection = { url, conn };
  return conn;
}

export async function readRows<T>(query: Prisma.Sql): Promise<T[]> {
  const url = databaseUrl();
  if (providerOf(url) === "postgresql") return db.$queryRaw<T[]>(query);
  for (const v of query.values) {
    if (v !== null && typeof v !== "string" && typeof v !== "number") throw new Error("readRows takes string, number or null parameters only");
  }
  return readConnection(url).prepare(query.sql).all(...(query.values as (string | number | null)[])) as T[];
}
