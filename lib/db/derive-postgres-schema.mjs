// Derives prisma/postgres/schema.prisma from the one source schema (prisma/schema.prisma, SQLite).
// Only the provider and the generated client's output path differ; everything else must stay identical,
// which is why this is a pure function and a test compares its output with the committed file.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const sourcePath = join(root, "prisma", "schema.prisma");
export const derivedPath = join(root, "prisma", "postgres", "schema.prisma");

export function derivePostgresSchema(source) {
  const header =
    "// GENERATED from prisma/schema.prisma by `npm run db:derive`. Do not edit: change the source and rerun.\n";
  let out = source.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  out = out.replace('output       = "../lib/db/generated/sqlite"', 'output       = "../../lib/db/generated/postgres"');
  if (out === source || !out.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma no longer has the expected datasource or generator lines");
  }
  return header + out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(derivedPath), { recursive: true });
  writeFileSync(derivedPath, derivePostgresSchema(readFileSync(sourcePath, "utf8")));
  console.log(`wrote ${derivedPath}`);
}
