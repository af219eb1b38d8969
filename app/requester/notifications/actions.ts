"use server";

// A HIT type's notification settings, its test event, resending a logged event, and the signing secret.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { parseForm, runAction, type FormState } from "@/lib/auth/action";
import { withNotice } from "@/lib/notices";
import { NOTIFICATION_VERSION } from "@/lib/notifications/schema";
import { sendTestForHitType, updateNotificationSettings } from "@/lib/notifications/settings";
import { resendEvent } from "@/lib/notifications/deliveries";
import { rotateSigningSecret } from "@/lib/notifications/secret";
import { ownHitType } from "@/lib/hits/hit-types";
import { resendFormSchema, rotateFormSchema, settingsFormSchema, testFormSchema } from "./form-schema";

const pageOf = (hitTypeId: string) => `/requester/notifications/${hitTypeId}`;

function done(hitTypeId: string, notice: string): never {
  revalidatePath(pageOf(hitTypeId));
  redirect(withNotice(pageOf(hitTypeId), "/requester/notifications", notice));
}

export async function saveNotificationSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  let hitTypeId = "";
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(settingsFormSchema, form);
    if (!parsed.ok) return parsed.state;
    const { destination, transport, eventTypes, active } = parsed.data;
    hitTypeId = parsed.data.hitTypeId;
    await updateNotificationSettings(user.id, hitTypeId, { spec: { destination, transport, version: NOTIFICATION_VERSION, eventTypes }, active });
  });
  if (state.status !== "ok") return state;
  done(hitTypeId, "notifications-saved");
}

export type TestState = FormState & { result?: { statusCode?: number; response: string; durationMs: number } };

/** Not a redirect: the answer of the receiver is what the requester came to see. */
export async function sendTestEventAction(_prev: TestState, form: FormData): Promise<TestState> {
  let result: TestState["result"];
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(testFormSchema, form);
    if (!parsed.ok) return parsed.state;
    const sent = await sendTestForHitType(user.id, parsed.data.hitTypeId, parsed.data.testEventType);
    result = { statusCode: sent.statusCode, response: sent.response, durationMs: sent.durationMs };
  });
  if (state.status !== "ok") return state;
  return { status: "ok", message: "Test event delivered.", result };
}

export async function resendEventAction(_prev: FormState, form: FormData): Promise<FormState> {
  let hitTypeId = "";
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(resendFormSchema, form);
    if (!parsed.ok) return parsed.state;
    hitTypeId = parsed.data.hitTypeId;
    await resendEvent(user.id, parsed.data.eventId);
  });
  if (state.status !== "ok") return state;
  done(hitTypeId, "notification-resent");
}

export async function rotateSecretAction(_prev: FormState, form: FormData): Promise<FormState> {
  let hitTypeId = "";
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(rotateFormSchema, form);
    if (!parsed.ok) return parsed.state;
    hitTypeId = parsed.data.hitTypeId;
    await ownHitType(user.id, hitTypeId); // the page it returns to must be theirs
    await rotateSigningSecret(user.id);
  });
  if (state.status !== "ok") return state;
  done(hitTypeId, "notification-secret-rotated");
}
