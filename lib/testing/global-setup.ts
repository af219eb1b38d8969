// Runs once per test run and project: migrates a template database with Prisma's migration engine, which
// every test file then copies (SQLite) or clones (PostgreSQL) instead of migrating again.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { deploy } from "../db/migrate.mjs";
import { adminQuery, withDatabase } from "./pg";

export const testDir = join(process.cwd(), "node_modules", ".cache", "piecework", "test-dbs");

export default async function setup(project: TestProject) {
  const provider = project.config.env?.TEST_DB_PROVIDER ?? process.env.TEST_DB_PROVIDER;
  if (provider === "postgresql") {
    const base = process.env.TEST_POSTGRES_URL;
    if (!base) throw new Error("TEST_POSTGRES_URL is not set");
    // Named per run, so two test runs (two checkouts) can share one PostgreSQL server.
    const template = `piecework_test_template_${process.pid}`;
    await adminQuery(base, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await adminQuery(base, `CREATE DATABASE ${template}`);
    deploy(withDatabase(base, template));
    project.provide("pgTemplate", template);
    return () => adminQuery(base, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  }
  mkdirSync(testDir, { recursive: true });
  const template = join(testDir, `template-${process.pid}.db`);
  rmSync(template, { force: true });
  deploy(`file:${template}`);
  project.provide("sqliteTemplate", template);
  return () => rmSync(template, { force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
    pgTemplate: string;
  }
}
