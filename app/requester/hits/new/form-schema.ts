// Parses the "Create a HIT" form: dollars and time units into the cents and seconds the domain speaks.
import { z } from "zod";
import { dollarsToCents } from "@/lib/money/schema";
import { requirementsFieldSchema } from "./requirement-rows";

export const UNIT_SECONDS = { minutes: 60, hours: 3600, days: 86_400 } as const;
const unit = z.enum(["minutes", "hours", "days"]);
const amount = (label: string) => z.coerce.number({ error: `${label} must be a number` }).positive(`${label} must be more than 0`);

/** The HIT-type fields this form shares with the project form (app/requester/projects/form-schema.ts). */
export const hitTypeFormFields = {
  title: z.string(),
  description: z.string(),
  keywords: z.string().default(""),
  reward: dollarsToCents,
  duration: amount("Time allotted"),
  durationUnit: unit,
  lifetime: amount("Lifetime"),
  lifetimeUnit: unit,
  autoApproval: z.coerce.number({ error: "Enter a number" }).min(0, "Auto-approval cannot be negative"),
  autoApprovalUnit: unit,
  requirements: requirementsFieldSchema,
};
export const wholeNumber = () => z.coerce.number({ error: "Enter a whole number" }).int("Enter a whole number");

export const createHitFormSchema = z
  .object({
    ...hitTypeFormFields,
    maxAssignments: wholeNumber(),
    questionSpec: z.string().min(2, "Add at least one question"),
  })
  .transform((f) => ({
    title: f.title,
    description: f.description,
    keywords: f.keywords,
    rewardCents: f.reward,
    maxAssignments: f.maxAssignments,
    assignmentDurationSeconds: Math.round(f.duration * UNIT_SECONDS[f.durationUnit]),
    lifetimeSeconds: Math.round(f.lifetime * UNIT_SECONDS[f.lifetimeUnit]),
    autoApprovalDelaySeconds: Math.round(f.autoApproval * UNIT_SECONDS[f.autoApprovalUnit]),
    questionSpec: f.questionSpec,
    qualificationRequirements: f.requirements,
  }));
