// Parses the HIT page's management forms into what lib/hits/management takes.
import { z } from "zod";
import { idPattern } from "@/lib/ids";
import { toUtcDateTimeLocal } from "@/components/ui/format";

/** An `<input type="datetime-local">` value read as UTC ("2026-11-29T14:05"); impossible dates are refused, not rolled over. */
export const utcDateTimeLocal = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter a date and time")
  .transform((s) => new Date(`${s}:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()), "Enter a real date and time");

export const expirationFormSchema = z
  .object({ expireAt: z.string() })
  .transform(({ expireAt }, ctx) => {
    const parsed = utcDateTimeLocal.safeParse(expireAt);
    if (!parsed.success || toUtcDateTimeLocal(parsed.data) !== expireAt.trim()) {
      ctx.addIssue({ code: "custom", path: ["expireAt"], message: parsed.success ? "Enter a real date and time" : parsed.error.issues[0].message });
      return z.NEVER;
    }
    return { expireAt: parsed.data };
  });

export const addAssignmentsFormSchema = z.object({
  count: z.coerce.number({ error: "Enter a whole number" }).int("Enter a whole number").min(1, "Add at least 1"),
});

export const changeHitTypeFormSchema = z.object({
  hitTypeId: z.string().regex(idPattern, "Choose a HIT type"),
});

export const reviewStatusFormSchema = z.object({
  revert: z.enum(["0", "1"]).transform((v) => v === "1"),
});

export const hitIdSchema = z.string().regex(idPattern);
