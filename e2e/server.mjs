// The server the browser tests talk to: the production build, on a fresh SQLite database (or the
// PostgreSQL one in E2E_DATABASE_URL), with the demo seed and a clock file the tests can move.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, prepareEnv } from "../scripts/env.mjs";
import { deploy } from "../lib/db/migrate.mjs";
import { spawnSync } from "node:child_process";

const port = process.env.E2E_PORT ?? "3100";
const dir = join(root, "test-results", "e2e-server");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.PIECEWORK_DATA_DIR = dir;
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:${join(dir, "e2e.db")}`;
process.env.PIECEWORK_CLOCK_FILE = join(dir, "clock-offset");
writeFileSync(process.env.PIECEWORK_CLOCK_FILE, "0");
process.env.PIECEWORK_FAST_HASH = "1";
process.env.PIECEWORK_SWEEP_INTERVAL_MS = "1000";
prepareEnv(port);

deploy(process.env.DATABASE_URL);
const seed = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/seed.ts")], { cwd: root, stdio: "inherit", env: process.env });
if (seed.status !== 0) process.exit(1);
const child = spawn(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "start", "-p", port], { cwd: root, stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
