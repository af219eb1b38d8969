// Fixed-window rate limits kept in the database, so every server process shares them.
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";

/**
 * Counts one hit against `key` and reports whether it is still within `limit` per `windowSeconds`.
 * One upsert followed by a conditional reset; exact enough for abuse control, never blocks forever.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const t = now();
  const windowStartMin = new Date(t.getTime() - windowSeconds * 1000);
  // Start a fresh window when the old one is over.
  await db.rateLimit.updateMany({ where: { key, windowStart: { lt: windowStartMin } }, data: { count: 0, windowStart: t } });
  const row = await db.rateLimit.upsert({
    where: { key },
    create: { key, count: 1, windowStart: t },
    update: { count: { increment: 1 } },
  });
  const retryAfterSeconds = Math.max(1, Math.ceil((row.windowStart.getTime() + windowSeconds * 1000 - t.getTime()) / 1000));
  return { allowed: row.count <= limit, retryAfterSeconds };
}

export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Whether `key` has already used up `limit` in its current window, without counting this look. */
export async function isRateLimited(key: string, limit: number, windowSeconds: number): Promise<{ limited: boolean; retryAfterSeconds: number }> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  const t = now();
  if (!row || row.windowStart.getTime() + windowSeconds * 1000 <= t.getTime()) return { limited: false, retryAfterSeconds: 0 };
  const retryAfterSeconds = Math.max(1, Math.ceil((row.windowStart.getTime() + windowSeconds * 1000 - t.getTime()) / 1000));
  return { limited: row.count >= limit, retryAfterSeconds };
}
