// Parses the batch page's forms: review the selected submissions or all that wait, and cancel the rest.
import { z } from "zod";
import { idPattern } from "@/lib/ids";
import { feedbackSchema } from "@/lib/hits/schema";

export const batchIdSchema = z.string().regex(idPattern);

const ids = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().regex(idPattern, "That is not an assignment id")).max(1000, "Select at most 1,000 at a time"),
);

export const batchReviewFormSchema = z
  .object({
    batchId: batchIdSchema,
    assignmentId: ids,
    scope: z.enum(["selected", "all"]),
    decision: z.enum(["approve", "reject"], { error: "Choose approve or reject" }),
    feedback: feedbackSchema.default(""),
  })
  .refine((f) => f.scope === "all" || f.assignmentId.length > 0, { path: ["assignmentId"], message: "Select at least one submission, or apply to all" })
  .refine((f) => f.decision === "approve" || f.feedback.length > 0, { path: ["feedback"], message: "Feedback is required to reject" });
