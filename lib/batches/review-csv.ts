// Reviewing a batch offline, as on MTurk: the requester downloads the results CSV, puts an x in the
// Approve column or a reason in the Reject column, and uploads it. The plan says exactly what will happen
// (each approval and rejection, the money it moves, every marked row that cannot be applied and why)
// before anything does; applying re-reads the file and refuses when the plan changed since the preview.
// Each decision then goes through the ordinary review functions, one conditional transaction each, so a
// second upload of the same file finds the assignments reviewed and pays nobody twice.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { idPattern } from "@/lib/ids";
import { parseCsvTable, csvFileError, sheetRow } from "@/lib/csv";
import { LIMITS } from "@/lib/hits/schema";
import { reviewOne, type ReviewDecision } from "@/lib/assignments/bulk-review";
import { ownBatch } from "./queries";

export const MAX_REVIEW_ROWS = 100_000;
const NEEDED_COLUMNS = ["AssignmentId", "Approve", "Reject"] as const;
const LOOKUP_CHUNK = 500;

export interface ReviewCsvDecision {
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: number;
  assignmentId: string;
  workerId: string;
  decision: ReviewDecision;
  /** The Reject column's reason (empty for an approval). */
  feedback: string;
  rewardCents: number;
  feeCents: number;
}

export interface ReviewCsvProblem {
  row: number;
  assignmentId: string;
  reason: string;
}

/** What approving and rejecting moves out of the batch's escrow. */
export interface ReviewMoney {
  /** To the workers, for approved work. */
  rewardsCents: number;
  /** To the platform, with those rewards. */
  feesCents: number;
  /** Back to the requester's available balance, for rejected work (reward and fee). */
  releasedCents: number;
}

export interface ReviewCsvPlan {
  rowCount: number;
  approvals: ReviewCsvDecision[];
  rejections: ReviewCsvDecision[];
  /** Marked rows that will not be applied, each with why. */
  problems: ReviewCsvProblem[];
  /** Rows with neither mark: their assignments stay as they are. */
  unmarked: number;
  money: ReviewMoney;
  /** A fingerprint of the decisions; applying refuses when the file would now do something else. */
  token: string;
}

type Mark = { index: number; assignmentId: string; approve: string; reject: string };
type Found = { id: string; requesterId: string; workerId: string; status: string; hit: { batchId: string | null; rewardCents: number; feeCents: number } };

function moneyOf(decisions: readonly ReviewCsvDecision[]): ReviewMoney {
  const m: ReviewMoney = { rewardsCents: 0, feesCents: 0, releasedCents: 0 };
  for (const d of decisions) {
    if (d.decision === "approve") {
      m.rewardsCents += d.rewardCents;
      m.feesCents += d.feeCents;
    } else m.releasedCents += d.rewardCents + d.feeCents;
  }
  return m;
}

const tokenOf = (decisions: readonly ReviewCsvDecision[]) =>
  createHash("sha256").update(JSON.stringify(decisions.map((d) => [d.row, d.assignmentId, d.decision, d.feedback]))).digest("hex");

function readMarks(input: string | Buffer): { rowCount: number; marks: Mark[]; unmarked: number } {
  const { columns, rows } = parseCsvTable(input, { maxRows: MAX_REVIEW_ROWS, tooMany: `At most ${MAX_REVIEW_ROWS.toLocaleString("en-US")} rows at a time; split the file.` });
  const missing = NEEDED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw csvFileError(`The CSV has no ${missing.join(", ")} column${missing.length > 1 ? "s" : ""}. Upload the results CSV of this batch, with an x under Approve or a reason under Reject.`);
  }
  const marks: Mark[] = [];
  rows.forEach((r, index) => {
    const approve = r.Approve.trim();
    const reject = r.Reject.trim();
    if (approve || reject) marks.push({ index, assignmentId: r.AssignmentId.trim(), approve, reject });
  });
  return { rowCount: rows.length, marks, unmarked: rows.length - marks.length };
}

async function findAssignments(ids: string[]): Promise<Map<string, Found>> {
  const out = new Map<string, Found>();
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    const found = await db.assignment.findMany({
      where: { id: { in: ids.slice(i, i + LOOKUP_CHUNK) } },
      select: { id: true, requesterId: true, workerId: true, status: true, hit: { select: { batchId: true, rewardCents: true, feeCents: true } } },
    });
    for (const a of found) out.set(a.id, a);
  }
  return out;
}

/** Why a marked row cannot be applied, or null when it can. */
function problemOf(m: Mark, a: Found | undefined, requesterId: string, batchId: string, rowsOfId: number[]): string | null {
  if (!m.assignmentId) return "The row has no AssignmentId.";
  if (rowsOfId.length > 1) return `The assignment is marked on rows ${rowsOfId.join(", ")}; mark it on one row only.`;
  if (m.approve && m.reject) return "Both Approve and Reject are filled; keep one.";
  if (m.approve && m.approve.toLowerCase() !== "x") return `The Approve column holds "${m.approve.slice(0, 40)}"; mark an approval with x.`;
  if (m.reject.length > LIMITS.feedbackMax) return `The Reject reason is ${m.reject.length.toLocaleString("en-US")} characters; at most ${LIMITS.feedbackMax}.`;
  if (!a) return "No assignment has this id.";
  if (a.requesterId !== requesterId) return "This assignment is another requester's.";
  if (a.hit.batchId !== batchId) return "This assignment belongs to another batch.";
  if (a.status === "Approved" || a.status === "Rejected") return `Already ${a.status.toLowerCase()}; it is not awaiting review.`;
  if (a.status !== "Submitted") return `It is ${a.status}, not Submitted, so there is nothing to review.`;
  return null;
}

/** What uploading this file would do to the requester's batch. Writes nothing. */
export async function planReviewCsv(requesterId: string, batchId: string, input: string | Buffer): Promise<ReviewCsvPlan> {
  await ownBatch(requesterId, batchId);
  const { rowCount, marks, unmarked } = readMarks(input);
  const rowsById = new Map<string, number[]>();
  for (const m of marks) if (m.assignmentId) rowsById.set(m.assignmentId, [...(rowsById.get(m.assignmentId) ?? []), sheetRow(m.index)]);
  const found = await findAssignments([...rowsById.keys()].filter((id) => idPattern.test(id)));

  const approvals: ReviewCsvDecision[] = [];
  const rejections: ReviewCsvDecision[] = [];
  const problems: ReviewCsvProblem[] = [];
  for (const m of marks) {
    const a = found.get(m.assignmentId);
    const reason = problemOf(m, a, requesterId, batchId, rowsById.get(m.assignmentId) ?? []);
    const row = sheetRow(m.index);
    if (reason !== null || !a) {
      problems.push({ row, assignmentId: m.assignmentId, reason: reason ?? "No assignment has this id." });
      continue;
    }
    const d: ReviewCsvDecision = { row, assignmentId: a.id, workerId: a.workerId, decision: m.approve ? "approve" : "reject", feedback: m.reject, rewardCents: a.hit.rewardCents, feeCents: a.hit.feeCents };
    (d.decision === "approve" ? approvals : rejections).push(d);
  }
  const decisions = [...approvals, ...rejections];
  return { rowCount, approvals, rejections, problems, unmarked, money: moneyOf(decisions), token: tokenOf(decisions.sort((x, y) => x.row - y.row)) };
}

export interface ReviewCsvReport {
  approved: number;
  rejected: number;
  /** Decisions that someone else's review beat between the preview and now. */
  failed: ReviewCsvProblem[];
  /** What really moved (the failed decisions moved nothing). */
  money: ReviewMoney;
}

/** Applies the file as previewed (`token` from the plan); Conflict when it would now do something else. */
export async function applyReviewCsv(requesterId: string, batchId: string, input: string | Buffer, token: string): Promise<ReviewCsvReport> {
  const plan = await planReviewCsv(requesterId, batchId, input);
  if (plan.token !== token) {
    throw new DomainError("Conflict", "What this file would do has changed since the preview (some assignments were reviewed meanwhile). Nothing was applied; check the new preview.");
  }
  if (plan.approvals.length + plan.rejections.length === 0) throw new DomainError("InvalidInput", "The file has no approval or rejection that can be applied.");
  const done: ReviewCsvDecision[] = [];
  const failed: ReviewCsvProblem[] = [];
  for (const d of [...plan.approvals, ...plan.rejections]) {
    const failure = await reviewOne(requesterId, d.assignmentId, d.decision, d.feedback);
    if (failure === null) done.push(d);
    else failed.push({ row: d.row, assignmentId: d.assignmentId, reason: failure });
  }
  return { approved: done.filter((d) => d.decision === "approve").length, rejected: done.filter((d) => d.decision === "reject").length, failed, money: moneyOf(done) };
}
