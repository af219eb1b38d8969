import { describe, it, expect, beforeEach } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset, advanceClock } from "@/lib/clock";
import { balancesOf } from "@/lib/money/queries";
import { checkLedger } from "@/lib/money/invariants";
import { reportHit } from "@/lib/workers/reports";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { acceptHit, submitAssignment, rejectAssignment, approveAssignment } from "./mutations";
import { appealRejection, answerAppeal, escalateStaleAppeals } from "./appeals";

beforeEach(() => setClockOffset(0));

async function rejected() {
  const r = await makeRequester(10_000);
  const w = await makeWorker();
  const hit = await makeHit(r.id);
  const a = await acceptHit(w.id, hit.id);
  await submitAssignment(w.id, a.id, simpleAnswerXml);
  await rejectAssignment(r.id, a.id, "Looks random");
  return { r, w, a, hit };
}

describe("appeals and reports", () => {
  it("a worker appeals a rejection once; the requester overturns it and the worker is paid", async () => {
    const { r, w, a } = await rejected();
    await expect(appealRejection(w.id, a.id, "short")).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(appealRejection((await makeWorker()).id, a.id, "I did follow the instructions exactly")).rejects.toMatchObject({ code: "NotFound" });
    const appeal = await appealRejection(w.id, a.id, "I did follow the instructions exactly");
    await expect(appealRejection(w.id, a.id, "Again, I did follow them")).rejects.toMatchObject({ code: "Conflict" });
    await expect(answerAppeal((await makeRequester()).id, appeal.id, { overturn: true, response: "" })).rejects.toMatchObject({ code: "NotFound" });
    await answerAppeal(r.id, appeal.id, { overturn: true, response: "You are right, sorry" });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("Approved");
    expect((await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } })).status).toBe("Overturned");
    expect((await balancesOf(w.id)).workerAvailableCents).toBe(50);
    await expect(answerAppeal(r.id, appeal.id, { overturn: false, response: "no, it stands" })).rejects.toMatchObject({ code: "Conflict" });
    expect(await checkLedger()).toEqual([]);
  });

  it("upholding needs a reason; unanswered appeals escalate; old rejections cannot be appealed", async () => {
    const { r, w, a } = await rejected();
    const appeal = await appealRejection(w.id, a.id, "Please look again at my answer");
    await expect(answerAppeal(r.id, appeal.id, { overturn: false, response: "" })).rejects.toMatchObject({ code: "InvalidInput" });
    advanceClock(3 * 24 * 3600 * 1000 + 1000);
    expect(await escalateStaleAppeals()).toBeGreaterThanOrEqual(1);
    expect((await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } })).status).toBe("Escalated");

    const late = await rejected();
    advanceClock(31 * 24 * 3600 * 1000);
    await expect(appealRejection(late.w.id, late.a.id, "Too late, but I try anyway")).rejects.toMatchObject({ code: "Conflict" });
    const ok = await rejected();
    await approveAssignment({ requesterId: ok.r.id }, ok.a.id, "", { overrideRejection: true });
    await expect(appealRejection(ok.w.id, ok.a.id, "Nothing to appeal here now")).rejects.toMatchObject({ code: "Conflict" });
  });

  it("a worker reports a HIT once, with a reason", async () => {
    const { hit } = await rejected();
    const w = await makeWorker();
    await expect(reportHit(w.id, hit.id, "nonsense", "")).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(reportHit(w.id, hit.id, "other", "")).rejects.toMatchObject({ code: "InvalidInput" });
    const rep = await reportHit(w.id, hit.id, "scam", "Asks for my bank login");
    expect(rep).toMatchObject({ reason: "scam", status: "Open" });
    await expect(reportHit(w.id, hit.id, "scam", "again")).rejects.toMatchObject({ code: "Conflict" });
    await expect(reportHit(w.id, "X".repeat(30), "scam", "")).rejects.toMatchObject({ code: "NotFound" });
  });
});
