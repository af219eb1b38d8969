// The API part of `npm run bench`, against a running production server: `CreateHIT` and
// `ListAssignmentsForHIT` through `@aws-sdk/client-mturk` (signed requests, the SDK's own parsing), with 1
// and 16 concurrent clients for a fixed time each. Each client is its own requester with its own key and
// stays under the API's per-key rate (so the numbers are the server's latency, not the throttle's), and
// the SDK does not retry: any error counts as a failure.
// Usage: tsx lib/bench/api-calls.ts --base URL --out report.json [--seconds 5] [--levels 1,16]
import { parseArgs } from "node:util";
import { writeFileSync } from "node:fs";
import { CreateHITCommand, ListAssignmentsForHITCommand, MTurkClient } from "@aws-sdk/client-mturk";
import { db } from "@/lib/db/client";
import { createApiKey } from "@/lib/api/keys";
import { acceptNextInGroup, submitAssignment } from "@/lib/assignments/mutations";
import { makeRequester, makeWorker, simpleQuestionForm } from "@/lib/testing/factories";
import { checkLedger } from "@/lib/money/invariants";
import { percentile, timed } from "./http";

/** Requests per second one client sends at most: under the default per-key rate of 20. */
const PACE_PER_SECOND = 18;
const ASSIGNMENTS = 5;
const ANSWER_XML = `<QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd"><Answer><QuestionIdentifier>color</QuestionIdentifier><FreeText>blue</FreeText></Answer></QuestionFormAnswers>`;

interface Client {
  sdk: MTurkClient;
  /** A HIT of this client's requester with ASSIGNMENTS submitted assignments, for the list calls. */
  hitId: string;
}

function createHitInput(i: number) {
  return {
    Title: `Bench HIT ${i}`,
    Description: "Say what color the sky is.",
    Keywords: "bench, color",
    Reward: "0.05",
    MaxAssignments: 1,
    AssignmentDurationInSeconds: 600,
    LifetimeInSeconds: 86_400,
    Question: simpleQuestionForm,
  };
}

async function makeClients(base: string, n: number): Promise<Client[]> {
  const workers = await Promise.all(Array.from({ length: ASSIGNMENTS }, (_, i) => makeWorker(`Bench API Worker ${i}`)));
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const requester = await makeRequester(1_000_000, `Bench API Requester ${i}`);
      const key = await createApiKey(requester.id, "bench");
      const sdk = new MTurkClient({ endpoint: base, region: "us-east-1", credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey }, maxAttempts: 1 });
      const hit = await sdk.send(new CreateHITCommand({ ...createHitInput(-1), MaxAssignments: ASSIGNMENTS, Title: `Bench list HIT ${i}` }));
      for (const w of workers) {
        const a = await acceptNextInGroup(w.id, hit.HIT!.HITTypeId!);
        await submitAssignment(w.id, a.id, ANSWER_XML);
      }
      return { sdk, hitId: hit.HIT!.HITId! };
    }),
  );
}

/** Every client sends `call` back to back (at most PACE_PER_SECOND a second) for `seconds`. */
async function drive(clients: Client[], seconds: number, call: (c: Client, i: number) => Promise<unknown>) {
  const ms: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const stopAt = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    clients.map(async (c) => {
      for (let i = 0; performance.now() < stopAt; i++) {
        const t = performance.now();
        try {
          ms.push((await timed(() => call(c, i)))[1]);
        } catch (e) {
          failures++;
          firstFailure ??= e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        }
        const wait = 1000 / PACE_PER_SECOND - (performance.now() - t);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }),
  );
  const s = ms.sort((a, b) => a - b);
  const elapsed = (performance.now() - started) / 1000;
  return { n: s.length, perSecond: +(s.length / elapsed).toFixed(1), p50: +percentile(s, 50).toFixed(1), p95: +percentile(s, 95).toFixed(1), failures, firstFailure };
}

export async function benchApiCalls(base: string, seconds: number, levels: number[]) {
  const all = await makeClients(base, Math.max(...levels));
  const createHit: Record<string, Awaited<ReturnType<typeof drive>>> = {};
  const listAssignments: Record<string, Awaited<ReturnType<typeof drive>>> = {};
  // Warm the routes and the SDK's first-call work before measuring.
  await drive(all.slice(0, 1), 1, (c, i) => c.sdk.send(new CreateHITCommand(createHitInput(i))));
  for (const n of levels) {
    const clients = all.slice(0, n);
    createHit[n] = await drive(clients, seconds, (c, i) => c.sdk.send(new CreateHITCommand(createHitInput(i))));
    listAssignments[n] = await drive(clients, seconds, async (c) => {
      const out = await c.sdk.send(new ListAssignmentsForHITCommand({ HITId: c.hitId, MaxResults: 100 }));
      if (out.NumResults !== ASSIGNMENTS) throw new Error(`ListAssignmentsForHIT returned ${out.NumResults} of ${ASSIGNMENTS} assignments`);
    });
    console.log(`bench: API with ${n} client(s): CreateHIT p50 ${createHit[n].p50} ms (${createHit[n].perSecond}/s), ListAssignmentsForHIT p50 ${listAssignments[n].p50} ms (${listAssignments[n].perSecond}/s)`);
  }
  return { api: { createHit, listAssignments }, apiInvariants: { problems: await checkLedger(), overAssigned: await db.hIT.count({ where: { numAvailable: { lt: 0 } } }) } };
}

if (process.argv[1]?.endsWith("api-calls.ts")) {
  const { values } = parseArgs({ options: { base: { type: "string" }, out: { type: "string" }, seconds: { type: "string", default: "5" }, levels: { type: "string", default: "1,16" } } });
  const result = await benchApiCalls(values.base!, Number(values.seconds), values.levels!.split(",").map(Number));
  writeFileSync(values.out!, JSON.stringify(result, null, 2));
  await db.$disconnect();
}
