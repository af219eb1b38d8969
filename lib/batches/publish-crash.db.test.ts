// Publishing survives its process dying at any point: a child process publishes a large batch and is
// killed with SIGKILL, and afterwards there are either no HITs or the whole batch, never a part; no escrow
// without HITs; the ledger balances; and publishing the same file again finishes that batch, once.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { advanceClock } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { groupCountProblems } from "@/lib/hits/group-stats";
import { checkLedger } from "@/lib/money/invariants";
import { balancesOf } from "@/lib/money/queries";
import { createProject } from "@/lib/projects/mutations";
import { makeRequester } from "@/lib/testing/factories";
import { projectInput } from "@/lib/testing/project-input";
import { isInterrupted, publishBatch, STALE_PUBLISH_MS } from "./publish";

const ROWS = 8_000;
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
});

async function setup() {
  const r = await makeRequester(100_000_000);
  const p = await createProject(r.id, projectInput());
  const file = join(mkdtempSync(join(tmpdir(), "piecework-crash-")), "rows.csv");
  writeFileSync(file, "text,source\n" + Array.from({ length: ROWS }, (_, i) => `review number ${i},crash test`).join("\n"));
  return { r, p, file };
}

/**
 * Starts the child (tsx as an import hook, so the publishing code runs in the very process that gets
 * SIGKILL; tsx's own CLI would run it in a grandchild) and kills it once `when` holds for the batch row it is writing; returns what was seen. */
async function publishAndKill(requesterId: string, projectId: string, file: string, when: (b: { status: string; publishedRows: number }) => boolean) {
  const proc = spawn(process.execPath, ["--import", "tsx", "lib/testing/publish-child.ts", requesterId, projectId, file], {
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = proc;
  let output = "";
  proc.stdout!.on("data", (d) => (output += d));
  proc.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  for (;;) {
    if (done) throw new Error(`the publishing process ended before it was killed:\n${output}`);
    const b = await db.batch.findFirst({ where: { requesterId }, select: { status: true, publishedRows: true } });
    if (b && when(b)) {
      proc.kill("SIGKILL");
      await exited;
      return b;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function expectNoPartialBatch(requesterId: string) {
  const batch = await db.batch.findFirstOrThrow({ where: { requesterId } });
  const hits = await db.hIT.count({ where: { batchId: batch.id } });
  const escrows = await db.ledgerTransaction.count({ where: { kind: "hit_escrow", actorId: requesterId } });
  const { requesterEscrowCents } = await balancesOf(requesterId);
  if (batch.status === "Published") {
    expect({ hits, escrows }).toEqual({ hits: ROWS, escrows: 1 });
  } else {
    expect(batch.status).toBe("Publishing");
    expect({ hits, escrows, requesterEscrowCents }).toEqual({ hits: 0, escrows: 0, requesterEscrowCents: 0 });
  }
  expect(await checkLedger()).toEqual([]);
  expect(await groupCountProblems(db)).toEqual([]);
  return batch;
}

async function publishAgainFinishes(requesterId: string, projectId: string, file: string, batchId: string) {
  // The dead process's heartbeat stops; once it is old, the same upload takes the batch over.
  advanceClock(STALE_PUBLISH_MS + 1000);
  const again = await publishBatch(requesterId, projectId, readFileSync(file));
  expect(again.batch).toMatchObject({ id: batchId, status: "Published", publishedRows: ROWS, totalRows: ROWS });
  expect(await db.batch.count({ where: { requesterId } })).toBe(1);
  expect(await db.hIT.count({ where: { batchId } })).toBe(ROWS);
  expect(await db.hIT.groupBy({ by: ["batchRow"], where: { batchId }, having: { batchRow: { _count: { gt: 1 } } } })).toEqual([]);
  expect(await db.ledgerTransaction.count({ where: { kind: "hit_escrow", actorId: requesterId } })).toBe(1);
  expect(await db.batchStagedHit.count({ where: { batchId } })).toBe(0);
  expect(await checkLedger()).toEqual([]);
  expect(await groupCountProblems(db)).toEqual([]);
}

describe("a publishing process killed half way", () => {
  it("leaves no HITs and no escrow when killed while writing rows, and publishing again completes once", async () => {
    const { r, p, file } = await setup();
    const seen = await publishAndKill(r.id, p.id, file, (b) => b.publishedRows >= 1000);
    expect(seen.publishedRows).toBeLessThan(ROWS); // really half way, not after the end
    const batch = await expectNoPartialBatch(r.id);
    expect(batch.status).toBe("Publishing");
    expect(await db.batchStagedHit.count({ where: { batchId: batch.id } })).toBeGreaterThan(0);
    // A page reading it now still sees it working; after the stale time, interrupted.
    expect(isInterrupted(batch)).toBe(false);
    expect(isInterrupted(batch, new Date(batch.progressAt!.getTime() + STALE_PUBLISH_MS + 1))).toBe(true);
    await publishAgainFinishes(r.id, p.id, file, batch.id);
  }, 180_000);

  it("leaves the whole batch or none of it when killed while the batch opens", async () => {
    const { r, p, file } = await setup();
    await publishAndKill(r.id, p.id, file, (b) => b.publishedRows === ROWS);
    const batch = await expectNoPartialBatch(r.id);
    if (batch.status === "Published") {
      // Too late to interrupt: publishing again is a duplicate of the live batch.
      expect(await publishBatch(r.id, p.id, readFileSync(file))).toMatchObject({ duplicate: true, batch: { id: batch.id } });
      expect(await db.hIT.count({ where: { batchId: batch.id } })).toBe(ROWS);
    } else {
      await publishAgainFinishes(r.id, p.id, file, batch.id);
    }
  }, 180_000);
});
