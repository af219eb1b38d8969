// Every admin server action, called directly as a function the way a forged request would call it, with
// the session of a signed-out visitor, a worker, a requester and a suspended admin: each is refused and
// nothing changes. Only the session cookie's decryption is replaced (it yields the chosen user's id); who
// the caller is and what they may do is read from the real database by lib/auth/session.ts.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeAdmin, makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { requestDeposit } from "@/lib/money/deposits";
import { requestWithdrawal } from "@/lib/money/withdrawals";
import { acceptHit, approveAssignment, rejectAssignment, submitAssignment } from "@/lib/assignments/mutations";
import { appealRejection } from "@/lib/assignments/appeals";
import { reportHit } from "@/lib/workers/reports";
import { createQualificationType } from "@/lib/qualifications/types";

const session = vi.hoisted(() => ({ userId: null as string | null }));
// The session cookie, as lib/auth/session reads it: decrypted to the signed-in user's id.
vi.mock("next-auth/jwt", () => ({ getToken: async () => (session.userId ? { sub: session.userId } : null) }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => [] }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;${url}`, url });
  },
  forbidden: () => {
    throw Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;403"), { digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
  },
}));

const payments = await import("./payments/actions");
const users = await import("./users/actions");
const reports = await import("./reports/actions");
const appeals = await import("./appeals/actions");
const settings = await import("./settings/actions");
const qualifications = await import("./qualifications/actions");

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
}
const idle = { status: "idle" as const };

beforeEach(() => {
  session.userId = null;
});

/** One of everything an admin can decide, and a snapshot of the rows those decisions would change. */
async function world() {
  const admin = await makeAdmin();
  const r = await makeRequester(10_000);
  const w = await makeWorker();
  const hit = await makeHit(r.id, { rewardCents: 200 });
  const a = await acceptHit(w.id, hit.id);
  await submitAssignment(w.id, a.id, simpleAnswerXml);
  await approveAssignment({ requesterId: r.id }, a.id);
  const hit2 = await makeHit(r.id);
  const b = await acceptHit(w.id, hit2.id);
  await submitAssignment(w.id, b.id, simpleAnswerXml);
  await rejectAssignment(r.id, b.id, "Wrong");
  const appeal = await appealRejection(w.id, b.id, "My answer was right, please look");
  await db.appeal.update({ where: { id: appeal.id }, data: { status: "Escalated" } });
  const deposit = await requestDeposit(r.id, 5_000);
  const withdrawal = await requestWithdrawal(w.id, 150);
  const report = await reportHit(w.id, hit2.id, "scam", "Asks for a password");
  const type = await createQualificationType(r.id, { name: `Moderated ${Math.random()}`, description: "x" });
  const calls: [string, (s: typeof idle, f: FormData) => Promise<unknown>, Record<string, string | string[]>][] = [
    ["approve deposit", payments.decidePaymentAction, { kind: "deposit", id: deposit.id, decision: "approve" }],
    ["decline withdrawal", payments.decidePaymentAction, { kind: "withdrawal", id: withdrawal.id, decision: "decline", reason: "Not today" }],
    ["approve withdrawal", payments.decidePaymentAction, { kind: "withdrawal", id: withdrawal.id, decision: "approve" }],
    ["suspend", users.suspendUserAction, { userId: r.id, reason: "Scam HITs" }],
    ["reactivate", users.reactivateUserAction, { userId: r.id, reason: "Fine again" }],
    ["roles", users.setRolesAction, { userId: w.id, roles: ["worker", "admin"], reason: "Promote" }],
    ["dismiss report", reports.dismissReportAction, { reportId: report.id, reason: "Not a scam" }],
    ["take down", reports.takeDownAction, { hitTypeId: hit2.hitTypeId, reason: "Scam HITs" }],
    ["overturn appeal", appeals.decideAppealAction, { appealId: appeal.id, decision: "overturn", reason: "Right answer" }],
    ["save settings", settings.saveSettingsAction, { basePercent: "90", minimumFee: "1.00", largeHitSurcharge: "0", largeHitThreshold: "10", mastersSurcharge: "0", payFloorMode: "refuse", minHourly: "100", reason: "Greed" }],
    ["deactivate type", qualifications.deactivateTypeAction, { typeId: type.id, reason: "Spam" }],
    ["grant masters", qualifications.grantMastersAction, { workerId: w.id }],
  ];
  return { admin, r, w, calls };
}

async function snapshot() {
  const [users, deposits, withdrawals, reports, appeals, hits, settings, types, accounts, audits, quals] = await Promise.all([
    db.user.findMany({ select: { id: true, status: true, isAdmin: true, isWorker: true, isRequester: true }, orderBy: { id: "asc" } }),
    db.deposit.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.withdrawal.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.report.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.appeal.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.hIT.findMany({ select: { id: true, status: true, escrowCents: true }, orderBy: { id: "asc" } }),
    db.platformSetting.findMany(),
    db.qualificationType.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.ledgerAccount.findMany({ select: { id: true, balance: true }, orderBy: { id: "asc" } }),
    db.auditLog.count(),
    db.qualification.count(),
  ]);
  return { users, deposits, withdrawals, reports, appeals, hits, settings, types, accounts, audits, quals };
}

describe("admin server actions", () => {
  it("refuse a signed-out visitor, a worker, a requester, a user who is both, and a suspended admin, changing nothing", async () => {
    const { r, w, calls } = await world();
    const both = await makeRequester(0, "Both Roles");
    await db.user.update({ where: { id: both.id }, data: { isWorker: true } });
    const suspendedAdmin = await makeAdmin();
    await db.user.update({ where: { id: suspendedAdmin.id }, data: { status: "Suspended" } });
    const before = await snapshot();
    for (const caller of [null, w.id, r.id, both.id, suspendedAdmin.id]) {
      session.userId = caller;
      for (const [name, action, fields] of calls) {
        const state = (await action(idle, form(fields))) as { status: string; message: string };
        expect({ caller, name, status: state.status }).toEqual({ caller, name, status: "error" });
        expect(state.message).toMatch(caller === null || caller === suspendedAdmin.id ? /session has ended/ : /do not have access/);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("let an admin act, and refuse bad input with a clear message and no change", async () => {
    const { admin, calls } = await world();
    session.userId = admin.id;
    const before = await snapshot();
    const bad = await payments.decidePaymentAction(idle, form({ kind: "deposit", id: "not-an-id", decision: "approve" }));
    expect(bad).toMatchObject({ status: "error", message: "That is not a payment request id" });
    const noReason = await users.suspendUserAction(idle, form({ userId: calls[3][2].userId as string, reason: "" }));
    expect(noReason).toMatchObject({ status: "error", fieldErrors: { reason: expect.any(String) } });
    const badSettings = await settings.saveSettingsAction(idle, form({ ...calls[9][2], basePercent: "abc" }));
    expect(badSettings).toMatchObject({ status: "error", fieldErrors: { basePercent: "Enter a percentage like 20 or 2.5" } });
    expect(await snapshot()).toEqual(before);
    await expect(calls[0][1](idle, form({ ...calls[0][2], returnTo: "/admin/payments" }))).rejects.toMatchObject({ url: "/admin/payments?notice=deposit-approved" });
    expect((await db.deposit.findUniqueOrThrow({ where: { id: calls[0][2].id as string } })).status).toBe("Approved");
  });
});
