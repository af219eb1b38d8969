// Parses the project form: dollars and time units into the cents and seconds lib/projects speaks. The
// limits themselves are the domain's (lib/projects/schema.ts); this only reads what was typed.
import { z } from "zod";
import { dollarsToCents } from "@/lib/money/schema";
import { UNIT_SECONDS } from "../hits/new/form-schema";
import { requirementsFieldSchema } from "../hits/new/requirement-rows";

const unit = z.enum(["minutes", "hours", "days"]);
const amount = (label: string) => z.coerce.number({ error: `${label} must be a number` }).positive(`${label} must be more than 0`);

export const projectFormSchema = z
  .object({
    name: z.string(),
    title: z.string(),
    description: z.string(),
    keywords: z.string().default(""),
    reward: dollarsToCents,
    assignmentsPerHit: z.coerce.number({ error: "Enter a whole number" }).int("Enter a whole number"),
    duration: amount("Time allotted"),
    durationUnit: unit,
    lifetime: amount("Lifetime"),
    lifetimeUnit: unit,
    autoApproval: z.coerce.number({ error: "Enter a number" }).min(0, "Auto-approval cannot be negative"),
    autoApprovalUnit: unit,
    layout: z.string().default(""),
    requirements: requirementsFieldSchema,
  })
  .transform((f) => ({
    name: f.name,
    title: f.title,
    description: f.description,
    keywords: f.keywords,
    rewardCents: f.reward,
    assignmentsPerHit: f.assignmentsPerHit,
    assignmentDurationSeconds: Math.round(f.duration * UNIT_SECONDS[f.durationUnit]),
    lifetimeSeconds: Math.round(f.lifetime * UNIT_SECONDS[f.lifetimeUnit]),
    autoApprovalDelaySeconds: Math.round(f.autoApproval * UNIT_SECONDS[f.autoApprovalUnit]),
    layout: f.layout,
    qualificationRequirements: f.requirements,
  }));

/** The project id of the edit form and the batch forms: only the database says whose it is. */
export const projectIdSchema = z.string().regex(/^[A-Z0-9]{30}$/, "That project does not exist");
