import { describe, it, expect } from "vitest";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { makeRequester, makeWorker } from "@/lib/testing/factories";
import { blockWorker, blocksOf, unblockWorker } from "./blocks";

describe("worker blocks", () => {
  it("lists a requester's own blocks newest first, in pages; blocking again updates the reason", async () => {
    setClockOffset(0);
    const r = await makeRequester();
    const other = await makeRequester();
    const [w1, w2, w3] = [await makeWorker(), await makeWorker(), await makeWorker()];
    for (const w of [w1, w2, w3]) {
      await blockWorker(r.id, w.id, `spam ${w.name}`);
      advanceClock(1000);
    }
    await blockWorker(other.id, w1.id, "theirs");
    await blockWorker(r.id, w3.id, "copied answers");
    expect((await blocksOf(r.id)).map((b) => [b.workerId, b.reason])).toEqual([[w3.id, "copied answers"], [w2.id, `spam ${w2.name}`], [w1.id, `spam ${w1.name}`]]);
    expect((await blocksOf(r.id, { skip: 1, take: 1 })).map((b) => b.workerId)).toEqual([w2.id]);
    await unblockWorker(r.id, w1.id);
    await expect(unblockWorker(r.id, w1.id)).rejects.toMatchObject({ code: "NotFound" });
    expect((await blocksOf(other.id)).map((b) => b.workerId)).toEqual([w1.id]);
    setClockOffset(0);
  });
});
