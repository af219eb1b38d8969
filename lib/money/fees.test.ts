import { describe, it, expect } from "vitest";
import { rewardFee, bonusFee, hitCost, defaultFeeSchedule } from "./fees";

describe("fee schedule", () => {
  it("charges 20% of the reward, rounded half up, at least 1 cent", () => {
    expect(rewardFee(50, { maxAssignments: 1, requiresMasters: false })).toBe(10);
    expect(rewardFee(1, { maxAssignments: 1, requiresMasters: false })).toBe(1); // 0.2 -> minimum 1
    expect(rewardFee(3, { maxAssignments: 1, requiresMasters: false })).toBe(1); // 0.6 -> 1
    expect(rewardFee(12, { maxAssignments: 1, requiresMasters: false })).toBe(2); // 2.4 -> 2
    expect(rewardFee(13, { maxAssignments: 1, requiresMasters: false })).toBe(3); // 2.6 -> 3
    expect(rewardFee(5, { maxAssignments: 1, requiresMasters: false })).toBe(1); // 1.0
    expect(rewardFee(25, { maxAssignments: 1, requiresMasters: false })).toBe(5);
    expect(rewardFee(2, { maxAssignments: 1, requiresMasters: false })).toBe(1); // 0.4 -> minimum
    expect(rewardFee(7, { maxAssignments: 1, requiresMasters: false })).toBe(1); // 1.4 -> 1
    expect(rewardFee(8, { maxAssignments: 1, requiresMasters: false })).toBe(2); // 1.6 -> 2
  });

  it("rounds exactly half a cent up", () => {
    // 40% (10+ assignments) of 11 = 4.4 -> 4
    expect(rewardFee(11, { maxAssignments: 10, requiresMasters: false })).toBe(4);
    // 45% (10+ and Masters) of 10 = 4.5 -> 5
    expect(rewardFee(10, { maxAssignments: 10, requiresMasters: true })).toBe(5);
    // 25% (Masters) of 2 = 0.5 -> 1 (also the minimum); of 6 = 1.5 -> 2
    expect(rewardFee(6, { maxAssignments: 1, requiresMasters: true })).toBe(2);
  });

  it("adds 20% at 10 or more assignments and 5% with Masters", () => {
    expect(rewardFee(100, { maxAssignments: 9, requiresMasters: false })).toBe(20);
    expect(rewardFee(100, { maxAssignments: 10, requiresMasters: false })).toBe(40);
    expect(rewardFee(100, { maxAssignments: 9, requiresMasters: true })).toBe(25);
    expect(rewardFee(100, { maxAssignments: 10, requiresMasters: true })).toBe(45);
  });

  it("charges bonuses the base percentage only", () => {
    expect(bonusFee(100)).toBe(20);
    expect(bonusFee(1)).toBe(1);
  });

  it("prices a HIT as every assignment's reward plus fee", () => {
    expect(hitCost(50, 3, false)).toEqual({ rewardCents: 50, feeCents: 10, perAssignmentCents: 60, totalRewardCents: 150, totalFeeCents: 30, totalCents: 180 });
    expect(hitCost(100, 10, false, { ...defaultFeeSchedule, basePercentBps: 1000 }).feeCents).toBe(30);
  });
});
