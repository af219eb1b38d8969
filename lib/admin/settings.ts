// Admins set the fee schedule and the pay floor. The values live in PlatformSetting rows read by
// lib/money/fee-settings.ts, the one place HIT pricing reads them; HITs already posted keep the fee fixed
// at their creation, so a change applies to new HITs only. Each change is audited with before and after.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { feeScheduleSchema, type FeeSchedule } from "@/lib/money/fees";
import { getFeeSchedule, getPayFloor, payFloorSchema, SETTING_KEYS, type PayFloor } from "@/lib/money/fee-settings";
import { recordAudit } from "./audit";
import { adminReason, asAdmin, requireAdmin } from "./policy";

export async function platformSettings(adminId: string) {
  await requireAdmin(db, adminId);
  const [feeSchedule, payFloor, changes] = await Promise.all([
    getFeeSchedule(),
    getPayFloor(),
    db.auditLog.findMany({ where: { action: "settings.update" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 10 }),
  ]);
  return { feeSchedule, payFloor, changes };
}

const settingsSchema = z.object({ feeSchedule: feeScheduleSchema, payFloor: payFloorSchema });

export async function updatePlatformSettings(adminId: string, input: { feeSchedule: FeeSchedule; payFloor: PayFloor }, rawReason: string) {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError("InvalidInput", `${issue.path.join(".")}: ${issue.message}`, { fieldErrors: { [String(issue.path.at(-1))]: issue.message } });
  }
  const reason = adminReason(rawReason);
  return asAdmin(adminId, async (tx) => {
    const before = { feeSchedule: await getFeeSchedule(tx), payFloor: await getPayFloor(tx) };
    const t = now();
    for (const [key, value] of [[SETTING_KEYS.feeSchedule, parsed.data.feeSchedule], [SETTING_KEYS.payFloor, parsed.data.payFloor]] as const) {
      await tx.platformSetting.upsert({ where: { key }, create: { key, value: JSON.stringify(value), updatedAt: t }, update: { value: JSON.stringify(value), updatedAt: t } });
    }
    await recordAudit(tx, { actorId: adminId, action: "settings.update", subjectType: "PlatformSetting", subjectId: "platform", reason, details: { before, after: parsed.data } });
    return parsed.data;
  });
}
