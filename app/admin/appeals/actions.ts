"use server";

import { z } from "zod";
import type { FormState } from "@/lib/auth/action";
import { idPattern } from "@/lib/ids";
import { decideEscalatedAppeal } from "@/lib/admin/appeal-review";
import { runAdminAction } from "../run-admin-action";

const schema = z.object({
  appealId: z.string().regex(idPattern, "That is not an appeal id"),
  decision: z.enum(["overturn", "uphold"], { error: "Choose overturn or uphold" }),
  reason: z.string().default(""),
});

export async function decideAppealAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAdminAction(form, schema, { fallback: "/admin/appeals", notice: ({ decision }) => (decision === "overturn" ? "appeal-overturned" : "appeal-upheld") }, (admin, i) =>
    decideEscalatedAppeal(admin.id, i.appealId, { overturn: i.decision === "overturn", reason: i.reason }),
  );
}
