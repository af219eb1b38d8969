// Parses the project form: dollars and time units into the cents and seconds lib/projects speaks. The
// limits themselves are the domain's (lib/projects/schema.ts); this only reads what was typed.
import { z } from "zod";
import { UNIT_SECONDS, hitTypeFormFields, wholeNumber } from "../hits/new/form-schema";

export const projectFormSchema = z
  .object({
    ...hitTypeFormFields,
    name: z.string(),
    assignmentsPerHit: wholeNumber(),
    layout: z.string().default(""),
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
