import { afterAll, describe, expect, it } from "vitest";
import { SendTestEventNotificationCommand, UpdateNotificationSettingsCommand, type NotificationSpecification } from "@aws-sdk/client-mturk";
import { db } from "@/lib/db/client";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeHit, makeRequester } from "@/lib/testing/factories";
import { eventDocOfMail, startHttpReceiver, startSmtpReceiver } from "@/lib/testing/receivers";
import { signingSecretOf } from "@/lib/notifications/secret";
import { verifySignature } from "@/lib/notifications/signature";

const receiver = await startHttpReceiver();
const smtp = await startSmtpReceiver();
afterAll(() => Promise.all([receiver.close(), smtp.close()]));

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error("expected the call to fail"); }, (e) => e);
const badParameters = { name: "RequestError", TurkErrorCode: "AWS.BadParameters" };
const webhook: NotificationSpecification = {
  Destination: "https://hooks.example.com/piecework-events",
  Transport: "Email",
  Version: "2006-05-05",
  EventTypes: ["AssignmentSubmitted", "HITReviewable", "AssignmentSubmitted"],
};
const stored = async (hitTypeId: string) => {
  const t = await db.hITType.findUniqueOrThrow({ where: { id: hitTypeId } });
  return { spec: t.notificationSpec ? JSON.parse(t.notificationSpec) : null, active: t.notificationActive };
};

describe("UpdateNotificationSettings", () => {
  it("stores a HIT type's specification (an http(s) Destination is a webhook), active unless told otherwise, and turns it off and on", async () => {
    const r = await makeRequester(10_00);
    const { hitTypeId } = await makeHit(r.id);
    const api = await apiClientFor(r.id);
    expect(await api.send(new UpdateNotificationSettingsCommand({ HITTypeId: hitTypeId, Notification: webhook }))).toMatchObject({ $metadata: { httpStatusCode: 200 } });
    expect(await stored(hitTypeId)).toEqual({
      spec: { destination: webhook.Destination, transport: "Webhook", version: "2006-05-05", eventTypes: ["AssignmentSubmitted", "HITReviewable"] },
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

  it("refuses a bad specification, SQS and SNS, Active without one, and another requester's HIT type, changing nothing", async () => {
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
    await refused({ Notification: { ...webhook, Version: "2014-08-15" } }, badParameters, "2006-05-05");
    await refused({ Notification: { ...webhook, Destination: "not an address" } }, badParameters, "email address");
    await refused({ Notification: { ...webhook, Destination: "ftp://files.example.com/x" } }, badParameters, "http");
    await refused({ Notification: { ...webhook, Transport: "SQS", Destination: "https://sqs.us-east-1.amazonaws.com/123456789012/q" } }, badParameters, "Piecework does not support the SQS transport");
    await refused({ Notification: { ...webhook, Transport: "SNS", Destination: "arn:aws:sns:us-east-1:123456789012:topic" } }, badParameters, "Piecework does not support the SNS transport");
    await refused({ Notification: { ...webhook, EventTypes: ["Ping"] } }, badParameters, "Ping");
    await refused({ Notification: { ...webhook, EventTypes: [] } }, badParameters, "event type");
    await refused({ Notification: { ...webhook, Transport: "Carrier pigeon" } }, badParameters, "Transport");
    expect(await stored(hitTypeId)).toEqual({ spec: null, active: false });

    const denied = await failure(apiOther.send(new UpdateNotificationSettingsCommand({ HITTypeId: hitTypeId, Notification: webhook })));
    expect(denied).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.ResourceDoesNotExist" });
    const deniedToggle = await failure(apiOther.send(new UpdateNotificationSettingsCommand({ HITTypeId: hitTypeId, Active: false })));
    expect(deniedToggle).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.ResourceDoesNotExist" });
    expect(await stored(hitTypeId)).toEqual({ spec: null, active: false });
  });
});

describe("SendTestEventNotification", () => {
  it("sends the test event now by webhook (signed) and by email, and reports a failed delivery as an error", async () => {
    const r = await makeRequester();
    const api = await apiClientFor(r.id);
    const toReceiver: NotificationSpecification = { ...webhook, Destination: receiver.url, EventTypes: ["Ping"] };
    expect(await api.send(new SendTestEventNotificationCommand({ Notification: toReceiver, TestEventType: "Ping" }))).toMatchObject({ $metadata: { httpStatusCode: 200 } });
    const post = receiver.posts.at(-1)!;
    expect(post.json).toMatchObject({ EventDocVersion: "2014-08-15", CustomerId: r.id, Events: [{ EventType: "Ping" }] });
    expect(verifySignature(await signingSecretOf(r.id), String(post.headers["x-piecework-signature"]), post.body)).toBe(true);

    receiver.answerWith(() => ({ status: 500, body: "receiver is down" }));
    const e = await failure(api.send(new SendTestEventNotificationCommand({ Notification: toReceiver, TestEventType: "AssignmentApproved" })));
    expect(e).toMatchObject(badParameters);
    expect(e.message).toContain("answered 500: receiver is down");
    expect(receiver.posts.at(-1)!.json.Events[0].EventType).toBe("AssignmentApproved");

    process.env.PIECEWORK_SMTP_URL = smtp.url;
    try {
      await api.send(new SendTestEventNotificationCommand({ Notification: { ...toReceiver, Destination: "ops@example.com" }, TestEventType: "HITExpired" }));
      expect(smtp.mails.at(-1)!.to).toEqual(["ops@example.com"]);
      expect(eventDocOfMail(smtp.mails.at(-1)!.raw).Events[0].EventType).toBe("HITExpired");
    } finally {
      delete process.env.PIECEWORK_SMTP_URL;
    }
  });

  it("refuses an invalid or unsupported specification without sending anything", async () => {
    const api = await apiClientFor((await makeRequester()).id);
    const before = receiver.posts.length;
    const sqs = { Destination: "https://sqs.us-east-1.amazonaws.com/123456789012/q", Transport: "SQS", Version: "2006-05-05", EventTypes: ["Ping"] } as const;
    const e = await failure(api.send(new SendTestEventNotificationCommand({ Notification: { ...sqs, EventTypes: ["Ping"] }, TestEventType: "Ping" })));
    expect(e).toMatchObject(badParameters);
    expect(e.message).toContain("does not support the SQS transport");
    expect(await failure(api.send(new SendTestEventNotificationCommand({ Notification: { ...webhook, Destination: receiver.url }, TestEventType: "Dinner" as never })))).toMatchObject(badParameters);
    expect(await failure(api.send(new SendTestEventNotificationCommand({ TestEventType: "Ping" } as never)))).toMatchObject(badParameters);
    expect(receiver.posts.length).toBe(before);
  });
});
