// npm start — runs Piecework: migrates the database (SQLite under data/ unless DATABASE_URL says
// PostgreSQL), seeds demo data on a fresh database, builds when the build is missing or stale, and starts
// the production server on PORT (default 3000). `--dev` runs the development server instead.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { root, prepareEnv, buildIsFresh } from "./env.mjs";
import { build } from "./build.mjs";
import { deploy } from "../lib/db/migrate.mjs";
import { databaseUrl, providerOf } from "../lib/db/url.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
prepareEnv(port);

const url = databaseUrl();
console.log(`piecework: database ${providerOf(url) === "sqlite" ? url.replace(/^file:/, "") + " (SQLite)" : "PostgreSQL"}`);
try {
  deploy(url);
} catch (e) {
  console.error(`piecework: could not migrate the database.\n${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

const seed = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/seed.ts")], { cwd: root, stdio: "inherit", env: process.env });
if (seed.status !== 0) process.exit(seed.status ?? 1);

if (!dev) {
  if (!buildIsFresh()) {
    console.log("piecework: building the web app (first start or changed sources)…");
    if (!build()) process.exit(1);
  }
}

console.log(`piecework: starting on http://localhost:${port}`);
const child = spawn(process.execPath, [join(root, "node_modules/next/dist/bin/next"), dev ? "dev" : "start", "-p", port], { cwd: root, stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
