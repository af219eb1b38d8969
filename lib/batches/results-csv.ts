// A batch's results in MTurk's batch-results CSV layout: one row per submitted assignment, HIT and
// assignment columns, then Input.<column> for the row it was made from and Answer.<field> for each form
// field, then empty Approve and Reject columns (MTurk's upload-to-review format). The Answer.* names were
// recorded as the work was submitted (answer-fields.ts), so the header costs one small read; rows are
// produced a page of batch rows at a time, each answer parsed once, so a 100,000-row batch streams in
// flat memory instead of being built whole.
import { db } from "@/lib/db/client";
import { centsToDollars } from "@/lib/money/schema";
import { ownBatch } from "./queries";
import { approvalRates, type ApprovalRates } from "./approval-rates";
import { answerCells } from "./answer-cells";
import { batchAnswerFields } from "./answer-fields";
import { mturkTime } from "./mturk-time";
import { resultPage, type ResultHit } from "./results-page";

export const RESULT_COLUMNS = [
  "HITId", "HITTypeId", "Title", "Description", "Keywords", "Reward", "CreationTime", "MaxAssignments", "RequesterAnnotation",
  "AssignmentDurationInSeconds", "AutoApprovalDelayInSeconds", "Expiration", "NumberOfSimilarHITs", "LifetimeInSeconds",
  "AssignmentId", "WorkerId", "AssignmentStatus", "AcceptTime", "SubmitTime", "AutoApprovalTime", "ApprovalTime", "RejectionTime",
  "RequesterFeedback", "WorkTimeInSeconds", "LifetimeApprovalRate", "Last30DaysApprovalRate", "Last7DaysApprovalRate",
] as const;

const PAGE = 500;

type HitTypeCells = { title: string; description: string; keywords: string; assignmentDurationSeconds: number; autoApprovalDelaySeconds: number };

function hitCells(hit: ResultHit, type: HitTypeCells): string[] {
  return [
    hit.hitId, hit.hitTypeId, type.title, type.description, type.keywords, `$${centsToDollars(Number(hit.rewardCents))}`, mturkTime(hit.hitCreatedAt),
    String(hit.maxAssignments), hit.requesterAnnotation ?? "", String(type.assignmentDurationSeconds), String(type.autoApprovalDelaySeconds),
    // NumberOfSimilarHITs: MTurk leaves it empty in batch results.
    mturkTime(hit.expiresAt), "", String(hit.lifetimeSeconds),
  ];
}

/** The header, then each assignment's row; throws NotFound (before yielding anything) for another's batch. */
export async function batchResultRows(requesterId: string, batchId: string) {
  const batch = await ownBatch(requesterId, batchId);
  const answers = await batchAnswerFields(batchId, batch.answerFieldsRecorded);
  const header = [...RESULT_COLUMNS, ...batch.columns.map((c) => `Input.${c}`), ...answers.map((f) => `Answer.${f}`), "Approve", "Reject"];
  async function* rows(): AsyncGenerator<string[]> {
    yield header;
    // Each worker's rates are counted once, when their first row of the batch comes up; a batch's HITs
    // share one or a few HIT types, read once each.
    const rates = new Map<string, ApprovalRates>();
    const types = new Map<string, HitTypeCells>();
    for (let from = 0; from < batch.totalRows; from += PAGE) {
      const page = await resultPage(batchId, from, from + PAGE);
      const newcomers = [...new Set(page.flatMap((p) => p.assignments.map((a) => a.workerId)))].filter((w) => !rates.has(w));
      for (const [w, r] of await approvalRates(newcomers)) rates.set(w, r);
      const unknownTypes = [...new Set(page.map((p) => p.hit.hitTypeId))].filter((t) => !types.has(t));
      if (unknownTypes.length > 0) {
        for (const t of await db.hITType.findMany({ where: { id: { in: unknownTypes } } })) types.set(t.id, t);
      }
      for (const { hit, assignments } of page) {
        const shared = hitCells(hit, types.get(hit.hitTypeId)!);
        const params = JSON.parse(hit.layoutParameters ?? "{}") as Record<string, string>;
        const inputs = batch.columns.map((c) => params[c] ?? "");
        for (const a of assignments) {
          const given = answerCells(a.answer);
          const rate = rates.get(a.workerId);
          yield [
            ...shared,
            a.assignmentId, a.workerId, a.status, mturkTime(a.acceptedAt), mturkTime(a.submittedAt), mturkTime(a.autoApprovalAt),
            mturkTime(a.approvedAt), mturkTime(a.rejectedAt), a.requesterFeedback ?? "", a.workSeconds === null ? "" : String(a.workSeconds),
            rate?.lifetime ?? "", rate?.last30Days ?? "", rate?.last7Days ?? "",
            ...inputs,
            ...answers.map((f) => given[f] ?? ""),
            "", "",
          ];
        }
      }
    }
  }
  return { batch, header, rows: rows() };
}
