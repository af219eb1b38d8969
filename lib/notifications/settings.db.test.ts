// A HIT type's notification settings: stored for its owner only, replaced whole, switched on and off.
import { describe, expect, it } from "vitest";
import { makeHit, makeRequester } from "@/lib/testing/factories";
import { notificationSettingsOf, sendTestNotification, updateNotificationSettings } from "./settings";

const spec = { destination: "https://queue.example.com/events", transport: "SQS", version: "2006-05-05", eventTypes: ["HITReviewable"] };

describe("notification settings", () => {
  it("stores a specification (active by default), switches it, and replaces it", async () => {
    const r = await makeRequester(10_00);
    const { hitTypeId } = await makeHit(r.id);
    expect(await notificationSettingsOf(r.id, hitTypeId)).toEqual({ spec: null, active: false });
    await expect(updateNotificationSettings(r.id, hitTypeId, { active: true })).rejects.toMatchObject({ code: "Conflict" });
    await expect(updateNotificationSettings(r.id, hitTypeId, {})).rejects.toMatchObject({ code: "InvalidInput" });
    expect(await updateNotificationSettings(r.id, hitTypeId, { spec })).toEqual({ spec, active: true });
    expect(await updateNotificationSettings(r.id, hitTypeId, { active: false })).toEqual({ spec, active: false });
    const email = { destination: "me@example.com", transport: "Email", version: "2006-05-05", eventTypes: ["AssignmentAccepted", "AssignmentAccepted"] };
    await updateNotificationSettings(r.id, hitTypeId, { spec: email });
    expect(await notificationSettingsOf(r.id, hitTypeId)).toEqual({ spec: { ...email, eventTypes: ["AssignmentAccepted"] }, active: true });
  });

  it("is the owner's only, and refuses Ping outside a test", async () => {
    const r = await makeRequester(10_00);
    const other = await makeRequester();
    const { hitTypeId } = await makeHit(r.id);
    await expect(updateNotificationSettings(other.id, hitTypeId, { spec })).rejects.toMatchObject({ code: "NotFound" });
    await expect(notificationSettingsOf(other.id, hitTypeId)).rejects.toMatchObject({ code: "NotFound" });
    const ping = { ...spec, eventTypes: ["Ping"] };
    await expect(updateNotificationSettings(r.id, hitTypeId, { spec: ping })).rejects.toMatchObject({ code: "InvalidInput", fieldErrors: { eventTypes: expect.stringContaining("Ping") } });
    expect(await sendTestNotification(r.id, ping, "Ping")).toMatchObject({ spec: ping, eventType: "Ping" });
    await expect(sendTestNotification(r.id, { ...spec, transport: "SNS" }, "Ping")).rejects.toMatchObject({ code: "InvalidInput", fieldErrors: { destination: expect.any(String) } });
  });
});
