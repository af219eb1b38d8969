// Several web servers on one PostgreSQL: two production servers (`next start`) on two ports and the sweep
// worker (scripts/worker.ts) as a third process, on one database, one data directory (the secrets that
// seal API keys and sign sessions) and one clock file. Nothing but the database is shared at run time,
// which is what lets a load balancer send any request to any server.
//   --check: workers accept and submit through both servers while requesters create HITs and approve
//            work through the MTurk API on both (the same assignment approved on both at once, too); then
//            the clock moves past every deadline, auto-approval time and expiry, and the sweep worker
//            alone settles them. Every invariant must then hold (ledger balanced, group counts right, no
//            over-assignment, no assignment paid twice, nothing left due, no 5xx). Exit 1 otherwise.
//   --bench:  the worker loop (32 workers) against one server, then against two, same database.
// DATABASE_URL must name a fresh, migrated PostgreSQL database. Usage:
//   tsx lib/bench/cluster.ts --check|--bench --root DIR --ports 3410,3411 --out report.json [--seconds 10]
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { ApproveAssignmentCommand, CreateHITCommand, ListAssignmentsForHITCommand, MTurkClient } from "@aws-sdk/client-mturk";
import { db } from "@/lib/db/client";
import { now, setClockOffset, clockOffsetMs } from "@/lib/clock";
import { createApiKey } from "@/lib/api/keys";
import { checkLedger } from "@/lib/money/invariants";
import { groupCountProblems } from "@/lib/hits/group-stats";
import { simpleQuestionForm } from "@/lib/testing/factories";
import { seedScale } from "./seed-scale";
import { PASSWORD, groupPool, httpLoop, type LoopResult } from "./worker-loop";
import { Session, actionId } from "./http";

const { values } = parseArgs({
  options: { check: { type: "boolean" }, bench: { type: "boolean" }, root: { type: "string" }, ports: { type: "string", default: "3410,3411" }, out: { type: "string" }, seconds: { type: "string", default: "10" } },
});
const root = values.root!;
const ports = values.ports!.split(",");
const shared = mkdtempSync(join(tmpdir(), "piecework-cluster-"));
const clockFile = join(shared, "clock-offset");
writeFileSync(clockFile, "0");
process.env.PIECEWORK_CLOCK_FILE = clockFile;
// This process makes the API keys, so it seals them with the servers' secret (kept in the data directory).
process.env.PIECEWORK_DATA_DIR = shared;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PIECEWORK_DATA_DIR: shared,
  PIECEWORK_CLOCK_FILE: clockFile,
  PIECEWORK_SWEEPS: "off",
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
};
const children: ChildProcess[] = [];
const bases = ports.map((p) => `http://localhost:${p}`);

function startServer(port: string) {
  const child = spawn(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "start", "-p", port], { cwd: root, env: { ...env, NEXTAUTH_URL: `http://localhost:${port}` }, stdio: ["ignore", "ignore", "inherit"] });
  children.push(child);
}

function startSweepWorker() {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "scripts/worker.ts")], { cwd: root, env: { ...env, PIECEWORK_SWEEP_INTERVAL_MS: "300" }, stdio: ["ignore", "ignore", "inherit"] });
  children.push(child);
}

async function waitUp(base: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/signin`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not start`);
}

async function until(what: string, done: () => Promise<boolean>, seconds = 120) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Sends with one more try when the connection itself failed (no HTTP status: a keep-alive socket the
 * server closed as the request left), as the SDK's own retries would; an HTTP error is never retried.
 */
async function send<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode) throw e;
    return call();
  }
}

const checks: { name: string; ok: boolean; detail?: unknown }[] = [];
const expectThat = (name: string, ok: boolean, detail?: unknown) => {
  checks.push({ name, ok, ...(ok ? {} : { detail }) });
  console.log(`${ok ? "✓" : "✗"} ${name}${ok ? "" : `: ${JSON.stringify(detail)}`}`);
};

/** Requesters drive the API through both servers: CreateHIT, and approving submitted work (some twice at once). */
async function apiTraffic(requesterIds: string[], stopAt: number) {
  let calls = 0;
  let serverErrors = 0;
  const errors: string[] = [];
  let doubleApprovals = 0;
  let raced = 0;
  await Promise.all(
    requesterIds.map(async (id, r) => {
      const key = await createApiKey(id, "cluster");
      const clients = bases.map((endpoint) => new MTurkClient({ endpoint, region: "us-east-1", credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey }, maxAttempts: 1 }));
      // Runs for the loop's time, and on until this requester has raced one approval across the servers.
      for (let i = 0; Date.now() < stopAt || (raced === 0 && Date.now() < stopAt + 60_000); i++) {
        const client = clients[(r + i) % clients.length];
        try {
          calls++;
          await send(() => client.send(new CreateHITCommand({ Title: `Cluster HIT ${r}-${i}`, Description: "Two servers, one database.", Reward: "0.10", MaxAssignments: 2, AssignmentDurationInSeconds: 600, LifetimeInSeconds: 3600, Question: simpleQuestionForm })));
          // Approve what workers submitted to this requester's HITs, the first one on both servers at once.
          const submitted = await db.assignment.findMany({ where: { requesterId: id, status: "Submitted" }, select: { id: true, hitId: true }, take: 2 });
          if (submitted[0]) {
            calls += 3;
            await send(() => client.send(new ListAssignmentsForHITCommand({ HITId: submitted[0].hitId })));
            raced++;
            const both = await Promise.allSettled(clients.map((c) => c.send(new ApproveAssignmentCommand({ AssignmentId: submitted[0].id, RequesterFeedback: "Thanks" }))));
            if (both.filter((x) => x.status === "fulfilled").length > 1) doubleApprovals++;
            for (const x of both) if (x.status === "rejected" && !/RequestError/.test(String((x.reason as Error).name))) throw x.reason;
          }
        } catch (e) {
          const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? 0;
          if (status >= 500 || status === 0) serverErrors++;
          if (errors.length < 5) errors.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
        }
        await new Promise((res) => setTimeout(res, 60)); // under the per-key rate
      }
    }),
  );
  return { calls, serverErrors, errors, doubleApprovals, raced };
}

/** Accepts one more HIT per worker and leaves it open, so the deadline sweep has work to do. */
async function leaveOpen(emails: string[], groups: { id: string }[]) {
  const accept = actionId(root, "app/work/actions.ts", "acceptGroupAction");
  let left = 0;
  await Promise.all(emails.map(async (email, i) => {
    const s = new Session(bases[i % bases.length]);
    await s.signIn(email, PASSWORD);
    const res = await s.action(`/work/groups/${groups[i].id}`, accept, { hitTypeId: groups[i].id });
    await res.arrayBuffer();
    if (res.headers.get("x-action-redirect")?.startsWith("/work/assignments/")) left++;
  }));
  return left;
}

async function check() {
  // Small enough that the sweep worker settles all of it (every HIT expires) in seconds.
  const seed = await seedScale({ requesters: 8, groups: 110, hits: 1100, workers: 24, password: PASSWORD });
  for (const p of ports) startServer(p);
  startSweepWorker();
  await Promise.all(bases.map(waitUp));
  const seconds = Number(values.seconds);
  const pool = await groupPool([]);
  const requesterIds = (await db.user.findMany({ where: { isRequester: true }, select: { id: true } })).map((u) => u.id);
  const [loop, api] = await Promise.all([
    httpLoop({ bases, root, emails: seed.workers.slice(0, 16), groups: pool.take(100), seconds }),
    apiTraffic(requesterIds, Date.now() + seconds * 1000),
  ]);
  const open = await leaveOpen(seed.workers.slice(16, 24), pool.take(8));
  console.log(`cluster: ${loop.cycles} accept+submit cycles over ${bases.length} servers, ${api.calls} API calls, ${open} assignments left open`);
  expectThat("every worker request through either server succeeded", loop.failures === 0 && loop.cycles > 0, loop);
  expectThat("no API call met a server error", api.serverErrors === 0 && api.calls > 0, api);
  expectThat("an assignment approved on both servers at once was approved once", api.raced > 0 && api.doubleApprovals === 0, api);
  expectThat("the workers left assignments open for the deadline sweep", open === 8, { open });
  const submittedBefore = await db.assignment.count({ where: { status: { in: ["Submitted", "Approved"] } } });

  // Past every deadline (at most an hour here): the sweep worker abandons the open work.
  setClockOffset(clockOffsetMs() + 2 * 3600_000);
  await until("the deadline sweep", async () => (await db.assignment.count({ where: { status: "Accepted" } })) === 0);
  expectThat("the sweep worker abandoned every overdue assignment", (await db.assignment.count({ where: { status: "Abandoned" } })) >= open, {});
  // Past auto-approval (three days) and every HIT's lifetime (seven days).
  setClockOffset(clockOffsetMs() + 8 * 86_400_000);
  await until("auto-approval and expiry", async () =>
    (await db.assignment.count({ where: { status: "Submitted", autoApprovalAt: { lte: now() } } })) === 0 &&
    (await db.hIT.count({ where: { status: "Assignable", expiresAt: { lte: now() } } })) === 0,
  240);

  const approved = await db.assignment.count({ where: { status: "Approved" } });
  const payments = await db.ledgerTransaction.count({ where: { paysAssignmentId: { not: null } } });
  expectThat("every submission was settled", approved === submittedBefore && (await db.assignment.count({ where: { status: "Submitted" } })) === 0, { approved, submittedBefore });
  expectThat("each approved assignment was paid exactly once", payments === approved, { payments, approved });
  expectThat("the ledger balances", (await checkLedger()).length === 0, await checkLedger());
  expectThat("every group's counts are right", (await groupCountProblems(db)).length === 0, await groupCountProblems(db));
  expectThat("no HIT was over-assigned", (await db.hIT.count({ where: { numAvailable: { lt: 0 } } })) === 0);
  const heldEscrow = await db.hIT.aggregate({ _sum: { escrowCents: true }, where: { status: { notIn: ["Assignable"] } } });
  expectThat("expired, fully reviewed HITs hold no escrow", (heldEscrow._sum.escrowCents ?? 0) === 0, heldEscrow._sum);
  return { loop, api: { calls: api.calls }, approved, payments };
}

async function bench(): Promise<{ oneServer: LoopResult; twoServers: LoopResult }> {
  const seed = await seedScale({ requesters: 50, groups: 4000, hits: 40_000, workers: 64, password: PASSWORD });
  for (const p of ports) startServer(p);
  await Promise.all(bases.map(waitUp));
  const seconds = Number(values.seconds);
  const pool = await groupPool([]);
  const emails = seed.workers.slice(0, 32);
  await httpLoop({ bases, root, emails: emails.slice(0, 4), groups: pool.take(40), seconds: 3 }); // warm both
  const oneServer = await httpLoop({ bases: bases.slice(0, 1), root, emails, groups: pool.take(1500), seconds });
  const twoServers = await httpLoop({ bases, root, emails, groups: pool.take(1500), seconds });
  console.log(`cluster bench: one server ${oneServer.cyclesPerSecond} cycles/s, two servers ${twoServers.cyclesPerSecond} cycles/s`);
  const problems = [...(await checkLedger()), ...(await groupCountProblems(db))];
  expectThat("the ledger balances and the group counts are right after the bench", problems.length === 0, problems);
  expectThat("no request failed", oneServer.failures + twoServers.failures === 0, { one: oneServer.firstFailure, two: twoServers.firstFailure });
  return { oneServer, twoServers };
}

let code = 1;
try {
  const result = values.bench ? await bench() : await check();
  if (values.out) writeFileSync(values.out, JSON.stringify({ ...result, checks }, null, 2));
  code = checks.every((c) => c.ok) ? 0 : 1;
} catch (e) {
  console.error(`cluster: ${e instanceof Error ? e.stack : e}`);
  checks.push({ name: "the run finished", ok: false, detail: String(e) });
  if (values.out) writeFileSync(values.out, JSON.stringify({ checks }, null, 2));
} finally {
  for (const c of children) c.kill("SIGTERM");
  await db.$disconnect();
}
process.exit(code);
