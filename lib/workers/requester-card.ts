// What a worker can learn about a requester before accepting their work: how often they approve, how
// fast they review, how many workers they paid, and how they treated rejections lately.
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";

const DAY = 24 * 3600 * 1000;

export async function requesterCard(requesterId: string) {
  const since = new Date(now().getTime() - 30 * DAY);
  const [reviewed, approved, rejectedRecent, reviewedRecent, overturned, paid, timing] = await Promise.all([
    db.assignment.count({ where: { requesterId, status: { in: ["Approved", "Rejected"] } } }),
    db.assignment.count({ where: { requesterId, status: "Approved" } }),
    db.assignment.count({ where: { requesterId, rejectedAt: { gte: since } } }),
    db.assignment.count({ where: { requesterId, OR: [{ approvedAt: { gte: since } }, { rejectedAt: { gte: since } }] } }),
    db.assignment.count({ where: { requesterId, status: "Approved", rejectedAt: { not: null } } }),
    db.assignment.findMany({ where: { requesterId, status: "Approved" }, distinct: ["workerId"], select: { workerId: true } }),
    db.assignment.findMany({
      where: { requesterId, status: { in: ["Approved", "Rejected"] }, submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      take: 500,
      select: { submittedAt: true, approvedAt: true, rejectedAt: true },
    }),
  ]);
  // The first decision counts (an override later does not make the review look slower).
  const waits = timing
    .map((a) => {
      const decided = [a.rejectedAt, a.approvedAt].filter((d): d is Date => d !== null).sort((x, y) => x.getTime() - y.getTime())[0];
      return decided && a.submittedAt ? (decided.getTime() - a.submittedAt.getTime()) / 1000 : null;
    })
    .filter((s): s is number => s !== null);
  return {
    reviewed,
    approvalRate: reviewed === 0 ? null : approved / reviewed,
    avgReviewSeconds: waits.length === 0 ? null : Math.round(waits.reduce((s, x) => s + x, 0) / waits.length),
    workersPaid: paid.length,
    rejectionRate30d: reviewedRecent === 0 ? null : rejectedRecent / reviewedRecent,
    rejectionsOverturned: overturned,
  };
}
