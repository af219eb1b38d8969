// Applies and creates Prisma migrations for both providers with Prisma's migration engine.
//   node lib/db/migrate.mjs deploy            apply pending migrations to DATABASE_URL
//   node lib/db/migrate.mjs new <name>        write a new migration for SQLite and PostgreSQL from the
//                                             change of prisma/schema.prisma since git HEAD (or --from REV)
// Prisma 7's CLI needs a native engine downloaded at install, which machines without internet lack; Prisma
// 6.19 runs its WebAssembly engine through a driver adapter (see lib/db/prisma6.config.mjs). The folders
// are ordinary Prisma migrations, so the regular CLI can apply them where it works.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { root, sourcePath, derivePostgresSchema } from "./derive-postgres-schema.mjs";
import { databaseUrl, providerOf } from "./url.mjs";

const cacheDir = join(root, "node_modules", ".cache", "piecework");
const prisma6 = join(root, "node_modules", "prisma6", "build", "index.js");

/** Prisma 6 insists on a `url` in the datasource; write a copy of the schema that has one. */
function schemaWithUrl(provider, source = readFileSync(sourcePath, "utf8")) {
  const text = provider === "postgresql" ? derivePostgresSchema(source) : source;
  const withUrl = text.replace(/(provider\s*=\s*"(sqlite|postgresql)")/, '$1\n  url      = env("DATABASE_URL")');
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `${provider}-${Math.random().toString(36).slice(2)}.schema.prisma`);
  writeFileSync(file, withUrl);
  return file;
}

function prismaEnv(provider, url, schemaFile) {
  const env = { ...process.env, DATABASE_URL: url, PIECEWORK_MIGRATE_PROVIDER: provider };
  env.PIECEWORK_MIGRATE_SCHEMA = schemaFile;
  // Point at an existing file only where the real engines are absent: the js engine is used either way.
  env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
  env.PRISMA_QUERY_ENGINE_LIBRARY ??= process.execPath;
  env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
  return env;
}

function runPrisma6(args, provider, url, schemaFile) {
  const res = spawnSync(process.execPath, [prisma6, ...args, "--config", join(root, "lib/db/prisma6.config.mjs")], {
    cwd: root,
    env: prismaEnv(provider, url, schemaFile),
    encoding: "utf8",
  });
  if (res.status !== 0) {
    throw new Error(`prisma ${args[0]} ${args[1] ?? ""} failed:\n${res.stdout}\n${res.stderr}`);
  }
  return res.stdout;
}

/** Apply every pending migration of the URL's provider. Creates the SQLite file when missing. */
export function deploy(url = databaseUrl()) {
  const provider = providerOf(url);
  if (provider === "sqlite") {
    const file = url.replace(/^file:/, "");
    mkdirSync(join(file, ".."), { recursive: true });
  }
  const schemaFile = schemaWithUrl(provider);
  return runPrisma6(["migrate", "deploy"], provider, url, schemaFile);
}

function newMigration(name, fromRev) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("migration name: lowercase letters, digits and _ only");
  let oldSource = null;
  try {
    oldSource = execFileSync("git", ["show", `${fromRev}:prisma/schema.prisma`], { cwd: root, encoding: "utf8" });
  } catch {
    oldSource = null; // no committed schema yet: the first migration starts from empty
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  for (const provider of ["sqlite", "postgresql"]) {
    const to = schemaWithUrl(provider);
    const from = oldSource ? ["--from-schema-datamodel", schemaWithUrl(provider, oldSource)] : ["--from-empty"];
    // The engine connects through the adapter even to diff two files, so PostgreSQL needs a reachable server.
    const url = provider === "sqlite" ? `file:${join(cacheDir, "diff.db")}` : (process.env.MIGRATE_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? "");
    if (!url) throw new Error("set MIGRATE_POSTGRES_URL to any reachable PostgreSQL database to diff the PostgreSQL schema");
    const sql = runPrisma6(["migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"], provider, url, to);
    if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
      console.log(`${provider}: no schema change since ${fromRev}`);
      continue;
    }
    const dir = join(root, provider === "sqlite" ? "prisma/migrations" : "prisma/postgres/migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "migration.sql"), sql);
    const lock = join(dir, "..", "migration_lock.toml");
    if (!existsSync(lock)) writeFileSync(lock, `# Do not edit: written by lib/db/migrate.mjs\nprovider = "${provider}"\n`);
    console.log(`wrote ${dir}/migration.sql`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [cmd, ...rest] = process.argv.slice(2);
  try {
    if (cmd === "deploy") {
      process.stdout.write(deploy());
    } else if (cmd === "new" && rest[0]) {
      const fromIdx = rest.indexOf("--from");
      newMigration(rest[0], fromIdx >= 0 ? rest[fromIdx + 1] : "HEAD");
    } else {
      console.error("usage: node lib/db/migrate.mjs deploy | new <name> [--from <git-rev>]");
      process.exit(2);
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
