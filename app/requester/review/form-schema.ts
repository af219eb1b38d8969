// Parses the review queue's form: the selected assignments (one, or many at once), the decision, and one
// feedback text for all of them.
import { z } from "zod";
import { idPattern } from "@/lib/ids";
import { feedbackSchema } from "@/lib/hits/schema";

export const MAX_REVIEW_BATCH = 100;

const ids = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().regex(idPattern, "That is not an assignment id")).min(1, "Select at least one submission").max(MAX_REVIEW_BATCH, `Review at most ${MAX_REVIEW_BATCH} at a time`),
);

export const reviewFormSchema = z
  .object({
    assignmentId: ids,
    decision: z.enum(["approve", "reject"], { error: "Choose approve or reject" }),
    feedback: feedbackSchema.default(""),
  })
  .refine((f) => f.decision === "approve" || f.feedback.length > 0, { path: ["feedback"], message: "Feedback is required to reject" });

export const overrideFormSchema = z.object({
  assignmentId: z.string().regex(idPattern, "That is not an assignment id"),
  feedback: feedbackSchema.default(""),
});
