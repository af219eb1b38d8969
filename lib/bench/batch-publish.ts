// Times publishing one batch on a fresh SQLite database: a 10,000-row CSV (3 assignments per HIT) through
// the real publishBatch, so the figure is what a requester waits for. Usage:
//   npx tsx lib/bench/batch-publish.ts [--rows 10000] [--assignments 3]
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { deploy } from "@/lib/db/migrate.mjs";

const { values } = parseArgs({ options: { rows: { type: "string", default: "10000" }, assignments: { type: "string", default: "3" } } });
const rows = Number(values.rows);
const assignments = Number(values.assignments);

const dir = mkdtempSync(join(tmpdir(), "piecework-batch-bench-"));
process.env.DATABASE_URL = `file:${join(dir, "bench.db")}`;
deploy(process.env.DATABASE_URL);

// Imported after DATABASE_URL is set, so the client opens the fresh database.
const { db } = await import("@/lib/db/client");
const { checkLedger } = await import("@/lib/money/invariants");
const { createProject } = await import("@/lib/projects/mutations");
const { publishBatch } = await import("@/lib/batches/publish");
const { makeRequester } = await import("@/lib/testing/factories");
const { projectInput } = await import("@/lib/testing/project-input");

try {
  const requester = await makeRequester(100_000_000);
  const project = await createProject(requester.id, projectInput({ assignmentsPerHit: assignments, layout: readFileSync("e2e/fixtures/mturk/projects/sentiment/layout.html", "utf8") }));
  const csv = stringify([
    ["text", "source"],
    ...Array.from({ length: rows }, (_, i) => [`Sample text number ${i}, with "quotes", commas and <b>markup</b>.`, `bench row ${i}`]),
  ]);

  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const { batch, cost } = await publishBatch(requester.id, project.id, csv);
  const ms = performance.now() - started;
  // This process's CPU time too: on a shared machine the wall time mostly measures the neighbours.
  const cpu = process.cpuUsage(cpuBefore);

  const hits = await db.hIT.count({ where: { batchId: batch.id } });
  const problems = await checkLedger();
  console.log(`published ${hits.toLocaleString("en-US")} HITs × ${assignments} assignments ($${((cost?.totalCents ?? 0) / 100).toFixed(2)} escrowed) in ${ms.toFixed(0)} ms (${((cpu.user + cpu.system) / 1000).toFixed(0)} ms of CPU in this process)`);
  if (hits !== rows || problems.length > 0) {
    console.error("check failed:", hits, problems);
    process.exitCode = 1;
  }
  await db.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
