// The workers page reads: who worked for the requester, and each one's recent assignments for a bonus.
import { describe, it, expect, beforeEach } from "vitest";
import { setClockOffset, advanceClock } from "@/lib/clock";
import { acceptHit, submitAssignment, approveAssignment, rejectAssignment } from "@/lib/assignments/mutations";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { blockWorker } from "./blocks";
import { workersOfRequester, recentAssignmentsByWorker } from "./queries";

async function work(workerId: string, hitId: string) {
  const a = await acceptHit(workerId, hitId);
  await submitAssignment(workerId, a.id, simpleAnswerXml);
  advanceClock(1000); // so "newest first" has one answer
  return a.id;
}

beforeEach(() => setClockOffset(0));

describe("workers of a requester", () => {
  it("groups each worker's submitted and reviewed assignments, newest first, only this requester's", async () => {
    const r = await makeRequester(100_000);
    const other = await makeRequester(100_000);
    const [w1, w2, idle] = [await makeWorker("One"), await makeWorker("Two"), await makeWorker("Idle")];
    const h1 = await makeHit(r.id, { title: "First", maxAssignments: 2 });
    const h2 = await makeHit(r.id, { title: "Second", maxAssignments: 2 });
    const a1 = await work(w1.id, h1.id);
    const a2 = await work(w1.id, h2.id);
    const b1 = await work(w2.id, h1.id);
    await acceptHit(idle.id, h2.id); // accepted, never submitted: not listed
    await work(w1.id, (await makeHit(other.id)).id);
    await approveAssignment({ requesterId: r.id }, a1);
    await rejectAssignment(r.id, b1, "No.");
    await blockWorker(r.id, w2.id, "Careless");

    const byWorker = await recentAssignmentsByWorker(r.id, [w1.id, w2.id, idle.id]);
    expect(byWorker.get(w1.id)?.map((a) => [a.id, a.title, a.status])).toEqual([
      [a2, "Second", "Submitted"],
      [a1, "First", "Approved"],
    ]);
    expect(byWorker.get(w2.id)?.map((a) => a.status)).toEqual(["Rejected"]);
    expect(byWorker.has(idle.id)).toBe(false);
    expect((await recentAssignmentsByWorker(r.id, [w1.id], 1)).get(w1.id)).toHaveLength(1);

    const workers = await workersOfRequester(r.id);
    expect(workers.map((w) => w.name).sort()).toEqual(["One", "Two"]);
    expect(workers.find((w) => w.name === "One")).toMatchObject({ submitted: 1, approved: 1, rejected: 0, approvalRate: 1, block: null });
    expect(workers.find((w) => w.name === "Two")).toMatchObject({ approved: 0, rejected: 1, approvalRate: 0, block: { reason: "Careless" } });
  });
});
