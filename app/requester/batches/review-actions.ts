"use server";

// Review by CSV on a batch's page: the same upload goes to the preview (nothing written) and then, with
// the preview's token, to apply. Both check the signed-in requester; lib/batches checks that the batch is theirs.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { idPattern } from "@/lib/ids";
import { applyReviewCsv, planReviewCsv, type ReviewCsvReport, type ReviewMoney } from "@/lib/batches/review-csv";
import type { ApplyState, PlanProblem, PlanState } from "@/components/requester/csv-plan-upload";
import { uploadedCsv } from "../uploaded-csv";

export type ReviewCsvPreview = {
  rowCount: number;
  approvals: number;
  rejections: number;
  unmarked: number;
  money: ReviewMoney;
  problems: PlanProblem[];
  token: string;
};
export type ReviewCsvResult = Omit<ReviewCsvReport, "failed"> & { failed: PlanProblem[] };

const HINT = "Choose the results CSV of this batch, marked with x under Approve or a reason under Reject";

async function upload(form: FormData) {
  const batchId = String(form.get("batchId") ?? "");
  if (!idPattern.test(batchId)) throw new DomainError("NotFound", "That batch does not exist or is not yours.");
  return { batchId, ...(await uploadedCsv(form, HINT)) };
}

const problems = (list: { row: number; assignmentId: string; reason: string }[]): PlanProblem[] => list.map((p) => ({ row: p.row, subject: p.assignmentId, reason: p.reason }));

export async function previewReviewCsvAction(_prev: PlanState<ReviewCsvPreview>, form: FormData): Promise<PlanState<ReviewCsvPreview>> {
  let plan: ReviewCsvPreview | undefined;
  const state = await runAction("requester", null, async (user) => {
    const { batchId, content } = await upload(form);
    const p = await planReviewCsv(user.id, batchId, content);
    plan = { rowCount: p.rowCount, approvals: p.approvals.length, rejections: p.rejections.length, unmarked: p.unmarked, money: p.money, problems: problems(p.problems), token: p.token };
  });
  return { ...state, plan };
}

export async function applyReviewCsvAction(_prev: ApplyState<ReviewCsvResult>, form: FormData): Promise<ApplyState<ReviewCsvResult>> {
  let report: ReviewCsvResult | undefined;
  let batchId = "";
  const state = await runAction("requester", null, async (user) => {
    const up = await upload(form);
    batchId = up.batchId;
    const r = await applyReviewCsv(user.id, up.batchId, up.content, String(form.get("token") ?? ""));
    report = { ...r, failed: problems(r.failed) };
  });
  if (state.status === "ok") {
    revalidatePath(`/requester/batches/${batchId}`);
    revalidatePath("/requester", "layout");
  }
  return { ...state, report };
}
