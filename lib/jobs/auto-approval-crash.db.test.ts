// The sweep worker survives dying in the middle of an auto-approval sweep: the real worker process
// (scripts/worker.ts) is killed with SIGKILL while it approves a couple of hundred due submissions, and
// afterwards every assignment is either approved and paid once, or still submitted and unpaid; the
// ledger balances; and the next sweep approves the rest, paying nobody twice.
import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { newId, newUserId } from "@/lib/ids";
import { userAccounts } from "@/lib/money/accounts";
import { checkLedger } from "@/lib/money/invariants";
import { balancesOf } from "@/lib/money/queries";
import { groupCountProblems } from "@/lib/hits/group-stats";
import { makeHit, makeRequester, simpleAnswerXml } from "@/lib/testing/factories";
import { autoApproveDue } from "./sweeps";

const SUBMISSIONS = 240;
const REWARD = 20;
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
});

/** One HIT whose every slot was taken by its own worker and submitted, auto-approval already due. */
async function submittedHit() {
  const requester = await makeRequester(100_000);
  const hit = await makeHit(requester.id, { maxAssignments: SUBMISSIONS, rewardCents: REWARD });
  const t = now();
  const workers = Array.from({ length: SUBMISSIONS }, (_, i) => ({ id: newUserId(), email: `crash-worker-${i}-${hit.id}@test.example`, name: `Crash Worker ${i}`, passwordHash: "-", isWorker: true, createdAt: t }));
  await db.user.createMany({ data: workers });
  await db.ledgerAccount.createMany({ data: workers.flatMap((w) => userAccounts(w.id)) });
  // Written directly (the domain's accept and submit of so many workers would be most of the test's time),
  // with the counters set as those submissions leave them.
  await db.assignment.createMany({
    data: workers.map((w) => ({
      id: newId(), hitId: hit.id, workerId: w.id, hitTypeId: hit.hitTypeId, requesterId: requester.id, status: "Submitted", liveSlot: `${hit.id}:${w.id}`,
      acceptedAt: t, deadline: t, submittedAt: t, autoApprovalAt: new Date(t.getTime() - 60_000), answer: simpleAnswerXml, workSeconds: 30,
    })),
  });
  await db.hIT.update({ where: { id: hit.id }, data: { numAvailable: 0, numSubmitted: SUBMISSIONS, status: "Unassignable" } });
  await db.hITType.update({ where: { id: hit.hitTypeId }, data: { hitsAvailable: { decrement: 1 } } });
  return { requester, hit };
}

/** Starts the sweep worker (tsx as an import hook, so the sweep runs in the process that gets SIGKILL). */
function startWorker() {
  const proc = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, PIECEWORK_SWEEP_INTERVAL_MS: "20" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = proc;
  let output = "";
  proc.stdout!.on("data", (d) => (output += d));
  proc.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => proc.on("exit", () => resolve()));
  return { proc, exited, output: () => output };
}

async function paymentsOf(hitId: string) {
  return db.ledgerTransaction.count({ where: { hitId, kind: "assignment_payment" } });
}

describe("a sweep worker killed during auto-approval", () => {
  it("leaves every assignment paid once or not at all, and the next sweep finishes the rest", async () => {
    const { requester, hit } = await submittedHit();
    const escrowBefore = (await balancesOf(requester.id)).requesterEscrowCents;
    const worker = startWorker();
    let exited = false;
    void worker.exited.then(() => (exited = true));

    // Kill it once it has approved some but not all: a sweep takes 200 at a time, so it dies mid-sweep.
    let approvedAtKill = 0;
    for (;;) {
      if (exited) throw new Error(`the sweep worker ended before it was killed:\n${worker.output()}`);
      approvedAtKill = await db.assignment.count({ where: { hitId: hit.id, status: "Approved" } });
      if (approvedAtKill >= 25) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    worker.proc.kill("SIGKILL");
    await worker.exited;

    const approved = await db.assignment.count({ where: { hitId: hit.id, status: "Approved" } });
    expect(approved).toBeGreaterThanOrEqual(approvedAtKill);
    expect(approved).toBeLessThan(SUBMISSIONS);
    // Exactly one payment per approved assignment, none for the rest, and the money where it belongs.
    expect(await paymentsOf(hit.id)).toBe(approved);
    expect(await db.ledgerTransaction.count({ where: { hitId: hit.id, kind: "assignment_payment", paysAssignmentId: { in: (await db.assignment.findMany({ where: { hitId: hit.id, status: "Submitted" }, select: { id: true } })).map((a) => a.id) } } })).toBe(0);
    const perAssignment = escrowBefore / SUBMISSIONS;
    expect((await balancesOf(requester.id)).requesterEscrowCents).toBe(escrowBefore - approved * perAssignment);
    expect(await checkLedger()).toEqual([]);

    // The next sweep (here, in this process) approves exactly the rest.
    let rest = 0;
    for (let n = await autoApproveDue(); n > 0; n = await autoApproveDue()) rest += n;
    expect(rest).toBe(SUBMISSIONS - approved);
    expect(await paymentsOf(hit.id)).toBe(SUBMISSIONS);
    expect(await db.assignment.count({ where: { hitId: hit.id, status: "Approved" } })).toBe(SUBMISSIONS);
    const paidWorkers = await db.ledgerEntry.count({ where: { transaction: { hitId: hit.id, kind: "assignment_payment" }, amountCents: REWARD, accountId: { startsWith: "worker:" } } });
    expect(paidWorkers).toBe(SUBMISSIONS);
    expect((await balancesOf(requester.id)).requesterEscrowCents).toBe(escrowBefore - SUBMISSIONS * perAssignment);
    expect(await checkLedger()).toEqual([]);
    expect(await groupCountProblems(db)).toEqual([]);
  }, 120_000);
});
