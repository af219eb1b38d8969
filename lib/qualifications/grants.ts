// Giving, changing and taking away workers' qualifications (AssociateQualificationWithWorker,
// DisassociateQualificationFromWorker), by the type's owner only; and what a worker holds. Admins grant
// the one stored system qualification, Masters.
import { db, dbProvider, transaction, type Tx } from "@/lib/db/client";
import { DomainError, isDomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { recordAudit } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/policy";
import { invalidInput, parseOrThrow, QUALIFICATION_LIMITS, qualificationValueSchema, reasonSchema, requiredReasonSchema, workerIdSchema } from "./schema";
import {
  ensureSystemQualificationTypes,
  SYSTEM_QUALIFICATION_IDS,
  SYSTEM_QUALIFICATION_TYPES,
  storedValue,
  workerQualificationValues,
  type QualificationValue,
} from "./system";
import { ownQualificationType } from "./types";

/** MTurk's code for a worker's qualification that does not exist. */
const QUALIFICATION_DOES_NOT_EXIST = "AWS.MechanicalTurk.QualificationDoesNotExist";

/**
 * Serializes changes to one worker's qualifications and requests. On PostgreSQL a row lock on the
 * worker held to the end of the transaction; SQLite transactions already start as the only writer.
 */
export async function lockWorker(tx: Tx, workerId: string): Promise<void> {
  if (dbProvider() === "postgresql") await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${workerId} FOR UPDATE`;
}

async function requireWorker(tx: Tx, workerId: string) {
  const user = await tx.user.findUnique({ where: { id: workerId }, select: { id: true, isWorker: true } });
  if (!user || !user.isWorker) throw new DomainError("NotFound", `There is no worker with the id ${workerId}.`, { fieldErrors: { workerId: "No such worker" } });
}

async function notify(tx: Tx, userId: string, kind: string, text: string) {
  await tx.notification.create({ data: { id: newId(), userId, kind, text, href: "/work/qualifications", createdAt: now() } });
}

export interface GrantOptions {
  integerValue: number;
  /** Leave a notification for the worker (MTurk's SendNotification, true by default). */
  sendNotification: boolean;
  /** Set GrantTime to now even when the worker already held the qualification (AcceptQualificationRequest does). */
  resetGrantTime?: boolean;
}

/**
 * Grants the qualification, or sets its value when the worker already has it (a revoked one is granted
 * again). Runs inside the caller's transaction; the worker row is locked first so two grants never race.
 */
export async function grantInTx(tx: Tx, type: { id: string; name: string }, workerId: string, options: GrantOptions) {
  await lockWorker(tx, workerId);
  const existing = await tx.qualification.findUnique({ where: { qualificationTypeId_workerId: { qualificationTypeId: type.id, workerId } } });
  const t = now();
  const outcome: "granted" | "updated" = existing?.status === "Granted" ? "updated" : "granted";
  const qualification = existing
    ? await tx.qualification.update({
        where: { id: existing.id },
        data: {
          integerValue: options.integerValue,
          status: "Granted",
          reason: null,
          ...(outcome === "granted" || options.resetGrantTime ? { grantedAt: t } : {}),
        },
      })
    : await tx.qualification.create({
        data: { id: newId(), qualificationTypeId: type.id, workerId, integerValue: options.integerValue, status: "Granted", grantedAt: t },
      });
  if (options.sendNotification) {
    const verb = outcome === "granted" ? "You were granted" : "Your score changed for";
    await notify(tx, workerId, `qualification.${outcome}`, `${verb} the qualification "${type.name}" (value ${options.integerValue}).`);
  }
  return { qualification, outcome };
}

export interface GrantInput {
  qualificationTypeId: string;
  workerId: string;
  /** MTurk's IntegerValue; 1 when left out. */
  integerValue?: number;
  /** MTurk's SendNotification; true when left out. */
  sendNotification?: boolean;
}

/** AssociateQualificationWithWorker. It leaves the worker's pending requests alone, as MTurk does. */
export async function grantQualification(ownerId: string, input: GrantInput) {
  const workerId = parseOrThrow(workerIdSchema, input.workerId);
  const integerValue = parseOrThrow(qualificationValueSchema, input.integerValue ?? 1);
  return transaction(async (tx) => {
    const type = await ownQualificationType(ownerId, input.qualificationTypeId, tx);
    await requireWorker(tx, workerId);
    return grantInTx(tx, type, workerId, { integerValue, sendNotification: input.sendNotification ?? true });
  });
}

/** Changes the value of a qualification the worker holds (Granted); a revoked one must be granted again. */
export async function updateQualificationValue(ownerId: string, qualificationTypeId: string, workerId: string, integerValue: number) {
  const value = parseOrThrow(qualificationValueSchema, integerValue);
  return transaction(async (tx) => {
    await ownQualificationType(ownerId, qualificationTypeId, tx);
    await lockWorker(tx, workerId);
    const res = await tx.qualification.updateMany({ where: { qualificationTypeId, workerId, status: "Granted" }, data: { integerValue: value } });
    if (res.count !== 1) throw new DomainError("NotFound", "That worker does not hold this qualification.", { turkErrorCode: QUALIFICATION_DOES_NOT_EXIST });
    return tx.qualification.findUniqueOrThrow({ where: { qualificationTypeId_workerId: { qualificationTypeId, workerId } } });
  });
}

/** DisassociateQualificationFromWorker: the worker sees the reason beside the revoked qualification. */
export async function revokeQualification(ownerId: string, qualificationTypeId: string, workerId: string, reason = "") {
  const why = parseOrThrow(reasonSchema, reason);
  return transaction(async (tx) => {
    const type = await ownQualificationType(ownerId, qualificationTypeId, tx);
    return revokeInTx(tx, type, workerId, why);
  });
}

async function revokeInTx(tx: Tx, type: { id: string; name: string }, workerId: string, reason: string) {
  await lockWorker(tx, workerId);
  const res = await tx.qualification.updateMany({
    where: { qualificationTypeId: type.id, workerId, status: "Granted" },
    data: { status: "Revoked", reason: reason || null },
  });
  if (res.count !== 1) throw new DomainError("NotFound", "That worker does not hold this qualification.", { turkErrorCode: QUALIFICATION_DOES_NOT_EXIST });
  await notify(tx, workerId, "qualification.revoked", `Your qualification "${type.name}" was revoked${reason ? `: ${reason}` : "."}`);
  return tx.qualification.findUniqueOrThrow({ where: { qualificationTypeId_workerId: { qualificationTypeId: type.id, workerId } } });
}

/** GetQualificationScore: only the type's owner may read a worker's value. */
export async function getQualificationScore(ownerId: string, qualificationTypeId: string, workerId: string) {
  await ownQualificationType(ownerId, qualificationTypeId);
  const q = await db.qualification.findUnique({ where: { qualificationTypeId_workerId: { qualificationTypeId, workerId } } });
  if (!q) throw new DomainError("NotFound", "That worker does not have this qualification.", { turkErrorCode: QUALIFICATION_DOES_NOT_EXIST });
  return q;
}

/** ListWorkersWithQualificationType, for the owner: newest grants first, optionally by status. */
export async function workersWithQualification(
  ownerId: string,
  qualificationTypeId: string,
  options: { status?: "Granted" | "Revoked"; take?: number; skip?: number } = {},
) {
  await ownQualificationType(ownerId, qualificationTypeId);
  const take = Math.min(Math.max(Math.trunc(options.take ?? 50), 1), 100);
  const rows = await db.qualification.findMany({
    where: { qualificationTypeId, ...(options.status ? { status: options.status } : {}) },
    orderBy: [{ grantedAt: "desc" }, { id: "desc" }],
    take: take + 1,
    skip: Math.max(Math.trunc(options.skip ?? 0), 0),
    include: { worker: { select: { name: true } } },
  });
  return { items: rows.slice(0, take), hasMore: rows.length > take };
}

export type BulkGrantRow = { workerId: string; value?: number };
export type BulkGrantResult =
  | { row: number; workerId: string; ok: true; outcome: "granted" | "updated"; value: number }
  | { row: number; workerId: string; ok: false; error: string };

/**
 * Grants (or updates) one qualification for many workers, from rows a page parsed out of a file. Each
 * row is its own transaction, so a bad row is reported and the others still go through.
 */
export async function bulkGrant(ownerId: string, qualificationTypeId: string, rows: readonly BulkGrantRow[], options: { sendNotification?: boolean } = {}): Promise<BulkGrantResult[]> {
  if (rows.length === 0) throw new DomainError("InvalidInput", "There are no rows to grant.");
  if (rows.length > QUALIFICATION_LIMITS.bulkGrantMaxRows) {
    throw new DomainError("InvalidInput", `At most ${QUALIFICATION_LIMITS.bulkGrantMaxRows.toLocaleString("en-US")} rows at a time; split the file.`);
  }
  const type = await ownQualificationType(ownerId, qualificationTypeId);
  const seen = new Map<string, number>();
  const results: BulkGrantResult[] = [];
  for (const [index, raw] of rows.entries()) {
    const row = index + 1;
    const workerId = typeof raw?.workerId === "string" ? raw.workerId.trim() : "";
    const fail = (error: string) => results.push({ row, workerId, ok: false, error });
    const id = workerIdSchema.safeParse(workerId);
    if (!id.success) {
      fail(invalidInput(id.error).message);
      continue;
    }
    const value = qualificationValueSchema.safeParse(raw?.value ?? 1);
    if (!value.success) {
      fail(invalidInput(value.error).message);
      continue;
    }
    const earlier = seen.get(id.data);
    if (earlier !== undefined) {
      fail(`This worker is already on row ${earlier}.`);
      continue;
    }
    seen.set(id.data, row);
    try {
      const { outcome } = await transaction(async (tx) => {
        await requireWorker(tx, id.data);
        return grantInTx(tx, type, id.data, { integerValue: value.data, sendNotification: options.sendNotification ?? true });
      });
      results.push({ row, workerId: id.data, ok: true, outcome, value: value.data });
    } catch (e) {
      if (!isDomainError(e)) throw e;
      fail(e.message);
    }
  }
  return results;
}

export interface WorkerQualificationEntry {
  qualificationTypeId: string;
  name: string;
  description: string;
  /** System qualifications are computed (or, Masters, granted by admins) rather than owned by a requester. */
  system: boolean;
  ownerName: string | null;
  status: "Granted" | "Revoked";
  value: QualificationValue | undefined;
  grantedAt: Date | null;
  /** Why it was revoked, as the owner wrote it. */
  reason: string | null;
}

/** What the worker holds: their system values, then every qualification granted to them (and revoked ones, with the reason). */
export async function qualificationsOfWorker(workerId: string): Promise<WorkerQualificationEntry[]> {
  const computed = SYSTEM_QUALIFICATION_TYPES.filter((t) => t.computed);
  const values = await workerQualificationValues(
    workerId,
    computed.map((t) => t.id),
  );
  const system: WorkerQualificationEntry[] = computed
    .filter((t) => values.get(t.id) !== undefined)
    .map((t) => ({
      qualificationTypeId: t.id,
      name: t.name,
      description: t.description,
      system: true,
      ownerName: null,
      status: "Granted",
      value: values.get(t.id),
      grantedAt: null,
      reason: null,
    }));
  const rows = await db.qualification.findMany({
    where: { workerId },
    orderBy: [{ grantedAt: "desc" }, { id: "desc" }],
    include: { qualificationType: { select: { name: true, description: true, ownerId: true, owner: { select: { name: true } } } } },
  });
  const stored = rows.map(
    (q): WorkerQualificationEntry => ({
      qualificationTypeId: q.qualificationTypeId,
      name: q.qualificationType.name,
      description: q.qualificationType.description,
      system: q.qualificationType.ownerId === null,
      ownerName: q.qualificationType.owner?.name ?? null,
      status: q.status as "Granted" | "Revoked",
      value: q.status === "Granted" ? storedValue(q) : undefined,
      grantedAt: q.grantedAt,
      reason: q.reason,
    }),
  );
  return [...system, ...stored];
}

const mastersRefusal = "Only admins can grant or revoke Masters.";

/** An admin makes a worker a Master (the one system qualification that is stored, not computed). */
export async function grantMasters(adminId: string, workerId: string) {
  await ensureSystemQualificationTypes();
  return transaction(async (tx) => {
    await requireAdmin(tx, adminId, mastersRefusal);
    await requireWorker(tx, workerId);
    const type = { id: SYSTEM_QUALIFICATION_IDS.masters, name: "Masters" };
    const result = await grantInTx(tx, type, workerId, { integerValue: 1, sendNotification: true });
    await recordAudit(tx, { actorId: adminId, action: "qualification.masters.grant", subjectType: "User", subjectId: workerId });
    return result;
  });
}

/** Revoking Masters always needs a reason: the worker sees it beside the revoked qualification. */
export async function revokeMasters(adminId: string, workerId: string, reason: string) {
  const why = parseOrThrow(requiredReasonSchema, reason);
  return transaction(async (tx) => {
    await requireAdmin(tx, adminId, mastersRefusal);
    const result = await revokeInTx(tx, { id: SYSTEM_QUALIFICATION_IDS.masters, name: "Masters" }, workerId, why);
    await recordAudit(tx, { actorId: adminId, action: "qualification.masters.revoke", subjectType: "User", subjectId: workerId, reason: why });
    return result;
  });
}
