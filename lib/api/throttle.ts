// Per-key request throttling: a token bucket in this process's memory. The API's rate limit is abuse
// and fairness control, so a per-process bucket (not a database write on every call) is the right cost.
const RATE_PER_SECOND = Number(process.env.PIECEWORK_API_RATE ?? 20);
const BURST = Number(process.env.PIECEWORK_API_BURST ?? 40);

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
