// Gives each test file its own fresh, migrated database before any test module opens one.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { adminQuery, withDatabase } from "./pg";

const provider = process.env.TEST_DB_PROVIDER;
// API secret keys are sealed with this in tests, instead of a key file in the data directory.
process.env.PIECEWORK_SECRET_KEY ??= "piecework-test-secret-key";
const name = `piecework_t_${randomBytes(6).toString("hex")}`;

if (provider === "postgresql") {
  const base = process.env.TEST_POSTGRES_URL!;
  await adminQuery(base, `CREATE DATABASE ${name} TEMPLATE ${inject("pgTemplate")}`);
  process.env.DATABASE_URL = withDatabase(base, name);
} else {
  const dir = join(process.cwd(), "node_modules", ".cache", "piecework", "test-dbs");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.db`);
  copyFileSync(inject("sqliteTemplate"), file);
  process.env.DATABASE_URL = `file:${file}`;
}

/**
 * Drops this file's database. FORCE ends our own lingering connections, but it is refused while an
 * autovacuum worker (the superuser's) happens to be on the database; that passes in a moment, so try
 * again, and if it still will not go, leave it: a leftover test database must not fail the tests.
 */
async function dropTestDatabase(base: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      return;
    } catch (e) {
      if (attempt >= 5) {
        console.warn(`test database ${name} left behind: ${e instanceof Error ? e.message : e}`);
        return;
      }
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

afterAll(async () => {
  const { getDb } = await import("../db/client");
  await getDb().$disconnect();
  if (provider === "postgresql") {
    await dropTestDatabase(process.env.TEST_POSTGRES_URL!);
  } else {
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
});
