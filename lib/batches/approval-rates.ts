// Workers' approval rates in MTurk's results form ("100% (12/12)"): approved out of reviewed (approved +
// rejected) over the worker's whole history and over the last 30 and 7 days by submit time, across all
// requesters as MTurk's are. Counted by the database, a page of workers at a time.
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";

export interface ApprovalRates {
  lifetime: string;
  last30Days: string;
  last7Days: string;
}

export function rateText(approved: number, reviewed: number): string {
  return `${reviewed === 0 ? 0 : Math.floor((approved * 100) / reviewed)}% (${approved}/${reviewed})`;
}

const DAY = 86_400_000;

async function counts(workerIds: string[], since?: Date) {
  const groups = await db.assignment.groupBy({
    by: ["workerId", "status"],
    where: { workerId: { in: workerIds }, status: { in: ["Approved", "Rejected"] }, ...(since ? { submittedAt: { gte: since } } : {}) },
    _count: { _all: true },
  });
  const out = new Map<string, { approved: number; reviewed: number }>();
  for (const g of groups) {
    const c = out.get(g.workerId) ?? { approved: 0, reviewed: 0 };
    c.reviewed += g._count._all;
    if (g.status === "Approved") c.approved += g._count._all;
    out.set(g.workerId, c);
  }
  return (id: string) => {
    const c = out.get(id);
    return rateText(c?.approved ?? 0, c?.reviewed ?? 0);
  };
}

export async function approvalRates(workerIds: string[]): Promise<Map<string, ApprovalRates>> {
  const ids = [...new Set(workerIds)];
  if (ids.length === 0) return new Map();
  const t = now().getTime();
  const [lifetime, last30, last7] = await Promise.all([counts(ids), counts(ids, new Date(t - 30 * DAY)), counts(ids, new Date(t - 7 * DAY))]);
  return new Map(ids.map((id) => [id, { lifetime: lifetime(id), last30Days: last30(id), last7Days: last7(id) }]));
}
