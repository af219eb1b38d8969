// The server actions under abuse, every exported action of every actions module under app/ (new actions
// are picked up by the glob below without touching this file):
// 1. The authorization matrix: each action called directly (as a forged POST would) by everyone who must
//    not use it on someone else's data: a signed-out visitor, users without the area's role, and users
//    with the role who do not own the objects named in the form. The form names one requester's and one
//    worker's objects in every field an action reads. None of these calls may change any of their data,
//    and none may fail with an internal error. MATRIX_PRINT=1 prints why each call was refused, to check
//    that the refusals come from the ownership checks, not from parsing.
// 2. Tampered form data from users who do hold the role (FUZZ_SEED replays a run, FUZZ_FORMS sets forms
//    per action).
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { checkLedger } from "@/lib/money/invariants";
import { groupCountProblems } from "@/lib/hits/group-stats";
import { rng } from "@/lib/testing/rng";

const session = vi.hoisted(() => ({ user: null as SessionUser | null, internalErrors: [] as string[] }));
vi.mock("@/lib/auth/session", async (original) => {
  const real = await original<typeof import("@/lib/auth/session")>();
  const requireActionUser = async (role: "worker" | "requester" | "admin" | null) => {
    if (!session.user) throw new DomainError("Unauthenticated", "Your session has ended. Sign in again.");
    if (role && !real.hasRole(session.user, role)) throw new DomainError("Forbidden", "You do not have access to this.");
    return session.user;
  };
  return { ...real, currentUser: async () => session.user, requireActionUser };
});
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;${url}` });
  },
  forbidden: () => {
    throw Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;403"), { digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
  },
  notFound: () => {
    throw Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;404"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, refresh: () => {} }));

const { makeAdmin, makeHit, makeRequester, makeWorker, simpleAnswerXml, simpleQuestionForm } = await import("@/lib/testing/factories");
const { acceptHit, submitAssignment, rejectAssignment } = await import("@/lib/assignments/mutations");
const { createQualificationType } = await import("@/lib/qualifications/types");
const { requestQualification } = await import("@/lib/qualifications/requests");
const { createApiKey } = await import("@/lib/api/keys");
const { requestDeposit } = await import("@/lib/money/deposits");
const { messageWorkers } = await import("@/lib/workers/messages");
const { createProject } = await import("@/lib/projects/mutations");
const { projectInput } = await import("@/lib/testing/project-input");

type Action = (prev: unknown, form: FormData) => Promise<unknown>;
const modules = import.meta.glob<Record<string, unknown>>(["./**/*actions.ts", "!./(public)/**"]);
const areaRole = (path: string) =>
  path.startsWith("./work/") ? "worker" : path.startsWith("./requester/") ? "requester" : path.startsWith("./notifications/") ? "anyone" : "admin";

const asUser = (u: { id: string; email: string; name: string; isWorker: boolean; isRequester: boolean; isAdmin: boolean }): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  isWorker: u.isWorker,
  isRequester: u.isRequester,
  isAdmin: u.isAdmin,
});

/** Everything of the owner's and the worker's that an action could change. */
async function snapshotOf(requesterId: string, workerId: string) {
  const mine = { where: { requesterId } };
  return Promise.all([
    db.hIT.findMany({ ...mine, orderBy: { id: "asc" } }),
    db.hITType.findMany({ ...mine, orderBy: { id: "asc" } }),
    db.assignment.findMany({ where: { workerId }, orderBy: { id: "asc" } }),
    db.qualificationType.findMany({ where: { ownerId: requesterId }, orderBy: { id: "asc" } }),
    db.qualification.findMany({ where: { workerId }, orderBy: { id: "asc" } }),
    db.qualificationRequest.findMany({ where: { workerId }, orderBy: { id: "asc" } }),
    db.ledgerAccount.findMany({ where: { ownerId: { in: [requesterId, workerId] } }, orderBy: { id: "asc" } }),
    db.apiKey.findMany({ where: { ownerId: requesterId }, select: { accessKeyId: true, revokedAt: true }, orderBy: { accessKeyId: "asc" } }),
    db.project.findMany({ ...mine, orderBy: { id: "asc" } }),
    db.batch.findMany({ ...mine, orderBy: { id: "asc" } }),
    db.deposit.findMany({ ...mine, orderBy: { id: "asc" } }),
    db.withdrawal.findMany({ where: { workerId }, orderBy: { id: "asc" } }),
    db.workerBlock.findMany({ where: { workerId, requesterId } }),
    db.bonusPayment.findMany({ where: { workerId }, orderBy: { id: "asc" } }),
    db.message.findMany({ where: { recipientId: workerId }, orderBy: { id: "asc" } }),
    db.appeal.findMany({ where: { workerId }, orderBy: { id: "asc" } }),
    db.notification.findMany({ where: { userId: { in: [requesterId, workerId] } }, orderBy: { id: "asc" } }),
    db.user.findMany({ where: { id: { in: [requesterId, workerId] } }, select: { id: true, emailMessageCopies: true }, orderBy: { id: "asc" } }),
  ]);
}

// Marketplace actions any worker may take on a requester's public HIT: they act on the caller's own
// record (a new assignment, report or request), so another worker calling them is no violation.
const openToAnyWorker = new Set(["acceptGroupAction", "reportHitAction", "requestQualificationAction", "startTestAction", "requestWithdrawalAction"]);

/** Runs one action as a forged POST would; its outcome, in words. */
async function call(fn: Action, form: FormData): Promise<string> {
  try {
    const state = (await fn({ status: "idle" }, form)) as { status?: string; message?: string } | undefined;
    return `returned ${state?.status ?? "nothing"}${state?.message ? `: ${state.message}` : ""}`;
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirected ${digest.split(";")[1]}`;
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return `answered ${digest.split(";")[1]}`;
    return `threw ${(e as Error).message}`;
  }
}

/** The owner's objects, each in the state its actions act on, and a form naming them in every field. */
async function world() {
  const owner = await makeRequester(20_000, "Owner Requester");
  const worker = await makeWorker("Owner's Worker");
  const otherRequester = await makeRequester(20_000, "Other Requester");
  const otherWorker = await makeWorker("Other Worker");
  const admin = await makeAdmin();

  const hit = await makeHit(owner.id, { maxAssignments: 3 });
  const submitted = await acceptHit(worker.id, hit.id);
  await submitAssignment(worker.id, submitted.id, simpleAnswerXml);
  const rejected = await acceptHit(worker.id, (await makeHit(owner.id, { title: "Another task" })).id);
  await submitAssignment(worker.id, rejected.id, simpleAnswerXml);
  await rejectAssignment(owner.id, rejected.id, "Not what was asked");
  const accepted = await acceptHit(worker.id, (await makeHit(owner.id, { title: "A third task" })).id);
  const type = await createQualificationType(owner.id, { name: "Owner's skill", description: "Requestable", keywords: "", status: "Active" });
  await requestQualification(worker.id, type.id);
  const request = await db.qualificationRequest.findFirstOrThrow({ where: { workerId: worker.id } });
  const key = await createApiKey(owner.id, "owner's key");
  const deposit = await requestDeposit(owner.id, 5_000, "pending");
  await messageWorkers(owner.id, [worker.id], "Hello", "Thanks for your work");
  const message = await db.message.findFirstOrThrow({ where: { recipientId: worker.id } });
  const notification = await db.notification.findFirstOrThrow({ where: { userId: worker.id } });
  const project = await createProject(owner.id, projectInput());

  const fields: Record<string, string | string[]> = {
    hitId: hit.id,
    hitTypeId: hit.hitTypeId,
    assignmentId: [submitted.id, rejected.id, accepted.id],
    typeId: type.id,
    qualificationTypeId: type.id,
    requestId: request.id,
    workerId: worker.id,
    accessKeyId: key.accessKeyId,
    depositId: deposit.id,
    kind: "deposit",
    id: deposit.id,
    messageId: message.id,
    notificationId: notification.id,
    emailMessageCopies: "on",
    projectId: project.id,
    decision: "approve",
    reason: "Because the matrix says so",
    feedback: "Because the matrix says so",
    message: "Please look again",
    subject: "Hello",
    body: "A message",
    amount: "1.00",
    value: "5",
    count: "1",
    revert: "1",
    expireAt: "2030-01-01T00:00",
    returnTo: "/work",
    chain: "0",
    label: "matrix",
    name: "Matrix name",
    title: "Matrix title",
    description: "A description long enough for every form",
    keywords: "matrix",
    status: "Active",
    test: simpleQuestionForm,
    questionXml: simpleQuestionForm,
  };
  // Each action is called twice: with all three assignments named, and with only the submitted one
  // (forms that take one id refuse a list before they reach the ownership check).
  const forms = [
    () => formOf(fields),
    () => formOf({ ...fields, assignmentId: submitted.id }),
  ];
  function formOf(values: Record<string, string | string[]>) {
    const f = new FormData();
    for (const [k, v] of Object.entries(values)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
    f.append("file", new File([`AssignmentId,WorkerId,Approve,Reject\n${submitted.id},${worker.id},x,\n`], "matrix.csv", { type: "text/csv" }));
    return f;
  }

  return { owner, worker, otherRequester, otherWorker, admin, deposit, submitted, fields, forms, formOf };
}

describe("server action authorization matrix", () => {
  it("refuses every action on another's data to the signed-out, the wrong role and the wrong owner", { timeout: 300_000 }, async () => {
    const { owner, worker, otherRequester, otherWorker, admin, deposit, forms, formOf } = await world();
    const signedOut = null;
    const attackers = {
      worker: { "signed out": signedOut, "a requester": asUser(otherRequester), "another worker": asUser(otherWorker) },
      requester: { "signed out": signedOut, "a worker": asUser(otherWorker), "the owner's worker": asUser(worker), "another requester": asUser(otherRequester) },
      admin: { "signed out": signedOut, "a worker": asUser(worker), "a requester": asUser(owner) },
      // Notifications belong to every signed-in user: the attackers are the ones who own none of these.
      anyone: { "signed out": signedOut, "another worker": asUser(otherWorker), "another requester": asUser(otherRequester), "an admin": asUser(admin) },
    } as const;
    // Actions that make or change only the caller's own things (a deposit request, a key, a HIT, their own
    // block list, their own notifications and email setting): another user may succeed, as long as the
    // owner's data stays.
    const ownThingsOnly = new Set(["markAllReadAction", "setEmailCopiesAction", "requestDepositAction", "createApiKeyAction", "createHitAction", "createQualificationTypeAction", "saveProjectAction", "blockWorkerAction", "unblockWorkerAction"]);

    const before = await snapshotOf(owner.id, worker.id);
    const consoleError = vi.spyOn(console, "error").mockImplementation((...args) => {
      session.internalErrors.push(args.map(String).join(" ").slice(0, 300));
    });
    const calls: string[] = [];
    const reasons: string[] = [];
    const leaks: string[] = [];
    for (const [path, load] of Object.entries(modules)) {
      const role = areaRole(path);
      const mod = await load();
      for (const [name, fn] of Object.entries(mod)) {
        if (typeof fn !== "function") continue;
        for (const [[who, user], form] of Object.entries(attackers[role]).flatMap((a) => forms.map((f) => [a, f] as const))) {
          if (role === "worker" && user?.isWorker && openToAnyWorker.has(name)) continue;
          session.user = user;
          session.internalErrors.length = 0;
          const outcome = await call(fn as Action, form());
          if (outcome.includes(": ")) reasons.push(`${name} as ${who}: ${outcome}`);
          calls.push(`${path} ${name} as ${who}: ${outcome}`);
          const after = await snapshotOf(owner.id, worker.id);
          if (JSON.stringify(after) !== JSON.stringify(before)) leaks.push(`${path} ${name} as ${who} changed the owner's data (${outcome})`);
          if (session.internalErrors.length > 0) leaks.push(`${path} ${name} as ${who} failed inside: ${session.internalErrors[0]}`);
          // A refused call says so with an error state (or a redirect to sign in); actions that succeed
          // return ok or redirect to the page of what they did.
          const mayAct = ((role === "requester" && user?.isRequester) || (role === "anyone" && user)) && ownThingsOnly.has(name);
          const succeeded = outcome.startsWith("returned ok") || (outcome.startsWith("redirected") && !outcome.startsWith("redirected /signin"));
          if (succeeded && !mayAct) leaks.push(`${path} ${name} as ${who} succeeded (${outcome})`);
        }
      }
    }
    consoleError.mockRestore();
    if (process.env.MATRIX_PRINT) console.log(reasons.join("\n"));

    expect(leaks).toEqual([]);
    // Every actions module was found and its actions called by every attacker of its area.
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(15);
    expect(calls.length).toBeGreaterThanOrEqual(240);
    // The admin's own call is the control: the same form does change data when the owner role is right.
    session.user = asUser(admin);
    const { decidePaymentAction } = (await modules["./admin/payments/actions.ts"]()) as { decidePaymentAction: Action };
    await decidePaymentAction({ status: "idle" }, formOf({ kind: "deposit", id: deposit.id, decision: "approve" })).catch(() => undefined);
    expect((await db.deposit.findUniqueOrThrow({ where: { id: deposit.id } })).status).not.toBe("Pending");
  });
});

describe("server actions under tampered form data", () => {
  // Each action, called by a user who does hold its area's role, with forms derived from a valid one by
  // tampering with a few fields at a time: huge, empty, negative, non-numeric, control characters, lists
  // where one value is expected, markup, another requester's ids, unknown fields, a broken upload. None
  // may fail with an internal error or throw anything but Next's redirect or not-found; nothing of a
  // bystander (another requester and their worker) may change; the money must still add up.
  it("answers every tampered form with a clear outcome and keeps the data sound", { timeout: 300_000 }, async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 1e9));
    const random = rng(seed);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const { owner, worker, admin, fields, formOf } = await world();
    const bystander = await makeRequester(20_000, "Bystander Requester");
    const bystanderWorker = await makeWorker("Bystander's Worker");
    const theirHit = await makeHit(bystander.id, { maxAssignments: 2 });
    const theirAssignment = await acceptHit(bystanderWorker.id, theirHit.id);
    await submitAssignment(bystanderWorker.id, theirAssignment.id, simpleAnswerXml);
    const before = JSON.stringify(await snapshotOf(bystander.id, bystanderWorker.id));

    const tampered = [
      "", " ", "-1", "-0.01", "0", "1e309", "NaN", "Infinity", "99999999999999999999", "0x10", "1.005", "true", "null", "[]", "{}",
      "x".repeat(200_000), "\u0000\u0007\ud800", "ｘ́́́", "../../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "2030-13-45T99:99",
      theirHit.id, theirHit.hitTypeId, theirAssignment.id, bystander.id, bystanderWorker.id,
    ];
    const FORMS_PER_ACTION = Number(process.env.FUZZ_FORMS ?? 24);
    const user = { worker: asUser(worker), requester: asUser(owner), admin: asUser(admin), anyone: asUser(worker) } as const;
    const problems: string[] = [];
    let calls = 0;
    const outcomes = new Map<string, number>();
    const consoleError = vi.spyOn(console, "error").mockImplementation((...args) => {
      session.internalErrors.push(args.map(String).join(" ").slice(0, 300));
    });
    // Admin actions last: an admin may rightly act on anyone, so the bystander check stops before them.
    const ordered = Object.entries(modules).sort(([a], [b]) => Number(areaRole(a) === "admin") - Number(areaRole(b) === "admin"));
    for (const [path, load] of ordered) {
      const role = areaRole(path);
      for (const [name, fn] of Object.entries(await load())) {
        if (typeof fn !== "function") continue;
        for (let i = 0; i < FORMS_PER_ACTION; i++) {
          const values: Record<string, string | string[]> = { ...fields };
          for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
            const key = pick(Object.keys(values));
            const r = random();
            if (r < 0.15) delete values[key];
            else if (r < 0.3) values[key] = [pick(tampered), pick(tampered), pick(tampered)];
            else values[key] = pick(tampered);
          }
          if (random() < 0.2) values[`unexpected${i}`] = pick(tampered);
          // Every action meets a NUL in every field once (PostgreSQL cannot store one in text).
          if (i === 0) for (const k of Object.keys(values)) values[k] = `${values[k]}\u0000`;
          // Workers may act on any public HIT (accept, report), so their open actions get no bystander ids.
          if (openToAnyWorker.has(name)) for (const [k, v] of Object.entries(values)) if ([theirHit.id, theirHit.hitTypeId].includes(String(v))) values[k] = fields[k] ?? "";
          const form = formOf(values);
          if (random() < 0.2) form.set("file", new File([random() < 0.5 ? "\u0000\u00ff\u00fe binary" : `"unclosed,quote\n${"a,".repeat(5000)}`], "tampered.csv", { type: "text/csv" }));
          session.user = user[role];
          session.internalErrors.length = 0;
          const outcome = await call(fn as Action, form);
          calls++;
          const kind = outcome.split(":")[0].replace(/ \/.*/, "");
          outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
          if (outcome.startsWith("threw")) problems.push(`${path} ${name} ${outcome.slice(0, 200)} (seed ${seed}, form ${i})`);
          if (session.internalErrors.length > 0) problems.push(`${path} ${name} failed inside: ${session.internalErrors[0]} (seed ${seed}, form ${i})`);
          if (role !== "admin" && JSON.stringify(await snapshotOf(bystander.id, bystanderWorker.id)) !== before) {
            problems.push(`${path} ${name} changed a bystander's data (${outcome.slice(0, 120)}; seed ${seed}, form ${i})`);
          }
        }
      }
    }
    consoleError.mockRestore();
    if (process.env.MATRIX_PRINT) console.log(`seed ${seed}:`, Object.fromEntries(outcomes));
    expect(problems).toEqual([]);
    // Some tampered forms still pass validation and act: the forms reach past parsing.
    expect(outcomes.get("returned ok") ?? 0).toBeGreaterThan(0);
    expect(calls).toBeGreaterThanOrEqual(1000);
    expect(await checkLedger()).toEqual([]);
    expect(await groupCountProblems(db)).toEqual([]);
    expect(await db.ledgerAccount.count({ where: { balance: { lt: 0 }, kind: { not: "external" } } })).toBe(0);
  });
});
