// Qualification types over the API, through the real AWS SDK: MTurk's shapes, MTurk's update rules, and
// another requester's types invisible unless public.
import { describe, expect, it } from "vitest";
import {
  CreateQualificationTypeCommand,
  DeleteQualificationTypeCommand,
  GetQualificationTypeCommand,
  ListQualificationTypesCommand,
  UpdateQualificationTypeCommand,
} from "@aws-sdk/client-mturk";
import { db } from "@/lib/db/client";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeRequester, makeWorker } from "@/lib/testing/factories";
import { fixture } from "@/lib/testing/fixtures";
import { requestQualification } from "@/lib/qualifications/requests";
import { DISPOSED_REQUEST_REASON } from "@/lib/qualifications/types";
import { SYSTEM_QUALIFICATION_IDS } from "@/lib/qualifications/system";
import { requestErrorOf } from "@/lib/testing/request-error";

const Test = fixture("qualifications/english-test.xml");
const AnswerKey = fixture("qualifications/english-answerkey.xml");
const english = { Name: "English grammar", Description: "Four questions on English grammar", Keywords: "english, grammar", QualificationTypeStatus: "Active" as const };

describe("CreateQualificationType and GetQualificationType", () => {
  it("creates a type with a test and answer key, answered in MTurk's shape, and reads it back", async () => {
    const r = await makeRequester();
    const api = await apiClientFor(r.id);
    const before = Date.now();
    const { QualificationType } = await api.send(new CreateQualificationTypeCommand({ ...english, Test, AnswerKey, TestDurationInSeconds: 600, RetryDelayInSeconds: 3600 }));
    expect(QualificationType).toEqual({
      QualificationTypeId: expect.stringMatching(/^[A-Z0-9]{30}$/),
      CreationTime: expect.any(Date),
      Name: "English grammar",
      Description: "Four questions on English grammar",
      Keywords: "english, grammar",
      QualificationTypeStatus: "Active",
      Test,
      TestDurationInSeconds: 600,
      AnswerKey,
      RetryDelayInSeconds: 3600,
      IsRequestable: true,
      AutoGranted: false,
    });
    expect(Math.abs(QualificationType!.CreationTime!.getTime() - before)).toBeLessThan(60_000);
    const got = await api.send(new GetQualificationTypeCommand({ QualificationTypeId: QualificationType!.QualificationTypeId }));
    expect(got.QualificationType).toEqual(QualificationType);

    const auto = await api.send(new CreateQualificationTypeCommand({ Name: "Auto", Description: "granted at once", QualificationTypeStatus: "Inactive", AutoGranted: true }));
    expect(auto.QualificationType).toMatchObject({ QualificationTypeStatus: "Inactive", AutoGranted: true, AutoGrantedValue: 1, IsRequestable: true });
    expect(auto.QualificationType).not.toHaveProperty("Keywords");
    expect(auto.QualificationType).not.toHaveProperty("Test");
  });

  it("refuses bad input with a RequestError naming the parameter, and creates nothing", async () => {
    const r = await makeRequester();
    const api = await apiClientFor(r.id);
    await api.send(new CreateQualificationTypeCommand(english));
    const cases: [Record<string, unknown>, RegExp, string][] = [
      [{ ...english, Name: "Other", Test }, /^TestDurationInSeconds: /, "AWS.BadParameters"],
      [{ ...english, Name: "Other", Test, TestDurationInSeconds: 600, AutoGranted: true }, /^AutoGranted: .*cannot also be granted automatically/, "AWS.BadParameters"],
      [{ ...english, Name: "Other", Test: "<QuestionForm>not really</QuestionForm>", TestDurationInSeconds: 600 }, /^Test: /, "AWS.BadParameters"],
      [{ ...english, Name: "Other", AnswerKey }, /^AnswerKey: .*needs a test/, "AWS.BadParameters"],
      [{ ...english, Name: "Other", Test, TestDurationInSeconds: 10 }, /^TestDurationInSeconds: .*at least 30 seconds/, "AWS.BadParameters"],
      [{ Name: "Other", Description: "no status" }, /QualificationTypeStatus is required/, "AWS.BadParameters"],
      [{ ...english, QualificationTypeStatus: "Disposing" }, /QualificationTypeStatus must be one of Active, Inactive/, "AWS.BadParameters"],
      [english, /already have a qualification type named "English grammar"/, "AWS.MechanicalTurk.QualificationTypeAlreadyExists"],
    ];
    for (const [input, message, code] of cases) {
      const e = await requestErrorOf(api, new CreateQualificationTypeCommand(input as never));
      expect(e.message).toMatch(message);
      expect(e.TurkErrorCode).toBe(code);
    }
    expect(await db.qualificationType.count({ where: { ownerId: r.id } })).toBe(1);
  });

  it("shows another requester's type only while it is public, without its answer key; system types to everyone", async () => {
    const a = await makeRequester();
    const b = await makeRequester();
    const apiA = await apiClientFor(a.id);
    const apiB = await apiClientFor(b.id);
    const { QualificationType: pub } = await apiA.send(new CreateQualificationTypeCommand({ ...english, Test, AnswerKey, TestDurationInSeconds: 600 }));
    const { QualificationType: hidden } = await apiA.send(new CreateQualificationTypeCommand({ ...english, Name: "Hidden", QualificationTypeStatus: "Inactive" }));

    const seen = await apiB.send(new GetQualificationTypeCommand({ QualificationTypeId: pub!.QualificationTypeId }));
    const { AnswerKey: _key, ...withoutKey } = pub!;
    expect(seen.QualificationType).toEqual(withoutKey);
    for (const id of [hidden!.QualificationTypeId!, "3NOSUCHTYPE00000000000000000000"]) {
      const e = await requestErrorOf(apiB, new GetQualificationTypeCommand({ QualificationTypeId: id }));
      expect(e.TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");
    }
    const masters = await apiB.send(new GetQualificationTypeCommand({ QualificationTypeId: SYSTEM_QUALIFICATION_IDS.masters }));
    expect(masters.QualificationType).toMatchObject({ QualificationTypeId: SYSTEM_QUALIFICATION_IDS.masters, Name: "Masters", IsRequestable: false, QualificationTypeStatus: "Active", AutoGranted: false });
    const badId = await requestErrorOf(apiB, new GetQualificationTypeCommand({ QualificationTypeId: "lower-case" }));
    expect(badId.message).toMatch(/QualificationTypeId must match/);
  });
});

describe("ListQualificationTypes", () => {
  it("lists the caller's own types newest first with answer keys, in pages with an opaque NextToken", async () => {
    const r = await makeRequester();
    const api = await apiClientFor(r.id);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { QualificationType } = await api.send(new CreateQualificationTypeCommand({ ...english, Name: `Wallaby ${i}`, Test, AnswerKey, TestDurationInSeconds: 600 }));
      ids.unshift(QualificationType!.QualificationTypeId!);
    }
    const first = await api.send(new ListQualificationTypesCommand({ MustBeRequestable: false, MustBeOwnedByCaller: true, MaxResults: 2 }));
    expect(first.NumResults).toBe(2);
    expect(first.QualificationTypes!.map((t) => t.QualificationTypeId)).toEqual(ids.slice(0, 2));
    expect(first.QualificationTypes![0].AnswerKey).toBe(AnswerKey);
    expect(first.NextToken).toBeTruthy();
    const second = await api.send(new ListQualificationTypesCommand({ MustBeRequestable: false, MustBeOwnedByCaller: true, MaxResults: 2, NextToken: first.NextToken }));
    expect(second).toMatchObject({ NumResults: 1 });
    expect(second.QualificationTypes!.map((t) => t.QualificationTypeId)).toEqual([ids[2]]);
    expect(second.NextToken).toBeUndefined();

    // A token belongs to its listing: another query, or a made-up token, is refused.
    const other = await requestErrorOf(api, new ListQualificationTypesCommand({ MustBeRequestable: false, MustBeOwnedByCaller: true, Query: "x", NextToken: first.NextToken }));
    expect(other.message).toMatch(/NextToken/);
    expect((await requestErrorOf(api, new ListQualificationTypesCommand({ MustBeRequestable: true, NextToken: "bm9wZQ" }))).TurkErrorCode).toBe("AWS.BadParameters");
    expect((await requestErrorOf(api, new ListQualificationTypesCommand({ MustBeRequestable: true, MaxResults: 101 }))).message).toMatch(/MaxResults must be at most 100/);
    expect((await requestErrorOf(api, new ListQualificationTypesCommand({} as never))).message).toMatch(/MustBeRequestable is required/);
  });

  it("finds public types of others and system types, never another requester's inactive ones", async () => {
    const a = await makeRequester();
    const b = await makeRequester();
    const apiA = await apiClientFor(a.id);
    const apiB = await apiClientFor(b.id);
    const { QualificationType: pub } = await apiA.send(new CreateQualificationTypeCommand({ ...english, Name: "Echidna public", Test, AnswerKey, TestDurationInSeconds: 600 }));
    const { QualificationType: inactive } = await apiA.send(new CreateQualificationTypeCommand({ ...english, Name: "Echidna inactive", QualificationTypeStatus: "Inactive" }));
    const { QualificationType: mine } = await apiB.send(new CreateQualificationTypeCommand({ ...english, Name: "Echidna mine", QualificationTypeStatus: "Inactive" }));

    const all = await apiB.send(new ListQualificationTypesCommand({ Query: "echidna", MustBeRequestable: false }));
    expect(all.QualificationTypes!.map((t) => t.QualificationTypeId)).toEqual([mine!.QualificationTypeId, pub!.QualificationTypeId]);
    expect(all.QualificationTypes![1]).not.toHaveProperty("AnswerKey");
    const requestable = await apiB.send(new ListQualificationTypesCommand({ Query: "ECHIDNA", MustBeRequestable: true }));
    expect(requestable.QualificationTypes!.map((t) => t.QualificationTypeId)).toEqual([pub!.QualificationTypeId]);
    const owned = await apiB.send(new ListQualificationTypesCommand({ Query: "echidna", MustBeRequestable: false, MustBeOwnedByCaller: true }));
    expect(owned.QualificationTypes!.map((t) => t.QualificationTypeId)).toEqual([mine!.QualificationTypeId]);
    const ownerSees = await apiA.send(new ListQualificationTypesCommand({ Query: "echidna", MustBeRequestable: false, MustBeOwnedByCaller: true }));
    expect(ownerSees.QualificationTypes!.map((t) => t.QualificationTypeId)).toEqual([inactive!.QualificationTypeId, pub!.QualificationTypeId]);

    const system = await apiB.send(new ListQualificationTypesCommand({ Query: "Masters", MustBeRequestable: false }));
    expect(system.QualificationTypes!.map((t) => [t.QualificationTypeId, t.IsRequestable])).toEqual([[SYSTEM_QUALIFICATION_IDS.masters, false]]);
    expect((await apiB.send(new ListQualificationTypesCommand({ Query: "Masters", MustBeRequestable: true }))).NumResults).toBe(0);
  });
});

describe("UpdateQualificationType", () => {
  it("changes description, status, retries and the test with MTurk's rules", async () => {
    const r = await makeRequester();
    const api = await apiClientFor(r.id);
    const { QualificationType: t } = await api.send(new CreateQualificationTypeCommand(english));
    const id = t!.QualificationTypeId!;
    const updated = await api.send(new UpdateQualificationTypeCommand({ QualificationTypeId: id, Description: "New words", QualificationTypeStatus: "Inactive", RetryDelayInSeconds: 60 }));
    expect(updated.QualificationType).toEqual({ ...t, Description: "New words", QualificationTypeStatus: "Inactive", RetryDelayInSeconds: 60 });

    // A test is added with its duration; replacing it without an answer key leaves it without one.
    const withTest = await api.send(new UpdateQualificationTypeCommand({ QualificationTypeId: id, Test, AnswerKey, TestDurationInSeconds: 900 }));
    expect(withTest.QualificationType).toMatchObject({ Test, AnswerKey, TestDurationInSeconds: 900, Name: "English grammar", Keywords: "english, grammar" });
    const noKey = await api.send(new UpdateQualificationTypeCommand({ QualificationTypeId: id, Test, TestDurationInSeconds: 300 }));
    expect(noKey.QualificationType).toMatchObject({ Test, TestDurationInSeconds: 300 });
    expect(noKey.QualificationType).not.toHaveProperty("AnswerKey");

    // Refused, and nothing changes: auto-granting a type with a test, a test without its duration, a key
    // or duration without the test, a duration out of range.
    const refused: [Record<string, unknown>, RegExp][] = [
      [{ AutoGranted: true }, /^AutoGranted: .*test cannot be granted automatically/],
      [{ Test }, /^TestDurationInSeconds: Send the test duration together with the test/],
      [{ AnswerKey }, /^AnswerKey: .*send the test again/],
      [{ TestDurationInSeconds: 600 }, /^TestDurationInSeconds: .*send the test again/],
      [{ Test: "<nope/>", TestDurationInSeconds: 600 }, /^Test: /],
      [{ Description: "" }, /^Description: /],
    ];
    for (const [change, message] of refused) {
      const e = await requestErrorOf(api, new UpdateQualificationTypeCommand({ QualificationTypeId: id, ...change }));
      expect(e.message).toMatch(message);
      expect(e.TurkErrorCode).toBe("AWS.BadParameters");
    }
    expect((await api.send(new GetQualificationTypeCommand({ QualificationTypeId: id }))).QualificationType).toEqual(noKey.QualificationType);
  });

  it("switches auto-granting on with its value, and refuses another requester's type as if it did not exist", async () => {
    const a = await makeRequester();
    const b = await makeRequester();
    const apiA = await apiClientFor(a.id);
    const apiB = await apiClientFor(b.id);
    const { QualificationType: t } = await apiA.send(new CreateQualificationTypeCommand(english));
    const id = t!.QualificationTypeId!;
    const auto = await apiA.send(new UpdateQualificationTypeCommand({ QualificationTypeId: id, AutoGranted: true, AutoGrantedValue: 5 }));
    expect(auto.QualificationType).toMatchObject({ AutoGranted: true, AutoGrantedValue: 5 });

    const e = await requestErrorOf(apiB, new UpdateQualificationTypeCommand({ QualificationTypeId: id, Description: "Mine now", QualificationTypeStatus: "Inactive" }));
    expect(e.TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");
    expect((await apiA.send(new GetQualificationTypeCommand({ QualificationTypeId: id }))).QualificationType).toEqual(auto.QualificationType);
  });
});

describe("DeleteQualificationType", () => {
  it("deletes the caller's type, rejects its pending requests, and frees its name; others cannot delete it", async () => {
    const a = await makeRequester();
    const b = await makeRequester();
    const w = await makeWorker();
    const apiA = await apiClientFor(a.id);
    const apiB = await apiClientFor(b.id);
    const { QualificationType: t } = await apiA.send(new CreateQualificationTypeCommand(english));
    const id = t!.QualificationTypeId!;
    const { request } = await requestQualification(w.id, id);

    const denied = await requestErrorOf(apiB, new DeleteQualificationTypeCommand({ QualificationTypeId: id }));
    expect(denied.TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");
    expect((await apiA.send(new GetQualificationTypeCommand({ QualificationTypeId: id }))).QualificationType).toEqual(t);
    expect(await db.qualificationRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "Pending" });

    expect(await apiA.send(new DeleteQualificationTypeCommand({ QualificationTypeId: id }))).toMatchObject({});
    expect((await requestErrorOf(apiA, new GetQualificationTypeCommand({ QualificationTypeId: id }))).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");
    expect((await requestErrorOf(apiA, new DeleteQualificationTypeCommand({ QualificationTypeId: id }))).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");
    expect((await apiA.send(new ListQualificationTypesCommand({ MustBeRequestable: false, MustBeOwnedByCaller: true }))).NumResults).toBe(0);
    expect(await db.qualificationRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "Rejected", reason: DISPOSED_REQUEST_REASON });
    const again = await apiA.send(new CreateQualificationTypeCommand(english));
    expect(again.QualificationType!.QualificationTypeId).not.toBe(id);
  });
});
