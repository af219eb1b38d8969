// The sweeps move due records exactly once, however often and however many processes run them.
import { describe, it, expect, beforeEach } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset, advanceClock, now } from "@/lib/clock";
import { updateExpiration } from "@/lib/hits/management";
import { subscribe } from "@/lib/testing/notifications";
import { checkLedger } from "@/lib/money/invariants";
import { balancesOf } from "@/lib/money/queries";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { runAllSweeps, abandonOverdueAssignments, closeExpiredHits, autoApproveDue } from "./sweeps";

beforeEach(() => setClockOffset(0));

describe("sweeps", () => {
  it("abandons overdue work, closes expired HITs, auto-approves, and releases unused escrow", async () => {
    const requester = await makeRequester(10_000);
    const [w1, w2] = [await makeWorker(), await makeWorker()];
    const hit = await makeHit(requester.id, { maxAssignments: 3, assignmentDurationSeconds: 60, lifetimeSeconds: 120, autoApprovalDelaySeconds: 300 });
    const a1 = await acceptHit(w1.id, hit.id);
    const a2 = await acceptHit(w2.id, hit.id);
    await submitAssignment(w1.id, a1.id, simpleAnswerXml);

    advanceClock(61_000); // a2 overdue
    expect(await Promise.all([abandonOverdueAssignments(), abandonOverdueAssignments()])).toEqual(expect.arrayContaining([1, 0]));
    expect((await db.assignment.findUniqueOrThrow({ where: { id: a2.id } })).status).toBe("Abandoned");
    expect((await db.hIT.findUniqueOrThrow({ where: { id: hit.id } })).numAvailable).toBe(2);

    advanceClock(60_000); // HIT expired
    expect(await closeExpiredHits()).toBe(1);
    expect(await closeExpiredHits()).toBe(0);
    expect(await db.hIT.findUniqueOrThrow({ where: { id: hit.id } })).toMatchObject({ numAvailable: 0, numSubmitted: 1, escrowCents: 60 });
    expect(await balancesOf(requester.id)).toMatchObject({ requesterAvailableCents: 10_000 - 60, requesterEscrowCents: 60 });
    expect(await checkLedger()).toEqual([]);

    advanceClock(300_000); // auto-approval due
    const [x, y] = await Promise.all([autoApproveDue(), autoApproveDue()]);
    expect(x + y).toBe(1);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: a1.id } })).status).toBe("Approved");
    expect((await balancesOf(w1.id)).workerAvailableCents).toBe(50);
    expect(await runAllSweeps()).toEqual({ abandoned: 0, expired: 0, autoApproved: 0, appealsEscalated: 0, notifications: { delivered: 0, retrying: 0, failed: 0, skipped: 0 }, messageEmails: { sent: 0, failed: 0 } });
    expect(await checkLedger()).toEqual([]);
  });

  it("records HITExpired once for a HIT whose every slot was taken when its lifetime ended, and again after an extension", async () => {
    const requester = await makeRequester(10_000);
    const hit = await makeHit(requester.id, { maxAssignments: 2, lifetimeSeconds: 120 });
    await subscribe(requester.id, hit.hitTypeId, "ops@example.com", ["HITExpired"]);
    const [w1, w2] = [await makeWorker(), await makeWorker()];
    await submitAssignment(w1.id, (await acceptHit(w1.id, hit.id)).id, simpleAnswerXml);
    await acceptHit(w2.id, hit.id); // still working when the HIT expires
    const expiredEvents = () => db.outboxEvent.count({ where: { hitTypeId: hit.hitTypeId, eventType: "HITExpired" } });

    advanceClock(121_000);
    expect((await db.hIT.findUniqueOrThrow({ where: { id: hit.id } })).numAvailable).toBe(0);
    expect(await Promise.all([closeExpiredHits(), closeExpiredHits()])).toEqual(expect.arrayContaining([1, 0]));
    expect(await closeExpiredHits()).toBe(0);
    expect(await expiredEvents()).toBe(1);
    // Expiring it "now" by hand afterwards does not say it twice.
    await updateExpiration(requester.id, hit.id, now());
    expect(await expiredEvents()).toBe(1);

    await updateExpiration(requester.id, hit.id, new Date(now().getTime() + 60_000));
    advanceClock(61_000);
    expect(await closeExpiredHits()).toBe(1);
    expect(await expiredEvents()).toBe(2);
    expect(await checkLedger()).toEqual([]);
  });
});
