// Publishing a batch: every CSV row becomes one HIT of the project's HIT type. The batch is recorded as
// Publishing first, its HITs are staged a chunk at a time (each chunk moves the batch's rows-done counter
// and heartbeat, so any page can show the progress), and then ONE transaction turns every staged row into
// a HIT with ONE escrow posting. Either the whole batch is live and paid for, or there are no HITs and no
// escrow (a Failed or interrupted batch, which publishing the same upload again takes over and finishes).
import { createHash } from "node:crypto";
import { db, isUniqueViolation, transaction, type Prisma, type Tx } from "@/lib/db/client";
import { DomainError, isDomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now, addSeconds } from "@/lib/clock";
import { getOrCreateHitType } from "@/lib/hits/hit-types";
import { noteHitTimes } from "@/lib/hits/group-stats";
import { requiresMasters } from "@/lib/hits/masters";
import { LIMITS } from "@/lib/hits/schema";
import { accountId } from "@/lib/money/accounts";
import { hitCost } from "@/lib/money/fees";
import { getFeeSchedule, getPayFloor, payFloorVerdict } from "@/lib/money/fee-settings";
import { post } from "@/lib/money/ledger";
import { centsToDollars } from "@/lib/money/schema";
import { SYSTEM_QUALIFICATION_IDS } from "@/lib/qualifications/system-ids";
import { compileLayout, fillLayout, missingColumns } from "@/lib/projects/layout";
import { getProject, type Project } from "@/lib/projects/queries";
import { parseBatchCsv, type BatchCsv } from "./csv";
import { recordEvent } from "@/lib/notifications/outbox";
import { insertStaged, openStagedHits, type StagedRow } from "./staging";
import { yieldToOthers } from "./yield";

/** Rows per staging statement: large enough to be fast, small enough for SQLite's bind limit. */
const CHUNK = 500;
/** Opening a 100,000-row batch is one long write; it must not hit the default 20 s transaction timeout. */
const PUBLISH_TX = { maxWait: 15_000, timeout: 300_000 };

export function contentHashOf(projectId: string, input: string | Buffer): string {
  return createHash("sha256").update(projectId).update("\n").update(input).digest("hex");
}

function missingError(missing: string[]): DomainError {
  const message = `The CSV has no column for ${missing.map((m) => `\${${m}}`).join(", ")}: add ${missing.length === 1 ? "a column" : "columns"} named ${missing.map((m) => `"${m}"`).join(", ")}.`;
  return new DomainError("InvalidInput", message, { fieldErrors: { file: message } });
}

/** Before the HIT type exists (the preview) the project's requirements tell whether Masters is required. */
async function batchCost(project: Project, hitTypeId: string | null, rows: number) {
  const masters = hitTypeId
    ? await requiresMasters(hitTypeId)
    : project.qualificationRequirements.some((r) => r.qualificationTypeId === SYSTEM_QUALIFICATION_IDS.masters);
  const perHit = hitCost(project.rewardCents, project.assignmentsPerHit, masters, await getFeeSchedule());
  return {
    rows,
    assignmentsPerHit: project.assignmentsPerHit,
    rewardCents: perHit.rewardCents,
    feeCents: perHit.feeCents,
    perHitCents: perHit.totalCents,
    totalRewardCents: perHit.totalRewardCents * rows,
    totalFeeCents: perHit.totalFeeCents * rows,
    totalCents: perHit.totalCents * rows,
  };
}
export type BatchCost = Awaited<ReturnType<typeof batchCost>>;

/** What the preview page shows before publishing: columns, what is missing, the first rows filled, the cost. */
export async function previewBatch(requesterId: string, projectId: string, input: string | Buffer, sampleSize = 3) {
  const project = await getProject(requesterId, projectId);
  const csv = parseBatchCsv(input);
  const missing = missingColumns(project.layout, csv.columns);
  const [cost, available] = await Promise.all([batchCost(project, null, csv.rows.length), availableCents(requesterId)]);
  return {
    project,
    columns: csv.columns,
    missing,
    rowCount: csv.rows.length,
    samples: csv.rows.slice(0, sampleSize).map((row) => ({ row, html: fillLayout(project.layout, row) })),
    cost,
    availableCents: available,
    contentHash: contentHashOf(projectId, input),
  };
}

async function availableCents(requesterId: string, tx?: Tx): Promise<number> {
  const a = await (tx ?? db).ledgerAccount.findUnique({ where: { id: accountId.requesterAvailable(requesterId) }, select: { balance: true } });
  return a?.balance ?? 0;
}

export interface PublishOptions {
  name?: string;
  /** Called after each chunk of HITs is staged (a throw stops the publish, which then leaves no HITs). */
  onProgress?: (published: number, total: number) => void | Promise<void>;
}

/**
 * Publishes the upload and waits until the batch is open; the same upload again returns the first batch
 * (`duplicate: true`), never a second one. The web face calls startPublish and runs the rest after the
 * response, so the batch page can show the progress that this records.
 */
export async function publishBatch(requesterId: string, projectId: string, input: string | Buffer, options: PublishOptions = {}) {
  const started = await startPublish(requesterId, projectId, input, options);
  if (started.duplicate) return { batch: started.batch, duplicate: true as const };
  return { batch: await started.run(), duplicate: false as const, cost: started.cost };
}

/** A Publishing batch whose heartbeat is older than this was interrupted (its process died). */
export const STALE_PUBLISH_MS = 60_000;

export function isInterrupted(b: { status: string; progressAt: Date | null }, at: Date = now()): boolean {
  return b.status === "Publishing" && (b.progressAt === null || at.getTime() - b.progressAt.getTime() > STALE_PUBLISH_MS);
}

/** A batch that failed or was interrupted is taken over by the same upload; any other is that upload's batch. */
const retryable = (b: { status: string; progressAt: Date | null }) => b.status === "Failed" || isInterrupted(b);

/**
 * Checks the upload (columns, sizes, funds) and records the batch as Publishing, then returns `run`, which
 * writes its HITs. Bad input or short funds throw here and record nothing.
 */
export async function startPublish(requesterId: string, projectId: string, input: string | Buffer, options: PublishOptions = {}) {
  const project = await getProject(requesterId, projectId);
  const contentHash = contentHashOf(projectId, input);
  const existing = await db.batch.findUnique({ where: { requesterId_contentHash: { requesterId, contentHash } } });
  if (existing && !retryable(existing)) return { batch: existing, duplicate: true as const };

  const csv = parseBatchCsv(input);
  const missing = missingColumns(project.layout, csv.columns);
  if (missing.length > 0) throw missingError(missing);
  const questions = fillRows(project.layout, csv);

  // The HIT type is made outside the batch's transaction, as createHit does (a type without HITs is harmless).
  const hitType = await getOrCreateHitType(requesterId, {
    title: project.title,
    description: project.description,
    keywords: project.keywords,
    rewardCents: project.rewardCents,
    assignmentDurationSeconds: project.assignmentDurationSeconds,
    autoApprovalDelaySeconds: project.autoApprovalDelaySeconds,
    qualificationRequirements: project.qualificationRequirements,
  });
  const cost = await batchCost(project, hitType.id, csv.rows.length);
  const payWarning = payFloorVerdict(await getPayFloor(), project.rewardCents, project.assignmentDurationSeconds);
  const short = `Not enough funds: this batch of ${csv.rows.length.toLocaleString("en-US")} HITs needs $${centsToDollars(cost.totalCents)} (rewards $${centsToDollars(cost.totalRewardCents)} + fees $${centsToDollars(cost.totalFeeCents)}). Add funds and try again.`;
  // A quick refusal before the heavy write; the conditional debit when the batch opens is what really guards.
  if ((await availableCents(requesterId)) < cost.totalCents) throw new DomainError("InsufficientFunds", short);

  const claimed = existing ? await claimBatch(existing) : await createBatch();
  if (!claimed.mine) return { batch: claimed.batch, duplicate: true as const };
  const batch = claimed.batch;

  async function createBatch() {
    const createdAt = now();
    const data = {
      id: newId(),
      projectId,
      requesterId,
      name: options.name?.trim().slice(0, 128) || `${project.name}, ${createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
      status: "Publishing",
      columns: JSON.stringify(csv.columns),
      totalRows: csv.rows.length,
      contentHash,
      createdAt,
      progressAt: createdAt,
      answerFieldsRecorded: true,
    };
    try {
      return { batch: await db.batch.create({ data }), mine: true };
    } catch (e) {
      // The same upload published twice at once: the other request won, and its batch is this one.
      if (!isUniqueViolation(e)) throw e;
      return { batch: await db.batch.findUniqueOrThrow({ where: { requesterId_contentHash: { requesterId, contentHash } } }), mine: false };
    }
  }

  async function run() {
    let beat = batch.progressAt!;
    /**
     * Runs fn in one transaction that first moves the heartbeat, which succeeds only while this process
     * still owns the batch (nobody took it over meanwhile); the new beat counts once the transaction commits.
     */
    const withHeartbeat = async <T>(data: Prisma.BatchUpdateManyMutationInput, fn: (tx: Tx) => Promise<T>, options?: typeof PUBLISH_TX) => {
      const at = now();
      const result = await db.$transaction(async (tx) => {
        const { count } = await tx.batch.updateMany({ where: { id: batch.id, status: "Publishing", progressAt: beat }, data: { ...data, progressAt: at } });
        if (count !== 1) throw new DomainError("Conflict", "Another upload of this file took over publishing the batch.");
        return fn(tx);
      }, options);
      beat = at;
      return result;
    };
    try {
      // What an interrupted run left staged goes first.
      await withHeartbeat({ publishedRows: 0, error: null }, (tx) => tx.batchStagedHit.deleteMany({ where: { batchId: batch.id } }));
      for (let start = 0; start < csv.rows.length; start += CHUNK) {
        const end = Math.min(start + CHUNK, csv.rows.length);
        const rows: StagedRow[] = [];
        for (let i = start; i < end; i++) {
          rows.push({ batchId: batch.id, batchRow: i + 1, hitId: newId(), question: questions[i], layoutParameters: JSON.stringify(csv.rows[i]) });
        }
        await withHeartbeat({ publishedRows: end }, (tx) => insertStaged(tx, rows));
        await yieldToOthers();
        await options.onProgress?.(end, csv.rows.length);
      }
      const createdAt = now();
      return await withHeartbeat({ status: "Published", publishedRows: csv.rows.length, publishedAt: createdAt }, (tx) => openBatch(tx, createdAt), PUBLISH_TX);
    } catch (e) {
      await recordFailure(e, beat);
      throw e;
    }
  }

  /** The one transaction that makes the batch live: every HIT at once, one escrow posting, the group's count. */
  async function openBatch(tx: Tx, createdAt: Date) {
    const expiresAt = addSeconds(createdAt, project.lifetimeSeconds);
    const opened = await openStagedHits(tx, {
      hitTypeId: hitType.id,
      requesterId,
      questionType: "Layout",
      layoutId: projectId,
      maxAssignments: project.assignmentsPerHit,
      rewardCents: cost.rewardCents,
      feeCents: cost.feeCents,
      escrowCents: cost.perHitCents,
      lifetimeSeconds: project.lifetimeSeconds,
      createdAt,
      expiresAt,
      // MTurk's requester site marks batch HITs this way; scripts that read annotations expect it.
      requesterAnnotation: `BatchId:${batch.id};`,
      status: "Assignable",
      numAvailable: project.assignmentsPerHit,
      batchId: batch.id,
    });
    if (opened !== csv.rows.length) throw new Error(`Batch ${batch.id}: ${opened} staged rows for ${csv.rows.length} HITs`);
    if (payWarning) await tx.notification.create({ data: { id: newId(), userId: requesterId, kind: "hit.low-pay", text: `"${project.title}": ${payWarning}`, href: `/requester/batches/${batch.id}`, createdAt } });
    // Reading a whole batch's ids back is only worth it when the HIT type has someone to tell.
    const notify = await tx.hITType.findUnique({ where: { id: hitType.id }, select: { notificationActive: true } });
    if (notify?.notificationActive) {
      const hits = await tx.hIT.findMany({ where: { batchId: batch.id }, orderBy: { batchRow: "asc" }, select: { id: true } });
      await recordEvent(tx, hits.map((h) => ({ type: "HITCreated" as const, hitTypeId: hitType.id, hitId: h.id })));
    }
    await post(tx, {
      kind: "hit_escrow",
      memo: `Escrow for batch "${project.name}" (${batch.id}): ${csv.rows.length} HITs × ${project.assignmentsPerHit} × ($${centsToDollars(cost.rewardCents)} + $${centsToDollars(cost.feeCents)} fee)`,
      actorId: requesterId,
      entries: [
        { accountId: accountId.requesterAvailable(requesterId), amountCents: -cost.totalCents },
        { accountId: accountId.requesterEscrow(requesterId), amountCents: cost.totalCents },
      ],
      insufficientMessage: short,
    });
    // Every new HIT is open, so the group's count moves by the whole batch at once.
    await tx.hITType.update({ where: { id: hitType.id }, data: { hitsAvailable: { increment: csv.rows.length } } });
    await noteHitTimes(tx, hitType.id, { createdAt, expiresAt });
    return tx.batch.findUniqueOrThrow({ where: { id: batch.id } });
  }

  /** A failed publish says why on the batch (our own faults in general words) and drops its staged rows. */
  async function recordFailure(e: unknown, beat: Date) {
    const error = isDomainError(e) ? e.message : "Publishing stopped because of a server error. Upload the same file again to retry.";
    await transaction(async (tx) => {
      const { count } = await tx.batch.updateMany({ where: { id: batch.id, status: "Publishing", progressAt: beat }, data: { status: "Failed", error } });
      if (count === 1) await tx.batchStagedHit.deleteMany({ where: { batchId: batch.id } });
    }).catch(() => undefined); // the original error is the one to report
  }

  return { batch, duplicate: false as const, cost, run };
}

/** Takes over a failed or interrupted batch of the same upload; false when another request got there first. */
async function claimBatch(b: { id: string; status: string; progressAt: Date | null }) {
  const { count } = await db.batch.updateMany({ where: { id: b.id, status: b.status, progressAt: b.progressAt }, data: { status: "Publishing", progressAt: now(), error: null } });
  return { batch: await db.batch.findUniqueOrThrow({ where: { id: b.id } }), mine: count === 1 };
}

function fillRows(layout: string, csv: BatchCsv): string[] {
  const fill = compileLayout(layout);
  return csv.rows.map((row, i) => {
    const html = fill(row);
    if (Buffer.byteLength(html, "utf8") > LIMITS.questionMaxBytes) {
      const message = `Row ${i + 1} makes a HIT over 65,535 bytes; shorten its values.`;
      throw new DomainError("InvalidInput", message, { fieldErrors: { file: message } });
    }
    return html;
  });
}
