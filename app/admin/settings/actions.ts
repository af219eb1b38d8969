"use server";

import type { FormState } from "@/lib/auth/action";
import { updatePlatformSettings } from "@/lib/admin/settings";
import { runAdminAction } from "../run-admin-action";
import { settingsFormSchema } from "./form-schema";

export async function saveSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAdminAction(form, settingsFormSchema, { fallback: "/admin/settings", notice: "settings-saved" }, (admin, { reason, ...settings }) => updatePlatformSettings(admin.id, settings, reason));
}
