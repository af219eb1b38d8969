// Every event type, caused by real domain actions, reaches a real receiver with MTurk's message and a valid
// signature, in the order the changes happened; only subscribed, active HIT types get outbox rows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { db } from "@/lib/db/client";
import { advanceClock, now, setClockOffset } from "@/lib/clock";
import { acceptHit, approveAssignment, rejectAssignment, returnAssignment, submitAssignment } from "@/lib/assignments/mutations";
import { createHitOfType } from "@/lib/hits/mutations";
import { addAssignments, disposeHit, updateExpiration } from "@/lib/hits/management";
import { abandonOverdueAssignments, autoApproveDue } from "@/lib/jobs/sweeps";
import { deliverOutbox } from "@/lib/jobs/outbox";
import { hitInput, makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { eventDocOfMail, startHttpReceiver, startSmtpReceiver } from "@/lib/testing/receivers";
import { subscribe } from "@/lib/testing/notifications";
import { updateNotificationSettings } from "./settings";
import { signingSecretOf } from "./secret";
import { SIGNATURE_HEADER, verifySignature } from "./signature";

const receiver = await startHttpReceiver();
const smtp = await startSmtpReceiver({ refuse: "nobody@example.com" });
beforeAll(() => void (process.env.PIECEWORK_SMTP_URL = smtp.url));
afterAll(async () => {
  delete process.env.PIECEWORK_SMTP_URL;
  await Promise.all([receiver.close(), smtp.close()]);
});
beforeEach(() => setClockOffset(0));

const typeProps = { assignmentDurationSeconds: 60, autoApprovalDelaySeconds: 600 };

describe("notification events", () => {
  it("sends every event type of a HIT's life, caused by the real actions, in order, signed", async () => {
    const r = await makeRequester(100_00);
    const [w1, w2, w3, w4, w5] = await Promise.all([1, 2, 3, 4, 5].map(() => makeWorker()));
    const typeId = (await makeHit(r.id, typeProps)).hitTypeId;
    await subscribe(r.id, typeId, receiver.url);

    const { hit } = await createHitOfType(r.id, typeId, hitInput({ ...typeProps, maxAssignments: 4 }));
    const [a1, a2, a3, a4] = [await acceptHit(w1.id, hit.id), await acceptHit(w2.id, hit.id), await acceptHit(w3.id, hit.id), await acceptHit(w4.id, hit.id)];
    await returnAssignment(w3.id, a3.id);
    const a5 = await acceptHit(w5.id, hit.id);
    for (const [w, a] of [[w1, a1], [w2, a2], [w5, a5]] as const) await submitAssignment(w.id, a.id, simpleAnswerXml);
    await approveAssignment({ requesterId: r.id }, a1.id, "Thanks");
    await rejectAssignment(r.id, a2.id, "Wrong color");
    advanceClock(61_000);
    expect(await abandonOverdueAssignments()).toBe(1); // a4
    advanceClock(600_000);
    expect(await autoApproveDue()).toBe(1); // a5
    await addAssignments(r.id, hit.id, 1);
    await updateExpiration(r.id, hit.id, new Date(now().getTime() + 7200_000));
    await updateExpiration(r.id, hit.id, now());
    await disposeHit(r.id, hit.id);

    const expected: [string, string?][] = [
      ["HITCreated"], ["AssignmentAccepted", a1.id], ["AssignmentAccepted", a2.id], ["AssignmentAccepted", a3.id], ["AssignmentAccepted", a4.id],
      ["AssignmentReturned", a3.id], ["AssignmentAccepted", a5.id], ["AssignmentSubmitted", a1.id], ["AssignmentSubmitted", a2.id], ["AssignmentSubmitted", a5.id],
      ["AssignmentApproved", a1.id], ["AssignmentRejected", a2.id], ["AssignmentAbandoned", a4.id], ["AssignmentApproved", a5.id],
      ["HITExtended"], ["HITExtended"], ["HITExpired"], ["HITReviewable"], ["HITDisposed"],
    ];
    const outbox = await db.outboxEvent.findMany({ where: { hitTypeId: typeId }, orderBy: { seq: "asc" } });
    expect(outbox.map((e) => e.seq)).toEqual(expected.map((_, i) => i + 1));

    expect(await deliverOutbox()).toEqual({ delivered: expected.length, retrying: 0, failed: 0, skipped: 0 });
    const secret = await signingSecretOf(r.id);
    const received = receiver.posts.filter((p) => p.json.Events[0].HITTypeId === typeId);
    expect(received.map((p) => [p.json.Events[0].EventType, p.json.Events[0].AssignmentId])).toEqual(expected.map(([t, a]) => [t, a]));
    for (const [i, p] of received.entries()) {
      expect(p.json).toEqual({
        Events: [{ EventType: expected[i][0], EventTimestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), HITTypeId: typeId, HITId: hit.id, ...(expected[i][1] ? { AssignmentId: expected[i][1] } : {}) }],
        EventDocId: outbox[i].id,
        SourceAccount: r.id,
        CustomerId: r.id,
        EventDocVersion: "2014-08-15",
      });
      expect(p.headers["x-piecework-event-id"]).toBe(outbox[i].id);
      expect(verifySignature(secret, String(p.headers[SIGNATURE_HEADER.toLowerCase()]), p.body, { nowSeconds: Math.floor(now().getTime() / 1000) })).toBe(true);
      expect(verifySignature("another-secret", String(p.headers[SIGNATURE_HEADER.toLowerCase()]), p.body)).toBe(false);
    }
    expect(await db.outboxEvent.count({ where: { hitTypeId: typeId, status: { not: "Delivered" } } })).toBe(0);
    expect(await deliverOutbox()).toEqual({ delivered: 0, retrying: 0, failed: 0, skipped: 0 });
  });

  it("writes outbox rows only for active settings that name the event type, and skips events unsubscribed before delivery", async () => {
    const r = await makeRequester(100_00);
    const w = await makeWorker();
    const quiet = await makeHit(r.id, { title: "No settings" });
    const partial = await makeHit(r.id, { title: "Submissions only" });
    await subscribe(r.id, partial.hitTypeId, receiver.url, ["AssignmentSubmitted"]);
    const off = await makeHit(r.id, { title: "Switched off" });
    await subscribe(r.id, off.hitTypeId, receiver.url);
    await updateNotificationSettings(r.id, off.hitTypeId, { active: false });

    for (const h of [quiet, partial, off]) await submitAssignment(w.id, (await acceptHit(w.id, h.id)).id, simpleAnswerXml);
    expect(await db.outboxEvent.count({ where: { hitTypeId: { in: [quiet.hitTypeId, off.hitTypeId] } } })).toBe(0);
    expect((await db.outboxEvent.findMany({ where: { hitTypeId: partial.hitTypeId } })).map((e) => e.eventType)).toEqual(["AssignmentSubmitted"]);

    await updateNotificationSettings(r.id, partial.hitTypeId, { active: false });
    expect(await deliverOutbox({ hitTypeId: partial.hitTypeId })).toMatchObject({ delivered: 0, skipped: 1 });
    expect(await db.outboxEvent.findFirstOrThrow({ where: { hitTypeId: partial.hitTypeId } })).toMatchObject({ status: "Skipped", lastError: expect.stringContaining("turned off") });
    expect(receiver.posts.some((p) => p.json.Events[0].HITTypeId === partial.hitTypeId)).toBe(false);
  });

  it("mails events through the SMTP server, retries what the server refuses, and writes .eml files without one", async () => {
    const r = await makeRequester(100_00);
    const w = await makeWorker();
    const h = await makeHit(r.id, { title: "Mailed" });
    await subscribe(r.id, h.hitTypeId, "ops@example.com", ["AssignmentAccepted", "AssignmentSubmitted"]);
    const a = await acceptHit(w.id, h.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    expect(await deliverOutbox({ hitTypeId: h.hitTypeId })).toMatchObject({ delivered: 2 });
    const mails = smtp.mails.filter((m) => m.raw.includes(h.hitTypeId));
    expect(mails.map((m) => m.to)).toEqual([["ops@example.com"], ["ops@example.com"]]);
    const docs = mails.map((m) => eventDocOfMail(m.raw));
    expect(docs.map((d) => [d.Events[0].EventType, d.Events[0].AssignmentId, d.Events[0].HITId])).toEqual([["AssignmentAccepted", a.id, h.id], ["AssignmentSubmitted", a.id, h.id]]);
    expect(mails[0].raw).toMatch(new RegExp(`^X-Piecework-Event-Id: ${docs[0].EventDocId}$`, "im"));
    expect(mails[0].raw).toMatch(/Subject: Piecework: AssignmentAccepted/);
    const deliveries = await db.delivery.findMany({ where: { eventId: docs[0].EventDocId } });
    expect(deliveries).toMatchObject([{ ok: true, transport: "Email", destination: "ops@example.com", statusCode: 250 }]);

    await subscribe(r.id, h.hitTypeId, "nobody@example.com", ["AssignmentReturned"]);
    const again = await acceptHit((await makeWorker()).id, h.id);
    await returnAssignment(again.workerId, again.id);
    expect(await deliverOutbox({ hitTypeId: h.hitTypeId })).toMatchObject({ retrying: 1 });
    expect(await db.outboxEvent.findFirstOrThrow({ where: { hitTypeId: h.hitTypeId, eventType: "AssignmentReturned" } })).toMatchObject({ status: "Pending", attempts: 1, lastStatusCode: 550, lastError: expect.stringContaining("No such mailbox") });

    const dir = mkdtempSync(join(tmpdir(), "piecework-mail-"));
    process.env.PIECEWORK_MAIL_DIR = dir;
    delete process.env.PIECEWORK_SMTP_URL;
    try {
      await subscribe(r.id, h.hitTypeId, "nobody@example.com", ["AssignmentReturned"]);
      advanceClock(30_000);
      expect(await deliverOutbox({ hitTypeId: h.hitTypeId })).toMatchObject({ delivered: 1 });
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(eventDocOfMail(readFileSync(join(dir, files[0]), "utf8")).Events[0]).toMatchObject({ EventType: "AssignmentReturned", AssignmentId: again.id });
    } finally {
      delete process.env.PIECEWORK_MAIL_DIR;
      process.env.PIECEWORK_SMTP_URL = smtp.url;
    }
  });
});
