"use server";

import { z } from "zod";
import type { FormState } from "@/lib/auth/action";
import { idPattern } from "@/lib/ids";
import { dismissReport, takeDownHitGroup } from "@/lib/admin/report-review";
import { runAdminAction } from "../run-admin-action";

const fallback = "/admin/reports";

export async function dismissReportAction(_prev: FormState, form: FormData): Promise<FormState> {
  const schema = z.object({ reportId: z.string().regex(idPattern, "That is not a report id"), reason: z.string().default("") });
  return runAdminAction(form, schema, { fallback, notice: "report-dismissed" }, (admin, i) => dismissReport(admin.id, i.reportId, i.reason));
}

export async function takeDownAction(_prev: FormState, form: FormData): Promise<FormState> {
  const schema = z.object({ hitTypeId: z.string().regex(idPattern, "That is not a HIT group id"), reason: z.string().default("") });
  return runAdminAction(form, schema, { fallback, notice: "hit-group-taken-down" }, (admin, i) => takeDownHitGroup(admin.id, i.hitTypeId, i.reason));
}
