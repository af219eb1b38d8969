// Deposits reach the ledger only when approved, exactly once, even when two admins click at once.
import { describe, it, expect } from "vitest";
import { db } from "@/lib/db/client";
import { makeAdmin, makeRequester, makeWorker } from "@/lib/testing/factories";
import { requestDeposit, approveDeposit, declineDeposit } from "./deposits";
import { balancesOf } from "./queries";
import { checkLedger } from "./invariants";

describe("deposits", () => {
  it("a pending deposit changes no balance; approval credits it once", async () => {
    const admin = await makeAdmin();
    const r = await makeRequester();
    const d = await requestDeposit(r.id, 12_345, "wire");
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(0);
    const results = await Promise.allSettled([approveDeposit(admin.id, d.id), approveDeposit(admin.id, d.id)]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect(results.find((x) => x.status === "rejected")).toMatchObject({ reason: { code: "Conflict" } });
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(12_345);
    expect((await db.ledgerAccount.findUniqueOrThrow({ where: { id: "external" } })).balance).toBe(-12_345);
    expect(await db.auditLog.count({ where: { subjectId: d.id, action: "deposit.approve" } })).toBe(1);
    expect(await checkLedger()).toEqual([]);
  });

  it("a declined deposit never reaches the ledger and cannot be approved afterwards", async () => {
    const admin = await makeAdmin();
    const r = await makeRequester();
    const d = await requestDeposit(r.id, 5_000);
    await declineDeposit(admin.id, d.id, "No payment received");
    await expect(approveDeposit(admin.id, d.id)).rejects.toMatchObject({ code: "Conflict" });
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(0);
    expect(await db.deposit.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ status: "Declined", reason: "No payment received" });
    expect(await checkLedger()).toEqual([]);
  });

  it("only an active admin decides, a decline needs a reason, and the requester is told why", async () => {
    const [admin, r, worker] = [await makeAdmin(), await makeRequester(), await makeWorker()];
    const suspendedAdmin = await makeAdmin();
    await db.user.update({ where: { id: suspendedAdmin.id }, data: { status: "Suspended" } });
    const d = await requestDeposit(r.id, 7_000);
    for (const who of [r.id, worker.id, suspendedAdmin.id]) {
      await expect(approveDeposit(who, d.id)).rejects.toMatchObject({ code: "Forbidden" });
      await expect(declineDeposit(who, d.id, "Not received")).rejects.toMatchObject({ code: "Forbidden" });
    }
    await expect(declineDeposit(admin.id, d.id, "  ")).rejects.toMatchObject({ code: "InvalidInput", fieldErrors: { reason: expect.any(String) } });
    expect(await db.deposit.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ status: "Pending", reason: null });
    expect(await db.auditLog.count({ where: { subjectId: d.id } })).toBe(0);
    await declineDeposit(admin.id, d.id, "The wire never arrived");
    expect(await db.message.findFirst({ where: { recipientId: r.id } })).toMatchObject({ subject: "Your deposit of $70.00 was declined", body: expect.stringContaining("The wire never arrived") });
    expect(await db.auditLog.findFirst({ where: { subjectId: d.id } })).toMatchObject({ actorId: admin.id, action: "deposit.decline", reason: "The wire never arrived" });
    expect((await balancesOf(r.id)).requesterAvailableCents).toBe(0);
    expect(await checkLedger()).toEqual([]);
  });

  it("refuses a non-positive amount", async () => {
    const r = await makeRequester();
    await expect(requestDeposit(r.id, 0)).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(requestDeposit(r.id, -5)).rejects.toMatchObject({ code: "InvalidInput" });
  });
});
