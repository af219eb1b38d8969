// npm run bench [-- --db postgres] [-- --part pages|loop|api|batches|servers] — builds (when stale), seeds
// a marketplace at scale on a fresh database, starts the production server, and measures it (lib/bench/).
// Writes a JSON report and prints a table. Parts, all by default ("servers" only with --db postgres):
//   pages    the worker HIT groups page and the accept action, on 100,000 seeded HITs;
//   loop     N = 1, 8, 32 workers accepting and submitting over HTTP, then the same transactions called
//            straight through the database driver (the "raw" limit);
//   api      CreateHIT and ListAssignmentsForHIT through the AWS SDK, 1 and 16 clients;
//   batches  a 30,000-assignment results CSV over HTTP, and piecework loadHITs of 1,000 rows over the API;
//   servers  the worker loop against one production server, then two, on one PostgreSQL database.
// Each part checks the invariants after it and the run fails when one breaks. BENCH_LOOP_SECONDS
// (default 10) is the time per worker-loop level.
// PostgreSQL: --db postgres uses BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) as the server to create a
// fresh database on. Sizes: BENCH_HITS, BENCH_GROUPS (default 100,000 HITs in 10,000 groups).
// --reuse skips the ~75 s seed when an earlier run of the pages or loop part left a seeded copy: the first seed
// is kept as a snapshot (test-results/bench/seeded.db, or the PostgreSQL database piecework_bench_seeded)
// and each run starts from a fresh copy of it, so accepts of one run never leak into the next. Use it
// to compare builds A/B on the same data (migrations newer than the snapshot are applied to the copy).
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cpus } from "node:os";
import pg from "pg";
import { root, prepareEnv, buildIsFresh } from "./env.mjs";
import { build } from "./build.mjs";
import { deploy } from "../lib/db/migrate.mjs";

const usePg = process.argv.includes("--db") && process.argv[process.argv.indexOf("--db") + 1] === "postgres";
const port = process.env.BENCH_PORT ?? "3400";
const reuse = process.argv.includes("--reuse");
const partArg = process.argv.includes("--part") ? process.argv[process.argv.indexOf("--part") + 1] : null;
const parts = partArg ? [partArg] : ["pages", "loop", "api", "batches", ...(usePg ? ["servers"] : [])];
const seeded = parts.includes("pages") || parts.includes("loop");
const dir = join(root, "test-results", "bench");
mkdirSync(dir, { recursive: true });
const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
const env = prepareEnv(port);
env.PIECEWORK_DATA_DIR = join(dir, "data");
env.PIECEWORK_SWEEPS = "off";

async function adminClient() {
  const base = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  if (!base) throw new Error("--db postgres needs BENCH_POSTGRES_URL or TEST_POSTGRES_URL");
  const u = new URL(base);
  u.pathname = "/postgres";
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  return { c, url: (name) => Object.assign(new URL(u), { pathname: `/${name}` }).toString() };
}

/** An empty database of the given name on the bench's PostgreSQL server. */
async function emptyPostgres(name) {
  const { c, url } = await adminClient();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return url(name);
}

/** A fresh piecework_bench database: empty, or a copy of the seeded snapshot. */
async function freshPostgres(fromSnapshot) {
  const { c, url } = await adminClient();
  await c.query("DROP DATABASE IF EXISTS piecework_bench WITH (FORCE)");
  await c.query(fromSnapshot ? "CREATE DATABASE piecework_bench TEMPLATE piecework_bench_seeded" : "CREATE DATABASE piecework_bench");
  await c.end();
  return url("piecework_bench");
}

async function snapshotPostgres() {
  const { c } = await adminClient();
  await c.query("DROP DATABASE IF EXISTS piecework_bench_seeded WITH (FORCE)");
  await c.query("CREATE DATABASE piecework_bench_seeded TEMPLATE piecework_bench");
  await c.end();
}

async function postgresSnapshotExists() {
  const { c } = await adminClient();
  const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = 'piecework_bench_seeded'");
  await c.end();
  return rowCount > 0;
}

if (!buildIsFresh()) {
  console.log("bench: building…");
  if (!build()) process.exit(1);
}
// The seeded sizes and sample ids, per database (a batches-only run seeds nothing and keeps them apart).
const seedFile = join(dir, `seed-${usePg ? "postgresql" : "sqlite"}${seeded ? "" : "-batches"}.json`);
const sqliteFile = join(dir, "bench.db");
const sqliteSnapshot = join(dir, "seeded.db");
const canReuse = reuse && seeded && existsSync(seedFile) && JSON.parse(readFileSync(seedFile, "utf8")).hits > 0 &&
  (usePg ? await postgresSnapshotExists() : existsSync(sqliteSnapshot));
if (reuse && !canReuse) console.log("bench: --reuse: no seeded snapshot yet, seeding once");
let url;
if (usePg) url = await freshPostgres(canReuse);
else {
  for (const s of ["", "-wal", "-shm"]) rmSync(sqliteFile + s, { force: true });
  if (canReuse) for (const s of ["", "-wal"]) if (existsSync(sqliteSnapshot + s)) copyFileSync(sqliteSnapshot + s, sqliteFile + s);
  url = `file:${sqliteFile}`;
}
env.DATABASE_URL = url;
deploy(url);
if (canReuse) console.log(`bench: database ${usePg ? "PostgreSQL" : "SQLite"}; reusing the seeded snapshot`);
else {
  console.log(`bench: database ${usePg ? "PostgreSQL" : "SQLite"}; migrated, seeding…`);
  if (!seeded) writeFileSync(seedFile, JSON.stringify({ hits: 0, groups: 0 }));
  const seedArgs = ["--out", seedFile, "--hits", process.env.BENCH_HITS ?? "100000", "--groups", process.env.BENCH_GROUPS ?? "10000"];
  if (seeded && spawnSync(process.execPath, [tsx, join(root, "lib/bench/seed-scale.ts"), ...seedArgs], { cwd: root, env, stdio: "inherit" }).status !== 0) process.exit(1);
  if (seeded) {
    // Keep the seeded state for later --reuse runs (with its WAL, should the seed have left one).
    if (usePg) await snapshotPostgres();
    else for (const s of ["", "-wal"]) {
      rmSync(sqliteSnapshot + s, { force: true });
      if (existsSync(sqliteFile + s)) copyFileSync(sqliteFile + s, sqliteSnapshot + s);
    }
  }
}

const server = spawn(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "start", "-p", port], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
const base = `http://localhost:${port}`;
let code = 1;
try {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/signin`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  const r = {};
  if (parts.includes("pages")) {
    const out = join(dir, "worker-pages.json");
    const run = spawnSync(process.execPath, [tsx, join(root, "lib/bench/worker-pages.ts"), "--base", base, "--root", root, "--seed", seedFile, "--out", out], { cwd: root, env, stdio: "inherit" });
    if (run.status !== 0) throw new Error("the benchmark run failed");
    Object.assign(r, JSON.parse(readFileSync(out, "utf8")));
  }
  const invariants = [];
  if (r.invariants) invariants.push(r.invariants);
  if (parts.includes("loop")) {
    const out = join(dir, "worker-loop.json");
    const run = spawnSync(process.execPath, [tsx, join(root, "lib/bench/worker-loop.ts"), "--base", base, "--root", root, "--seed", seedFile, "--out", out, "--seconds", process.env.BENCH_LOOP_SECONDS ?? "10"], { cwd: root, env, stdio: "inherit" });
    if (run.status !== 0) throw new Error("the worker loop benchmark failed");
    const loop = JSON.parse(readFileSync(out, "utf8"));
    invariants.push(loop.loopInvariants);
    r.workerLoop = loop.workerLoop;
  }
  if (parts.includes("api")) {
    const out = join(dir, "api.json");
    const run = spawnSync(process.execPath, [tsx, join(root, "lib/bench/api-calls.ts"), "--base", base, "--out", out], { cwd: root, env, stdio: "inherit" });
    if (run.status !== 0) throw new Error("the API benchmark failed");
    const api = JSON.parse(readFileSync(out, "utf8"));
    invariants.push(api.apiInvariants);
    r.api = api.api;
  }
  if (parts.includes("batches")) {
    const out = join(dir, "batches.json");
    const run = spawnSync(process.execPath, [tsx, join(root, "lib/bench/batch-results.ts"), "--base", base, "--root", root, "--out", out], { cwd: root, env, stdio: "inherit" });
    if (run.status !== 0) throw new Error("the batches benchmark failed");
    Object.assign(r, JSON.parse(readFileSync(out, "utf8")));
  }
  if (parts.includes("servers")) {
    // One server, then two, on a database of their own (lib/bench/cluster.ts); PostgreSQL only.
    if (!usePg) throw new Error("the servers part needs --db postgres");
    const clusterUrl = await emptyPostgres("piecework_bench_cluster");
    deploy(clusterUrl);
    const out = join(dir, "cluster.json");
    const ports = `${Number(port) + 10},${Number(port) + 11}`;
    const run = spawnSync(process.execPath, [tsx, join(root, "lib/bench/cluster.ts"), "--bench", "--root", root, "--ports", ports, "--out", out, "--seconds", process.env.BENCH_LOOP_SECONDS ?? "10"], { cwd: root, env: { ...env, DATABASE_URL: clusterUrl }, stdio: "inherit" });
    const cluster = JSON.parse(readFileSync(out, "utf8"));
    if (run.status !== 0) throw new Error(`the servers benchmark failed: ${JSON.stringify(cluster.checks.filter((c) => !c.ok))}`);
    r.servers = { oneServer: cluster.oneServer, twoServers: cluster.twoServers };
  }
  const report = {
    when: new Date().toISOString(),
    database: usePg ? "postgresql" : "sqlite",
    machine: { cpus: cpus().length, node: process.version },
    scale: JSON.parse(readFileSync(seedFile, "utf8")),
    ...r,
    checks: invariants,
  };
  delete report.scale.workers;
  delete report.scale.sampleTypeIds;
  const file = join(dir, `report-${report.database}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  console.log(`\nPiecework bench (${report.database}, ${report.scale.hits} HITs in ${report.scale.groups} groups, ${report.machine.cpus} cores)`);
  const table = {};
  if (r.groupsPage) {
    table["HIT groups page (search + filter)"] = { n: r.groupsPage.n, "p50 ms": r.groupsPage.p50, "p95 ms": r.groupsPage.p95, failures: r.groupsPage.failures, target: "p50 < 25, p95 < 50" };
    table["accept action"] = { n: r.accept.n, "p50 ms": r.accept.p50, "p95 ms": r.accept.p95, failures: r.accept.failures, target: "p95 < 50" };
  }
  for (const l of r.workerLoop?.http ?? []) {
    const rawLevel = r.workerLoop.raw.find((x) => x.workers === l.workers);
    table[`worker loop, N=${l.workers} (accept + submit over HTTP)`] = { n: l.cycles, "cycles/s": l.cyclesPerSecond, "accept p50": l.accept.p50, "accept p95": l.accept.p95, "submit p50": l.submit.p50, "submit p95": l.submit.p95, failures: l.failures, "of raw": rawLevel ? `${Math.round((100 * l.cyclesPerSecond) / rawLevel.cyclesPerSecond)}%` : "", target: l.workers === 32 ? ">= 600/s, accept p95 < 50" : "" };
  }
  for (const l of r.workerLoop?.raw ?? []) {
    table[`raw transactions, N=${l.workers} (domain calls, no HTTP)`] = { n: l.cycles, "cycles/s": l.cyclesPerSecond, "accept p50": l.accept.p50, "accept p95": l.accept.p95, "submit p50": l.submit.p50, "submit p95": l.submit.p95, failures: l.failures };
  }
  for (const [op, levels] of Object.entries(r.api ?? {})) {
    for (const [n, m] of Object.entries(levels)) {
      table[`${op === "createHit" ? "CreateHIT" : "ListAssignmentsForHIT"}, ${n} client(s), AWS SDK`] = { n: m.n, "p50 ms": m.p50, "p95 ms": m.p95, "req/s": m.perSecond, failures: m.failures, target: op === "createHit" && n === "1" ? "p50 < 15" : "" };
    }
  }
  if (r.servers) {
    for (const [label, l] of [["one server", r.servers.oneServer], ["two servers", r.servers.twoServers]]) {
      table[`worker loop, N=32, ${label} on one database`] = { n: l.cycles, "cycles/s": l.cyclesPerSecond, "accept p50": l.accept.p50, "accept p95": l.accept.p95, "submit p50": l.submit.p50, "submit p95": l.submit.p95, failures: l.failures };
    }
  }
  if (r.resultsCsv) {
    table[`results CSV, ${r.resultsCsv.rows} rows over HTTP`] = { n: r.resultsCsv.runsMs.length, "p50 ms": r.resultsCsv.medianMs, "best ms": r.resultsCsv.bestMs, target: "< 1500" };
    table[`piecework loadHITs, ${r.loadHits.rows} rows over the API`] = { n: 1, "p50 ms": r.loadHits.ms, failures: r.loadHits.rows - r.loadHits.created, target: "< 30000" };
  }
  console.table(table);
  const broken = invariants.some((x) => x.problems.length > 0 || x.overAssigned > 0);
  if (invariants.length > 0) console.log(broken ? `INVARIANTS BROKEN: ${JSON.stringify(invariants)}` : "invariants: ledger balanced, group counts right, no over-assignment, every counted submission stored");
  const loopFailed = (r.workerLoop?.http ?? []).concat(r.workerLoop?.raw ?? []).some((l) => l.failures > 0) || Object.values(r.api ?? {}).some((levels) => Object.values(levels).some((m) => m.failures > 0));
  console.log(`report: ${file}`);
  code = broken || loopFailed || r.accept?.failures > 0 || r.groupsPage?.failures > 0 || (r.loadHits && r.loadHits.created !== r.loadHits.rows) ? 1 : 0;
} catch (e) {
  console.error(`bench: ${e instanceof Error ? e.message : e}`);
} finally {
  server.kill("SIGTERM");
}
process.exit(code);
