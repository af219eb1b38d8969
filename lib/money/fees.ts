// The fee schedule (DESIGN.md section 6). Percentages are basis points; fees round half up to the cent.
// Pure functions, also used by the browser for cost previews; the stored schedule is in fee-settings.ts.
import { z } from "zod";

export const feeScheduleSchema = z.object({
  basePercentBps: z.number().int().min(0).max(10_000),
  minimumFeeCents: z.number().int().min(0).max(10_000),
  largeHitSurchargeBps: z.number().int().min(0).max(10_000),
  largeHitThreshold: z.number().int().min(2).max(1_000_000),
  mastersSurchargeBps: z.number().int().min(0).max(10_000),
});
export type FeeSchedule = z.infer<typeof feeScheduleSchema>;

export const defaultFeeSchedule: FeeSchedule = {
  basePercentBps: 2000,
  minimumFeeCents: 1,
  largeHitSurchargeBps: 2000,
  largeHitThreshold: 10,
  mastersSurchargeBps: 500,
};

function percentOf(cents: number, bps: number): number {
  // Integer arithmetic: (cents * bps) / 10000 rounded half up.
  return Math.floor((cents * bps + 5000) / 10_000);
}

/** Fee on one assignment's reward. */
export function rewardFee(
  rewardCents: number,
  opts: { maxAssignments: number; requiresMasters: boolean },
  schedule: FeeSchedule = defaultFeeSchedule,
): number {
  let bps = schedule.basePercentBps;
  if (opts.maxAssignments >= schedule.largeHitThreshold) bps += schedule.largeHitSurchargeBps;
  if (opts.requiresMasters) bps += schedule.mastersSurchargeBps;
  return Math.max(schedule.minimumFeeCents, percentOf(rewardCents, bps));
}

/** Fee on a bonus: the base percentage only. */
export function bonusFee(bonusCents: number, schedule: FeeSchedule = defaultFeeSchedule): number {
  return Math.max(schedule.minimumFeeCents, percentOf(bonusCents, schedule.basePercentBps));
}

/** What a HIT costs up front: every assignment's reward plus its fee, held in escrow. */
export function hitCost(rewardCents: number, maxAssignments: number, requiresMasters: boolean, schedule?: FeeSchedule) {
  const feeCents = rewardFee(rewardCents, { maxAssignments, requiresMasters }, schedule);
  return {
    rewardCents,
    feeCents,
    perAssignmentCents: rewardCents + feeCents,
    totalRewardCents: rewardCents * maxAssignments,
    totalFeeCents: feeCents * maxAssignments,
    totalCents: (rewardCents + feeCents) * maxAssignments,
  };
}
