// The settings form speaks percents and dollars; the stored schedule is basis points and cents.
import { z } from "zod";
import { dollarsToCents } from "@/lib/money/schema";
import { PAY_FLOOR_MODES } from "@/lib/money/fee-settings";

const percentToBps = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, "Enter a percentage like 20 or 2.5")
  .transform((s) => Math.round(Number(s) * 100))
  .refine((bps) => bps <= 10_000, "At most 100%");

export const settingsFormSchema = z
  .object({
    basePercent: percentToBps,
    minimumFee: dollarsToCents,
    largeHitSurcharge: percentToBps,
    largeHitThreshold: z.coerce.number({ error: "Enter a whole number" }).int("Enter a whole number").min(2, "At least 2"),
    mastersSurcharge: percentToBps,
    payFloorMode: z.enum(PAY_FLOOR_MODES, { error: "Choose what happens below the minimum" }),
    minHourly: dollarsToCents,
    reason: z.string().default(""),
  })
  .transform((f) => ({
    feeSchedule: { basePercentBps: f.basePercent, minimumFeeCents: f.minimumFee, largeHitSurchargeBps: f.largeHitSurcharge, largeHitThreshold: f.largeHitThreshold, mastersSurchargeBps: f.mastersSurcharge },
    payFloor: { mode: f.payFloorMode, minHourlyCents: f.minHourly },
    reason: f.reason,
  }));
