// The worker loop of `npm run bench`, against a running production server seeded by seed-scale.ts:
// N signed-in workers at once (N = 1, 8, 32), each accepting the next HIT of a group and submitting its
// form, through the same HTTP requests a browser sends (the accept action posted from the group's page,
// then the submit action posted from the task page), for a fixed time per N. Reports cycles per second
// and p50/p95 of each step. Then the "raw" limit: the same accept and submit transactions called straight
// through the domain functions over the database driver (no HTTP, no rendering, same concurrency), so the
// report shows what fraction of it the whole stack reaches. Three workers share each group, so accepts
// race for the same HITs as they do in a real marketplace.
// Usage: tsx lib/bench/worker-loop.ts --base URL --root DIR --seed seed.json --out report.json [--seconds 10] [--levels 1,8,32]
import { parseArgs } from "node:util";
import { readFileSync, writeFileSync } from "node:fs";
import { db } from "@/lib/db/client";
import { acceptNextInGroup, submitAssignment } from "@/lib/assignments/mutations";
import { checkLedger } from "@/lib/money/invariants";
import { groupCountProblems } from "@/lib/hits/group-stats";
import { Session, actionId, percentile, timed } from "./http";

export const PASSWORD = "bench-password-123";
/** Workers per group: with three assignments per HIT, three workers can each do every HIT of a group. */
const SHARE = 3;
const ANSWER_XML = `<QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd"><Answer><QuestionIdentifier>answer</QuestionIdentifier><FreeText>bench answer</FreeText></Answer></QuestionFormAnswers>`;

export interface LoopResult {
  workers: number;
  seconds: number;
  cycles: number;
  cyclesPerSecond: number;
  failures: number;
  firstFailure?: string;
  accept: { p50: number; p95: number };
  submit: { p50: number; p95: number };
}

function p(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: +percentile(s, 50).toFixed(1), p95: +percentile(s, 95).toFixed(1) };
}

/** Hands out seeded groups no other part uses, a fresh slice per level, as (groups, HITs per group). */
export async function groupPool(exclude: string[]) {
  const rows = await db.hITType.findMany({ where: { id: { notIn: exclude }, hitsAvailable: { gte: 1 } }, select: { id: true, hitsAvailable: true }, orderBy: { id: "asc" } });
  let next = 0;
  return {
    take(n: number) {
      if (next + n > rows.length) throw new Error(`the worker loop ran out of seeded groups (${rows.length}); seed more HITs`);
      const part = rows.slice(next, next + n);
      next += n;
      return part;
    },
  };
}

/**
 * Runs `workers` loops for `seconds`: each loop walks its own list of groups (shared with SHARE - 1 other
 * loops), doing `step` once per HIT of the group; a step returns false when it failed.
 */
async function runLoops(
  workers: number,
  seconds: number,
  groups: { id: string; hitsAvailable: number }[],
  step: (worker: number, hitTypeId: string) => Promise<boolean>,
) {
  const stopAt = performance.now() + seconds * 1000;
  const lanes = Math.ceil(workers / SHARE);
  let cycles = 0;
  let failures = 0;
  let groupsUsed = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let g = w % lanes; performance.now() < stopAt; g += lanes) {
        const group = groups[g];
        if (!group) throw new Error("the worker loop ran out of groups for this level; seed more HITs");
        groupsUsed = Math.max(groupsUsed, g + 1);
        for (let i = 0; i < group.hitsAvailable && performance.now() < stopAt; i++) {
          if (await step(w, group.id)) cycles++;
          else failures++;
        }
      }
    }),
  );
  return { cycles, failures, groupsUsed };
}

/**
 * The HTTP worker loop: one signed-in session per email (spread over the servers in `bases`, round
 * robin), each accepting and submitting through the same requests a browser sends, for `seconds`.
 */
export async function httpLoop(opts: { bases: string[]; root: string; emails: string[]; groups: { id: string; hitsAvailable: number }[]; seconds: number }): Promise<LoopResult> {
  const accept = actionId(opts.root, "app/work/actions.ts", "acceptGroupAction");
  const submit = actionId(opts.root, "app/work/actions.ts", "submitAssignmentAction");
  const n = opts.emails.length;
  const sessions = await Promise.all(opts.emails.map(async (email, i) => {
    const s = new Session(opts.bases[i % opts.bases.length]);
    await s.signIn(email, PASSWORD);
    return s;
  }));
  const acceptMs: number[] = [];
  const submitMs: number[] = [];
  let firstFailure: string | undefined;
  const fail = (why: string) => {
    firstFailure ??= why;
    return false;
  };
  const started = performance.now();
  const run = await runLoops(n, opts.seconds, opts.groups, async (w, hitTypeId) => {
    const s = sessions[w];
    const [res, ms] = await timed(() => s.action(`/work/groups/${hitTypeId}`, accept, { hitTypeId }));
    await res.arrayBuffer();
    acceptMs.push(ms);
    const to = res.headers.get("x-action-redirect") ?? "";
    const m = /^\/work\/assignments\/([A-Z0-9]+)/.exec(to);
    if (!m) return fail(`accept: HTTP ${res.status}, redirect "${to}"`);
    const [sub, subMs] = await timed(() => s.action(`/work/assignments/${m[1]}`, submit, { assignmentId: m[1], answer: "bench answer" }));
    await sub.arrayBuffer();
    submitMs.push(subMs);
    if (!sub.headers.get("x-action-redirect")?.startsWith("/work")) return fail(`submit: HTTP ${sub.status}`);
    return true;
  });
  const elapsed = (performance.now() - started) / 1000;
  return { workers: n, seconds: +elapsed.toFixed(1), cycles: run.cycles, cyclesPerSecond: +(run.cycles / elapsed).toFixed(1), failures: run.failures, firstFailure, accept: p(acceptMs), submit: p(submitMs) };
}

export async function benchWorkerLoop(opts: { base: string; root: string; workerEmails: string[]; exclude: string[]; seconds: number; levels: number[] }) {
  const maxWorkers = Math.max(...opts.levels);
  if (opts.workerEmails.length < maxWorkers * 2) throw new Error(`the worker loop needs ${maxWorkers * 2} seeded workers`);
  const pool = await groupPool(opts.exclude);
  // Groups a level can use at most: generous for ~400 cycles per second per level.
  const groupsPerLevel = (seconds: number) => Math.ceil((400 * seconds) / 10 / SHARE) + maxWorkers;
  const http: LoopResult[] = [];
  const raw: LoopResult[] = [];
  let submittedByLoops = 0;
  const submittedBefore = await db.assignment.count({ where: { status: "Submitted" } });

  /** One level of the HTTP loop: n signed-in workers for `seconds`. */
  const httpLevel = async (n: number, seconds: number) => {
    // The first maxWorkers seeded workers drive the HTTP loops, the next ones the raw loops: a worker's
    // open assignments from one loop never block the other.
    const level = await httpLoop({ bases: [opts.base], root: opts.root, emails: opts.workerEmails.slice(0, n), groups: pool.take(groupsPerLevel(seconds)), seconds });
    submittedByLoops += level.cycles;
    return level;
  };

  // Warm the server's code paths and caches for both actions before measuring (not reported).
  const warm = await httpLevel(2, 3);
  if (warm.failures > 0) throw new Error(`the worker loop's warm-up failed: ${warm.firstFailure}`);
  for (const n of opts.levels) {
    const level = await httpLevel(n, opts.seconds);
    http.push(level);
    console.log(`bench: worker loop N=${n}: ${level.cycles} cycles in ${level.seconds} s (${level.cyclesPerSecond}/s), ${level.failures} failed`);
  }

  // The raw limit: the same two transactions per cycle, called in this process over the database driver.
  const rawWorkers = await db.user.findMany({ where: { email: { in: opts.workerEmails.slice(maxWorkers, maxWorkers * 2) } }, select: { id: true } });
  for (const n of opts.levels) {
    const acceptMs: number[] = [];
    const submitMs: number[] = [];
    let firstFailure: string | undefined;
    const groups = pool.take(groupsPerLevel(opts.seconds));
    const started = performance.now();
    const run = await runLoops(n, opts.seconds, groups, async (w, hitTypeId) => {
      try {
        const [a, ms] = await timed(() => acceptNextInGroup(rawWorkers[w].id, hitTypeId));
        acceptMs.push(ms);
        const [, subMs] = await timed(() => submitAssignment(rawWorkers[w].id, a.id, ANSWER_XML));
        submitMs.push(subMs);
        return true;
      } catch (e) {
        firstFailure ??= e instanceof Error ? e.message : String(e);
        return false;
      }
    });
    const elapsed = (performance.now() - started) / 1000;
    submittedByLoops += run.cycles;
    raw.push({ workers: n, seconds: +elapsed.toFixed(1), cycles: run.cycles, cyclesPerSecond: +(run.cycles / elapsed).toFixed(1), failures: run.failures, firstFailure, accept: p(acceptMs), submit: p(submitMs) });
    console.log(`bench: raw transactions N=${n}: ${run.cycles} cycles in ${elapsed.toFixed(1)} s (${(run.cycles / elapsed).toFixed(1)}/s), ${run.failures} failed`);
  }
  // Every cycle counted as done is a stored submission, and nothing else moved the money or the slots.
  const stored = (await db.assignment.count({ where: { status: "Submitted" } })) - submittedBefore;
  const problems = [...(await checkLedger()), ...(await groupCountProblems(db))];
  if (stored !== submittedByLoops) problems.push(`the loops counted ${submittedByLoops} submissions but ${stored} were stored`);
  const overAssigned = await db.hIT.count({ where: { numAvailable: { lt: 0 } } });
  return { workerLoop: { http, raw, submittedCounted: submittedByLoops, submittedStored: stored }, loopInvariants: { problems, overAssigned } };
}

if (process.argv[1]?.endsWith("worker-loop.ts")) {
  const { values } = parseArgs({
    options: { base: { type: "string" }, root: { type: "string" }, seed: { type: "string" }, out: { type: "string" }, seconds: { type: "string", default: "10" }, levels: { type: "string", default: "1,8,32" } },
  });
  const seed = JSON.parse(readFileSync(values.seed!, "utf8")) as { workers: string[]; sampleTypeIds: string[] };
  const result = await benchWorkerLoop({
    base: values.base!,
    root: values.root!,
    workerEmails: seed.workers.slice(20), // the first 20 hold the accept part's open assignments
    exclude: seed.sampleTypeIds,
    seconds: Number(values.seconds),
    levels: values.levels!.split(",").map(Number),
  });
  writeFileSync(values.out!, JSON.stringify(result, null, 2));
  await db.$disconnect();
}
