// Publishing a batch: every CSV row becomes one HIT of the project's HIT type, all in ONE transaction
// with ONE escrow posting for the whole batch. Either the requester has the money for every row and the
// whole batch is live, or nothing happened (no batch, no HITs, no ledger entry). createMany keeps 10,000
// rows well under two seconds on SQLite; a row-by-row createHit would take a minute and post 10,000 times.
import { createHash } from "node:crypto";
import { db, isUniqueViolation, Prisma, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
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

/** HITs per createMany statement: large enough to be fast, small enough for SQLite's bind limit. */
const CHUNK = 500;
/** A 100,000-row batch is one long write; it must not hit the default 20 s transaction timeout. */
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
  /** Called after each chunk of HITs is written, inside the transaction (a throw rolls everything back). */
  onProgress?: (published: number, total: number) => void | Promise<void>;
}

/** Publishes the upload; the same upload again returns the first batch (`duplicate: true`), never a second one. */
export async function publishBatch(requesterId: string, projectId: string, input: string | Buffer, options: PublishOptions = {}) {
  const project = await getProject(requesterId, projectId);
  const contentHash = contentHashOf(projectId, input);
  const existing = await db.batch.findUnique({ where: { requesterId_contentHash: { requesterId, contentHash } } });
  if (existing) return { batch: existing, duplicate: true as const };

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
  // A quick refusal before the heavy write; the conditional debit inside the transaction is what really guards.
  if ((await availableCents(requesterId)) < cost.totalCents) throw new DomainError("InsufficientFunds", short);

  try {
    const batch = await db.$transaction(async (tx) => {
      const createdAt = now();
      const expiresAt = addSeconds(createdAt, project.lifetimeSeconds);
      const batchId = newId();
      if (payWarning) await tx.notification.create({ data: { id: newId(), userId: requesterId, kind: "hit.low-pay", text: `"${project.title}": ${payWarning}`, href: `/requester/batches/${batchId}`, createdAt } });
      await tx.batch.create({
        data: {
          id: batchId,
          projectId,
          requesterId,
          name: options.name?.trim().slice(0, 128) || `${project.name}, ${createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
          status: "Publishing",
          columns: JSON.stringify(csv.columns),
          totalRows: csv.rows.length,
          contentHash,
          createdAt,
        },
      });
      const escrowPerHit = cost.perHitCents;
      for (let start = 0; start < csv.rows.length; start += CHUNK) {
        const end = Math.min(start + CHUNK, csv.rows.length);
        const data = [];
        for (let i = start; i < end; i++) {
          data.push({
            id: newId(),
            hitTypeId: hitType.id,
            requesterId,
            questionType: "Layout",
            question: questions[i],
            layoutId: projectId,
            layoutParameters: JSON.stringify(csv.rows[i]),
            maxAssignments: project.assignmentsPerHit,
            rewardCents: cost.rewardCents,
            feeCents: cost.feeCents,
            escrowCents: escrowPerHit,
            lifetimeSeconds: project.lifetimeSeconds,
            createdAt,
            expiresAt,
            // MTurk's requester site marks batch HITs this way; scripts that read annotations expect it.
            requesterAnnotation: `BatchId:${batchId};`,
            status: "Assignable",
            numAvailable: project.assignmentsPerHit,
            batchId,
            batchRow: i + 1,
          });
        }
        await insertHits(tx, data);
        await recordEvent(tx, data.map((h) => ({ type: "HITCreated" as const, hitTypeId: hitType.id, hitId: h.id })));
        await options.onProgress?.(end, csv.rows.length);
      }
      await post(tx, {
        kind: "hit_escrow",
        memo: `Escrow for batch "${project.name}" (${batchId}): ${csv.rows.length} HITs × ${project.assignmentsPerHit} × ($${centsToDollars(cost.rewardCents)} + $${centsToDollars(cost.feeCents)} fee)`,
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
      return tx.batch.update({ where: { id: batchId }, data: { status: "Published", publishedRows: csv.rows.length, publishedAt: createdAt } });
    }, PUBLISH_TX);
    return { batch, duplicate: false as const, cost };
  } catch (e) {
    // The same upload published twice at once: the other request won, and its batch is this one.
    if (isUniqueViolation(e)) {
      const first = await db.batch.findUnique({ where: { requesterId_contentHash: { requesterId, contentHash } } });
      if (first) return { batch: first, duplicate: true as const };
    }
    throw e;
  }
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

type HitRow = Prisma.HITCreateManyInput;

/**
 * Prisma's createMany spends most of a large batch compiling its query plan (about 0.7 ms a row in its
 * query compiler), so the rows go in as one multi-row INSERT per chunk; Prisma.sql still binds every value
 * as a parameter, in the placeholder style of whichever database is connected.
 */
async function insertHits(tx: Tx, rows: HitRow[]): Promise<void> {
  const columns = Object.keys(rows[0]) as (keyof HitRow)[];
  const head = Prisma.raw(`INSERT INTO "HIT" (${columns.map((c) => `"${String(c)}"`).join(", ")}) VALUES `);
  const values = Prisma.join(rows.map((r) => Prisma.sql`(${Prisma.join(columns.map((c) => r[c] as unknown))})`));
  await tx.$executeRaw`${head}${values}`;
}
