// Blocks: a requester keeps a worker away from their HITs. The reason is private to the requester (and
// admins); a blocked worker cannot see, preview or accept the requester's HITs.
import { db, isUniqueViolation } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { userIdPattern } from "@/lib/ids";

export async function blockWorker(requesterId: string, workerId: string, reason: string) {
  const why = reason.trim();
  if (!why) throw new DomainError("InvalidInput", "Give a reason (kept private).", { fieldErrors: { reason: "A reason is required" } });
  if (why.length > 1024) throw new DomainError("InvalidInput", "The reason is at most 1024 characters.");
  if (!userIdPattern.test(workerId)) throw new DomainError("InvalidInput", "That is not a worker id.");
  if (workerId === requesterId) throw new DomainError("InvalidInput", "You cannot block yourself.");
  const worker = await db.user.findUnique({ where: { id: workerId }, select: { id: true } });
  if (!worker) throw new DomainError("NotFound", "There is no worker with that id.");
  try {
    await db.workerBlock.create({ data: { requesterId, workerId, reason: why, createdAt: now() } });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    await db.workerBlock.update({ where: { requesterId_workerId: { requesterId, workerId } }, data: { reason: why } });
  }
}

export async function unblockWorker(requesterId: string, workerId: string) {
  const res = await db.workerBlock.deleteMany({ where: { requesterId, workerId } });
  if (res.count === 0) throw new DomainError("NotFound", "That worker is not blocked.");
}

/** The requester's blocks, newest first, all of them or one page (`skip`, `take`). */
export function blocksOf(requesterId: string, page: { skip?: number; take?: number } = {}) {
  return db.workerBlock.findMany({
    where: { requesterId },
    orderBy: [{ createdAt: "desc" }, { workerId: "asc" }],
    skip: page.skip,
    take: page.take,
    include: { worker: { select: { name: true } } },
  });
}
