// The worker's qualification pages read through these: what they can find, where they stand, their tests.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { advanceClock, freezeClock, setClockOffset, unfreezeClock } from "@/lib/clock";
import { fixture } from "@/lib/testing/fixtures";
import { makeRequester, makeWorker } from "@/lib/testing/factories";
import { createQualificationType, disposeQualificationType } from "./types";
import { rejectRequest, requestQualification, startTest, submitTest } from "./requests";
import { grantQualification, revokeQualification } from "./grants";
import { ensureSystemQualificationTypes, SYSTEM_QUALIFICATION_IDS } from "./system";
import { FIND_PAGE_SIZE, findQualificationTypes, qualificationTypeForWorker, testAttemptOfWorker } from "./worker-view";

// A stopped clock, so the retry times the test computes are exact.
beforeEach(() => {
  setClockOffset(0);
  freezeClock();
});
afterEach(() => unfreezeClock());

const test = fixture("qualifications/english-test.xml");
const answerKey = fixture("qualifications/english-answerkey.xml");
const allRight = { q1: "theyre", q2: "its", q3: "have", q4: ["necessary", "separate"] };
let n = 0;
const unique = (s: string) => `${s} ${n++} ${Date.now().toString(36)}`;

describe("findQualificationTypes", () => {
  it("finds requestable types by keyword with owner, test and the worker's standing; hides answer keys", async () => {
    const owner = await makeRequester(0, "Grammar Lab");
    const w = await makeWorker();
    const marker = unique("zebra");
    const english = await createQualificationType(owner.id, { name: unique("English"), description: `Grammar ${marker}`, test, answerKey, testDurationSeconds: 600, retryDelaySeconds: 3600 });
    advanceClock(1000); // newest first needs distinct creation times on the stopped clock
    const manual = await createQualificationType(owner.id, { name: unique("Manual"), description: "Ask us", keywords: marker });
    const paused = await createQualificationType(owner.id, { name: unique("Paused"), description: marker, status: "Inactive" });
    await startTest(w.id, english.id);
    await requestQualification(w.id, manual.id);

    const { items, hasMore } = await findQualificationTypes(w.id, { query: marker.toUpperCase() });
    expect(hasMore).toBe(false);
    expect(items.map((t) => t.id)).toEqual([manual.id, english.id]); // newest first; the inactive one is not offered
    expect(items.map((t) => t.id)).not.toContain(paused.id);
    expect(items[1]).toMatchObject({ ownerName: "Grammar Lab", hasTest: true, testDurationSeconds: 600, scoredAutomatically: true, standing: { next: { kind: "continueTest" }, latest: { status: "TestStarted" } } });
    expect(items[0]).toMatchObject({ hasTest: false, autoGranted: false, scoredAutomatically: false, standing: { next: { kind: "pending" }, held: null } });
    expect(JSON.stringify(items)).not.toContain("AnswerKey");
  });

  it("pages on the server", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const marker = unique("pagemark");
    for (let i = 0; i <= FIND_PAGE_SIZE; i++) await createQualificationType(owner.id, { name: unique("T"), description: marker });
    const first = await findQualificationTypes(w.id, { query: marker });
    const second = await findQualificationTypes(w.id, { query: marker, page: 2 });
    expect([first.items.length, first.hasMore, second.items.length, second.hasMore]).toEqual([FIND_PAGE_SIZE, true, 1, false]);
    expect(first.items.map((t) => t.id)).not.toContain(second.items[0].id);
  });
});

describe("qualificationTypeForWorker", () => {
  it("shows when a retry is allowed, then offers the test again once the clock gets there", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await createQualificationType(owner.id, { name: unique("English"), description: "d", test, answerKey, testDurationSeconds: 600, retryDelaySeconds: 3600 });
    expect((await qualificationTypeForWorker(w.id, type.id)).standing.next).toEqual({ kind: "takeTest" });
    const { request } = await startTest(w.id, type.id);
    advanceClock(60_000);
    await submitTest(w.id, request.id, allRight);
    const after = await qualificationTypeForWorker(w.id, type.id);
    expect(after.standing).toMatchObject({ held: { status: "Granted", value: { integerValue: 100 } }, latest: { status: "Approved", score: 100 } });
    expect(after.standing.next).toEqual({ kind: "retryAt", at: new Date(request.submittedAt.getTime() + 60_000 + 3600_000) });
    advanceClock(3600_000);
    expect((await qualificationTypeForWorker(w.id, type.id)).standing.next).toEqual({ kind: "takeTest" });
  });

  it("shows a revoked qualification with its reason, a rejected request with the requester's, and computed system values", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const held = await createQualificationType(owner.id, { name: unique("Held"), description: "d" });
    await grantQualification(owner.id, { qualificationTypeId: held.id, workerId: w.id, integerValue: 7 });
    await revokeQualification(owner.id, held.id, w.id, "Too many mistakes");
    expect((await qualificationTypeForWorker(w.id, held.id)).standing.held).toEqual({ status: "Revoked", value: undefined, reason: "Too many mistakes" });

    const asked = await createQualificationType(owner.id, { name: unique("Asked"), description: "d" });
    const { request } = await requestQualification(w.id, asked.id);
    await rejectRequest(owner.id, request.id, "Read the guide first");
    expect((await qualificationTypeForWorker(w.id, asked.id)).standing).toMatchObject({ latest: { status: "Rejected", reason: "Read the guide first" }, next: { kind: "onceOnly" } });

    await ensureSystemQualificationTypes();
    const rate = await qualificationTypeForWorker(w.id, SYSTEM_QUALIFICATION_IDS.percentAssignmentsApproved);
    expect(rate).toMatchObject({ type: { system: true }, standing: { held: { status: "Granted", value: { integerValue: 100 } }, next: { kind: "unavailable" } } });
  });

  it("is NotFound for a deleted type", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await createQualificationType(owner.id, { name: unique("Gone"), description: "d" });
    await disposeQualificationType(owner.id, type.id);
    await expect(qualificationTypeForWorker(w.id, type.id)).rejects.toMatchObject({ code: "NotFound" });
  });
});

describe("testAttemptOfWorker", () => {
  it("continues the same open attempt, closes it to view at the deadline, and shows the score after submission", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await createQualificationType(owner.id, { name: unique("English"), description: "d", test, answerKey, testDurationSeconds: 600, retryDelaySeconds: 0 });
    const { request } = await startTest(w.id, type.id);
    const open = await testAttemptOfWorker(w.id, request.id);
    expect(open).toMatchObject({ status: "TestStarted", open: true, scoredAutomatically: true, test, deadline: new Date(request.startedAt!.getTime() + 600_000) });
    expect(open).not.toHaveProperty("answerKey");
    advanceClock(601_000);
    expect(await testAttemptOfWorker(w.id, request.id)).toMatchObject({ status: "TestStarted", open: false });

    const retry = await startTest(w.id, type.id);
    await submitTest(w.id, retry.request.id, allRight);
    expect(await testAttemptOfWorker(w.id, retry.request.id)).toMatchObject({ status: "Approved", open: false, score: 100, held: { status: "Granted", value: { integerValue: 100 } } });
  });

  it("another worker (or the owner) cannot see an attempt, nor submit into it", async () => {
    const owner = await makeRequester();
    const [w, other] = [await makeWorker(), await makeWorker()];
    const type = await createQualificationType(owner.id, { name: unique("English"), description: "d", test, answerKey, testDurationSeconds: 600 });
    const { request } = await startTest(w.id, type.id);
    await expect(testAttemptOfWorker(other.id, request.id)).rejects.toMatchObject({ code: "NotFound" });
    await expect(testAttemptOfWorker(owner.id, request.id)).rejects.toMatchObject({ code: "NotFound" });
    await expect(submitTest(other.id, request.id, allRight)).rejects.toMatchObject({ code: "NotFound" });
    expect(await db.qualificationRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "TestStarted", answer: null });
    expect(await db.qualification.count({ where: { qualificationTypeId: type.id } })).toBe(0);
  });

  it("is NotFound for a request without a test", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await createQualificationType(owner.id, { name: unique("Plain"), description: "d" });
    const { request } = await requestQualification(w.id, type.id);
    await expect(testAttemptOfWorker(w.id, request.id)).rejects.toMatchObject({ code: "NotFound" });
  });
});
