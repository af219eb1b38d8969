// The batches part of `npm run bench`, against a running production server on the bench database:
//   1. the results CSV of a batch with 30,000 submitted assignments, downloaded over HTTP by the signed-in
//      requester (the route handler's stream, end to end, as a browser gets it), timed to the last byte;
//   2. `piecework loadHITs` of 1,000 rows over the MTurk API (the CLI's own process, signed requests).
// Usage: tsx lib/bench/batch-results.ts --base http://localhost:3400 --root . --out report.json [--rows 10000] [--load 1000]
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { newId, newUserId } from "@/lib/ids";
import { createApiKey } from "@/lib/api/keys";
import { publishBatch } from "@/lib/batches/publish";
import { recordAnswerFields } from "@/lib/batches/answer-fields";
import { createProject } from "@/lib/projects/mutations";
import { makeRequester } from "@/lib/testing/factories";
import { projectInput } from "@/lib/testing/project-input";
import { Session, timed } from "./http";

const { values } = parseArgs({ options: { base: { type: "string" }, root: { type: "string" }, out: { type: "string" }, rows: { type: "string", default: "10000" }, load: { type: "string", default: "1000" } } });
const base = values.base!;
const root = values.root!;
const rows = Number(values.rows);
const loadRows = Number(values.load);
const ASSIGNMENTS = 3;

/** A published batch whose every slot was taken and submitted (rows × 3 assignments), written directly. */
async function seedSubmittedBatch() {
  const requester = await makeRequester(100_000_000, "Bench Batch Requester");
  const project = await createProject(requester.id, projectInput({ assignmentsPerHit: ASSIGNMENTS, layout: readFileSync(join(root, "e2e/fixtures/mturk/projects/sentiment/layout.html"), "utf8") }));
  const csv = "text,source\n" + Array.from({ length: rows }, (_, i) => `"Sample text ${i}, with a comma",bench`).join("\n");
  const { batch } = await publishBatch(requester.id, project.id, csv);
  const t = now();
  const workers = Array.from({ length: 300 }, (_, i) => ({ id: newUserId(), email: `bench-batch-worker-${i}@bench.local`, name: `Bench Batch Worker ${i}`, passwordHash: "-", isWorker: true, createdAt: t }));
  await db.user.createMany({ data: workers });
  const hits = await db.hIT.findMany({ where: { batchId: batch.id }, select: { id: true, hitTypeId: true, batchRow: true } });
  const answer = (s: string) =>
    `<QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd"><Answer><QuestionIdentifier>sentiment</QuestionIdentifier><FreeText>${s}</FreeText></Answer></QuestionFormAnswers>`;
  for (let start = 0; start < hits.length; start += 300) {
    const data = hits.slice(start, start + 300).flatMap((h) =>
      Array.from({ length: ASSIGNMENTS }, (_, k) => {
        const w = workers[(h.batchRow! * ASSIGNMENTS + k) % workers.length];
        return {
          id: newId(), hitId: h.id, workerId: w.id, hitTypeId: h.hitTypeId, requesterId: requester.id, status: "Submitted",
          liveSlot: `${h.id}:${w.id}`, acceptedAt: t, deadline: t, submittedAt: t, autoApprovalAt: new Date(t.getTime() + 86_400_000),
          answer: answer(["positive", "neutral", "negative"][k]), workSeconds: 30,
        };
      }),
    );
    await db.assignment.createMany({ data });
  }
  // What the submits would have recorded: the answer field names of the batch.
  await recordAnswerFields(db, batch.id, ["sentiment"]);
  // Every slot is submitted: the counters say so (escrow stays, as it does for submitted work).
  await db.hIT.updateMany({ where: { batchId: batch.id }, data: { numAvailable: 0, numSubmitted: ASSIGNMENTS, status: "Reviewable" } });
  await db.hITType.update({ where: { id: hits[0].hitTypeId }, data: { hitsAvailable: { decrement: hits.length } } });
  return { requester, batch };
}

async function downloadCsv(email: string, batchId: string) {
  const s = new Session(base);
  await s.signIn(email, "requester-password-123");
  const runs: number[] = [];
  let lastBody = "";
  for (let i = 0; i < 3; i++) {
    const [body, ms] = await timed(async () => {
      const res = await s.fetch(`/requester/batches/${batchId}/results.csv`);
      if (!res.ok) throw new Error(`results.csv: HTTP ${res.status}`);
      return res.text();
    });
    runs.push(Math.round(ms));
    lastBody = body;
  }
  const records = parse(lastBody, { bom: true }) as string[][];
  return { runsMs: runs, bestMs: Math.min(...runs), medianMs: [...runs].sort((a, b) => a - b)[1], rows: records.length - 1, bytes: Buffer.byteLength(lastBody), approvalRateSample: records[1][records[0].indexOf("LifetimeApprovalRate")] };
}

async function loadHits(requesterId: string) {
  const key = await createApiKey(requesterId, "bench");
  const dir = mkdtempSync(join(tmpdir(), "piecework-loadhits-bench-"));
  writeFileSync(join(dir, "bench.input"), "text\tsource\n" + Array.from({ length: loadRows }, (_, i) => `Bench text ${i}\tbench ${i}`).join("\n") + "\n");
  copyFileSync(join(root, "../shared/fixtures/clt/sentiment.question"), join(dir, "bench.question"));
  // The fixture's properties without its qualification requirements (no bench worker needs to qualify).
  const props = readFileSync(join(root, "../shared/fixtures/clt/sentiment.properties"), "utf8").split("\n").filter((l) => !l.startsWith("qualification"));
  writeFileSync(join(dir, "bench.properties"), props.join("\n"));
  const args = [join(root, "bin/piecework.mjs"), "loadHITs", "-input", "bench.input", "-question", "bench.question", "-properties", "bench.properties", "-label", "bench"];
  const env = { ...process.env, PIECEWORK_ENDPOINT: base, AWS_ACCESS_KEY_ID: key.accessKeyId, AWS_SECRET_ACCESS_KEY: key.secretAccessKey };
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: dir, env, encoding: "utf8" });
  const ms = Math.round(performance.now() - started);
  if (run.status !== 0) throw new Error(`loadHITs failed (${run.status}): ${run.stderr || run.stdout}`);
  const success = readFileSync(join(dir, "bench.success"), "utf8").trim().split("\n").length - 1;
  return { ms, rows: loadRows, created: success, summary: run.stdout.trim().split("\n").at(-1) };
}

const [seeded, seedMs] = await timed(seedSubmittedBatch);
console.log(`bench: batch of ${rows} rows × ${ASSIGNMENTS} submitted assignments seeded in ${(seedMs / 1000).toFixed(1)} s`);
const csv = await downloadCsv(seeded.requester.email, seeded.batch.id);
console.log(`bench: results CSV ${csv.rows} rows, ${(csv.bytes / 1e6).toFixed(1)} MB: ${csv.runsMs.join(" / ")} ms`);
const load = await loadHits(seeded.requester.id);
console.log(`bench: loadHITs ${load.created}/${load.rows} rows in ${load.ms} ms (${load.summary})`);
writeFileSync(values.out!, JSON.stringify({ resultsCsv: csv, loadHits: load }, null, 2));
await db.$disconnect();
