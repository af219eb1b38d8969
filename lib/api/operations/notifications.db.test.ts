import { describe, expect, it } from "vitest";
import { SendTestEventNotificationCommand, UpdateNotificationSettingsCommand, type NotificationSpecification } from "@aws-sdk/client-mturk";
import { db } from "@/lib/db/client";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeHit, makeRequester } from "@/lib/testing/factories";

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error("expected the call to fail"); }, (e) => e);
const badParameters = { name: "RequestError", TurkErrorCode: "AWS.BadParameters" };
const sqs: NotificationSpecification = {
  Destination: "https://sqs.us-east-1.amazonaws.com/123456789012/piecework-events",
  Transport: "SQS",
  Version: "2006-05-05",
  EventTypes: ["AssignmentSubmitted", "HITReviewable", "AssignmentSubmitted"],
};
const stored = async (hitTypeId: string) => {
  const t = await db.hITType.findUniqueOrThrow({ where: { id: hitTypeId } });
  return { spec: t.notificationSpec ? JSON.parse(t.notificationSpec) : null, active: t.notificationActive };
};

describe("UpdateNotificationSettings", () => {
  it("stores a HIT type's specification, active unless told otherwise, and turns it off and on", async () => {
    const r = await makeRequester(10_00);
    const { hitTypeId } = await makeHit(r.id);
    const api = await apiClientFor(r.id);
    expect(await api.send(new UpdateNotificationSettingsCommand({ HITTypeId: hitTypeId, Notification: sqs }))).toMatchObject({ $metadata: { httpStatusCode: 200 } });
    expect(await stored(hitTypeId)).toEqual({
      spec: { destination: sqs.Destination, transport: "SQS", version: "2006-05-05", eventTypes: ["AssignmentSubmitted", "HITReviewable"] },
      active: true,
    });
    await api.send(new UpdateNotificationSettingsCommand({ HITTypeId: hitTypeId, Active: false }));
    expect((await stored(hitTypeId)).active).toBe(false);
    await api.send(new UpdateNotificationSettingsCommand({ HITTypeId: hitTypeId, Active: true }));
    expect((await stored(hitTypeId)).active).toBe(true);
    const email = { Destination: "ops@example.com", Transport: "Email", Version: "2006-05-05", EventTypes: ["HITExpired"] } as const;
    await api.send(new UpdateNotificationSettingsCommand({ HITTypeId: hitTypeId, Notification: { ...email, EventTypes: [...email.EventTypes] }, Active: false }));
    expect(await stored(hitTypeId)).toEqual({ spec: { destination: "ops@example.com", transport: "Email", version: "2006-05-05", eventTypes: ["HITExpired"] }, active: false });
  });

  it("refuses a bad specification, Active without one, and another requester's HIT type, changing nothing", async () => {
    const r = await makeRequester(10_00);
    const { hitTypeId } = await makeHit(r.id);
    const api = await apiClientFor(r.id);
    const apiOther = await apiClientFor((await makeRequester()).id);
    const refused = async (input: object, expected: object, mention?: string) => {
      const e = await failure(api.send(new UpdateNotificationSettingsCommand({ HITTypeId: hitTypeId, ...input })));
      expect(e).toMatchObject(expected);
      if (mention) expect(e.message).toContain(mention);
    };
    await refused({ Active: true }, { name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.InvalidState" }, "no notification specification");
    await refused({}, badParameters, "Active");
    await refused({ Notification: { ...sqs, Version: "2014-08-15" } }, badParameters, "2006-05-05");
    await refused({ Notification: { ...sqs, Destination: "not a url" } }, badParameters, "queue");
    await refused({ Notification: { ...sqs, Transport: "SNS" } }, badParameters, "ARN");
    await refused({ Notification: { ...sqs, Transport: "Email" } }, badParameters, "email address");
    await refused({ Notification: { ...sqs, EventTypes: ["Ping"] } }, badParameters, "Ping");
    await refused({ Notification: { ...sqs, EventTypes: [] } }, badParameters, "event type");
    await refused({ Notification: { ...sqs, Transport: "Carrier pigeon" } }, badParameters, "Transport");
    expect(await stored(hitTypeId)).toEqual({ spec: null, active: false });

    const denied = await failure(apiOther.send(new UpdateNotificationSettingsCommand({ HITTypeId: hitTypeId, Notification: sqs })));
    expect(denied).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.ResourceDoesNotExist" });
    expect(await stored(hitTypeId)).toEqual({ spec: null, active: false });
  });
});

describe("SendTestEventNotification", () => {
  it("accepts a valid specification (Ping allowed) and refuses an invalid one", async () => {
    const r = await makeRequester();
    const api = await apiClientFor(r.id);
    const sns = { Destination: "arn:aws:sns:us-east-1:123456789012:piecework", Transport: "SNS", Version: "2006-05-05", EventTypes: ["Ping"] } as const;
    expect(await api.send(new SendTestEventNotificationCommand({ Notification: { ...sns, EventTypes: ["Ping"] }, TestEventType: "Ping" }))).toMatchObject({ $metadata: { httpStatusCode: 200 } });
    expect(await api.send(new SendTestEventNotificationCommand({ Notification: sqs, TestEventType: "AssignmentApproved" }))).toMatchObject({ $metadata: { httpStatusCode: 200 } });
    const e = await failure(api.send(new SendTestEventNotificationCommand({ Notification: { ...sns, EventTypes: ["Ping"], Destination: "topic" }, TestEventType: "Ping" })));
    expect(e).toMatchObject(badParameters);
    expect(e.message).toContain("ARN");
    expect(await failure(api.send(new SendTestEventNotificationCommand({ Notification: sqs, TestEventType: "Dinner" as never })))).toMatchObject(badParameters);
    expect(await failure(api.send(new SendTestEventNotificationCommand({ TestEventType: "Ping" } as never)))).toMatchObject(badParameters);
  });
});
