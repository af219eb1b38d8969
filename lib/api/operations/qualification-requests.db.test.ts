// Workers' qualification requests over the API, through the real AWS SDK: the owner lists what awaits a
// decision (with a test's answers), accepts with a value or rejects with a reason; nobody else can.
import { describe, expect, it } from "vitest";
import {
  AcceptQualificationRequestCommand,
  CreateQualificationTypeCommand,
  GetQualificationScoreCommand,
  ListQualificationRequestsCommand,
  RejectQualificationRequestCommand,
} from "@aws-sdk/client-mturk";
import { db } from "@/lib/db/client";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeRequester, makeWorker } from "@/lib/testing/factories";
import { fixture } from "@/lib/testing/fixtures";
import { parseAnswersXml } from "@/lib/questions/answers";
import { requestQualification, submitTest } from "@/lib/qualifications/requests";
import { requestErrorOf } from "@/lib/testing/request-error";


const Test = fixture("qualifications/english-test.xml");
const answers = { q1: "theyre", q2: "its", q3: "of", q4: ["necessary", "separate"] };

/** An owner with a type whose test has no answer key (so submissions wait for them) and a plain type. */
async function ownerWithRequests() {
  setClockOffset(0);
  const owner = await makeRequester();
  const api = await apiClientFor(owner.id);
  const tested = (await api.send(new CreateQualificationTypeCommand({ Name: "Graded by hand", Description: "We read your answers", QualificationTypeStatus: "Active", Test, TestDurationInSeconds: 600 }))).QualificationType!;
  const plain = (await api.send(new CreateQualificationTypeCommand({ Name: "Ask us", Description: "Just ask", QualificationTypeStatus: "Active" }))).QualificationType!;
  const w1 = await makeWorker();
  const w2 = await makeWorker();
  const started = await requestQualification(w1.id, tested.QualificationTypeId!);
  advanceClock(60_000);
  const submitted = await submitTest(w1.id, started.request.id, answers);
  advanceClock(60_000);
  const asked = await requestQualification(w2.id, plain.QualificationTypeId!);
  return { owner, api, tested, plain, w1, w2, testRequest: submitted.request, plainRequest: asked.request };
}

describe("ListQualificationRequests", () => {
  it("lists the requests awaiting the owner, oldest first, of one type or all, with a test's answers", async () => {
    const { api, tested, plain, w1, w2, testRequest, plainRequest } = await ownerWithRequests();
    const all = await api.send(new ListQualificationRequestsCommand({}));
    expect(all.NumResults).toBe(2);
    expect(all.NextToken).toBeUndefined();
    expect(all.QualificationRequests).toEqual([
      { QualificationRequestId: testRequest.id, QualificationTypeId: tested.QualificationTypeId, WorkerId: w1.id, Test, Answer: testRequest.answer, SubmitTime: testRequest.submittedAt },
      { QualificationRequestId: plainRequest.id, QualificationTypeId: plain.QualificationTypeId, WorkerId: w2.id, SubmitTime: plainRequest.submittedAt },
    ]);
    expect(parseAnswersXml(all.QualificationRequests![0].Answer!)).toContainEqual({ questionIdentifier: "q3", selectionIdentifiers: ["of"] });

    const ofPlain = await api.send(new ListQualificationRequestsCommand({ QualificationTypeId: plain.QualificationTypeId }));
    expect(ofPlain.QualificationRequests!.map((r) => r.QualificationRequestId)).toEqual([plainRequest.id]);
    const first = await api.send(new ListQualificationRequestsCommand({ MaxResults: 1 }));
    expect(first.QualificationRequests!.map((r) => r.QualificationRequestId)).toEqual([testRequest.id]);
    const second = await api.send(new ListQualificationRequestsCommand({ MaxResults: 1, NextToken: first.NextToken }));
    expect(second.QualificationRequests!.map((r) => r.QualificationRequestId)).toEqual([plainRequest.id]);
    expect(second.NextToken).toBeUndefined();
    expect((await requestErrorOf(api, new ListQualificationRequestsCommand({ MaxResults: 0 }))).message).toMatch(/MaxResults must be at least 1/);
    expect((await requestErrorOf(api, new ListQualificationRequestsCommand({ QualificationTypeId: plain.QualificationTypeId, NextToken: first.NextToken }))).message).toMatch(/NextToken/);
  });
});

describe("AcceptQualificationRequest and RejectQualificationRequest", () => {
  it("accepts with the value given, rejects with a reason the worker sees; a decided request cannot be decided again", async () => {
    const { api, tested, w1, w2, plain, testRequest, plainRequest } = await ownerWithRequests();
    expect(await api.send(new AcceptQualificationRequestCommand({ QualificationRequestId: testRequest.id, IntegerValue: 75 }))).toMatchObject({});
    expect((await api.send(new GetQualificationScoreCommand({ QualificationTypeId: tested.QualificationTypeId, WorkerId: w1.id }))).Qualification).toMatchObject({
      IntegerValue: 75,
      Status: "Granted",
    });
    expect(await api.send(new RejectQualificationRequestCommand({ QualificationRequestId: plainRequest.id, Reason: "We need more experience" }))).toMatchObject({});
    expect(await db.qualificationRequest.findUniqueOrThrow({ where: { id: plainRequest.id } })).toMatchObject({ status: "Rejected", reason: "We need more experience" });
    expect(await db.notification.findFirst({ where: { userId: w2.id, kind: "qualification.request.rejected" }, select: { text: true } })).toEqual({
      text: expect.stringContaining("We need more experience"),
    });
    expect((await requestErrorOf(api, new GetQualificationScoreCommand({ QualificationTypeId: plain.QualificationTypeId, WorkerId: w2.id }))).TurkErrorCode).toBe(
      "AWS.MechanicalTurk.QualificationDoesNotExist",
    );
    expect((await api.send(new ListQualificationRequestsCommand({}))).NumResults).toBe(0);

    for (const command of [
      new AcceptQualificationRequestCommand({ QualificationRequestId: plainRequest.id }),
      new RejectQualificationRequestCommand({ QualificationRequestId: testRequest.id }),
    ]) {
      const e = await requestErrorOf(api, command);
      expect(e.TurkErrorCode).toBe("AWS.MechanicalTurk.InvalidState");
      expect(e.message).toMatch(/not awaiting a decision/);
    }
    expect((await api.send(new GetQualificationScoreCommand({ QualificationTypeId: tested.QualificationTypeId, WorkerId: w1.id }))).Qualification).toMatchObject({ Status: "Granted" });
  });

  it("accepts with value 1 when none is given, and refuses bad input without deciding", async () => {
    const { api, plain, w2, testRequest, plainRequest } = await ownerWithRequests();
    const cases: [AcceptQualificationRequestCommand | RejectQualificationRequestCommand, RegExp, string][] = [
      [new AcceptQualificationRequestCommand({ QualificationRequestId: plainRequest.id, IntegerValue: -(2 ** 31) - 1 }), /^IntegerValue: The value is too small/, "AWS.BadParameters"],
      [new AcceptQualificationRequestCommand({} as never), /QualificationRequestId is required/, "AWS.BadParameters"],
      [new RejectQualificationRequestCommand({ QualificationRequestId: testRequest.id, Reason: "y".repeat(1025) }), /^Reason: The reason is at most 1024/, "AWS.BadParameters"],
      [new AcceptQualificationRequestCommand({ QualificationRequestId: "NOSUCHREQUEST" }), /does not exist/, "AWS.MechanicalTurk.QualificationRequestDoesNotExist"],
    ];
    for (const [command, message, code] of cases) {
      const e = await requestErrorOf(api, command);
      expect(e.message).toMatch(message);
      expect(e.TurkErrorCode).toBe(code);
    }
    expect((await api.send(new ListQualificationRequestsCommand({}))).NumResults).toBe(2);
    await api.send(new AcceptQualificationRequestCommand({ QualificationRequestId: plainRequest.id }));
    expect((await api.send(new GetQualificationScoreCommand({ QualificationTypeId: plain.QualificationTypeId, WorkerId: w2.id }))).Qualification).toMatchObject({ IntegerValue: 1 });
  });
});

describe("another requester", () => {
  it("sees none of the owner's requests and can neither accept nor reject them: they do not exist for them", async () => {
    const { api, tested, testRequest, plainRequest } = await ownerWithRequests();
    const other = await apiClientFor((await makeRequester()).id);
    expect(await other.send(new ListQualificationRequestsCommand({}))).toMatchObject({ NumResults: 0, QualificationRequests: [] });
    expect((await requestErrorOf(other, new ListQualificationRequestsCommand({ QualificationTypeId: tested.QualificationTypeId }))).TurkErrorCode).toBe(
      "AWS.MechanicalTurk.QualificationTypeDoesNotExist",
    );
    expect((await requestErrorOf(other, new AcceptQualificationRequestCommand({ QualificationRequestId: testRequest.id, IntegerValue: 100 }))).TurkErrorCode).toBe(
      "AWS.MechanicalTurk.QualificationRequestDoesNotExist",
    );
    expect((await requestErrorOf(other, new RejectQualificationRequestCommand({ QualificationRequestId: plainRequest.id }))).TurkErrorCode).toBe(
      "AWS.MechanicalTurk.QualificationRequestDoesNotExist",
    );
    const still = await api.send(new ListQualificationRequestsCommand({}));
    expect(still.QualificationRequests!.map((r) => r.QualificationRequestId)).toEqual([testRequest.id, plainRequest.id]);
  });
});
