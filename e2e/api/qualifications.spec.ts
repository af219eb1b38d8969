// The qualification operations against the production server through the AWS SDK, exactly as a
// requester's script calls them: types with a test and answer key, workers' qualifications, and the
// requests workers make; another requester's key finds none of it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "@playwright/test";
import {
  AcceptQualificationRequestCommand,
  AssociateQualificationWithWorkerCommand,
  CreateQualificationTypeCommand,
  DeleteQualificationTypeCommand,
  DisassociateQualificationFromWorkerCommand,
  GetQualificationScoreCommand,
  GetQualificationTypeCommand,
  ListQualificationRequestsCommand,
  ListQualificationTypesCommand,
  ListWorkersWithQualificationTypeCommand,
  RejectQualificationRequestCommand,
  UpdateQualificationTypeCommand,
  type MTurkClient,
} from "@aws-sdk/client-mturk";
import { mturk, newRequester, newWorker, type ApiRequester } from "./sdk";
import { requestErrorOf as refused } from "@/lib/testing/request-error";

const fixture = (name: string) => readFileSync(join(process.cwd(), "e2e/fixtures/mturk/qualifications", name), "utf8");
const Test = fixture("english-test.xml");
const AnswerKey = fixture("english-answerkey.xml");

/** A worker asks for a qualification (and submits test answers) through the domain, on the server's database. */
async function workerRequests(workerId: string, typeId: string, answers?: Record<string, string | string[]>): Promise<{ id: string; status: string }> {
  const { requestQualification, submitTest } = await import("@/lib/qualifications/requests");
  const { request } = await requestQualification(workerId, typeId);
  const final = answers ? (await submitTest(workerId, request.id, answers)).request : request;
  return { id: final.id, status: final.status };
}


test.describe.configure({ mode: "serial" });

let a: ApiRequester;
let b: ApiRequester;
let w1: { id: string };
let w2: { id: string };
let apiA: MTurkClient;
let apiB: MTurkClient;
const tag = `Kiwi${Date.now().toString(36)}`;

/**
 * New clients, as a script run later would have. Provisioning blocks this process for seconds, long
 * enough for the server to close the clients' idle keep-alive connections under them.
 */
function connect(baseURL: string) {
  apiA = mturk(baseURL, a);
  apiB = mturk(baseURL, b, "/api/mturk");
}

test.beforeAll(async ({ baseURL }) => {
  a = await newRequester(1);
  b = await newRequester(1);
  w1 = await newWorker();
  w2 = await newWorker();
  connect(baseURL!);
});

test("qualification types: created with a test and answer key, found, updated and deleted by their owner only", async () => {
  const created = await apiA.send(
    new CreateQualificationTypeCommand({ Name: `${tag} English`, Description: "Four grammar questions", Keywords: "english, grammar", QualificationTypeStatus: "Active", Test, AnswerKey, TestDurationInSeconds: 600, RetryDelayInSeconds: 3600 }),
  );
  const type = created.QualificationType!;
  expect(type).toEqual({
    QualificationTypeId: expect.stringMatching(/^[A-Z0-9]{30}$/),
    CreationTime: expect.any(Date),
    Name: `${tag} English`,
    Description: "Four grammar questions",
    Keywords: "english, grammar",
    QualificationTypeStatus: "Active",
    Test,
    AnswerKey,
    TestDurationInSeconds: 600,
    RetryDelayInSeconds: 3600,
    IsRequestable: true,
    AutoGranted: false,
  });
  // Epoch seconds on the wire: the SDK reads a real date.
  expect(Math.abs(type.CreationTime!.getTime() - Date.now())).toBeLessThan(60_000);
  const id = type.QualificationTypeId!;
  expect((await apiA.send(new GetQualificationTypeCommand({ QualificationTypeId: id }))).QualificationType).toEqual(type);
  // Another requester sees the public type, but not its answer key.
  const seenByB = (await apiB.send(new GetQualificationTypeCommand({ QualificationTypeId: id }))).QualificationType!;
  expect(seenByB.Name).toBe(`${tag} English`);
  expect(seenByB.Test).toBe(Test);
  expect(seenByB.AnswerKey).toBeUndefined();
  const duplicate = await refused(apiA, new CreateQualificationTypeCommand({ Name: `${tag} English`, Description: "again", QualificationTypeStatus: "Active" }));
  expect(duplicate.TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeAlreadyExists");

  const hidden = (await apiA.send(new CreateQualificationTypeCommand({ Name: `${tag} Hidden`, Description: "Not yet", QualificationTypeStatus: "Inactive" }))).QualificationType!;
  expect((await refused(apiB, new GetQualificationTypeCommand({ QualificationTypeId: hidden.QualificationTypeId }))).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");

  const requestable = await apiB.send(new ListQualificationTypesCommand({ Query: tag, MustBeRequestable: true }));
  expect(requestable.QualificationTypes!.map((t) => t.QualificationTypeId)).toEqual([id]);
  const ownFirst = await apiA.send(new ListQualificationTypesCommand({ Query: tag, MustBeRequestable: false, MustBeOwnedByCaller: true, MaxResults: 1 }));
  expect(ownFirst).toMatchObject({ NumResults: 1 });
  expect(ownFirst.QualificationTypes![0].QualificationTypeId).toBe(hidden.QualificationTypeId);
  const ownNext = await apiA.send(new ListQualificationTypesCommand({ Query: tag, MustBeRequestable: false, MustBeOwnedByCaller: true, MaxResults: 1, NextToken: ownFirst.NextToken }));
  expect(ownNext.QualificationTypes!.map((t) => [t.QualificationTypeId, t.AnswerKey])).toEqual([[id, AnswerKey]]);
  expect(ownNext.NextToken).toBeUndefined();
  const system = await apiB.send(new ListQualificationTypesCommand({ Query: "Masters", MustBeRequestable: false }));
  expect(system.QualificationTypes!.map((t) => [t.QualificationTypeId, t.IsRequestable])).toEqual([["2F1QJWKUDD8XADTFD2Q0G6UTO95ALH", false]]);

  const updated = await apiA.send(new UpdateQualificationTypeCommand({ QualificationTypeId: id, Description: "Five minutes of grammar", QualificationTypeStatus: "Inactive", Test, TestDurationInSeconds: 300 }));
  expect(updated.QualificationType).toMatchObject({ Description: "Five minutes of grammar", QualificationTypeStatus: "Inactive", TestDurationInSeconds: 300, Name: `${tag} English` });
  expect(updated.QualificationType!.AnswerKey).toBeUndefined(); // a new test without a key has none
  const noDuration = await refused(apiA, new UpdateQualificationTypeCommand({ QualificationTypeId: id, Test }));
  expect(noDuration.message).toMatch(/^TestDurationInSeconds: /);
  expect((await refused(apiB, new UpdateQualificationTypeCommand({ QualificationTypeId: id, Description: "taken over" }))).TurkErrorCode).toBe(
    "AWS.MechanicalTurk.QualificationTypeDoesNotExist",
  );
  expect((await refused(apiB, new GetQualificationTypeCommand({ QualificationTypeId: id }))).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");
  expect((await apiA.send(new GetQualificationTypeCommand({ QualificationTypeId: id }))).QualificationType).toEqual(updated.QualificationType);

  expect((await refused(apiB, new DeleteQualificationTypeCommand({ QualificationTypeId: id }))).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");
  expect(await apiA.send(new DeleteQualificationTypeCommand({ QualificationTypeId: id }))).toMatchObject({});
  expect((await refused(apiA, new GetQualificationTypeCommand({ QualificationTypeId: id }))).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");
});

test("workers' qualifications and requests: granted, read, listed, revoked, accepted and rejected by the owner only", async ({ baseURL }) => {
  const byHand = (await apiA.send(new CreateQualificationTypeCommand({ Name: `${tag} Graded by hand`, Description: "We read your answers", QualificationTypeStatus: "Active", Test, TestDurationInSeconds: 600 }))).QualificationType!;
  const plain = (await apiA.send(new CreateQualificationTypeCommand({ Name: `${tag} Ask us`, Description: "Just ask", QualificationTypeStatus: "Active" }))).QualificationType!;
  const testRequest = await workerRequests(w1.id, byHand.QualificationTypeId!, { q1: "theyre", q2: "its", q3: "of", q4: ["necessary", "separate"] });
  expect(testRequest.status).toBe("Pending");
  const plainRequest = await workerRequests(w2.id, plain.QualificationTypeId!);
  expect(plainRequest.status).toBe("Pending");
  connect(baseURL!);

  const pending = await apiA.send(new ListQualificationRequestsCommand({}));
  expect(pending.NumResults).toBe(2);
  const [first, second] = pending.QualificationRequests!;
  expect(first).toMatchObject({ QualificationRequestId: testRequest.id, QualificationTypeId: byHand.QualificationTypeId, WorkerId: w1.id, Test });
  expect(first.Answer).toContain("<SelectionIdentifier>of</SelectionIdentifier>");
  expect(Math.abs(first.SubmitTime!.getTime() - Date.now())).toBeLessThan(120_000);
  expect(second).toEqual({ QualificationRequestId: plainRequest.id, QualificationTypeId: plain.QualificationTypeId, WorkerId: w2.id, SubmitTime: expect.any(Date) });
  const ofPlain = await apiA.send(new ListQualificationRequestsCommand({ QualificationTypeId: plain.QualificationTypeId, MaxResults: 1 }));
  expect(ofPlain.QualificationRequests!.map((r) => r.QualificationRequestId)).toEqual([plainRequest.id]);

  // Requester B finds none of it and can decide none of it.
  expect((await apiB.send(new ListQualificationRequestsCommand({}))).NumResults).toBe(0);
  expect((await refused(apiB, new ListQualificationRequestsCommand({ QualificationTypeId: plain.QualificationTypeId }))).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");
  expect((await refused(apiB, new AcceptQualificationRequestCommand({ QualificationRequestId: testRequest.id, IntegerValue: 100 }))).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationRequestDoesNotExist");
  expect((await refused(apiB, new RejectQualificationRequestCommand({ QualificationRequestId: plainRequest.id }))).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationRequestDoesNotExist");

  await apiA.send(new AcceptQualificationRequestCommand({ QualificationRequestId: testRequest.id, IntegerValue: 75 }));
  const score = await apiA.send(new GetQualificationScoreCommand({ QualificationTypeId: byHand.QualificationTypeId, WorkerId: w1.id }));
  expect(score.Qualification).toEqual({ QualificationTypeId: byHand.QualificationTypeId, WorkerId: w1.id, GrantTime: expect.any(Date), IntegerValue: 75, Status: "Granted" });
  await apiA.send(new RejectQualificationRequestCommand({ QualificationRequestId: plainRequest.id, Reason: "We need more experience" }));
  expect((await apiA.send(new ListQualificationRequestsCommand({}))).NumResults).toBe(0);
  expect((await refused(apiA, new AcceptQualificationRequestCommand({ QualificationRequestId: plainRequest.id }))).TurkErrorCode).toBe("AWS.MechanicalTurk.InvalidState");

  // Granting directly, reading, listing and revoking; B is refused each time and changes nothing.
  await apiA.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId: plain.QualificationTypeId, WorkerId: w2.id, IntegerValue: 5, SendNotification: false }));
  for (const command of [
    new AssociateQualificationWithWorkerCommand({ QualificationTypeId: plain.QualificationTypeId, WorkerId: w2.id, IntegerValue: 100 }),
    new GetQualificationScoreCommand({ QualificationTypeId: plain.QualificationTypeId, WorkerId: w2.id }),
    new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: plain.QualificationTypeId }),
    new DisassociateQualificationFromWorkerCommand({ QualificationTypeId: plain.QualificationTypeId, WorkerId: w2.id }),
  ]) {
    expect((await refused(apiB, command)).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");
  }
  const holders = await apiA.send(new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: plain.QualificationTypeId, Status: "Granted" }));
  expect(holders.Qualifications!.map((q) => [q.WorkerId, q.IntegerValue, q.Status])).toEqual([[w2.id, 5, "Granted"]]);
  const badValue = await refused(apiA, new AssociateQualificationWithWorkerCommand({ QualificationTypeId: plain.QualificationTypeId, WorkerId: w2.id, IntegerValue: 2 ** 31 }));
  expect(badValue.message).toMatch(/^IntegerValue: /);

  await apiA.send(new DisassociateQualificationFromWorkerCommand({ QualificationTypeId: plain.QualificationTypeId, WorkerId: w2.id, Reason: "Quality dropped" }));
  expect((await apiA.send(new GetQualificationScoreCommand({ QualificationTypeId: plain.QualificationTypeId, WorkerId: w2.id }))).Qualification).toMatchObject({ Status: "Revoked" });
  expect((await apiA.send(new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: plain.QualificationTypeId, Status: "Granted" }))).NumResults).toBe(0);
  const revoked = await apiA.send(new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: plain.QualificationTypeId, Status: "Revoked" }));
  expect(revoked.Qualifications!.map((q) => q.WorkerId)).toEqual([w2.id]);
  expect((await refused(apiA, new GetQualificationScoreCommand({ QualificationTypeId: plain.QualificationTypeId, WorkerId: w1.id }))).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationDoesNotExist");
});
