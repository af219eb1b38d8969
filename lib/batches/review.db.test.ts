// Reviewing a batch's submissions (selected or all), cancelling the rest of a batch with its unused escrow
// released, and the submissions chart's counts; another requester can do none of it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptHit } from "@/lib/assignments/mutations";
import { submitExternal } from "@/lib/assignments/external";
import { advanceClock } from "@/lib/clock";
import { checkLedger } from "@/lib/money/invariants";
import { balancesOf } from "@/lib/money/queries";
import { createProject } from "@/lib/projects/mutations";
import { makeRequester, makeWorker } from "@/lib/testing/factories";
import { projectInput } from "@/lib/testing/project-input";
import { submissionsOverTime } from "./activity";
import { publishBatch } from "./publish";
import { batchProgress } from "./queries";
import { cancelBatch, reviewBatch } from "./review";

// 4 rows × 3 assignments × ($0.10 + $0.02 fee)
const CSV = "text,source\none,a\ntwo,b\nthree,c\nfour,d\n";
const PER_SLOT = 12;

async function batchWithSubmissions(count: number) {
  const r = await makeRequester(100_000);
  const p = await createProject(r.id, projectInput());
  const { batch } = await publishBatch(r.id, p.id, CSV);
  const hits = await db.hIT.findMany({ where: { batchId: batch.id }, orderBy: { batchRow: "asc" } });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = await makeWorker();
    const a = await acceptHit(w.id, hits[i % hits.length].id);
    await submitExternal(a.id, { assignmentId: a.id, sentiment: "positive" });
    ids.push(a.id);
  }
  return { r, batch, hits, ids };
}

describe("batch review and cancel", () => {
  it("approves the selected submissions only, then rejects all the rest, paying and releasing escrow", async () => {
    const { r, batch, ids } = await batchWithSubmissions(4);
    const approved = await reviewBatch(r.id, batch.id, "approve", "", [ids[0], ids[1]]);
    expect(approved.succeeded.sort()).toEqual([ids[0], ids[1]].sort());
    expect(await batchProgress(batch.id)).toMatchObject({ submitted: 2, approved: 2, rejected: 0 });
    const rejected = await reviewBatch(r.id, batch.id, "reject", "Did not read the text");
    expect(rejected.succeeded.sort()).toEqual([ids[2], ids[3]].sort());
    expect(await batchProgress(batch.id)).toMatchObject({ submitted: 0, approved: 2, rejected: 2 });
    await expect(reviewBatch(r.id, batch.id, "approve", "")).rejects.toMatchObject({ code: "Conflict" });
    expect(await checkLedger()).toEqual([]);
  });

  it("leaves out selected assignments of another batch", async () => {
    const one = await batchWithSubmissions(1);
    const p2 = await createProject(one.r.id, projectInput({ name: "Second" }));
    const { batch: other } = await publishBatch(one.r.id, p2.id, "text,source\nx,y\n");
    await expect(reviewBatch(one.r.id, other.id, "approve", "", one.ids)).rejects.toMatchObject({ code: "Conflict" });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: one.ids[0] } })).toMatchObject({ status: "Submitted" });
  });

  it("cancels the rest of the batch: open slots expire and their escrow goes back, submitted work stays payable", async () => {
    const { r, batch, ids } = await batchWithSubmissions(2);
    const before = await balancesOf(r.id);
    expect(before.requesterEscrowCents).toBe(4 * 3 * PER_SLOT);
    const result = await cancelBatch(r.id, batch.id);
    // 12 slots, 2 submitted: 10 released.
    expect(result).toEqual({ expiredHits: 4, releasedCents: 10 * PER_SLOT });
    const after = await balancesOf(r.id);
    expect(after.requesterEscrowCents).toBe(2 * PER_SLOT);
    expect(after.requesterAvailableCents - before.requesterAvailableCents).toBe(10 * PER_SLOT);
    expect(await db.batch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ status: "Cancelled" });
    expect(await batchProgress(batch.id)).toMatchObject({ submitted: 2, remaining: 0 });
    // Nothing more to expire the second time; the submitted work can still be approved.
    expect(await cancelBatch(r.id, batch.id)).toEqual({ expiredHits: 0, releasedCents: 0 });
    expect((await reviewBatch(r.id, batch.id, "approve", "")).succeeded.sort()).toEqual([...ids].sort());
    expect((await balancesOf(r.id)).requesterEscrowCents).toBe(0);
    expect(await checkLedger()).toEqual([]);
  });

  it("refuses another requester, changing nothing", async () => {
    const { batch, ids } = await batchWithSubmissions(1);
    const other = await makeRequester(100_000);
    await expect(reviewBatch(other.id, batch.id, "approve", "", ids)).rejects.toMatchObject({ code: "NotFound" });
    await expect(reviewBatch(other.id, batch.id, "reject", "no")).rejects.toMatchObject({ code: "NotFound" });
    await expect(cancelBatch(other.id, batch.id)).rejects.toMatchObject({ code: "NotFound" });
    expect(await db.batch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ status: "Published" });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({ status: "Submitted" });
    expect(await submissionsOverTime(other.id, "day")).toSatisfy((s: { submissions: number }[]) => s.every((p) => p.submissions === 0));
  });

  it("counts submissions per hour and per day, per batch or across batches", async () => {
    const { r, batch } = await batchWithSubmissions(2);
    advanceClock(3 * 3_600_000);
    const p2 = await createProject(r.id, projectInput({ name: "Later" }));
    const { batch: later } = await publishBatch(r.id, p2.id, CSV);
    const hit = await db.hIT.findFirstOrThrow({ where: { batchId: later.id } });
    const a = await acceptHit((await makeWorker()).id, hit.id);
    await submitExternal(a.id, { assignmentId: a.id, sentiment: "neutral" });

    const hourly = await submissionsOverTime(r.id, "hour");
    expect(hourly).toHaveLength(48);
    const nonzero = hourly.filter((p) => p.submissions > 0).map((p) => p.submissions);
    expect(nonzero).toEqual([2, 1]);
    expect(hourly.at(-1)!.submissions).toBe(1); // the current hour is the last bucket
    expect((await submissionsOverTime(r.id, "hour", batch.id)).reduce((n, p) => n + p.submissions, 0)).toBe(2);
    const daily = await submissionsOverTime(r.id, "day", later.id);
    expect(daily).toHaveLength(30);
    expect(daily.reduce((n, p) => n + p.submissions, 0)).toBe(1);
  });
});
