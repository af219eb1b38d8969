"use server";

// The workers file upload: the preview writes nothing; applying sends the same file with the preview's
// token. Both check the signed-in requester; lib/workers applies only to the requester's own types and blocks.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/auth/action";
import { applyWorkersCsv, planWorkersCsv, type WorkerChange, type WorkerCsvProblem } from "@/lib/workers/workers-csv-upload";
import type { ApplyState, PlanProblem, PlanState } from "@/components/requester/csv-plan-upload";
import { uploadedCsv } from "../uploaded-csv";

export type WorkersCsvCounts = Record<WorkerChange["kind"], number>;
export type WorkersCsvPreview = { rowCount: number; counts: WorkersCsvCounts; changes: WorkerChange[]; problems: PlanProblem[]; token: string };
export type WorkersCsvResult = { counts: WorkersCsvCounts; failed: PlanProblem[] };

/** Changes listed one by one in the preview; beyond this only the counts. */
const SHOWN_CHANGES = 200;
const HINT = "Choose the workers CSV, with values in its UPDATE- columns";

function countsOf(changes: WorkerChange[]): WorkersCsvCounts {
  const counts: WorkersCsvCounts = { grant: 0, update: 0, revoke: 0, block: 0, unblock: 0 };
  for (const c of changes) counts[c.kind]++;
  return counts;
}

const problems = (list: WorkerCsvProblem[]): PlanProblem[] => list.map((p) => ({ row: p.row, subject: `${p.workerId} · ${p.column}`, reason: p.reason }));

export async function previewWorkersCsvAction(_prev: PlanState<WorkersCsvPreview>, form: FormData): Promise<PlanState<WorkersCsvPreview>> {
  let plan: WorkersCsvPreview | undefined;
  const state = await runAction("requester", null, async (user) => {
    const p = await planWorkersCsv(user.id, (await uploadedCsv(form, HINT)).content);
    plan = { rowCount: p.rowCount, counts: countsOf(p.changes), changes: p.changes.slice(0, SHOWN_CHANGES), problems: problems(p.problems), token: p.token };
  });
  return { ...state, plan };
}

export async function applyWorkersCsvAction(_prev: ApplyState<WorkersCsvResult>, form: FormData): Promise<ApplyState<WorkersCsvResult>> {
  let report: WorkersCsvResult | undefined;
  const state = await runAction("requester", null, async (user) => {
    const r = await applyWorkersCsv(user.id, (await uploadedCsv(form, HINT)).content, String(form.get("token") ?? ""));
    report = { counts: countsOf(r.applied), failed: problems(r.failed) };
  });
  if (state.status === "ok") revalidatePath("/requester", "layout");
  return { ...state, report };
}
