// Workers report HITs that break the rules (scams, offensive content, pay far below the time asked);
// reports go to the admins' moderation queue.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { REPORT_REASONS } from "./report-reasons";

export async function reportHit(workerId: string, hitId: string, reason: string, text: string) {
  if (!(reason in REPORT_REASONS)) throw new DomainError("InvalidInput", "Choose a reason.", { fieldErrors: { reason: "Choose a reason" } });
  const details = text.trim();
  if (details.length > 2000) throw new DomainError("InvalidInput", "Keep the details under 2000 characters.", { fieldErrors: { text: "At most 2000 characters" } });
  if (reason === "other" && !details) throw new DomainError("InvalidInput", "Tell us what is wrong.", { fieldErrors: { text: "Describe the problem" } });
  const hit = await db.hIT.findUnique({ where: { id: hitId }, select: { id: true, requesterId: true, status: true } });
  if (!hit || hit.status === "Disposed") throw new DomainError("NotFound", "That HIT does not exist.");
  const blocked = await db.workerBlock.findUnique({ where: { requesterId_workerId: { requesterId: hit.requesterId, workerId } } });
  if (blocked) throw new DomainError("NotFound", "That HIT does not exist.");
  const open = await db.report.findFirst({ where: { hitId, reporterId: workerId, status: "Open" } });
  if (open) throw new DomainError("Conflict", "You have already reported this HIT; the admins are looking at it.");
  return db.report.create({ data: { id: newId(), hitId, reporterId: workerId, reason, text: details, createdAt: now() } });
}
