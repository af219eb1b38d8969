"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type FormState } from "@/lib/auth/action";
import { markAllNotificationsRead, openNotification } from "@/lib/notifications/in-app/mutations";
import { setEmailMessageCopies } from "@/lib/workers/message-email";

/** Only a path of this site: a notification's link is ours, and a stored value never sends anyone away. */
const sitePath = (href: string | null) => (href && href.startsWith("/") && !href.startsWith("//") ? href : "/notifications");

/** Opening a notification marks it read, then goes where it points. */
export async function openNotificationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const out: { target?: string } = {};
  const state = await runAction(null, form, async (user) => {
    const { href } = await openNotification(user.id, String(form.get("notificationId") ?? ""));
    out.target = sitePath(href);
    revalidatePath("/", "layout");
  });
  if (out.target) redirect(out.target);
  return state;
}

export async function markAllReadAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAction(null, form, async (user) => {
    const n = await markAllNotificationsRead(user.id);
    revalidatePath("/", "layout");
    return { status: "ok", message: n === 0 ? "Nothing was unread." : `${n} ${n === 1 ? "notification" : "notifications"} marked read.` };
  });
}

/** "Email me a copy of messages": the checkbox's state as submitted (absent means off). */
export async function setEmailCopiesAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAction(null, form, async (user) => {
    const on = form.get("emailMessageCopies") === "on";
    await setEmailMessageCopies(user.id, on);
    revalidatePath("/notifications");
    return { status: "ok", message: on ? "You will get an email copy of every new message." : "No email copies of messages will be sent." };
  });
}
