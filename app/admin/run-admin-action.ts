// The one shape of every admin server action: parse the form with zod -> runAction("admin") (the session's
// user, re-read from the database) -> the domain function (which checks the admin role again inside its
// transaction) -> revalidate the admin area -> back to the page with a notice.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { parseForm, runAction, type FormState } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import { withNotice, type NoticeCode } from "@/lib/notices";

export async function runAdminAction<S extends z.ZodType>(
  form: FormData,
  schema: S,
  back: { fallback: string; notice: NoticeCode | ((input: z.output<S>) => NoticeCode) },
  fn: (admin: SessionUser, input: z.output<S>) => Promise<unknown>,
): Promise<FormState> {
  let notice: NoticeCode | undefined;
  const state = await runAction("admin", form, async (admin) => {
    const parsed = parseForm(schema, form);
    if (!parsed.ok) return parsed.state;
    await fn(admin, parsed.data);
    notice = typeof back.notice === "function" ? back.notice(parsed.data) : back.notice;
  });
  if (state.status !== "ok" || !notice) return state;
  revalidatePath("/admin", "layout");
  redirect(withNotice(String(form.get("returnTo") ?? ""), back.fallback, notice));
}
