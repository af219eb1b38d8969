// Generates both Prisma clients (SQLite and PostgreSQL) from the source schema; run on install.
// Prisma 7's CLI wants its native schema engine even though `generate` never runs it; where the download
// failed (machines without internet) we point PRISMA_SCHEMA_ENGINE_BINARY at an existing file.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, sourcePath, derivedPath, derivePostgresSchema } from "./derive-postgres-schema.mjs";

function nativeEngineMissing() {
  const dir = join(root, "node_modules", "@prisma", "engines");
  try {
    return !readdirSync(dir).some((f) => f.startsWith("schema-engine"));
  } catch {
    return true;
  }
}

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && nativeEngineMissing()) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;

// Keep the derived schema current so a fresh clone never generates from a stale copy.
const derived = derivePostgresSchema(readFileSync(sourcePath, "utf8"));
if (!existsSync(derivedPath) || readFileSync(derivedPath, "utf8") !== derived) writeFileSync(derivedPath, derived);

for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  const res = spawnSync(process.execPath, [join(root, "node_modules/prisma/build/index.js"), "generate", "--schema", schema], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (res.status !== 0) {
    console.error(`prisma generate --schema ${schema} failed:\n${res.stdout}\n${res.stderr}`);
    process.exit(1);
  }
}
console.log("piecework: generated Prisma clients for SQLite and PostgreSQL");
