// Money property test: thousands of random marketplace operations with the clock moving, and after every
// step the ledger invariants of DESIGN.md section 6 hold (and every HIT group's count of open HITs). The seed is printed, so a failure can be replayed
// with PROPERTY_SEED=<seed>.
import { describe, it, expect } from "vitest";
import { db } from "@/lib/db/client";
import { advanceClock, setClockOffset, now } from "@/lib/clock";
import { DomainError } from "@/lib/errors";
import { createHit } from "@/lib/hits/mutations";
import { updateExpiration, addAssignments, disposeHit } from "@/lib/hits/management";
import { acceptHit, submitAssignment, returnAssignment, approveAssignment, rejectAssignment } from "@/lib/assignments/mutations";
import { runAllSweeps } from "@/lib/jobs/sweeps";
import { sendBonus } from "./bonuses";
import { checkLedger } from "./invariants";
import { groupCountProblems } from "@/lib/hits/group-stats";
import { makeRequester, makeWorker, hitInput, simpleAnswerXml } from "@/lib/testing/factories";
import { rng } from "@/lib/testing/rng";

const STEPS = Number(process.env.PROPERTY_STEPS ?? (process.env.TEST_DB_PROVIDER === "postgresql" ? 1500 : 3000));


describe("money property", () => {
  it(`keeps the ledger balanced through ${STEPS} random operations`, { timeout: 600_000 }, async () => {
    const seed = Number(process.env.PROPERTY_SEED ?? Date.now() % 1_000_000);
    console.log(`money property test: seed ${seed}, ${STEPS} steps`);
    const rand = rng(seed);
    const pick = <T,>(xs: T[]): T | undefined => (xs.length ? xs[Math.floor(rand() * xs.length)] : undefined);
    const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
    setClockOffset(0);

    const requesters = [await makeRequester(50_000), await makeRequester(20_000), await makeRequester(2_000)];
    const workers = await Promise.all(Array.from({ length: 6 }, (_, i) => makeWorker(`Worker ${i}`)));
    const hitIds: string[] = [];
    const counts: Record<string, number> = {};
    const refusals: Record<string, number> = {};

    const ops: Record<string, () => Promise<unknown>> = {
      create: async () => {
        const r = pick(requesters)!;
        const { hit } = await createHit(r.id, hitInput({ rewardCents: int(1, 150), maxAssignments: int(1, 12), lifetimeSeconds: int(60, 4000), assignmentDurationSeconds: int(30, 900), autoApprovalDelaySeconds: int(0, 2000), title: `HIT ${int(1, 5)}` }));
        hitIds.push(hit.id);
      },
      accept: async () => {
        const live = await db.hIT.findMany({ where: { status: "Assignable", expiresAt: { gt: now() } }, select: { id: true }, take: 30 });
        const h = pick(live);
        if (h) await acceptHit(pick(workers)!.id, h.id);
        return Boolean(h);
      },
      submit: async () => {
        const a = pick(await db.assignment.findMany({ where: { status: "Accepted" }, take: 20 }));
        if (a) await submitAssignment(a.workerId, a.id, simpleAnswerXml);
        return Boolean(a);
      },
      return: async () => {
        const a = pick(await db.assignment.findMany({ where: { status: "Accepted" }, take: 20 }));
        if (a) await returnAssignment(a.workerId, a.id);
        return Boolean(a);
      },
      approve: async () => {
        const a = pick(await db.assignment.findMany({ where: { status: "Submitted" }, take: 20 }));
        if (a) await approveAssignment({ requesterId: a.requesterId }, a.id, "ok");
        return Boolean(a);
      },
      reject: async () => {
        const a = pick(await db.assignment.findMany({ where: { status: "Submitted" }, take: 20 }));
        if (a) await rejectAssignment(a.requesterId, a.id, "not good enough");
        return Boolean(a);
      },
      override: async () => {
        const a = pick(await db.assignment.findMany({ where: { status: "Rejected" }, take: 20 }));
        if (a) await approveAssignment({ requesterId: a.requesterId }, a.id, "on second look", { overrideRejection: true });
        return Boolean(a);
      },
      bonus: async () => {
        const a = pick(await db.assignment.findMany({ where: { status: { in: ["Submitted", "Approved", "Rejected"] } }, take: 20 }));
        if (a) await sendBonus(a.requesterId, { workerId: a.workerId, assignmentId: a.id, amountCents: int(1, 300), reason: "bonus", uniqueRequestToken: rand() < 0.3 ? `t${int(1, 40)}` : undefined });
        return Boolean(a);
      },
      addAssignments: async () => {
        const h = pick(await db.hIT.findMany({ where: { id: { in: hitIds } }, take: 50 }));
        if (h) await addAssignments(h.requesterId, h.id, int(1, 4));
        return Boolean(h);
      },
      expire: async () => {
        const h = pick(await db.hIT.findMany({ where: { id: { in: hitIds } }, take: 50 }));
        if (h) await updateExpiration(h.requesterId, h.id, new Date(0));
        return Boolean(h);
      },
      extend: async () => {
        const h = pick(await db.hIT.findMany({ where: { id: { in: hitIds } }, take: 50 }));
        if (h) await updateExpiration(h.requesterId, h.id, new Date(now().getTime() + int(60, 3600) * 1000));
        return Boolean(h);
      },
      dispose: async () => {
        const h = pick(await db.hIT.findMany({ where: { id: { in: hitIds } }, take: 50 }));
        if (h) await disposeHit(h.requesterId, h.id);
        return Boolean(h);
      },
      sweep: async () => runAllSweeps(),
      tick: async () => advanceClock(int(1, 900) * 1000),
    };
    const weights: [string, number][] = [["create", 6], ["accept", 16], ["submit", 12], ["return", 3], ["approve", 8], ["reject", 4], ["override", 2], ["bonus", 3], ["addAssignments", 2], ["expire", 2], ["extend", 2], ["dispose", 2], ["sweep", 6], ["tick", 8]];
    const total = weights.reduce((s, [, w]) => s + w, 0);

    for (let step = 0; step < STEPS; step++) {
      let x = rand() * total;
      const [name] = weights.find(([, w]) => (x -= w) < 0)!;
      try {
        // An op returns false when there was nothing to act on (no submitted work to approve, ...).
        if ((await ops[name]()) !== false) counts[name] = (counts[name] ?? 0) + 1;
      } catch (e) {
        if (!(e instanceof DomainError)) throw new Error(`step ${step} (${name}, seed ${seed}) threw ${e instanceof Error ? e.stack : e}`);
        refusals[name] = (refusals[name] ?? 0) + 1;
      }
      const problems = [...(await checkLedger()), ...(await groupCountProblems(db))];
      if (problems.length) throw new Error(`after step ${step} (${name}, seed ${seed}): ${problems.join("; ")}`);
    }
    console.log("done:", JSON.stringify(counts), "refused:", JSON.stringify(refusals));
    // The run must have exercised the money paths, not only refusals.
    for (const op of ["create", "accept", "submit", "approve", "reject", "bonus", "sweep"]) expect(counts[op] ?? 0).toBeGreaterThan(0);
    expect(await db.assignment.count({ where: { status: "Approved" } })).toBeGreaterThan(10);
    setClockOffset(0);
  });
});
