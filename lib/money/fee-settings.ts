// The platform settings admins edit (lib/admin/settings.ts), read here by everything that prices or posts
// a HIT: the fee schedule, and the floor on a new HIT's estimated hourly pay. Each HIT keeps the fee fixed
// at its creation, so a change applies to new HITs only.
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { defaultFeeSchedule, feeScheduleSchema, type FeeSchedule } from "./fees";
import { centsToDollars } from "./schema";

export const SETTING_KEYS = { feeSchedule: "feeSchedule", payFloor: "payFloor" } as const;

/** "refuse": a new HIT below the floor is refused; "warn": it is posted and its requester is warned; "off". */
export const PAY_FLOOR_MODES = ["off", "warn", "refuse"] as const;
export const payFloorSchema = z.object({
  mode: z.enum(PAY_FLOOR_MODES),
  minHourlyCents: z.number().int().min(0).max(100_000),
});
export type PayFloor = z.infer<typeof payFloorSchema>;
export const defaultPayFloor: PayFloor = { mode: "off", minHourlyCents: 0 };

async function readSetting<T>(key: string, schema: z.ZodType<T>, fallback: T, tx?: Tx): Promise<T> {
  const row = await (tx ?? db).platformSetting.findUnique({ where: { key } });
  if (!row) return fallback;
  const parsed = schema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : fallback;
}

export const getFeeSchedule = (tx?: Tx): Promise<FeeSchedule> => readSetting(SETTING_KEYS.feeSchedule, feeScheduleSchema, defaultFeeSchedule, tx);
export const getPayFloor = (tx?: Tx): Promise<PayFloor> => readSetting(SETTING_KEYS.payFloor, payFloorSchema, defaultPayFloor, tx);

/** A new HIT's estimated hourly pay: its reward over the whole time allotted (the most a worker may take). */
export const allottedHourlyCents = (rewardCents: number, assignmentDurationSeconds: number) => Math.round((rewardCents * 3600) / Math.max(1, assignmentDurationSeconds));

/**
 * Applies the pay floor to a new HIT: throws when the floor refuses it, returns the warning to give the
 * requester when it only warns, and null when the pay is at or above the floor.
 */
export function payFloorVerdict(floor: PayFloor, rewardCents: number, assignmentDurationSeconds: number): string | null {
  if (floor.mode === "off") return null;
  const hourly = allottedHourlyCents(rewardCents, assignmentDurationSeconds);
  if (hourly >= floor.minHourlyCents) return null;
  const message = `This pays about $${centsToDollars(hourly)} an hour for the time allotted, below Piecework's minimum of $${centsToDollars(floor.minHourlyCents)} an hour. Raise the reward or shorten the time allotted.`;
  if (floor.mode === "refuse") throw new DomainError("InvalidInput", message, { fieldErrors: { reward: message } });
  return message;
}
