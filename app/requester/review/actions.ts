"use server";

// Reviewing submitted work from the review queue (one submission or many at once) and overriding a
// rejection. The queue reports per assignment, so it returns its report instead of redirecting.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { parseForm, runAction, type FormState } from "@/lib/auth/action";
import { withNotice } from "@/lib/notices";
import { approveAssignment } from "@/lib/assignments/mutations";
import { reviewAssignments, type BulkReviewReport } from "@/lib/assignments/bulk-review";
import { overrideFormSchema, reviewFormSchema } from "./form-schema";

export type ReviewState = FormState & { report?: BulkReviewReport };

export async function reviewAssignmentsAction(_prev: ReviewState, form: FormData): Promise<ReviewState> {
  let report: BulkReviewReport | undefined;
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(reviewFormSchema, form);
    if (!parsed.ok) return parsed.state;
    const { assignmentId, decision, feedback } = parsed.data;
    report = await reviewAssignments(user.id, assignmentId, decision, feedback);
  });
  if (!report) return state;
  revalidatePath("/requester", "layout");
  return { status: report.failed.length === 0 ? "ok" : "error", message: reportMessage(report), report };
}

function reportMessage({ decision, succeeded, failed }: BulkReviewReport): string {
  const n = (k: number) => `${k} ${k === 1 ? "submission" : "submissions"}`;
  const done = succeeded.length === 0 ? "" : decision === "approve" ? `${n(succeeded.length)} approved and paid.` : `${n(succeeded.length)} rejected; the reward and fee went back to your available balance.`;
  const notDone = failed.length === 0 ? "" : `${n(failed.length)} could not be ${decision === "approve" ? "approved" : "rejected"}.`;
  return [done, notDone].filter(Boolean).join(" ");
}

export async function overrideRejectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(overrideFormSchema, form);
    if (!parsed.ok) return parsed.state;
    await approveAssignment({ requesterId: user.id }, parsed.data.assignmentId, parsed.data.feedback, { overrideRejection: true });
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester", "layout");
  redirect(withNotice(String(form.get("returnTo") ?? ""), "/requester/review", "override-approved"));
}
