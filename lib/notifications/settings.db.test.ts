// A HIT type's notification settings: stored for its owner only, replaced whole, switched on and off.
import { afterAll, describe, expect, it } from "vitest";
import { makeHit, makeRequester } from "@/lib/testing/factories";
import { startHttpReceiver } from "@/lib/testing/receivers";
import { notificationSettingsOf, sendTestNotification, updateNotificationSettings } from "./settings";
import { signingSecretOf } from "./secret";
import { verifySignature } from "./signature";

const receiver = await startHttpReceiver();
afterAll(() => receiver.close());
const spec = { destination: "https://hooks.example.com/events", transport: "Email", version: "2006-05-05", eventTypes: ["HITReviewable"] };

describe("notification settings", () => {
  it("stores a specification (active by default), switches it, and replaces it; an http(s) Destination is a webhook", async () => {
    const r = await makeRequester(10_00);
    const { hitTypeId } = await makeHit(r.id);
    expect(await notificationSettingsOf(r.id, hitTypeId)).toEqual({ spec: null, active: false });
    await expect(updateNotificationSettings(r.id, hitTypeId, { active: true })).rejects.toMatchObject({ code: "Conflict" });
    await expect(updateNotificationSettings(r.id, hitTypeId, {})).rejects.toMatchObject({ code: "InvalidInput" });
    const webhook = { ...spec, transport: "Webhook" };
    expect(await updateNotificationSettings(r.id, hitTypeId, { spec })).toEqual({ spec: webhook, active: true });
    expect(await updateNotificationSettings(r.id, hitTypeId, { active: false })).toEqual({ spec: webhook, active: false });
    const email = { destination: "me@example.com", transport: "Email", version: "2006-05-05", eventTypes: ["AssignmentAccepted", "AssignmentAccepted"] };
    await updateNotificationSettings(r.id, hitTypeId, { spec: email });
    expect(await notificationSettingsOf(r.id, hitTypeId)).toEqual({ spec: { ...email, eventTypes: ["AssignmentAccepted"] }, active: true });
    await expect(updateNotificationSettings(r.id, hitTypeId, { spec: { ...email, transport: "Webhook" } })).rejects.toMatchObject({ fieldErrors: { destination: expect.stringContaining("http") } });
  });

  it("is the owner's only, refuses Ping outside a test, SQS and SNS, and sends a signed test at once", async () => {
    const r = await makeRequester(10_00);
    const other = await makeRequester();
    const { hitTypeId } = await makeHit(r.id);
    await expect(updateNotificationSettings(other.id, hitTypeId, { spec })).rejects.toMatchObject({ code: "NotFound" });
    await expect(notificationSettingsOf(other.id, hitTypeId)).rejects.toMatchObject({ code: "NotFound" });
    const ping = { ...spec, destination: receiver.url, eventTypes: ["Ping"] };
    await expect(updateNotificationSettings(r.id, hitTypeId, { spec: ping })).rejects.toMatchObject({ code: "InvalidInput", fieldErrors: { eventTypes: expect.stringContaining("Ping") } });
    for (const transport of ["SQS", "SNS"]) {
      await expect(updateNotificationSettings(r.id, hitTypeId, { spec: { ...spec, transport } })).rejects.toMatchObject({ code: "InvalidInput", message: expect.stringContaining(`does not support the ${transport} transport`) });
    }
    expect(await notificationSettingsOf(r.id, hitTypeId)).toEqual({ spec: null, active: false });

    const sent = await sendTestNotification(r.id, ping, "Ping", hitTypeId);
    expect(sent).toMatchObject({ ok: true, statusCode: 200 });
    const post = receiver.posts.at(-1)!;
    expect(post.json).toMatchObject({ EventDocId: sent.eventId, Events: [{ EventType: "Ping", HITTypeId: hitTypeId }] });
    expect(verifySignature(await signingSecretOf(r.id), String(post.headers["x-piecework-signature"]), post.body)).toBe(true);
    receiver.answerWith(() => ({ status: 401, body: "bad signature" }));
    await expect(sendTestNotification(r.id, ping, "AssignmentSubmitted")).rejects.toMatchObject({ code: "InvalidInput", message: expect.stringContaining("answered 401: bad signature") });
    expect(receiver.posts.at(-1)!.json.Events[0]).toMatchObject({ EventType: "AssignmentSubmitted", AssignmentId: expect.stringMatching(/^[A-Z0-9]{30}$/) });
  });
});
