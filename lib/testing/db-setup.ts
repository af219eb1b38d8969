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

afterAll(async () => {
  const { getDb } = await import("../db/client");
  await getDb().$disconnect();
  if (provider === "postgresql") {
    await adminQuery(process.env.TEST_POSTGRES_URL!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
});
