// Compares the HIT groups page of two (or more) running servers on the same seeded database, for A/B
// measurements of a change on a shared, noisy machine: requests alternate between the servers in short
// rounds, so a burst of load from elsewhere hits every server alike. Same request as worker-pages.ts.
// Usage: tsx lib/bench/groups-page-ab.ts --seed test-results/bench/seed-sqlite.json --base http://localhost:3610
//        --base http://localhost:3612 [--rounds 30] [--per-round 10]
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { Session, percentile, timed } from "./http";
import { GROUPS_PAGE_TERMS } from "./worker-pages";

const { values } = parseArgs({
  options: { base: { type: "string", multiple: true }, seed: { type: "string" }, rounds: { type: "string" }, "per-round": { type: "string" } },
});
const bases = values.base ?? [];
if (bases.length === 0 || !values.seed) throw new Error("usage: --seed <seed.json> --base <url> [--base <url>…]");
const seed = JSON.parse(readFileSync(values.seed, "utf8")) as { workers: string[] };
const rounds = Number(values.rounds ?? 30);
const perRound = Number(values["per-round"] ?? 10);

const sessions = await Promise.all(bases.map(async (b) => {
  const s = new Session(b);
  await s.signIn(seed.workers[0], "bench-password-123");
  return s;
}));
const path = (i: number) => `/work?q=${GROUPS_PAGE_TERMS[i % GROUPS_PAGE_TERMS.length]}&minReward=0.10&sort=${i % 2 ? "hourly" : "newest"}`;
for (const s of sessions) for (let i = 0; i < 20; i++) await (await s.fetch(path(i))).text();

const ms = sessions.map(() => [] as number[]);
const bytes = sessions.map(() => 0);
for (let r = 0; r < rounds; r++) {
  for (const [k, s] of sessions.entries()) {
    for (let i = 0; i < perRound; i++) {
      const [res, t] = await timed(async () => {
        const res = await s.fetch(path(r * perRound + i));
        return [res, (await res.text()).length] as const;
      });
      if (res[0].status !== 200) throw new Error(`${bases[k]}: HTTP ${res[0].status}`);
      bytes[k] = res[1];
      ms[k].push(t);
    }
  }
}
for (const [k, b] of bases.entries()) {
  const s = ms[k].sort((x, y) => x - y);
  console.log(`${b}: n=${s.length} p50=${percentile(s, 50).toFixed(1)} ms p95=${percentile(s, 95).toFixed(1)} ms html=${bytes[k]} chars`);
}
