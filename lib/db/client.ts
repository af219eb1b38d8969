// The Prisma client, chosen at run time from DATABASE_URL: SQLite (default, a file under data/) or
// PostgreSQL. Both generated clients come from one source schema, so they share one shape; code is
// typed against the SQLite one and must only use what both providers accept.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient, Prisma } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { databaseUrl, providerOf } from "./url.mjs";
import { cacheStatements } from "./statement-cache";

export type Db = SqliteClient;
export type Tx = Prisma.TransactionClient;
export { Prisma };

/** Transactions wait for the writer lock rather than failing: SQLite has one writer at a time. */
const transactionOptions = { maxWait: 15_000, timeout: 20_000 };

/**
 * SQLite connection tuned for a web server sharing the file with a sweep worker: WAL so readers never
 * wait for the writer, a busy timeout so a second process waits instead of erroring, and transactions
 * that start as writers (BEGIN IMMEDIATE) so a read-then-write never fails on the lock upgrade.
 */
class ImmediateSqliteAdapter extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: import("better-sqlite3").Database }).client;
    client.pragma("journal_mode = WAL");
    client.pragma("synchronous = NORMAL");
    client.pragma("foreign_keys = ON");
    client.pragma("busy_timeout = 15000");
    cacheStatements(client, (sql) => (sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql));
    return adapter;
  }
}

function createClient(url: string): Db {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.PG_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter, transactionOptions }) as unknown as Db;
  }
  const adapter = new ImmediateSqliteAdapter({ url, timeout: 15_000 });
  return new SqliteClient({ adapter, transactionOptions });
}

const globalForDb = globalThis as unknown as { pieceworkDb?: { url: string; client: Db } };

/** The shared client for this process (one per DATABASE_URL; reused across hot reloads in dev). */
export function getDb(): Db {
  const url = databaseUrl();
  const cached = globalForDb.pieceworkDb;
  if (cached && cached.url === url) return cached.client;
  const client = createClient(url);
  globalForDb.pieceworkDb = { url, client };
  return client;
}

/** Lazily bound, so importing a module never opens a database (tests pick theirs first). */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export function dbProvider(): "sqlite" | "postgresql" {
  return providerOf(databaseUrl());
}

/** Runs fn in one transaction (the only way domain code writes more than one row). */
export function transaction<T>(fn: (tx: Tx) => Promise<T>, tx?: Tx): Promise<T> {
  if (tx) return fn(tx); // already inside the caller's transaction
  return db.$transaction(fn, transactionOptions);
}

export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}
