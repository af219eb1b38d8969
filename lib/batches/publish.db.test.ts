// Publishing a batch is all-or-nothing, once per upload, and paid for in one escrow posting.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptHit } from "@/lib/assignments/mutations";
import { submitExternal } from "@/lib/assignments/external";
import { htmlQuestionForViewer } from "@/lib/hits/frame-access";
import { groupCountProblems } from "@/lib/hits/group-stats";
import { checkLedger } from "@/lib/money/invariants";
import { balancesOf } from "@/lib/money/queries";
import { createProject } from "@/lib/projects/mutations";
import { makeHit, makeRequester, makeWorker } from "@/lib/testing/factories";
import { fixture } from "@/lib/testing/fixtures";
import { projectInput } from "@/lib/testing/project-input";
import { previewBatch, publishBatch, startPublish } from "./publish";

const rowsCsv = fixture("projects/sentiment/rows.csv");
// 20 rows × 3 assignments × ($0.10 + $0.02 fee) = $7.20
const BATCH_CENTS = 20 * 3 * 12;

async function setup(funds = 100_000) {
  const r = await makeRequester(funds);
  const p = await createProject(r.id, projectInput());
  return { r, p };
}

const counts = async (requesterId: string) => ({
  batches: await db.batch.count({ where: { requesterId } }),
  hits: await db.hIT.count({ where: { requesterId } }),
  escrows: await db.ledgerTransaction.count({ where: { kind: "hit_escrow", actorId: requesterId } }),
});

describe("publishBatch", () => {
  it("publishes every row as a Layout HIT of one type with one escrow posting", async () => {
    const { r, p } = await setup();
    const { batch, duplicate, cost } = await publishBatch(r.id, p.id, rowsCsv);
    expect(duplicate).toBe(false);
    expect(batch).toMatchObject({ status: "Published", totalRows: 20, publishedRows: 20 });
    expect(cost?.totalCents).toBe(BATCH_CENTS);
    const hits = await db.hIT.findMany({ where: { batchId: batch.id }, orderBy: { batchRow: "asc" } });
    expect(hits).toHaveLength(20);
    expect(new Set(hits.map((h) => h.hitTypeId)).size).toBe(1);
    expect(hits[0]).toMatchObject({ questionType: "Layout", layoutId: p.id, maxAssignments: 3, numAvailable: 3, batchRow: 1 });
    expect(JSON.parse(hits[3].layoutParameters!)).toEqual({ text: 'He said "fine", but his face said otherwise.', source: "novel, chapter 3" });
    expect(hits[8].question).toContain("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
    expect(hits[8].question).not.toContain("<script>");
    expect(await counts(r.id)).toEqual({ batches: 1, hits: 20, escrows: 1 });
    expect((await balancesOf(r.id)).requesterEscrowCents).toBe(BATCH_CENTS);
    expect(await checkLedger()).toEqual([]);
    expect(await groupCountProblems(db)).toEqual([]);
  });

  it("returns the first batch when the same upload is published again", async () => {
    const { r, p } = await setup();
    const first = await publishBatch(r.id, p.id, rowsCsv);
    const again = await publishBatch(r.id, p.id, Buffer.from(rowsCsv));
    expect(again).toMatchObject({ duplicate: true, batch: { id: first.batch.id } });
    expect(await counts(r.id)).toEqual({ batches: 1, hits: 20, escrows: 1 });
    // The same file for another project is another batch.
    const p2 = await createProject(r.id, projectInput({ name: "Sentiment 2" }));
    expect((await publishBatch(r.id, p2.id, rowsCsv)).duplicate).toBe(false);
    expect(await checkLedger()).toEqual([]);
  });

  it("records its progress as it goes, and leaves no HITs and no escrow when it fails mid-way", async () => {
    const { r, p } = await setup();
    const csv = "text,source\n" + Array.from({ length: 1200 }, (_, i) => `row ${i},test`).join("\n");
    const seen: unknown[] = [];
    await expect(
      publishBatch(r.id, p.id, csv, {
        onProgress: async (done) => {
          // Another reader sees the batch Publishing with its rows done, and no HIT yet.
          const b = await db.batch.findFirstOrThrow({ where: { requesterId: r.id } });
          seen.push({ status: b.status, publishedRows: b.publishedRows, hits: await db.hIT.count({ where: { batchId: b.id } }) });
          if (done > 500) throw new Error("disk full");
        },
      }),
    ).rejects.toThrow("disk full");
    expect(seen).toEqual([
      { status: "Publishing", publishedRows: 500, hits: 0 },
      { status: "Publishing", publishedRows: 1000, hits: 0 },
    ]);
    const failed = await db.batch.findFirstOrThrow({ where: { requesterId: r.id } });
    expect(failed).toMatchObject({ status: "Failed", error: expect.stringMatching(/server error.*Upload the same file again/) });
    expect(await counts(r.id)).toEqual({ batches: 1, hits: 0, escrows: 0 });
    expect(await db.batchStagedHit.count()).toBe(0);
    expect((await balancesOf(r.id)).requesterEscrowCents).toBe(0);
    expect(await checkLedger()).toEqual([]);
    expect(await groupCountProblems(db)).toEqual([]);
    // Publishing the same file again finishes that batch instead of making a second one.
    const again = await publishBatch(r.id, p.id, csv);
    expect(again).toMatchObject({ duplicate: false, batch: { id: failed.id, status: "Published", publishedRows: 1200, error: null } });
    expect(await counts(r.id)).toEqual({ batches: 1, hits: 1200, escrows: 1 });
    expect(await db.batchStagedHit.count()).toBe(0);
    expect(await checkLedger()).toEqual([]);
  });

  it("returns a batch that is still publishing instead of starting it twice", async () => {
    const { r, p } = await setup();
    const started = await startPublish(r.id, p.id, rowsCsv);
    expect(started.duplicate).toBe(false);
    expect(await startPublish(r.id, p.id, rowsCsv)).toMatchObject({ duplicate: true, batch: { id: started.batch.id, status: "Publishing" } });
    if (started.duplicate) throw new Error("unreachable");
    await started.run();
    expect(await counts(r.id)).toEqual({ batches: 1, hits: 20, escrows: 1 });
  });

  it("fails the batch, with no escrow, when the funds are gone by the time it opens", async () => {
    const { r, p } = await setup(BATCH_CENTS);
    const started = await startPublish(r.id, p.id, rowsCsv);
    if (started.duplicate) throw new Error("unreachable");
    await makeHit(r.id, { rewardCents: 100 }); // spends part of the money between the check and the opening
    await expect(started.run()).rejects.toMatchObject({ code: "InsufficientFunds" });
    expect(await db.batch.findUniqueOrThrow({ where: { id: started.batch.id } })).toMatchObject({ status: "Failed", error: expect.stringContaining("Not enough funds") });
    expect(await db.hIT.count({ where: { batchId: started.batch.id } })).toBe(0);
    expect(await checkLedger()).toEqual([]);
  });

  it("refuses clearly when funds are short, and changes nothing", async () => {
    const { r, p } = await setup(BATCH_CENTS - 1);
    await expect(publishBatch(r.id, p.id, rowsCsv)).rejects.toMatchObject({ code: "InsufficientFunds", message: expect.stringMatching(/needs \$7\.20 \(rewards \$6\.00 \+ fees \$1\.20\)/) });
    expect(await counts(r.id)).toEqual({ batches: 0, hits: 0, escrows: 0 });
    expect(await checkLedger()).toEqual([]);
  });

  it("names the missing columns and publishes nothing", async () => {
    const { r, p } = await setup();
    await expect(publishBatch(r.id, p.id, "text,url\nhello,x\n")).rejects.toMatchObject({
      code: "InvalidInput",
      message: expect.stringContaining('"source"'),
      fieldErrors: { file: expect.stringContaining("${source}") },
    });
    const preview = await previewBatch(r.id, p.id, "body,url\nhello,x\n");
    expect(preview.missing).toEqual(["text", "source"]);
    expect(await counts(r.id)).toEqual({ batches: 0, hits: 0, escrows: 0 });
  });

  it("refuses another requester's project", async () => {
    const { p } = await setup();
    const other = await makeRequester(100_000);
    await expect(publishBatch(other.id, p.id, rowsCsv)).rejects.toMatchObject({ code: "NotFound" });
    await expect(previewBatch(other.id, p.id, rowsCsv)).rejects.toMatchObject({ code: "NotFound" });
  });

  it("serves a layout HIT in the frame and takes its answers through externalSubmit", async () => {
    const { r, p } = await setup();
    const { batch } = await publishBatch(r.id, p.id, rowsCsv);
    const hit = await db.hIT.findFirstOrThrow({ where: { batchId: batch.id, batchRow: 1 } });
    const w = await makeWorker();
    const session = { id: w.id, email: w.email, name: w.name, isWorker: true, isRequester: false, isAdmin: false };
    const framed = await htmlQuestionForViewer(session, hit.id);
    expect(framed.kind).toBe("Layout");
    expect(framed.html).toContain("I love this phone, the battery lasts two days!");
    const a = await acceptHit(w.id, hit.id);
    const submitted = await submitExternal(a.id, { assignmentId: a.id, sentiment: "positive", confidence: "high", comment: "" });
    expect(submitted.status).toBe("Submitted");
    expect(await checkLedger()).toEqual([]);
  });
});
