// The moderation queue: HIT groups that workers reported, with their reports. An admin dismisses a report
// (the reporter reads why) or takes the whole group down. Taking down follows the money rules of
// DESIGN.md section 6 for every HIT of the group, in one transaction holding each HIT's lock: work already
// submitted is approved and paid from escrow (the workers did it in good faith), assignments in progress
// are released, every open slot is closed, the HIT is disposed, and whatever escrow is left goes back to
// the requester's available balance. The requester, and everyone who reported it, are told why.
import { db, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { approveSubmittedIn } from "@/lib/assignments/mutations";
import { moveSlots, releaseSlots } from "@/lib/assignments/slots";
import { lockHit } from "@/lib/hits/lock";
import { REPORT_REASONS, type ReportReason } from "@/lib/workers/report-reasons";
import { recordAudit } from "./audit";
import { adminReason, asAdmin, requireAdmin } from "./policy";
import { tellUser } from "./tell";

export const REPORT_GROUPS_PAGE_SIZE = 10;

export const reportReasonLabel = (reason: string) => REPORT_REASONS[reason as ReportReason] ?? reason;

/** Groups with open reports, the most reported first, each with its reports and one HIT to preview. */
export async function reportQueue(adminId: string, page = 1) {
  await requireAdmin(db, adminId);
  const p = Math.max(Math.trunc(page), 1);
  const open = await db.report.findMany({
    where: { status: "Open" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, reason: true, text: true, createdAt: true, reporter: { select: { id: true, name: true } }, hit: { select: { id: true, hitTypeId: true } } },
  });
  const byGroup = new Map<string, typeof open>();
  for (const r of open) byGroup.set(r.hit.hitTypeId, [...(byGroup.get(r.hit.hitTypeId) ?? []), r]);
  const ordered = [...byGroup.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].createdAt.getTime() - b[1][0].createdAt.getTime());
  const slice = ordered.slice((p - 1) * REPORT_GROUPS_PAGE_SIZE, p * REPORT_GROUPS_PAGE_SIZE);
  const types = await db.hITType.findMany({
    where: { id: { in: slice.map(([id]) => id) } },
    select: {
      id: true, title: true, description: true, keywords: true, rewardCents: true, assignmentDurationSeconds: true, hitsAvailable: true,
      requester: { select: { id: true, name: true, email: true, status: true } },
      hits: { where: { status: { not: "Disposed" } }, orderBy: { createdAt: "asc" }, take: 1, select: { id: true, questionType: true, question: true } },
      _count: { select: { hits: { where: { status: { not: "Disposed" } } } } },
    },
  });
  const typeOf = new Map(types.map((t) => [t.id, t]));
  const groups = slice.flatMap(([id, reports]) => {
    const type = typeOf.get(id);
    if (!type) return [];
    const { hits, _count, ...rest } = type;
    return [{ ...rest, liveHits: _count.hits, preview: hits[0] ?? null, reports }];
  });
  return { groups, totalGroups: ordered.length, openReports: open.length, page: p, pageCount: Math.max(Math.ceil(ordered.length / REPORT_GROUPS_PAGE_SIZE), 1) };
}

export async function dismissReport(adminId: string, reportId: string, rawReason: string) {
  const reason = adminReason(rawReason);
  return asAdmin(adminId, async (tx) => {
    const res = await tx.report.updateMany({ where: { id: reportId, status: "Open" }, data: { status: "Dismissed", resolvedAt: now(), resolvedBy: adminId, resolution: reason } });
    if (res.count !== 1) {
      if (!(await tx.report.findUnique({ where: { id: reportId }, select: { id: true } }))) throw new DomainError("NotFound", "That report does not exist.");
      throw new DomainError("Conflict", "This report was already handled.");
    }
    const report = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { reporterId: true, hit: { select: { hitType: { select: { title: true } } } } } });
    const title = report.hit.hitType.title;
    await tellUser(tx, report.reporterId, { kind: "report.dismissed", subject: `Your report on "${title}" was reviewed`, body: `Piecework's admins looked at it and left the HIT up.\n\nReason: ${reason}`, line: `Your report on "${title}" was reviewed; the HIT stays up: ${reason}`, href: "/work" });
    await recordAudit(tx, { actorId: adminId, action: "report.dismiss", subjectType: "Report", subjectId: reportId, reason });
  });
}

/** Settles and disposes one HIT of a group being taken down; returns what happened to its assignments. */
async function takeDownHit(tx: Tx, hitId: string, adminId: string, reason: string) {
  await lockHit(tx, hitId);
  const hit = await tx.hIT.findUniqueOrThrow({ where: { id: hitId }, include: { hitType: { select: { title: true } } } });
  if (hit.status === "Disposed") return { paid: 0, released: 0 };
  const submitted = await tx.assignment.findMany({ where: { hitId, status: "Submitted" }, select: { id: true, workerId: true } });
  let paid = 0;
  for (const s of submitted) {
    const a = { ...s, hitId, hitTypeId: hit.hitTypeId, requesterId: hit.requesterId, hit: { id: hitId, rewardCents: hit.rewardCents, feeCents: hit.feeCents, hitType: hit.hitType } };
    if (await approveSubmittedIn(tx, a, { actorId: adminId, feedback: `Approved when Piecework took this HIT down: ${reason}` })) paid++;
  }
  const released = (await tx.assignment.updateMany({ where: { hitId, status: "Accepted" }, data: { status: "Returned", endedAt: now(), liveSlot: null } })).count;
  const current = await tx.hIT.findUniqueOrThrow({ where: { id: hitId } });
  const closing = current.numAvailable + released;
  if (closing > 0) {
    await moveSlots(tx, hitId, { available: -current.numAvailable, pending: -released });
    await releaseSlots(tx, hit, closing, `HIT "${hit.hitType.title}" taken down by Piecework`, adminId);
  }
  const t = now();
  await tx.hIT.update({ where: { id: hitId }, data: { status: "Disposed", disposedAt: t, expiresAt: t } });
  return { paid, released };
}

export async function takeDownHitGroup(adminId: string, hitTypeId: string, rawReason: string) {
  const reason = adminReason(rawReason);
  return asAdmin(adminId, async (tx) => {
    const type = await tx.hITType.findUnique({ where: { id: hitTypeId }, select: { id: true, title: true, requesterId: true } });
    if (!type) throw new DomainError("NotFound", "That HIT group does not exist.");
    const hits = await tx.hIT.findMany({ where: { hitTypeId, status: { not: "Disposed" } }, orderBy: { id: "asc" }, select: { id: true } });
    const open = await tx.report.findMany({ where: { status: "Open", hit: { hitTypeId } }, select: { id: true, reporterId: true } });
    if (hits.length === 0 && open.length === 0) throw new DomainError("Conflict", "This HIT group is already down and has no open reports.");
    let paid = 0;
    let released = 0;
    for (const h of hits) {
      const r = await takeDownHit(tx, h.id, adminId, reason);
      paid += r.paid;
      released += r.released;
    }
    const t = now();
    const closed = await tx.report.updateMany({ where: { id: { in: open.map((r) => r.id) }, status: "Open" }, data: { status: "TakenDown", resolvedAt: t, resolvedBy: adminId, resolution: reason } });
    if (closed.count !== open.length) throw new DomainError("Conflict", "Another admin handled these reports just now; reload the queue.");
    await tellUser(tx, type.requesterId, {
      kind: "hit-group.taken-down",
      subject: `Your HITs "${type.title}" were taken down`,
      body: `Piecework's admins took down ${hits.length} HIT(s) of this group.\n\nReason: ${reason}\n\nSubmitted work (${paid} assignment(s)) was approved and paid from escrow; ${released} assignment(s) in progress were released; the rest of the escrow went back to your available balance.`,
      line: `Your HITs "${type.title}" were taken down: ${reason}`,
      href: "/requester/hits",
    });
    for (const reporterId of new Set(open.map((r) => r.reporterId))) {
      await tellUser(tx, reporterId, { kind: "report.taken-down", subject: `Thank you: "${type.title}" was taken down`, body: `Piecework's admins took down the HITs you reported.\n\nReason: ${reason}`, line: `The HITs you reported ("${type.title}") were taken down.`, href: "/work" });
    }
    await recordAudit(tx, { actorId: adminId, action: "hit-group.take-down", subjectType: "HITType", subjectId: hitTypeId, reason, details: { hits: hits.length, paid, released, reports: open.length } });
    return { hits: hits.length, paid, released, reports: open.length };
  });
}
