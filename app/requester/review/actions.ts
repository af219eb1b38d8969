"use server";

// Reviewing submitted work from the review queue (one submission or many at once) and overriding a
// rejection. The queue reports per assignment, so it returns its report instead of redirecting.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { parseForm, runAction, type FormState } from "@/lib/auth/action";
import { withNotice } from "@/lib/notices";
import { approveAssignment } from "@/lib/assignments/mutations";
import { reportSummary, reviewAssignments, type BulkReviewReport } from "@/lib/assignments/bulk-review";
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
  return { status: report.failed.length === 0 ? "ok" : "error", message: reportSummary(report), report };
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
