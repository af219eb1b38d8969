// MTurk's limits for HIT properties (DESIGN.md section 8), shared by the pages and the API.
import { z } from "zod";
import { assignmentReviewPolicySchema, hitReviewPolicySchema } from "@/lib/review-policies/schema";

export const LIMITS = {
  titleMax: 128,
  descriptionMax: 2000,
  keywordsMax: 1000,
  questionMaxBytes: 65_535,
  minSeconds: 30,
  maxSeconds: 365 * 24 * 3600,
  autoApprovalMaxSeconds: 30 * 24 * 3600,
  maxAssignments: 1_000_000,
  feedbackMax: 1024,
  annotationMax: 255,
} as const;

export const hitTypePropertiesSchema = z.object({
  title: z.string().trim().min(1, "Give the HIT a title").max(LIMITS.titleMax, `Titles are at most ${LIMITS.titleMax} characters`),
  description: z
    .string()
    .trim()
    .min(1, "Describe the task for workers")
    .max(LIMITS.descriptionMax, `Descriptions are at most ${LIMITS.descriptionMax} characters`),
  keywords: z.string().trim().max(LIMITS.keywordsMax, `Keywords are at most ${LIMITS.keywordsMax} characters`).default(""),
  rewardCents: z.number().int().min(1, "The reward must be at least $0.01").max(100_000_00, "The reward is at most $100,000"),
  assignmentDurationSeconds: z
    .number()
    .int()
    .min(LIMITS.minSeconds, "Allow at least 30 seconds per assignment")
    .max(LIMITS.maxSeconds, "Allow at most 365 days per assignment"),
  autoApprovalDelaySeconds: z.number().int().min(0).max(LIMITS.autoApprovalMaxSeconds, "Auto-approval is at most 30 days after submission"),
  /** MTurk QualificationRequirements, validated and resolved by lib/qualifications/requirements.ts. */
  qualificationRequirements: z.array(z.unknown()).max(10, "A HIT type has at most 10 qualification requirements").optional(),
});
export type HitTypeProperties = z.infer<typeof hitTypePropertiesSchema>;

const hitFields = {
  maxAssignments: z.number().int().min(1, "Ask for at least 1 assignment").max(LIMITS.maxAssignments),
  lifetimeSeconds: z
    .number()
    .int()
    .min(LIMITS.minSeconds, "The HIT must stay up at least 30 seconds")
    .max(LIMITS.maxSeconds, "The HIT can stay up at most 365 days"),
  question: z.string().min(1, "The HIT needs a question"),
  requesterAnnotation: z.string().max(LIMITS.annotationMax).optional(),
  uniqueRequestToken: z.string().min(1).max(64).optional(),
  /** Set when the question was made from a project's layout (lib/projects/layout-question.ts). */
  layoutId: z.string().optional(),
  layoutParameters: z.string().optional(),
  /** MTurk's review policies, stored with the HIT (lib/review-policies). */
  assignmentReviewPolicy: assignmentReviewPolicySchema.optional(),
  hitReviewPolicy: hitReviewPolicySchema.optional(),
};

/** The HIT-level fields of CreateHITWithHITType. */
export const hitOfTypeSchema = z.object(hitFields);
export type HitOfTypeInput = z.infer<typeof hitOfTypeSchema>;

/** CreateHIT: the HIT type's properties and the HIT's fields together. */
export const createHitSchema = hitTypePropertiesSchema.extend(hitFields);
export type CreateHitInput = z.infer<typeof createHitSchema>;

export const feedbackSchema = z.string().trim().max(LIMITS.feedbackMax, `Feedback is at most ${LIMITS.feedbackMax} characters`);
