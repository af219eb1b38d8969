"use server";

// The batch page's actions: review its submissions (selected or all) and cancel the rest of the batch.
// runAction checks the signed-in requester; lib/batches checks that the batch is theirs.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { parseForm, runAction, type FormState } from "@/lib/auth/action";
import { reportSummary } from "@/lib/assignments/bulk-review";
import { expireBatchHits, markCancelled, reviewBatch } from "@/lib/batches/review";
import { DomainError } from "@/lib/errors";
import { batchIdSchema, batchReviewFormSchema } from "./form-schema";

export async function reviewBatchAction(_prev: FormState, form: FormData): Promise<FormState> {
  let message = "";
  let failed = 0;
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(batchReviewFormSchema, form);
    if (!parsed.ok) return parsed.state;
    const { batchId, scope, assignmentId, decision, feedback } = parsed.data;
    const report = await reviewBatch(user.id, batchId, decision, feedback, scope === "all" ? undefined : assignmentId);
    message = reportSummary(report);
    failed = report.failed.length;
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester", "layout");
  return { status: failed === 0 ? "ok" : "error", message };
}

export async function cancelBatchAction(_prev: FormState, form: FormData): Promise<FormState> {
  const batchId = batchIdSchema.safeParse(form.get("batchId"));
  const state = await runAction("requester", form, async (user) => {
    if (!batchId.success) throw new DomainError("NotFound", "That batch does not exist or is not yours.");
    await markCancelled(user.id, batchId.data);
    const [requesterId, id] = [user.id, batchId.data];
    // Expiring thousands of HITs (one transaction each) takes a while: it runs after the response, and the
    // page shows the open assignments going down; cancelling again finishes an interrupted run.
    // Not after(): the action's response (the redirect) must not wait for it. A web server keeps running
    // it; if the process dies first, the page offers to cancel again.
    void expireBatchHits(requesterId, id).catch((e) => console.error("expiring a cancelled batch failed", e));
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester", "layout");
  redirect(`/requester/batches/${batchId.data}?notice=batch-cancelled`);
}
