// A batch's results in MTurk's batch-results CSV layout: one row per submitted assignment, HIT and
// assignment columns, then Input.<column> for the row it was made from and Answer.<field> for each form
// field, then empty Approve and Reject columns (MTurk's upload-to-review format). Rows are produced a page
// of HITs at a time, so a 100,000-row batch streams instead of being built in memory.
import { db } from "@/lib/db/client";
import { centsToDollars } from "@/lib/money/schema";
import { answersOf, batchResultsPage, ownBatch, type BatchResultHit } from "./queries";
import { approvalRates, type ApprovalRates } from "./approval-rates";

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

/** Every answer field name used in the batch, sorted, for the Answer.* header. */
async function answerFields(batchId: string): Promise<string[]> {
  const names = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const page = await db.assignment.findMany({
      where: { hit: { batchId }, status: { in: ["Submitted", "Approved", "Rejected"] } },
      orderBy: { id: "asc" },
      take: 1000,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, answer: true },
    });
    for (const a of page) for (const k of Object.keys(answersOf(a.answer))) names.add(k);
    if (page.length < 1000) break;
    cursor = page[page.length - 1].id;
  }
  return [...names].sort();
}

function rowsOf(hit: BatchResultHit, inputs: string[], answers: string[], rates: Map<string, ApprovalRates>): string[][] {
  const params = JSON.parse(hit.layoutParameters ?? "{}") as Record<string, string>;
  const hitCells = [
    hit.id, hit.hitTypeId, hit.hitType.title, hit.hitType.description, hit.hitType.keywords, `$${centsToDollars(hit.rewardCents)}`,
    mturkTime(hit.createdAt), String(hit.maxAssignments), hit.requesterAnnotation ?? "", String(hit.hitType.assignmentDurationSeconds),
    String(hit.hitType.autoApprovalDelaySeconds), mturkTime(hit.expiresAt), "", String(hit.lifetimeSeconds),
  ];
  return hit.assignments.map((a) => {
    const given = answersOf(a.answer);
    const rate = rates.get(a.workerId);
    return [
      ...hitCells,
      a.id, a.workerId, a.status, mturkTime(a.acceptedAt), mturkTime(a.submittedAt), mturkTime(a.autoApprovalAt), mturkTime(a.approvedAt),
      mturkTime(a.rejectedAt), a.requesterFeedback ?? "", a.workSeconds === null ? "" : String(a.workSeconds),
      rate?.lifetime ?? "", rate?.last30Days ?? "", rate?.last7Days ?? "",
      ...inputs.map((c) => params[c] ?? ""),
      ...answers.map((f) => given[f] ?? ""),
      "", "",
    ];
  });
}

/** The header, then each assignment's row; throws NotFound (before yielding anything) for another's batch. */
export async function batchResultRows(requesterId: string, batchId: string) {
  const batch = await ownBatch(requesterId, batchId);
  const answers = await answerFields(batchId);
  const header = [...RESULT_COLUMNS, ...batch.columns.map((c) => `Input.${c}`), ...answers.map((f) => `Answer.${f}`), "Approve", "Reject"];
  async function* rows(): AsyncGenerator<string[]> {
    yield header;
    let after = 0;
    // Each worker's rates are counted once, when their first row of the batch comes up.
    const rates = new Map<string, ApprovalRates>();
    for (;;) {
      const hits = await batchResultsPage(batchId, after, PAGE);
      const newcomers = hits.flatMap((h) => h.assignments.map((a) => a.workerId)).filter((w) => !rates.has(w));
      for (const [w, r] of await approvalRates(newcomers)) rates.set(w, r);
      for (const h of hits) yield* rowsOf(h, batch.columns, answers, rates);
      if (hits.length < PAGE) return;
      after = hits[hits.length - 1].batchRow ?? after;
    }
  }
  return { batch, header, rows: rows() };
}
