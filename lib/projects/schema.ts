// A project's properties: the HIT type's (same limits as lib/hits/schema.ts), what each HIT of a batch
// gets (assignments, lifetime), and the layout every row fills.
import { z } from "zod";
import { hitTypePropertiesSchema, LIMITS } from "@/lib/hits/schema";

export const PROJECT_LIMITS = { nameMax: 128, assignmentsPerHitMax: 100 } as const;

export const projectSchema = hitTypePropertiesSchema.extend({
  name: z.string().trim().min(1, "Name the project").max(PROJECT_LIMITS.nameMax, `Names are at most ${PROJECT_LIMITS.nameMax} characters`),
  assignmentsPerHit: z
    .number()
    .int("Enter a whole number")
    .min(1, "Ask for at least 1 assignment per HIT")
    .max(PROJECT_LIMITS.assignmentsPerHitMax, `A batch HIT takes at most ${PROJECT_LIMITS.assignmentsPerHitMax} assignments`),
  lifetimeSeconds: z
    .number()
    .int()
    .min(LIMITS.minSeconds, "The HITs must stay up at least 30 seconds")
    .max(LIMITS.maxSeconds, "The HITs can stay up at most 365 days"),
  layout: z
    .string()
    .refine((s) => s.trim().length > 0, "Write the layout workers will see")
    .refine((s) => Buffer.byteLength(s, "utf8") <= LIMITS.questionMaxBytes, "The layout is over 65,535 bytes"),
});
export type ProjectInput = z.input<typeof projectSchema>;
export type ProjectProperties = z.output<typeof projectSchema>;
