// "Accept" on a HIT group page: the oldest HIT of the group the worker can still take, in the order the
// (hitTypeId, status, createdAt) index walks, skipping HITs the worker already holds and full ones.
import { describe, it, expect, beforeEach } from "vitest";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { makeRequester, makeWorker, makeHit } from "@/lib/testing/factories";
import { acceptNextInGroup } from "./mutations";

beforeEach(() => setClockOffset(0));

describe("acceptNextInGroup", () => {
  it("takes the group's oldest open HIT, then the next one, and says so when none is left", async () => {
    const r = await makeRequester(100_000);
    const hits = [];
    for (let i = 0; i < 3; i++) {
      hits.push(await makeHit(r.id, { title: "Oldest first", maxAssignments: i === 0 ? 1 : 2 }));
      advanceClock(1000);
    }
    const typeId = hits[0].hitTypeId;
    expect(new Set(hits.map((h) => h.hitTypeId)).size).toBe(1);

    const w1 = await makeWorker();
    const w2 = await makeWorker();
    // w1 fills the only slot of the oldest HIT; w2 then gets the second oldest, not the full one.
    expect((await acceptNextInGroup(w1.id, typeId)).hitId).toBe(hits[0].id);
    expect((await acceptNextInGroup(w2.id, typeId)).hitId).toBe(hits[1].id);
    // A worker holds at most one assignment per HIT: w2's next is the third HIT.
    expect((await acceptNextInGroup(w2.id, typeId)).hitId).toBe(hits[2].id);
    await expect(acceptNextInGroup(w2.id, typeId)).rejects.toMatchObject({ code: "NoSlotAvailable" });
    expect((await acceptNextInGroup(w1.id, typeId)).hitId).toBe(hits[1].id);
    expect(await db.assignment.count({ where: { hit: { hitTypeId: typeId }, status: "Accepted" } })).toBe(4);
  });
});
