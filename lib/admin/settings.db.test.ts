// Fee schedule and pay floor: admins only, validated, audited, and applied to new HITs only.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeAdmin, makeHit, makeRequester } from "@/lib/testing/factories";
import { defaultFeeSchedule } from "@/lib/money/fees";
import { balancesOf } from "@/lib/money/queries";
import { checkLedger } from "@/lib/money/invariants";
import { platformSettings, updatePlatformSettings } from "./settings";

const off = { mode: "off" as const, minHourlyCents: 0 };

describe("platform settings", () => {
  it("refuse non-admins and bad values and change nothing; a new schedule prices new HITs only", async () => {
    const [admin, r] = [await makeAdmin(), await makeRequester(100_000)];
    expect((await platformSettings(admin.id)).feeSchedule).toEqual(defaultFeeSchedule);
    const old = await makeHit(r.id, { rewardCents: 100, maxAssignments: 2 });
    expect(old.feeCents).toBe(20);

    const doubled = { ...defaultFeeSchedule, basePercentBps: 4000, minimumFeeCents: 5 };
    await expect(updatePlatformSettings(r.id, { feeSchedule: doubled, payFloor: off }, "Raise fees")).rejects.toMatchObject({ code: "Forbidden" });
    await expect(updatePlatformSettings(admin.id, { feeSchedule: { ...doubled, basePercentBps: -1 }, payFloor: off }, "Negative")).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(updatePlatformSettings(admin.id, { feeSchedule: doubled, payFloor: { mode: "sometimes" as never, minHourlyCents: 5 } }, "Odd")).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(updatePlatformSettings(admin.id, { feeSchedule: doubled, payFloor: off }, "")).rejects.toMatchObject({ code: "InvalidInput" });
    expect(await db.platformSetting.count()).toBe(0);

    await updatePlatformSettings(admin.id, { feeSchedule: doubled, payFloor: off }, "Costs went up");
    expect((await platformSettings(admin.id)).changes[0]).toMatchObject({ actorId: admin.id, reason: "Costs went up", details: expect.stringContaining('"basePercentBps":4000') });
    const fresh = await makeHit(r.id, { rewardCents: 100, maxAssignments: 2 });
    expect(fresh.feeCents).toBe(40);
    expect((await db.hIT.findUniqueOrThrow({ where: { id: old.id } })).feeCents).toBe(20); // posted before: unchanged
    expect((await makeHit(r.id, { rewardCents: 1, maxAssignments: 1 })).feeCents).toBe(5); // the new minimum
    const surcharged = await makeHit(r.id, { rewardCents: 100, maxAssignments: 10 });
    expect(surcharged.feeCents).toBe(60); // 40% + the 20% surcharge at 10 assignments
    expect(await checkLedger()).toEqual([]);
    await updatePlatformSettings(admin.id, { feeSchedule: defaultFeeSchedule, payFloor: off }, "Back to defaults");
  });

  it("a pay floor refuses new HITs below it, or posts them and warns the requester", async () => {
    const [admin, r] = [await makeAdmin(), await makeRequester(100_000)];
    // 50 cents for 10 minutes allotted is $3.00 an hour.
    await updatePlatformSettings(admin.id, { feeSchedule: defaultFeeSchedule, payFloor: { mode: "refuse", minHourlyCents: 500 } }, "Fair pay");
    const before = await balancesOf(r.id);
    await expect(makeHit(r.id, { rewardCents: 50, assignmentDurationSeconds: 600 })).rejects.toMatchObject({ code: "InvalidInput", message: expect.stringMatching(/\$3\.00 an hour.*\$5\.00/) });
    expect(await balancesOf(r.id)).toEqual(before);
    expect(await db.hIT.count({ where: { requesterId: r.id } })).toBe(0);
    expect(await makeHit(r.id, { rewardCents: 100, assignmentDurationSeconds: 600 })).toMatchObject({ rewardCents: 100 }); // $6.00 an hour

    await updatePlatformSettings(admin.id, { feeSchedule: defaultFeeSchedule, payFloor: { mode: "warn", minHourlyCents: 500 } }, "Warn instead");
    const low = await makeHit(r.id, { rewardCents: 50, assignmentDurationSeconds: 600, title: "Cheap task" });
    expect(low.status).toBe("Assignable");
    expect(await db.notification.findFirst({ where: { userId: r.id, kind: "hit.low-pay" } })).toMatchObject({ text: expect.stringContaining('"Cheap task"') });
    await updatePlatformSettings(admin.id, { feeSchedule: defaultFeeSchedule, payFloor: off }, "Off again");
    expect(await checkLedger()).toEqual([]);
  });
});
