// Per-key request throttling: a token bucket in this process's memory. The API's rate limit is abuse
// and fairness control, so a per-process bucket (not a database write on every call) is the right cost.
// Default: 50 requests/s with bursts of 100 per key. A well-behaved bulk loader (piecework loadHITs: a
// few requests in flight, backing off on ThrottlingException) then creates 1,000 HITs in about 20 s,
// while one key still cannot take more than a fraction of a small server (a CreateHIT costs a few ms of
// database time, so 50/s is well under one core); 20/s made the same load take a minute at best.
// PIECEWORK_API_RATE / PIECEWORK_API_BURST change it per deployment.
const RATE_PER_SECOND = Number(process.env.PIECEWORK_API_RATE ?? 50);
const BURST = Number(process.env.PIECEWORK_API_BURST ?? 100);

const buckets = new Map<string, { tokens: number; at: number }>();

/** Takes one token for the key; false when the key is over its rate. */
export function takeToken(key: string, t = Date.now()): boolean {
  const b = buckets.get(key) ?? { tokens: BURST, at: t };
  b.tokens = Math.min(BURST, b.tokens + ((t - b.at) / 1000) * RATE_PER_SECOND);
  b.at = t;
  buckets.set(key, b);
  if (b.tokens < 1) return false;
  b.tokens -= 1;
  return true;
}
