"use server";

import { z } from "zod";
import type { FormState } from "@/lib/auth/action";
import { userIdPattern } from "@/lib/ids";
import { reactivateUser, setUserRoles, suspendUser, USER_ROLES } from "@/lib/admin/users";
import { runAdminAction } from "../run-admin-action";

const userId = z.string().regex(userIdPattern, "That is not a user id");
const statusSchema = z.object({ userId, reason: z.string().default("") });
const rolesSchema = z.object({
  userId,
  reason: z.string().default(""),
  roles: z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(USER_ROLES, { error: "Unknown role" }))),
});
const back = (notice: "user-suspended" | "user-reactivated" | "user-roles-changed") => ({ fallback: "/admin/users", notice });

export async function suspendUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAdminAction(form, statusSchema, back("user-suspended"), (admin, i) => suspendUser(admin.id, i.userId, i.reason));
}

export async function reactivateUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAdminAction(form, statusSchema, back("user-reactivated"), (admin, i) => reactivateUser(admin.id, i.userId, i.reason));
}

export async function setRolesAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAdminAction(form, rolesSchema, back("user-roles-changed"), (admin, i) => setUserRoles(admin.id, i.userId, i.roles, i.reason));
}
