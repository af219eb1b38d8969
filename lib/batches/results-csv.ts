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
import { dateOf, resultRows, type ResultRow } from "./results-page";

export const RESULT_COLUMNS = [
  "HITId", "HITTypeId", "Title", "Description", "Keywords", "Reward", "CreationTime", "MaxAssignments", "RequesterAnnotation",
  "AssignmentDurationInSeconds", "AutoApprovalDelayInSeconds", "Expiration", "NumberOfSimilarHITs", "LifetimeInSeconds",
  "AssignmentId", "WorkerId", "AssignmentStatus", "AcceptTime", "SubmitTime", "AutoApprovalTime", "ApprovalTime", "RejectionTime",
  "RequesterFeedback", "WorkTimeInSeconds", "LifetimeApprovalRate", "Last30DaysApprovalRate", "Last7DaysApprovalRate",
] as const;

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** MTurk's results date format ("Sun Nov 29 09:26:07 UTC 2026"), which spreadsheets written for it parse. */
export function mturkTime(d: Date | null | undefined): string {
  if (!d) return "";
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

const PAGE = 500;

type HitTypeCells = { title: string; description: string; keywords: string; assignmentDurationSeconds: number; autoApprovalDelaySeconds: number };

function hitCells(r: ResultRow, t: HitTypeCells): string[] {
  return [
    r.hitId, r.hitTypeId, t.title, t.description, t.keywords, `$${centsToDollars(Number(r.rewardCents))}`, mturkTime(dateOf(r.hitCreatedAt)),
    String(r.maxAssignments), r.requesterAnnotation ?? "", String(t.assignmentDurationSeconds), String(t.autoApprovalDelaySeconds),
    mturkTime(dateOf(r.expiresAt)), "", String(r.lifetimeSeconds),
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
      const page = await resultRows(batchId, from, from + PAGE);
      const newcomers = [...new Set(page.map((r) => r.workerId))].filter((w) => !rates.has(w));
      for (const [w, r] of await approvalRates(newcomers)) rates.set(w, r);
      const unknownTypes = [...new Set(page.map((r) => r.hitTypeId))].filter((t) => !types.has(t));
      if (unknownTypes.length > 0) {
        for (const t of await db.hITType.findMany({ where: { id: { in: unknownTypes } } })) types.set(t.id, t);
      }
      let hitId = "";
      let shared: string[] = [];
      let inputs: string[] = [];
      for (const r of page) {
        if (r.hitId !== hitId) {
          hitId = r.hitId;
          shared = hitCells(r, types.get(r.hitTypeId)!);
          const params = JSON.parse(r.layoutParameters ?? "{}") as Record<string, string>;
          inputs = batch.columns.map((c) => params[c] ?? "");
        }
        const given = answerCells(r.answer);
        const rate = rates.get(r.workerId);
        yield [
          ...shared,
          r.assignmentId, r.workerId, r.status, mturkTime(dateOf(r.acceptedAt)), mturkTime(dateOf(r.submittedAt)), mturkTime(dateOf(r.autoApprovalAt)),
          mturkTime(dateOf(r.approvedAt)), mturkTime(dateOf(r.rejectedAt)), r.requesterFeedback ?? "", r.workSeconds === null ? "" : String(r.workSeconds),
          rate?.lifetime ?? "", rate?.last30Days ?? "", rate?.last7Days ?? "",
          ...inputs,
          ...answers.map((f) => given[f] ?? ""),
          "", "",
        ];
      }
    }
  }
  return { batch, header, rows: rows() };
}
