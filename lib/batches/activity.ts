// Submissions over time for the batches chart: counts per hour (last 48 hours) or per day (last 30
// days), of one batch or of all a requester's batches. Only the submit times in the window are read,
// and bucketed here, so the same code serves SQLite and PostgreSQL.
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";

export type Bucket = "hour" | "day";
export const WINDOW: Record<Bucket, number> = { hour: 48, day: 30 };
const MS: Record<Bucket, number> = { hour: 3_600_000, day: 86_400_000 };

export interface ActivityPoint {
  /** Start of the bucket, ISO (UTC). */
  at: string;
  submissions: number;
}

export async function submissionsOverTime(requesterId: string, bucket: Bucket, batchId?: string): Promise<ActivityPoint[]> {
  const size = MS[bucket];
  const end = Math.floor(now().getTime() / size) * size + size;
  const start = end - WINDOW[bucket] * size;
  const rows = await db.assignment.findMany({
    where: {
      requesterId,
      submittedAt: { gte: new Date(start), lt: new Date(end) },
      hit: batchId ? { batchId } : { batchId: { not: null } },
    },
    select: { submittedAt: true },
  });
  const counts = new Array<number>(WINDOW[bucket]).fill(0);
  for (const r of rows) counts[Math.floor((r.submittedAt!.getTime() - start) / size)]++;
  return counts.map((submissions, i) => ({ at: new Date(start + i * size).toISOString(), submissions }));
}
