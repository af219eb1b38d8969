import { describe, it, expect } from "vitest";
import { db } from "@/lib/db/client";
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
});
