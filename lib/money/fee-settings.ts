// The fee schedule in force, as admins set it (defaults until they do). New HITs read it; existing HITs keep
// the fee fixed at their creation.
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { defaultFeeSchedule, feeScheduleSchema, type FeeSchedule } from "./fees";

const SETTING_KEY = "feeSchedule";

export async function getFeeSchedule(tx?: Tx): Promise<FeeSchedule> {
  const row = await (tx ?? db).platformSetting.findUnique({ where: { key: SETTING_KEY } });
  if (!row) return defaultFeeSchedule;
  const parsed = feeScheduleSchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : defaultFeeSchedule;
}

