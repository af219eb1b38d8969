// Measures, against a running production server seeded by seed-scale.ts: the workers' HIT groups page
// with a search term and a filter (server render, p50/p95), and the accept action (p95), through the
// same HTTP requests a browser sends. Then checks that the money and the slot counts still add up.
import { parseArgs } from "node:util";
import { readFileSync, writeFileSync } from "node:fs";
import { db } from "@/lib/db/client";
import { checkLedger } from "@/lib/money/invariants";
import { groupCountProblems } from "@/lib/hits/group-stats";
import { Session, actionId, percentile, timed } from "./http";

/** The search terms the groups page is measured with (every one matches seeded groups). */
export const GROUPS_PAGE_TERMS = ["receipt", "sentiment", "bird", "translate", "invoice", "audio", "street", "tweet", "label", "verify"];

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: +percentile(s, 50).toFixed(1), p95: +percentile(s, 95).toFixed(1), max: +s[s.length - 1].toFixed(1) };
}

export async function benchWorkerPages(base: string, root: string, seed: { workers: string[]; sampleTypeIds: string[] }, password: string) {
  const worker = new Session(base);
  await worker.signIn(seed.workers[0], password);

  // Warm the server (route compilation caches, database pages) before measuring.
  for (let i = 0; i < 20; i++) await worker.fetch(`/work?q=${GROUPS_PAGE_TERMS[i % GROUPS_PAGE_TERMS.length]}`);
  const page: number[] = [];
  let pageFailures = 0;
  for (let i = 0; i < 300; i++) {
    const term = GROUPS_PAGE_TERMS[i % GROUPS_PAGE_TERMS.length];
    const [res, ms] = await timed(() => worker.fetch(`/work?q=${term}&minReward=0.10&sort=${i % 2 ? "hourly" : "newest"}`));
    const html = await res.text();
    if (res.status !== 200 || !html.includes("HIT groups")) pageFailures++;
    page.push(ms);
  }

  const accept = actionId(root, "app/work/actions.ts", "acceptGroupAction");
  const sessions = await Promise.all(seed.workers.slice(0, 20).map(async (email) => {
    const s = new Session(base);
    await s.signIn(email, password);
    return s;
  }));
  const acceptMs: number[] = [];
  let acceptFailures = 0;
  for (let i = 0; i < 200; i++) {
    const s = sessions[i % sessions.length];
    const typeId = seed.sampleTypeIds[Math.floor(i / sessions.length) % seed.sampleTypeIds.length];
    const [res, ms] = await timed(() => s.action(`/work/groups/${typeId}`, accept, { hitTypeId: typeId }));
    await res.arrayBuffer();
    if (!res.headers.get("x-action-redirect")?.startsWith("/work/assignments/")) acceptFailures++;
    acceptMs.push(ms);
  }

  const problems = [...(await checkLedger()), ...(await groupCountProblems(db))];
  const overAssigned = await db.hIT.count({ where: { numAvailable: { lt: 0 } } });
  const accepted = await db.assignment.count({ where: { status: "Accepted" } });
  return {
    groupsPage: { ...stats(page), failures: pageFailures, query: "search term + minimum reward, sorted newest or by hourly pay" },
    accept: { ...stats(acceptMs), failures: acceptFailures, acceptedInDb: accepted },
    invariants: { problems, overAssigned },
  };
}

if (process.argv[1]?.endsWith("worker-pages.ts")) {
  const { values } = parseArgs({ options: { base: { type: "string" }, root: { type: "string" }, seed: { type: "string" }, out: { type: "string" } } });
  const seed = JSON.parse(readFileSync(values.seed!, "utf8"));
  const result = await benchWorkerPages(values.base!, values.root!, seed, "bench-password-123");
  writeFileSync(values.out!, JSON.stringify(result, null, 2));
  await db.$disconnect();
}
