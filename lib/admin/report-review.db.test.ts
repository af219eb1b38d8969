// Taking a reported HIT group down settles its money by the rules: submitted work paid from escrow,
// work in progress released, open slots closed, the rest of escrow back to the requester; nothing
// appears or vanishes. Dismissing a report tells the reporter why.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset } from "@/lib/clock";
import { makeAdmin, makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { reportHit } from "@/lib/workers/reports";
import { balancesOf } from "@/lib/money/queries";
import { checkLedger } from "@/lib/money/invariants";
import { dismissReport, reportQueue, takeDownHitGroup } from "./report-review";

beforeEach(() => setClockOffset(0));

async function reportedGroup() {
  const admin = await makeAdmin();
  const r = await makeRequester(10_000, "Shady Lab");
  const [w1, w2, w3] = [await makeWorker(), await makeWorker(), await makeWorker()];
  const h1 = await makeHit(r.id, { title: "Enter your bank password" });
  const h2 = await makeHit(r.id, { title: "Enter your bank password" });
  const done = await acceptHit(w1.id, h1.id);
  await submitAssignment(w1.id, done.id, simpleAnswerXml);
  const working = await acceptHit(w2.id, h2.id);
  const rep1 = await reportHit(w3.id, h1.id, "scam", "Asks for my bank login");
  const rep2 = await reportHit(w2.id, h2.id, "scam", "");
  return { admin, r, w1, w2, w3, h1, h2, done, working, rep1, rep2 };
}

describe("the moderation queue", () => {
  it("groups open reports by HIT group with a preview; only admins see it", async () => {
    const { admin, r, h1, rep1, rep2, w1 } = await reportedGroup();
    const queue = await reportQueue(admin.id);
    const group = queue.groups.find((g) => g.id === h1.hitTypeId);
    expect(group).toMatchObject({ title: "Enter your bank password", liveHits: 2, requester: { id: r.id, name: "Shady Lab" }, preview: { questionType: "QuestionForm" } });
    expect(group?.reports.map((x) => x.id).sort()).toEqual([rep1.id, rep2.id].sort());
    await expect(reportQueue(w1.id)).rejects.toMatchObject({ code: "Forbidden" });
  });
});

describe("taking a HIT group down", () => {
  it("pays submitted work, releases work in progress, refunds the rest of escrow, and tells everyone why", async () => {
    const { admin, r, w1, w2, w3, h1, h2, done, working, rep1, rep2 } = await reportedGroup();
    const before = await balancesOf(r.id);
    expect(before.requesterEscrowCents).toBe(2 * 3 * 60);
    await expect(takeDownHitGroup(admin.id, h1.hitTypeId, "")).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(takeDownHitGroup(w3.id, h1.hitTypeId, "Scam")).rejects.toMatchObject({ code: "Forbidden" });
    expect((await db.hIT.findUniqueOrThrow({ where: { id: h1.id } })).status).not.toBe("Disposed");

    const result = await takeDownHitGroup(admin.id, h1.hitTypeId, "Phishing for bank credentials");
    expect(result).toEqual({ hits: 2, paid: 1, released: 1, reports: 2 });
    for (const h of [h1, h2]) expect(await db.hIT.findUniqueOrThrow({ where: { id: h.id } })).toMatchObject({ status: "Disposed", escrowCents: 0, numAvailable: 0, numPending: 0 });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: done.id } })).status).toBe("Approved");
    expect(await db.assignment.findUniqueOrThrow({ where: { id: working.id } })).toMatchObject({ status: "Returned", liveSlot: null });
    expect((await balancesOf(w1.id)).workerAvailableCents).toBe(50);
    expect((await balancesOf(w2.id)).workerAvailableCents).toBe(0);
    const after = await balancesOf(r.id);
    expect(after).toMatchObject({ requesterEscrowCents: 0, requesterAvailableCents: before.requesterAvailableCents + before.requesterEscrowCents - 60 });
    expect((await db.report.findMany({ where: { id: { in: [rep1.id, rep2.id] } } })).map((x) => [x.status, x.resolution])).toEqual([
      ["TakenDown", "Phishing for bank credentials"],
      ["TakenDown", "Phishing for bank credentials"],
    ]);
    expect(await db.message.findFirst({ where: { recipientId: r.id, subject: { contains: "taken down" } } })).toMatchObject({ body: expect.stringContaining("Phishing for bank credentials") });
    expect(await db.notification.count({ where: { userId: { in: [w2.id, w3.id] }, kind: "report.taken-down" } })).toBe(2);
    expect(await db.auditLog.findFirst({ where: { subjectId: h1.hitTypeId, action: "hit-group.take-down" } })).toMatchObject({ actorId: admin.id, reason: "Phishing for bank credentials" });
    await expect(acceptHit(w3.id, h1.id)).rejects.toMatchObject({ code: "NotFound" });
    await expect(takeDownHitGroup(admin.id, h1.hitTypeId, "Again")).rejects.toMatchObject({ code: "Conflict" });
    expect((await reportQueue(admin.id)).groups.some((g) => g.id === h1.hitTypeId)).toBe(false);
    expect(await checkLedger()).toEqual([]);
  });

  it("two admins taking the same group down at once settle it once", async () => {
    const { admin, h1, r } = await reportedGroup();
    const other = await makeAdmin();
    const results = await Promise.allSettled([takeDownHitGroup(admin.id, h1.hitTypeId, "Scam one"), takeDownHitGroup(other.id, h1.hitTypeId, "Scam two")]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { subjectId: h1.hitTypeId, action: "hit-group.take-down" } })).toBe(1);
    expect((await balancesOf(r.id)).requesterEscrowCents).toBe(0);
    expect(await checkLedger()).toEqual([]);
  });
});

describe("dismissing a report", () => {
  it("needs a reason, leaves the HIT up, and tells the reporter", async () => {
    const { admin, h1, w3, rep1 } = await reportedGroup();
    await expect(dismissReport(admin.id, rep1.id, "")).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(dismissReport(w3.id, rep1.id, "Not a scam")).rejects.toMatchObject({ code: "Forbidden" });
    await dismissReport(admin.id, rep1.id, "The login is for the requester's own test site");
    expect(await db.report.findUniqueOrThrow({ where: { id: rep1.id } })).toMatchObject({ status: "Dismissed", resolvedBy: admin.id });
    expect((await db.hIT.findUniqueOrThrow({ where: { id: h1.id } })).status).not.toBe("Disposed");
    expect(await db.notification.findFirst({ where: { userId: w3.id, kind: "report.dismissed" } })).toMatchObject({ text: expect.stringContaining("own test site") });
    await expect(dismissReport(admin.id, rep1.id, "Twice over")).rejects.toMatchObject({ code: "Conflict" });
  });
});
