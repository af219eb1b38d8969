// Parses the workers page's forms (block, message, bonus); lib/workers and lib/money check the rules again.
import { z } from "zod";
import { idPattern, userIdPattern } from "@/lib/ids";
import { dollarsToCents } from "@/lib/money/schema";
import { MESSAGE_LIMITS } from "@/lib/workers/messages";

const workerId = z.string().regex(userIdPattern, "That is not a worker id");
const text = (what: string, max: number) => z.string().trim().min(1, `Enter ${what}`).max(max, `At most ${max} characters`);

export const workerIdFormSchema = z.object({ workerId });

export const blockFormSchema = z.object({ workerId, reason: text("a reason", 1024) });

export const messageFormSchema = z.object({
  workerId: z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(workerId).min(1, "Choose at least one worker").max(MESSAGE_LIMITS.recipients)),
  subject: text("a subject", MESSAGE_LIMITS.subject),
  body: text("a message", MESSAGE_LIMITS.body),
});

export const bonusFormSchema = z.object({
  workerId,
  assignmentId: z.string().regex(idPattern, "Choose an assignment"),
  amount: dollarsToCents.refine((c) => c >= 1, "At least $0.01"),
  reason: text("a reason the worker will see", 1024),
  token: z.string().trim().max(64, "At most 64 characters").optional().transform((t) => t || undefined),
});
