// The requester's transaction history: per ledger transaction, their net amount and the platform's fee.
import { describe, it, expect, beforeEach } from "vitest";
import { setClockOffset, advanceClock } from "@/lib/clock";
import { acceptHit, submitAssignment, approveAssignment, rejectAssignment } from "@/lib/assignments/mutations";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { sendBonus } from "./bonuses";
import { balancesOf, requesterTransactions } from "./queries";

beforeEach(() => setClockOffset(0));
// Each step a second apart, so "newest first" has one answer.
const tick = () => advanceClock(1000);

describe("requesterTransactions", () => {
  it("shows each movement with the fee the platform took in that same transaction", async () => {
    const r = await makeRequester(10_000);
    const other = await makeRequester(10_000);
    const [w1, w2] = [await makeWorker(), await makeWorker()];
    tick();
    const hit = await makeHit(r.id, { rewardCents: 50, maxAssignments: 2 });
    tick();
    await makeHit(other.id);
    tick();
    const a1 = await acceptHit(w1.id, hit.id);
    await submitAssignment(w1.id, a1.id, simpleAnswerXml);
    await approveAssignment({ requesterId: r.id }, a1.id);
    tick();
    const a2 = await acceptHit(w2.id, hit.id);
    await submitAssignment(w2.id, a2.id, simpleAnswerXml);
    await rejectAssignment(r.id, a2.id, "No.");
    tick();
    await sendBonus(r.id, { workerId: w1.id, assignmentId: a1.id, amountCents: 100, reason: "Extra care" });

    const rows = await requesterTransactions(r.id);
    const pick = ({ kind, availableCents, escrowCents, netCents, feeCents }: (typeof rows)[number]) => ({ kind, availableCents, escrowCents, netCents, feeCents });
    // Newest first.
    expect(rows.map(pick)).toEqual([
      { kind: "bonus", availableCents: -120, escrowCents: 0, netCents: -120, feeCents: 20 },
      { kind: "escrow_release", availableCents: 60, escrowCents: -60, netCents: 0, feeCents: 0 },
      { kind: "assignment_payment", availableCents: 0, escrowCents: -60, netCents: -60, feeCents: 10 },
      { kind: "hit_escrow", availableCents: -120, escrowCents: 120, netCents: 0, feeCents: 0 },
      { kind: "deposit", availableCents: 10_000, escrowCents: 0, netCents: 10_000, feeCents: 0 },
    ]);
    expect(rows[0].memo).toContain("Bonus");
    // The history adds up to the balances.
    const b = await balancesOf(r.id);
    expect(rows.reduce((s, t) => s + t.availableCents, 0)).toBe(b.requesterAvailableCents);
    expect(rows.reduce((s, t) => s + t.escrowCents, 0)).toBe(b.requesterEscrowCents);
    // Another requester's history holds none of it.
    expect((await requesterTransactions(other.id)).map((t) => t.kind)).toEqual(["hit_escrow", "deposit"]);
  });
});
