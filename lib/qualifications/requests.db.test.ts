// Workers requesting qualifications and taking tests; owners deciding. Time moves with the clock.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { fixture } from "@/lib/testing/fixtures";
import { makeHit, makeRequester, makeWorker } from "@/lib/testing/factories";
import { parseAnswersXml } from "@/lib/questions/answers";
import { createQualificationType, updateQualificationType } from "./types";
import { acceptRequest, pendingRequestsForOwner, qualificationRequestOfOwner, rejectRequest, requestQualification, requestsOfWorker, startTest, submitTest, TIME_RAN_OUT_REASON } from "./requests";
import { evaluateHitTypeRequirements, requirementRows, resolveRequirements } from "./requirements";
import { getQualificationScore, grantQualification } from "./grants";
import { SYSTEM_QUALIFICATION_IDS } from "./system";

beforeEach(() => setClockOffset(0));

const test = fixture("qualifications/english-test.xml");
const answerKey = fixture("qualifications/english-answerkey.xml");
const HOUR = 3600;

// Two right (q1, q3) of four: 50. All right: 100.
const twoRight = { q1: "theyre", q2: "it_s", q3: "have", q4: ["necessary", "recieve", "separate"] };
const allRight = { q1: "theyre", q2: "its", q3: "have", q4: ["necessary", "separate"] };

let n = 0;
async function englishType(owner: { id: string }, extra: Partial<Parameters<typeof createQualificationType>[1]> = {}) {
  return createQualificationType(owner.id, { name: `English ${n++}`, description: "Grammar", test, answerKey, testDurationSeconds: 600, retryDelaySeconds: HOUR, ...extra });
}

describe("a test with an answer key", () => {
  it("50 fails a requirement of 75 or more; the retry waits for the delay; then 100 is granted and meets it", async () => {
    const owner = await makeRequester(10_000);
    const w = await makeWorker();
    const type = await englishType(owner);
    const hit = await makeHit(owner.id, { title: "Grammar HIT" });
    const reqs = await resolveRequirements(owner.id, [{ qualificationTypeId: type.id, comparator: "GreaterThanOrEqualTo", integerValues: [75] }]);
    await db.qualificationRequirement.createMany({ data: requirementRows(hit.hitTypeId, reqs) });
    expect(await evaluateHitTypeRequirements(w.id, hit.hitTypeId)).toMatchObject({ canPreview: true, canAccept: false });

    const first = await requestQualification(w.id, type.id); // a type with a test: requesting starts it
    expect(first.request).toMatchObject({ status: "TestStarted", workerId: w.id, qualificationTypeId: type.id });
    expect(first.request.test).toBe(test);
    expect(first.deadline!.getTime() - first.request.startedAt!.getTime()).toBe(600_000);

    advanceClock(120_000);
    const scored = await submitTest(w.id, first.request.id, twoRight);
    expect(scored.score).toEqual({ summedScore: 2, qualificationValue: 50 });
    expect(scored.request).toMatchObject({ status: "Approved", score: 50 });
    expect(parseAnswersXml(scored.request.answer!)).toEqual([
      { questionIdentifier: "q1", selectionIdentifiers: ["theyre"] },
      { questionIdentifier: "q2", selectionIdentifiers: ["it_s"] },
      { questionIdentifier: "q3", selectionIdentifiers: ["have"] },
      { questionIdentifier: "q4", selectionIdentifiers: ["necessary", "recieve", "separate"] },
    ]);
    expect(scored.qualification).toMatchObject({ status: "Granted", integerValue: 50 });
    const failed = await evaluateHitTypeRequirements(w.id, hit.hitTypeId);
    expect(failed).toMatchObject({ canAccept: false });
    expect(failed.missing[0]).toMatchObject({ value: { integerValue: 50 }, isRequestable: true, hasTest: true });

    // The delay counts from the submission, two minutes after the start: an hour after the start is too soon.
    advanceClock((HOUR - 1) * 1000);
    await expect(startTest(w.id, type.id)).rejects.toMatchObject({ code: "Conflict", message: expect.stringContaining("again after") });
    advanceClock(2000);
    const retry = await startTest(w.id, type.id);
    expect(retry.request.id).not.toBe(first.request.id);
    const passed = await submitTest(w.id, retry.request.id, allRight);
    expect(passed.score).toEqual({ summedScore: 4, qualificationValue: 100 });
    expect(await getQualificationScore(owner.id, type.id, w.id)).toMatchObject({ status: "Granted", integerValue: 100 });
    expect(await evaluateHitTypeRequirements(w.id, hit.hitTypeId)).toMatchObject({ canDiscover: true, canPreview: true, canAccept: true, missing: [] });
    expect(await db.qualification.count({ where: { workerId: w.id, qualificationTypeId: type.id } })).toBe(1);
  });

  it("after the test duration the submission is refused and the attempt closed", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await englishType(owner);
    const { request } = await startTest(w.id, type.id);
    advanceClock(599_000);
    const resumed = await startTest(w.id, type.id); // still within the time: the same attempt
    expect(resumed.request.id).toBe(request.id);
    advanceClock(2000);
    await expect(submitTest(w.id, request.id, allRight)).rejects.toMatchObject({ code: "Expired", message: "The time for this test ran out, so it can no longer be submitted." });
    expect(await db.qualificationRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "Rejected", reason: TIME_RAN_OUT_REASON, answer: null });
    await expect(submitTest(w.id, request.id, allRight)).rejects.toMatchObject({ code: "Conflict" });
    expect(await db.qualification.count({ where: { workerId: w.id } })).toBe(0);
    // The expired attempt counts: the retry waits an hour from its start.
    await expect(startTest(w.id, type.id)).rejects.toMatchObject({ code: "Conflict" });
    advanceClock(HOUR * 1000);
    expect((await startTest(w.id, type.id)).request.status).toBe("TestStarted");
  });

  it("an overdue test is closed when the worker comes back to start again", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await englishType(owner, { retryDelaySeconds: 0 });
    const { request } = await startTest(w.id, type.id);
    advanceClock(601_000);
    const next = await startTest(w.id, type.id);
    expect(next.request.id).not.toBe(request.id);
    expect(await db.qualificationRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "Rejected", reason: TIME_RAN_OUT_REASON });
  });

  it("invalid answers are refused with field errors and the test stays open", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await englishType(owner);
    const { request } = await startTest(w.id, type.id);
    await expect(submitTest(w.id, request.id, { q1: "theyre", q2: "nonsense" })).rejects.toMatchObject({
      code: "InvalidInput",
      fieldErrors: { q2: "Choose from the listed options.", q3: "Choose an option.", q4: "Choose at least one option." },
    });
    expect((await db.qualificationRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("TestStarted");
    expect((await submitTest(w.id, request.id, allRight)).score?.qualificationValue).toBe(100);
  });

  it("without a retry delay a worker gets one attempt only", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await englishType(owner, { retryDelaySeconds: undefined });
    const { request } = await startTest(w.id, type.id);
    await submitTest(w.id, request.id, twoRight);
    advanceClock(365 * 24 * HOUR * 1000);
    await expect(startTest(w.id, type.id)).rejects.toMatchObject({ code: "Conflict", message: expect.stringContaining("can be requested only once") });
  });

  it("a test changed after the worker started it is kept as started, and their answers go to the owner", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await englishType(owner);
    const { request } = await startTest(w.id, type.id);
    const shorter = test.replace(/<Question>\s*<QuestionIdentifier>q4[\s\S]*?<\/Question>/, "");
    await updateQualificationType(owner.id, type.id, { test: shorter, testDurationSeconds: 600 });
    const result = await submitTest(w.id, request.id, allRight);
    expect(result).toMatchObject({ score: null, qualification: null });
    expect(result.request).toMatchObject({ status: "Pending", test });
  });

  it("nobody else can submit a worker's test", async () => {
    const owner = await makeRequester();
    const [w, other] = [await makeWorker(), await makeWorker()];
    const type = await englishType(owner);
    const { request } = await startTest(w.id, type.id);
    await expect(submitTest(other.id, request.id, allRight)).rejects.toMatchObject({ code: "NotFound" });
    await expect(submitTest(owner.id, request.id, allRight)).rejects.toMatchObject({ code: "NotFound" });
    expect((await db.qualificationRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("TestStarted");
  });
});

describe("a test without an answer key", () => {
  it("waits for the owner, who accepts with a value or rejects with a reason the worker sees", async () => {
    const owner = await makeRequester();
    const [w1, w2] = [await makeWorker("Ann"), await makeWorker("Ben")];
    const type = await englishType(owner, { answerKey: undefined });
    const a = await startTest(w1.id, type.id);
    const b = await startTest(w2.id, type.id);
    expect((await submitTest(w1.id, a.request.id, allRight)).request).toMatchObject({ status: "Pending", score: null });
    await submitTest(w2.id, b.request.id, twoRight);
    expect(await db.qualification.count({ where: { qualificationTypeId: type.id } })).toBe(0);

    const pending = await pendingRequestsForOwner(owner.id, { qualificationTypeId: type.id });
    expect(pending.items.map((r) => [r.worker.name, r.status])).toEqual([
      ["Ann", "Pending"],
      ["Ben", "Pending"],
    ]);
    expect(parseAnswersXml(pending.items[0].answer!)[0]).toEqual({ questionIdentifier: "q1", selectionIdentifiers: ["theyre"] });

    const accepted = await acceptRequest(owner.id, a.request.id, 80);
    expect(accepted.request).toMatchObject({ status: "Approved" });
    expect(accepted.qualification).toMatchObject({ workerId: w1.id, integerValue: 80, status: "Granted" });
    await expect(acceptRequest(owner.id, a.request.id, 90)).rejects.toMatchObject({ code: "Conflict" });

    expect(await rejectRequest(owner.id, b.request.id, "Please review the grammar guide first")).toMatchObject({ status: "Rejected", reason: "Please review the grammar guide first" });
    await expect(acceptRequest(owner.id, b.request.id)).rejects.toMatchObject({ code: "Conflict" });
    const mine = await requestsOfWorker(w2.id);
    expect(mine.map((r) => [r.qualificationType.name, r.status, r.reason])).toEqual([[type.name, "Rejected", "Please review the grammar guide first"]]);
    expect(await db.notification.findFirst({ where: { userId: w2.id, kind: "qualification.request.rejected" } })).toMatchObject({
      text: `Your request for "${type.name}" was rejected: Please review the grammar guide first`,
    });
    expect((await pendingRequestsForOwner(owner.id)).items).toEqual([]);
  });

  it("a test in progress cannot be accepted or rejected yet", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await englishType(owner, { answerKey: undefined });
    const { request } = await startTest(w.id, type.id);
    await expect(acceptRequest(owner.id, request.id)).rejects.toMatchObject({ code: "Conflict", message: expect.stringContaining("a test still in progress") });
    await expect(rejectRequest(owner.id, request.id, "no")).rejects.toMatchObject({ code: "Conflict" });
  });
});

describe("a type without a test", () => {
  it("is Pending for the owner; a second request waits for the decision; accepting grants value 1 by default", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await createQualificationType(owner.id, { name: "Manual", description: "Ask and we decide", retryDelaySeconds: 0 });
    const { request, qualification, deadline } = await requestQualification(w.id, type.id);
    expect(request).toMatchObject({ status: "Pending", test: null, answer: null, startedAt: null });
    expect({ qualification, deadline }).toEqual({ qualification: null, deadline: null });
    await expect(requestQualification(w.id, type.id)).rejects.toMatchObject({ code: "Conflict", message: expect.stringContaining("has not decided yet") });
    await expect(startTest(w.id, type.id)).rejects.toMatchObject({ code: "Conflict", message: expect.stringContaining("has no test") });
    expect((await acceptRequest(owner.id, request.id)).qualification).toMatchObject({ integerValue: 1 });
    await expect(requestQualification(w.id, type.id)).rejects.toMatchObject({ code: "Conflict", message: `You already have "Manual".` });
  });

  it("an AutoGranted type grants at once with its AutoGrantedValue", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await createQualificationType(owner.id, { name: "Auto", description: "Free for all", autoGranted: true, autoGrantedValue: 3 });
    const { request, qualification } = await requestQualification(w.id, type.id);
    expect(request).toMatchObject({ status: "Approved" });
    expect(qualification).toMatchObject({ workerId: w.id, integerValue: 3, status: "Granted" });
    await expect(requestQualification(w.id, type.id)).rejects.toMatchObject({ code: "Conflict" });
  });

  it("inactive, own, system and unknown types cannot be requested", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await createQualificationType(owner.id, { name: "Paused", description: "d", status: "Inactive" });
    await expect(requestQualification(w.id, type.id)).rejects.toMatchObject({ code: "Conflict", message: '"Paused" is not accepting requests right now.' });
    await updateQualificationType(owner.id, type.id, { status: "Active" });
    await expect(requestQualification(owner.id, type.id)).rejects.toMatchObject({ code: "Forbidden" });
    await expect(requestQualification(w.id, SYSTEM_QUALIFICATION_IDS.masters)).rejects.toMatchObject({ code: "NotFound" });
    await expect(requestQualification(w.id, "NOSUCHTYPE")).rejects.toMatchObject({ code: "NotFound" });
    expect((await requestQualification(w.id, type.id)).request.status).toBe("Pending");
  });

  it("two requests racing make one", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await createQualificationType(owner.id, { name: "Race", description: "d" });
    const results = await Promise.allSettled([requestQualification(w.id, type.id), requestQualification(w.id, type.id), requestQualification(w.id, type.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.qualificationRequest.count({ where: { workerId: w.id, qualificationTypeId: type.id } })).toBe(1);
  });
});

describe("authorization", () => {
  it("another requester cannot read, list, accept or reject requests of your type", async () => {
    const owner = await makeRequester();
    const other = await makeRequester();
    const w = await makeWorker();
    const type = await createQualificationType(owner.id, { name: "Private", description: "d" });
    await expect(grantQualification(other.id, { qualificationTypeId: type.id, workerId: w.id })).rejects.toMatchObject({ code: "NotFound" });
    const { request } = await requestQualification(w.id, type.id);
    await expect(qualificationRequestOfOwner(other.id, request.id)).rejects.toMatchObject({ code: "NotFound" });
    await expect(pendingRequestsForOwner(other.id, { qualificationTypeId: type.id })).rejects.toMatchObject({ code: "NotFound" });
    expect((await pendingRequestsForOwner(other.id)).items).toEqual([]);
    await expect(acceptRequest(other.id, request.id, 100)).rejects.toMatchObject({ code: "NotFound" });
    await expect(rejectRequest(other.id, request.id, "no")).rejects.toMatchObject({ code: "NotFound" });
    await expect(acceptRequest(w.id, request.id, 100)).rejects.toMatchObject({ code: "NotFound" });
    expect(await db.qualificationRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "Pending" });
    expect(await db.qualification.count({ where: { qualificationTypeId: type.id } })).toBe(0);
    expect((await qualificationRequestOfOwner(owner.id, request.id)).worker.name).toBe("Test Worker");
  });
});
