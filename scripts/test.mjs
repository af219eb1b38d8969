// npm test — the whole suite, preparing what it needs itself:
//   1. a Chromium for the browser tests (Debian's package when we may install it, else Playwright's own);
//   2. Vitest: unit tests, and the database tests on SQLite and, when TEST_POSTGRES_URL is set, PostgreSQL;
//   3. a production build, then Playwright in real Chromium against it (on SQLite, and on PostgreSQL too
//      when TEST_POSTGRES_URL is set);
//   4. with TEST_POSTGRES_URL, two production servers and the sweep worker on one PostgreSQL database,
//      checked for every invariant after load and moved clocks (lib/bench/cluster.ts).
// Flags: --no-e2e, --e2e-only. Ends with one "N passed, N failed" line and a non-zero exit on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { root } from "./env.mjs";
import { build } from "./build.mjs";
import { deploy } from "../lib/db/migrate.mjs";

const args = new Set(process.argv.slice(2));
const runUnit = !args.has("--e2e-only");
const runE2e = !args.has("--no-e2e");
const reports = join(root, "test-results", "reports");
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

const step = (title) => console.log(`\n━━ ${title}`);
const run = (cmd, argv, env = {}) => spawnSync(cmd, argv, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } }).status === 0;

function ensureBrowser() {
  if (["/usr/bin/chromium", "/usr/bin/chromium-browser"].some((p) => existsSync(p))) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("piecework: no Chromium found; installing Debian's chromium with apt-get");
    if (run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"])) return;
  }
  console.log("piecework: no Chromium found; installing Playwright's own browser");
  if (!run(process.execPath, [join(root, "node_modules/@playwright/test/cli.js"), "install", "chromium"])) {
    throw new Error("could not install a browser for the e2e tests");
  }
}

/** boto3 and the AWS CLI, for the spec that runs them against the API (Debian: python3-boto3, awscli). */
function ensureAwsTools() {
  const present = () => spawnSync("/usr/bin/python3", ["-c", "import boto3"]).status === 0 && existsSync("/usr/bin/aws");
  if (present()) return true;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("piecework: installing Debian's python3-boto3 and awscli for the boto3 and AWS CLI checks");
    run("apt-get", ["install", "-y", "-qq", "python3-boto3", "awscli"]) || (run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "python3-boto3", "awscli"]));
  }
  if (present()) return true;
  console.log("piecework: boto3 or the AWS CLI is missing (apt-get install python3-boto3 awscli); e2e/api/boto3-cli.spec.ts is not run");
  return false;
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const r = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += r.numFailedTests ?? 0;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  return (r.numTotalTests ?? 0) > 0;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const r = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += r.stats?.expected ?? 0;
  totals.failed += (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0);
  totals.skipped += r.stats?.skipped ?? 0;
  return (r.stats?.expected ?? 0) + (r.stats?.unexpected ?? 0) > 0;
}

async function freshPostgresDb(baseUrl, name) {
  const u = new URL(baseUrl);
  u.pathname = "/postgres";
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  u.pathname = `/${name}`;
  return u.toString();
}

const started = Date.now();
if (runUnit) {
  step(`Vitest: unit and database tests (SQLite${process.env.TEST_POSTGRES_URL ? " and PostgreSQL" : ""})`);
  const out = join(reports, "vitest.json");
  const passed = run(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile=${out}`]);
  if (!countVitest(out) || !passed) ok = false;
}

if (runE2e) {
  ensureBrowser();
  const awsTools = ensureAwsTools();
  step("Production build");
  if (!build()) {
    ok = false;
    totals.failed += 1;
  } else {
    // Every browser spec runs against a SQLite server; the full marketplace loop and the API suite run on
    // PostgreSQL too (the database tests already cover every rule on both), to stay within 15 minutes.
    // The MTurk API suite runs on both: SQL and the SDKs' wire format meet there.
    const targets = [{ label: "SQLite", env: awsTools ? {} : { PIECEWORK_WITHOUT_AWS_TOOLS: "1" }, specs: [] }];
    if (process.env.TEST_POSTGRES_URL) {
      const env = { E2E_DATABASE_URL: await freshPostgresDb(process.env.TEST_POSTGRES_URL, "piecework_e2e"), PIECEWORK_WITHOUT_AWS_TOOLS: "1" };
      targets.push({ label: "PostgreSQL", env, specs: ["e2e/core-loop.spec.ts", "e2e/api/"] });
    }
    for (const t of targets) {
      // Two runs: the specs that share the server two at a time, then (on a fresh server) the specs that
      // move its clock, alone. Naming a project with --no-deps keeps a spec filter from pulling in the rest.
      for (const project of ["chromium", "clock"]) {
        step(`Playwright in Chromium, server on ${t.label}, ${project === "clock" ? "specs that move the clock" : "all other specs"}${t.specs.length ? ` (of ${t.specs.join(", ")})` : ""}`);
        const out = join(reports, `playwright-${t.label.toLowerCase()}-${project}.json`);
        const argv = ["test", "--reporter=list,json", `--project=${project}`, "--no-deps", "--pass-with-no-tests", ...t.specs];
        const passed = run(process.execPath, [join(root, "node_modules/@playwright/test/cli.js"), ...argv], { ...t.env, PLAYWRIGHT_JSON_OUTPUT_NAME: out });
        const ran = countPlaywright(out); // counted first: a failed run's results must be in the totals
        if (!passed || (!ran && project === "chromium")) ok = false;
      }
    }
    if (process.env.TEST_POSTGRES_URL) {
      // Two production servers and the sweep worker on one PostgreSQL database (lib/bench/cluster.ts).
      step("Two web servers and the sweep worker on one PostgreSQL database");
      const url = await freshPostgresDb(process.env.TEST_POSTGRES_URL, "piecework_cluster");
      deploy(url);
      const out = join(reports, "cluster.json");
      const passed = run(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "lib/bench/cluster.ts"), "--check", "--root", root, "--ports", "3120,3121", "--out", out, "--seconds", "8"], { DATABASE_URL: url });
      const checks = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")).checks : [];
      totals.passed += checks.filter((c) => c.ok).length;
      totals.failed += checks.filter((c) => !c.ok).length;
      if (!passed || checks.length === 0) ok = false;
    }
  }
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\npiecework: test suite finished in ${minutes} min`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
