// What the admin pages read: the ledger explorer's filters and paging, the audit log (admin decisions and
// every money movement), and the overview's figures and daily series.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { advanceClock, now, setClockOffset } from "@/lib/clock";
import { makeAdmin, makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { acceptHit, approveAssignment, submitAssignment } from "@/lib/assignments/mutations";
import { requestDeposit, declineDeposit } from "@/lib/money/deposits";
import { exploreLedger, LEDGER_PAGE_SIZE } from "@/lib/money/ledger-explorer";
import { accountId } from "@/lib/money/accounts";
import { searchAuditLog } from "./audit-log";
import { marketplaceSeries, OVERVIEW_DAYS, platformFigures } from "./queries";
import { suspendUser } from "./users";

beforeEach(() => setClockOffset(0));

describe("the ledger explorer", () => {
  it("filters by account (or a user's accounts), kind and date, shows every entry, pages, and is for admins only", async () => {
    const admin = await makeAdmin();
    const r = await makeRequester(10_000);
    const w = await makeWorker();
    const hit = await makeHit(r.id);
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    await approveAssignment({ requesterId: r.id }, a.id);
    const mine = await exploreLedger(admin.id, { account: r.id });
    expect(mine.items.map((t) => t.kind)).toEqual(["assignment_payment", "hit_escrow", "deposit"]);
    const payment = mine.items[0];
    expect(payment.entries.map((e) => [e.accountId, e.amountCents])).toEqual([[accountId.requesterEscrow(r.id), -60], [accountId.platformFees, 10], [accountId.workerAvailable(w.id), 50]]);
    expect((await exploreLedger(admin.id, { account: accountId.workerAvailable(w.id) })).items.map((t) => t.id)).toEqual([payment.id]);
    expect((await exploreLedger(admin.id, { account: r.id, kind: "deposit" })).total).toBe(1);
    expect((await exploreLedger(admin.id, { account: r.id, from: new Date(now().getTime() + 60_000) })).total).toBe(0);
    expect((await exploreLedger(admin.id, { account: r.id, to: new Date(now().getTime() - 3_600_000) })).total).toBe(0);
    for (let i = 0; i < LEDGER_PAGE_SIZE; i++) await makeHit(r.id, { rewardCents: 1, maxAssignments: 1 });
    const [p1, p2] = [await exploreLedger(admin.id, { account: r.id, page: 1 }), await exploreLedger(admin.id, { account: r.id, page: 2 })];
    expect([p1.items.length, p2.items.length, p1.total, p1.pageCount]).toEqual([LEDGER_PAGE_SIZE, 3, LEDGER_PAGE_SIZE + 3, 2]);
    expect(p2.items.map((t) => t.kind)).toEqual(["assignment_payment", "hit_escrow", "deposit"]);
    await expect(exploreLedger(r.id, {})).rejects.toMatchObject({ code: "Forbidden" });
  });
});

describe("the audit log", () => {
  it("records admin decisions and every money movement with who, what and why, searchable and paged", async () => {
    const admin = await makeAdmin();
    const r = await makeRequester(5_000);
    const d = await requestDeposit(r.id, 1_000);
    await declineDeposit(admin.id, d.id, "Duplicate request");
    await suspendUser(admin.id, r.id, "Chargeback fraud");
    const mine = await searchAuditLog(admin.id, { actorId: admin.id });
    expect(mine.items.map((x) => [x.action, x.reason, x.actorName])).toEqual([
      ["user.suspend", "Chargeback fraud", "Test Admin"],
      ["deposit.decline", "Duplicate request", "Test Admin"],
    ]);
    const money = await searchAuditLog(admin.id, { action: "money.", subjectId: undefined });
    const depositMove = money.items.find((x) => x.action === "money.deposit" && x.details.includes(accountId.requesterAvailable(r.id)));
    expect(depositMove).toMatchObject({ subjectType: "LedgerTransaction", reason: "Deposit of $50.00" });
    expect((await searchAuditLog(admin.id, { subjectId: r.id })).items.map((x) => x.action)).toEqual(["user.suspend"]);
    expect((await searchAuditLog(admin.id, { action: "user.", from: new Date(now().getTime() + 60_000) })).total).toBe(0);
    await expect(searchAuditLog(r.id)).rejects.toMatchObject({ code: "Forbidden" });
    // Append-only in the database itself, not just by convention.
    const record = mine.items[0];
    await expect(db.auditLog.update({ where: { id: record.id }, data: { reason: "Nothing happened" } })).rejects.toThrow();
    await expect(db.auditLog.delete({ where: { id: record.id } })).rejects.toThrow();
    const total = await db.auditLog.count();
    await db.auditLog.deleteMany({}).catch(() => null); // SQLite refuses; PostgreSQL deletes nothing
    await db.auditLog.updateMany({ data: { reason: "rewritten" } }).catch(() => null);
    expect(await db.auditLog.count()).toBe(total);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ reason: "Chargeback fraud" });
  });
});

describe("the overview", () => {
  it("counts what waits for a decision and the marketplace now, and draws escrow and fees per day", async () => {
    const admin = await makeAdmin();
    const base = await platformFigures(admin.id);
    const r = await makeRequester(10_000);
    const w = await makeWorker();
    await requestDeposit(r.id, 2_000);
    const hit = await makeHit(r.id, { lifetimeSeconds: 7 * 86_400 }); // 3 × 60 in escrow
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    expect((await platformFigures(admin.id)).liveHits - base.liveHits).toBe(1);
    advanceClock(86_400_000); // approval lands on the next day
    await approveAssignment({ requesterId: r.id }, a.id);
    const f = await platformFigures(admin.id);
    expect(f.pendingDeposits - base.pendingDeposits).toBe(1);
    expect(f.activeWorkers - base.activeWorkers).toBe(1);
    expect(f.escrowCents - base.escrowCents).toBe(120);
    expect(f.feesCents - base.feesCents).toBe(10);
    const series = await marketplaceSeries(admin.id, f.escrowCents);
    expect(series).toHaveLength(OVERVIEW_DAYS);
    const [yesterday, today] = series.slice(-2);
    expect(today.escrowCents).toBe(f.escrowCents);
    expect(yesterday.escrowCents - today.escrowCents).toBe(60);
    expect(today.feesCents).toBeGreaterThanOrEqual(10);
    expect(yesterday.activeWorkers).toBeGreaterThanOrEqual(1);
    await expect(platformFigures(w.id)).rejects.toMatchObject({ code: "Forbidden" });
    expect(await db.deposit.count({ where: { status: "Pending" } })).toBe(f.pendingDeposits);
  });
});
