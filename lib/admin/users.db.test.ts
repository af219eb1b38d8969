// Admins find and look after accounts. Suspension is tested through each door it must close: sign-in,
// the session of an open tab, API keys (the real SDK through the API handler), accepting the requester's
// HITs; and what it must leave alone: escrow, and payment for work already accepted.
import { beforeEach, describe, expect, it } from "vitest";
import { GetAccountBalanceCommand } from "@aws-sdk/client-mturk";
import { db } from "@/lib/db/client";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { authOptions } from "@/lib/auth/options";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeAdmin, makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { acceptHit, approveAssignment, submitAssignment } from "@/lib/assignments/mutations";
import { listHitGroups } from "@/lib/hits/groups";
import { balancesOf } from "@/lib/money/queries";
import { checkLedger } from "@/lib/money/invariants";
import { reactivateUser, searchUsers, setUserRoles, suspendUser, userProfile, USERS_PAGE_SIZE } from "./users";

beforeEach(() => setClockOffset(0));

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const signIn = (email: string, password: string) => authorize({ email, password }, { headers: { "x-forwarded-for": `10.0.0.${Math.floor(Math.random() * 250)}` } });

describe("finding users", () => {
  it("matches name, email or worker id case-insensitively, filters by role and status, and pages", async () => {
    const admin = await makeAdmin();
    const w = await makeWorker("Zanzibar Quokka");
    const r = await makeRequester(0, "Zanzibar Lab");
    expect((await searchUsers(admin.id, { query: "zanzibar" })).items.map((u) => u.id).sort()).toEqual([w.id, r.id].sort());
    expect((await searchUsers(admin.id, { query: "ZANZIBAR", role: "worker" })).items.map((u) => u.id)).toEqual([w.id]);
    expect((await searchUsers(admin.id, { query: w.id.toLowerCase() })).items.map((u) => u.id)).toEqual([w.id]);
    expect((await searchUsers(admin.id, { query: r.email.toUpperCase() })).items.map((u) => u.id)).toEqual([r.id]);
    expect((await searchUsers(admin.id, { query: "%" })).total).toBe(0);
    await suspendUser(admin.id, w.id, "Spamming reports");
    expect((await searchUsers(admin.id, { query: "zanzibar", status: "Suspended" })).items.map((u) => u.id)).toEqual([w.id]);
    for (let i = 0; i < USERS_PAGE_SIZE; i++) await makeWorker("Paging Person");
    const [p1, p2] = [await searchUsers(admin.id, { query: "paging", page: 1 }), await searchUsers(admin.id, { query: "paging", page: 2 })];
    expect([p1.items.length, p2.items.length, p1.total, p1.pageCount]).toEqual([USERS_PAGE_SIZE, 0, USERS_PAGE_SIZE, 1]);
    await makeWorker("Paging Person");
    expect((await searchUsers(admin.id, { query: "paging", page: 2 })).items).toHaveLength(1);
    await expect(searchUsers(w.id, {})).rejects.toMatchObject({ code: "Forbidden" });
    await expect(userProfile(r.id, w.id)).rejects.toMatchObject({ code: "Forbidden" });
  });

  it("shows a user's roles, balances, work, HITs and blocks received", async () => {
    const admin = await makeAdmin();
    const r = await makeRequester(10_000, "Profiled Lab");
    const w = await makeWorker("Profiled Worker");
    const hit = await makeHit(r.id, { title: "Count the birds" });
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    await approveAssignment({ requesterId: r.id }, a.id);
    await db.workerBlock.create({ data: { requesterId: r.id, workerId: w.id, reason: "Copied answers", createdAt: new Date() } });
    const worker = await userProfile(admin.id, w.id);
    expect(worker).toMatchObject({ user: { id: w.id, isWorker: true, isRequester: false, status: "Active" }, balances: { workerAvailableCents: 50 }, assignmentCounts: { Approved: 1 } });
    expect(worker?.assignments[0]).toMatchObject({ id: a.id, status: "Approved", hit: { hitType: { title: "Count the birds" } } });
    expect(worker?.blocks).toEqual([expect.objectContaining({ reason: "Copied answers", requester: { id: r.id, name: "Profiled Lab" } })]);
    expect(worker?.transactions[0]).toMatchObject({ kind: "assignment_payment", netCents: 50 });
    const requester = await userProfile(admin.id, r.id);
    expect(requester?.hits[0]).toMatchObject({ id: hit.id, hitType: { title: "Count the birds" } });
    expect(requester?.balances.requesterEscrowCents).toBe(120); // two open slots of 50 + 10 fee
    expect(await userProfile(admin.id, "ANOSUCHUSER000")).toBeNull();
  });
});

describe("suspension", () => {
  it("closes sign-in, the API and the requester's HITs, keeps escrow, and still pays accepted work", async () => {
    const admin = await makeAdmin();
    const r = await makeRequester(10_000);
    const [w1, w2] = [await makeWorker(), await makeWorker()];
    const hit = await makeHit(r.id, { title: "Suspension probe", maxAssignments: 3, lifetimeSeconds: 10 * 24 * 3600 });
    const inProgress = await acceptHit(w1.id, hit.id);
    const api = await apiClientFor(r.id);
    expect((await api.send(new GetAccountBalanceCommand({}))).AvailableBalance).toBe("98.20");
    expect(await signIn(r.email, "requester-password-123")).toMatchObject({ id: r.id });
    const escrowBefore = (await balancesOf(r.id)).requesterEscrowCents;

    await expect(suspendUser(admin.id, r.id, " ")).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(suspendUser(w1.id, r.id, "Scam HITs")).rejects.toMatchObject({ code: "Forbidden" });
    expect((await db.user.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("Active");

    await suspendUser(admin.id, r.id, "Posting phishing HITs");
    expect(await db.user.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: "Suspended", statusReason: "Posting phishing HITs" });
    await expect(suspendUser(admin.id, r.id, "Again")).rejects.toMatchObject({ code: "Conflict" });
    // Cannot sign in, with a clear message.
    await expect(signIn(r.email, "requester-password-123")).rejects.toThrow(/suspended/);
    // The API key is refused.
    await expect(api.send(new GetAccountBalanceCommand({}))).rejects.toMatchObject({ name: "RequestError", message: expect.stringMatching(/suspended/) });
    // The HITs are neither listed nor acceptable.
    expect((await listHitGroups(w2.id, { q: "suspension probe" })).groups).toHaveLength(0);
    await expect(acceptHit(w2.id, hit.id)).rejects.toMatchObject({ code: "Conflict", message: expect.stringMatching(/suspended/) });
    // Escrow stays, so work already accepted is still paid when reviewed.
    expect((await balancesOf(r.id)).requesterEscrowCents).toBe(escrowBefore);
    await submitAssignment(w1.id, inProgress.id, simpleAnswerXml);
    advanceClock(3 * 24 * 3600 * 1000 + 1000);
    await approveAssignment({ system: "auto-approval" }, inProgress.id); // the sweep's path
    expect((await balancesOf(w1.id)).workerAvailableCents).toBe(50);
    expect((await balancesOf(r.id)).requesterEscrowCents).toBe(escrowBefore - 60);
    expect(await db.auditLog.findFirst({ where: { subjectId: r.id, action: "user.suspend" } })).toMatchObject({ actorId: admin.id, reason: "Posting phishing HITs" });
    expect(await db.message.findFirst({ where: { recipientId: r.id, subject: "Your Piecework account was suspended" } })).toBeTruthy();

    await expect(reactivateUser(admin.id, r.id, "")).rejects.toMatchObject({ code: "InvalidInput" });
    await reactivateUser(admin.id, r.id, "Appeal accepted, HITs fixed");
    expect(await signIn(r.email, "requester-password-123")).toMatchObject({ id: r.id });
    expect((await api.send(new GetAccountBalanceCommand({}))).AvailableBalance).toBe("98.20");
    expect(await acceptHit(w2.id, hit.id)).toMatchObject({ status: "Accepted" });
    await expect(reactivateUser(admin.id, r.id, "Twice")).rejects.toMatchObject({ code: "Conflict" });
    await expect(suspendUser(admin.id, admin.id, "Oops")).rejects.toMatchObject({ code: "Conflict" });
    expect(await checkLedger()).toEqual([]);
  });

  it("a suspended worker cannot accept HITs and a suspended admin can no longer act", async () => {
    const [admin, other] = [await makeAdmin(), await makeAdmin()];
    const r = await makeRequester(10_000);
    const w = await makeWorker();
    const hit = await makeHit(r.id);
    await suspendUser(admin.id, w.id, "Bot answers");
    await expect(signIn(w.email, "worker-password-123")).rejects.toThrow(/suspended/);
    await suspendUser(admin.id, other.id, "Compromised account");
    await expect(reactivateUser(other.id, w.id, "Let me back")).rejects.toMatchObject({ code: "Forbidden" });
    expect((await db.user.findUniqueOrThrow({ where: { id: w.id } })).status).toBe("Suspended");
    expect(hit.numAvailable).toBe(3);
  });
});

describe("roles", () => {
  it("sets exactly the roles chosen, with a reason; an admin cannot drop their own admin role", async () => {
    const admin = await makeAdmin();
    const w = await makeWorker();
    await expect(setUserRoles(admin.id, w.id, ["worker", "requester"], "")).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(setUserRoles(admin.id, w.id, [], "Nothing")).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(setUserRoles(w.id, w.id, ["worker", "admin"], "Promote myself")).rejects.toMatchObject({ code: "Forbidden" });
    expect((await db.user.findUniqueOrThrow({ where: { id: w.id } })).isAdmin).toBe(false);
    await setUserRoles(admin.id, w.id, ["worker", "requester"], "Asked to post work too");
    expect(await db.user.findUniqueOrThrow({ where: { id: w.id } })).toMatchObject({ isWorker: true, isRequester: true, isAdmin: false });
    expect(await db.auditLog.findFirst({ where: { subjectId: w.id, action: "user.roles" } })).toMatchObject({ reason: "Asked to post work too", details: expect.stringContaining('"after":{"isWorker":true,"isRequester":true,"isAdmin":false}') });
    await expect(setUserRoles(admin.id, admin.id, ["worker"], "Step down")).rejects.toMatchObject({ code: "Conflict" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).isAdmin).toBe(true);
  });
});
