// Outbox delivery: retries with backoff, at least once across a killed deliverer, in order per HIT type,
// and one send per event when two deliverers run at once.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { db } from "@/lib/db/client";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { acceptHit } from "@/lib/assignments/mutations";
import { resendEvent } from "@/lib/notifications/deliveries";
import { makeHit, makeRequester, makeWorker } from "@/lib/testing/factories";
import { startHttpReceiver } from "@/lib/testing/receivers";
import { subscribe } from "@/lib/testing/notifications";
import { backoffSeconds, deliverOutbox, MAX_ATTEMPTS } from "./outbox";

const receiver = await startHttpReceiver();
afterAll(() => receiver.close());
beforeEach(() => {
  setClockOffset(0);
  receiver.answerWith(() => 200);
  receiver.posts.length = 0;
});

/** A HIT type subscribed to acceptances, and a way to cause one more event of it. */
async function subscribedType(title: string) {
  const r = await makeRequester(100_00);
  const hit = await makeHit(r.id, { title, maxAssignments: 20 });
  await subscribe(r.id, hit.hitTypeId, receiver.url, ["AssignmentAccepted"]);
  const accept = async () => (await acceptHit((await makeWorker()).id, hit.id)).id;
  return { r, hit, hitTypeId: hit.hitTypeId, accept };
}

const assignmentIdsReceived = (hitTypeId: string) =>
  receiver.posts.filter((p) => p.json.Events[0].HITTypeId === hitTypeId).map((p) => p.json.Events[0].AssignmentId);

describe("outbox delivery", () => {
  it("retries a failing receiver with exponential backoff, exactly as many times as it failed", async () => {
    const t = await subscribedType("Flaky receiver");
    const a = await t.accept();
    receiver.answerWith((_req, nth) => (nth <= 3 ? { status: 503, body: `busy, try later (${nth})` } : 200));
    const waits = [1, 2, 3].map(backoffSeconds);
    expect(waits).toEqual([30, 60, 120]);

    expect(await deliverOutbox()).toMatchObject({ retrying: 1 });
    for (const wait of waits) {
      expect(await deliverOutbox()).toMatchObject({ delivered: 0, retrying: 0 }); // not due yet
      advanceClock(wait * 1000 - 1000);
      expect(await deliverOutbox()).toMatchObject({ delivered: 0, retrying: 0 });
      advanceClock(1000);
      await deliverOutbox();
    }
    expect(receiver.posts).toHaveLength(4);
    expect(new Set(receiver.eventIds()).size).toBe(1);
    const event = await db.outboxEvent.findFirstOrThrow({ where: { hitTypeId: t.hitTypeId }, include: { deliveries: { orderBy: { attemptedAt: "asc" } } } });
    expect(event).toMatchObject({ status: "Delivered", attempts: 4, lastError: null, lastStatusCode: 200, leaseToken: null });
    expect(event.deliveries.map((d) => [d.ok, d.statusCode, d.response])).toEqual([
      [false, 503, "busy, try later (1)"], [false, 503, "busy, try later (2)"], [false, 503, "busy, try later (3)"], [true, 200, "ok"],
    ]);
    expect(assignmentIdsReceived(t.hitTypeId)).toEqual([a, a, a, a]);
    advanceClock(3600_000);
    expect(await deliverOutbox()).toMatchObject({ delivered: 0 });
    expect(receiver.posts).toHaveLength(4);
  });

  it("keeps a HIT type's later events back while an earlier one waits for a retry, without holding up other types", async () => {
    const slow = await subscribedType("Slow type");
    const other = await subscribedType("Other type");
    const [s1, s2, s3] = [await slow.accept(), await slow.accept(), await slow.accept()];
    const o1 = await other.accept();
    let s1Tries = 0;
    receiver.answerWith((req) => (req.json.Events[0].AssignmentId === s1 && ++s1Tries <= 2 ? 500 : 200));
    await deliverOutbox();
    expect(assignmentIdsReceived(slow.hitTypeId)).toEqual([s1]);
    expect(assignmentIdsReceived(other.hitTypeId)).toEqual([o1]);
    advanceClock(30_000);
    await deliverOutbox(); // s1 fails a second time
    expect(assignmentIdsReceived(slow.hitTypeId)).toEqual([s1, s1]);
    advanceClock(60_000);
    expect(await deliverOutbox()).toMatchObject({ delivered: 3 });
    expect(assignmentIdsReceived(slow.hitTypeId)).toEqual([s1, s1, s1, s2, s3]);
  });

  it("gives up after the last attempt, lets later events go on, and sends again on Resend (owner only)", async () => {
    const t = await subscribedType("Dead receiver");
    const [a1, a2] = [await t.accept(), await t.accept()];
    receiver.answerWith((req) => (req.json.Events[0].AssignmentId === a1 ? 410 : 200));
    const toldTexts = () => db.notification.findMany({ where: { kind: "delivery.failing", userId: t.r.id } }).then((ns) => ns.map((n) => n.text));
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      await deliverOutbox();
      if (i === 2) expect(await toldTexts()).toEqual([]);
      if (i === 3) expect(await toldTexts()).toEqual([expect.stringMatching(/"Dead receiver" are failing: the destination keeps refusing events/)]);
      advanceClock(backoffSeconds(i) * 1000);
    }
    const failed = await db.outboxEvent.findFirstOrThrow({ where: { hitTypeId: t.hitTypeId, seq: 1 } });
    expect(failed).toMatchObject({ status: "Failed", attempts: MAX_ATTEMPTS, lastStatusCode: 410 });
    expect(assignmentIdsReceived(t.hitTypeId)).toEqual([...Array(MAX_ATTEMPTS).fill(a1), a2]);
    // The requester has one line about it, not one per attempt: told at the third failure, then (same line) at the last.
    const told = await db.notification.findMany({ where: { kind: "delivery.failing", userId: t.r.id } });
    expect(told.map((n) => [n.userId, n.count, n.href])).toEqual([[t.r.id, 2, `/requester/notifications/${t.hitTypeId}`]]);
    expect(told[0].text).toMatch(/"Dead receiver" are failing: an event was given up after every retry/);

    const stranger = await makeRequester();
    await expect(resendEvent(stranger.id, failed.id)).rejects.toMatchObject({ code: "NotFound" });
    receiver.answerWith(() => 200);
    await resendEvent(t.r.id, failed.id);
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "Pending", attempts: 0 });
    expect(await deliverOutbox()).toMatchObject({ delivered: 1 });
    expect(assignmentIdsReceived(t.hitTypeId).at(-1)).toBe(a1);
    expect(await db.delivery.count({ where: { eventId: failed.id } })).toBe(MAX_ATTEMPTS + 1);
  });

  it("sends each event once when two deliverers run at the same time", async () => {
    const types = await Promise.all(["One", "Two", "Three"].map((n) => subscribedType(`Concurrent ${n}`)));
    const sent: string[] = [];
    for (const t of types) for (let i = 0; i < 4; i++) sent.push(await t.accept());
    const [x, y] = await Promise.all([deliverOutbox(), deliverOutbox()]);
    expect(x.delivered + y.delivered).toBe(12);
    expect(receiver.posts).toHaveLength(12);
    expect(new Set(receiver.eventIds()).size).toBe(12);
    expect(receiver.posts.map((p) => p.json.Events[0].AssignmentId).sort()).toEqual([...sent].sort());
    for (const t of types) expect(assignmentIdsReceived(t.hitTypeId)).toEqual(sent.filter((id) => assignmentIdsReceived(t.hitTypeId).includes(id)));
  });

  it("sends again after a deliverer is killed between the receiver's answer and marking the event done", async () => {
    const t = await subscribedType("Killed deliverer");
    await t.accept();
    let arrived!: () => void;
    const gotRequest = new Promise<void>((resolve) => (arrived = resolve));
    // The receiver has the event, and holds its answer: the deliverer cannot have marked it done.
    receiver.answerWith(() => () => arrived());
    const child = spawn(join(process.cwd(), "node_modules/.bin/tsx"), ["lib/testing/outbox-deliverer.ts"], { env: process.env, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    await gotRequest;
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const claimed = await db.outboxEvent.findFirstOrThrow({ where: { hitTypeId: t.hitTypeId } });
    expect(claimed).toMatchObject({ status: "Pending", attempts: 0, leaseToken: expect.any(String) });
    receiver.answerWith(() => 200);
    expect(await deliverOutbox()).toMatchObject({ delivered: 0 }); // the dead process's lease still runs
    advanceClock(61_000);
    expect(await deliverOutbox()).toMatchObject({ delivered: 1 });
    expect(receiver.eventIds()).toEqual([claimed.id, claimed.id]);
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: claimed.id } })).toMatchObject({ status: "Delivered", attempts: 1 });
  });
});
