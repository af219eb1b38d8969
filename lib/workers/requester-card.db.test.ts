import { describe, it, expect, beforeEach } from "vitest";
import { setClockOffset, advanceClock, freezeClock } from "@/lib/clock";
import { acceptHit, submitAssignment, approveAssignment, rejectAssignment } from "@/lib/assignments/mutations";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { requesterCard } from "./requester-card";

beforeEach(() => {
  setClockOffset(0);
  freezeClock(); // review and work times below are exact
});

describe("requester card", () => {
  it("computes approval rate, review time, workers paid, recent rejection rate and overturns from known data", async () => {
    const r = await makeRequester(100_000);
    expect(await requesterCard(r.id)).toEqual({ reviewed: 0, approvalRate: null, avgReviewSeconds: null, workersPaid: 0, rejectionRate30d: null, rejectionsOverturned: 0 });
    const hit = await makeHit(r.id, { maxAssignments: 4 });
    const workers = [await makeWorker(), await makeWorker(), await makeWorker(), await makeWorker()];
    const as = [];
    for (const w of workers) {
      const a = await acceptHit(w.id, hit.id);
      await submitAssignment(w.id, a.id, simpleAnswerXml);
      as.push(a);
    }
    advanceClock(100_000); // reviewed 100 s after submission
    await approveAssignment({ requesterId: r.id }, as[0].id);
    await approveAssignment({ requesterId: r.id }, as[1].id);
    await rejectAssignment(r.id, as[2].id, "wrong");
    advanceClock(200_000); // 300 s after submission
    await rejectAssignment(r.id, as[3].id, "wrong");
    advanceClock(50_000);
    await approveAssignment({ requesterId: r.id }, as[3].id, "sorry", { overrideRejection: true });

    const card = await requesterCard(r.id);
    expect(card.reviewed).toBe(4);
    expect(card.approvalRate).toBe(3 / 4);
    expect(card.workersPaid).toBe(3);
    expect(card.rejectionsOverturned).toBe(1);
    expect(card.rejectionRate30d).toBe(2 / 4);
    // (100 + 100 + 100 + 300) / 4 = 150 s: the first decision counts, not the override.
    expect(card.avgReviewSeconds).toBe(150);

    advanceClock(31 * 24 * 3600 * 1000);
    expect((await requesterCard(r.id)).rejectionRate30d).toBeNull();
  });
});
