// Withdrawals leave a worker's balance only when an admin approves, never beyond what the worker has at
// that moment: not when two admins approve at once, nor when the balance moves during the approval.
import { describe, it, expect } from "vitest";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { acceptHit, submitAssignment, approveAssignment } from "@/lib/assignments/mutations";
import { makeAdmin, makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { requestWithdrawal, approveWithdrawal, declineWithdrawal } from "./withdrawals";
import { sendBonus } from "./bonuses";
import { balancesOf } from "./queries";
import { checkLedger } from "./invariants";

async function workerWith(cents: number) {
  const r = await makeRequester(100_000);
  const w = await makeWorker();
  const hit = await makeHit(r.id, { rewardCents: 100 });
  const a = await acceptHit(w.id, hit.id);
  await submitAssignment(w.id, a.id, simpleAnswerXml);
  await approveAssignment({ requesterId: r.id }, a.id);
  if (cents > 100) await sendBonus(r.id, { workerId: w.id, assignmentId: a.id, amountCents: cents - 100, reason: "top up" });
  return w;
}

describe("withdrawals", () => {
  it("cannot ask for more than the balance minus pending requests", async () => {
    const w = await workerWith(500);
    await expect(requestWithdrawal(w.id, 600)).rejects.toMatchObject({ code: "InsufficientFunds" });
    await expect(requestWithdrawal(w.id, 50)).rejects.toMatchObject({ code: "InvalidInput" });
    await requestWithdrawal(w.id, 300);
    await expect(requestWithdrawal(w.id, 300)).rejects.toMatchObject({ code: "InsufficientFunds" });
    await requestWithdrawal(w.id, 200);
  });

  it("two admins approving at once pay out once", async () => {
    const [a1, a2] = [await makeAdmin(), await makeAdmin()];
    const w = await workerWith(500);
    const req = await requestWithdrawal(w.id, 400);
    const results = await Promise.allSettled([approveWithdrawal(a1.id, req.id), approveWithdrawal(a2.id, req.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(100);
    expect(await checkLedger()).toEqual([]);
  });

  it("an approval never exceeds the balance at that moment", async () => {
    const admin = await makeAdmin();
    const w = await workerWith(500);
    const first = await requestWithdrawal(w.id, 300);
    const second = await requestWithdrawal(w.id, 200);
    await approveWithdrawal(admin.id, first.id);
    await approveWithdrawal(admin.id, second.id);
    // A request from before the balance was spent (as if made in between): approving it cannot overdraw.
    const third = await db.withdrawal.create({ data: { id: "W".padEnd(30, "0"), workerId: w.id, amountCents: 100, createdAt: new Date() } });
    await expect(approveWithdrawal(admin.id, third.id)).rejects.toMatchObject({ code: "InsufficientFunds" });
    expect((await db.withdrawal.findUniqueOrThrow({ where: { id: third.id } })).status).toBe("Pending");
    await declineWithdrawal(admin.id, third.id, "No balance left");
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(0);
    expect(await checkLedger()).toEqual([]);
  });

  // Requests made while the balance was higher (two tabs, or spending in between) are written directly:
  // requestWithdrawal would refuse them, and approval must hold on its own.
  const pendingOf = (workerId: string, amountCents: number) => db.withdrawal.create({ data: { id: newId(), workerId, amountCents, createdAt: new Date() } });

  it("two admins approving two requests that together exceed the balance pay out only one", async () => {
    const [a1, a2] = [await makeAdmin(), await makeAdmin()];
    const w = await workerWith(500);
    const [first, second] = [await pendingOf(w.id, 300), await pendingOf(w.id, 300)];
    const results = await Promise.allSettled([approveWithdrawal(a1.id, first.id), approveWithdrawal(a2.id, second.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "InsufficientFunds" } });
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(200);
    const statuses = (await db.withdrawal.findMany({ where: { workerId: w.id } })).map((x) => x.status).sort();
    expect(statuses).toEqual(["Approved", "Pending"]); // the refused one stays for a decision
    expect(await checkLedger()).toEqual([]);
  });

  it("an approval racing a bonus that raises the balance either waits for it or is refused, never overdraws", async () => {
    const admin = await makeAdmin();
    for (let round = 0; round < 3; round++) {
      const r = await makeRequester(100_000);
      const w = await makeWorker();
      const hit = await makeHit(r.id, { rewardCents: 100 });
      const a = await acceptHit(w.id, hit.id);
      await submitAssignment(w.id, a.id, simpleAnswerXml);
      await approveAssignment({ requesterId: r.id }, a.id); // balance 100
      const req = await pendingOf(w.id, 300);
      const [approval] = await Promise.allSettled([approveWithdrawal(admin.id, req.id), sendBonus(r.id, { workerId: w.id, assignmentId: a.id, amountCents: 250, reason: "great work" })]);
      const balance = (await balancesOf(w.id)).workerAvailableCents;
      const status = (await db.withdrawal.findUniqueOrThrow({ where: { id: req.id } })).status;
      if (approval.status === "fulfilled") expect([status, balance]).toEqual(["Approved", 50]);
      else expect([status, balance, approval.reason.code]).toEqual(["Pending", 350, "InsufficientFunds"]);
      expect(await checkLedger()).toEqual([]);
    }
  });

  it("only an active admin decides; a decline needs a reason, which the worker reads", async () => {
    const [admin, requester] = [await makeAdmin(), await makeRequester()];
    const w = await workerWith(500);
    const req = await requestWithdrawal(w.id, 200);
    for (const who of [w.id, requester.id]) {
      await expect(approveWithdrawal(who, req.id)).rejects.toMatchObject({ code: "Forbidden" });
      await expect(declineWithdrawal(who, req.id, "Not now")).rejects.toMatchObject({ code: "Forbidden" });
    }
    await expect(declineWithdrawal(admin.id, req.id, "")).rejects.toMatchObject({ code: "InvalidInput" });
    expect((await db.withdrawal.findUniqueOrThrow({ where: { id: req.id } })).status).toBe("Pending");
    await declineWithdrawal(admin.id, req.id, "Bank details do not match your name");
    expect(await db.withdrawal.findUniqueOrThrow({ where: { id: req.id } })).toMatchObject({ status: "Declined", reason: "Bank details do not match your name", decidedById: admin.id });
    expect(await db.notification.findFirst({ where: { userId: w.id, kind: "withdrawal.declined" } })).toMatchObject({ text: expect.stringContaining("Bank details do not match your name") });
    await expect(approveWithdrawal(admin.id, req.id)).rejects.toMatchObject({ code: "Conflict" });
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(500);
    expect(await checkLedger()).toEqual([]);
  });
});
