// Admin moderation of qualification types and the Masters roster: admins only, reasons required and
// delivered to the owner, and an Inactive type that workers can neither request nor test for.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset } from "@/lib/clock";
import { fixture } from "@/lib/testing/fixtures";
import { makeAdmin, makeRequester, makeWorker } from "@/lib/testing/factories";
import { createQualificationType, updateQualificationType } from "@/lib/qualifications/types";
import { grantMasters, grantQualification, revokeMasters } from "@/lib/qualifications/grants";
import { requestQualification, startTest } from "@/lib/qualifications/requests";
import { resolveRequirements } from "@/lib/qualifications/requirements";
import { SYSTEM_QUALIFICATION_IDS } from "@/lib/qualifications/system";
import {
  deactivateQualificationType,
  findWorkerForMasters,
  mastersHolders,
  MODERATED_TEST_REASON,
  MODERATION_PAGE_SIZE,
  qualificationTypesForModeration,
  reactivateQualificationType,
} from "./qualification-moderation";

beforeEach(() => setClockOffset(0));

let n = 0;
const plainType = (ownerId: string, name = `Careful annotator ${n++}`) => createQualificationType(ownerId, { name, description: "Granted on request" });

describe("deactivating and reactivating a qualification type", () => {
  it("refuses anyone but an admin, and an empty reason, and changes nothing", async () => {
    const [admin, owner] = [await makeAdmin(), await makeRequester()];
    const type = await plainType(owner.id);
    await expect(deactivateQualificationType(owner.id, type.id, "Collects personal data")).rejects.toMatchObject({ code: "Forbidden" });
    await expect(reactivateQualificationType(owner.id, type.id)).rejects.toMatchObject({ code: "Forbidden" });
    await expect(qualificationTypesForModeration(owner.id)).rejects.toMatchObject({ code: "Forbidden" });
    await expect(deactivateQualificationType(admin.id, type.id, "   ")).rejects.toMatchObject({ code: "InvalidInput", message: "Give a reason; it is sent to the person affected" });
    expect(await db.qualificationType.findUniqueOrThrow({ where: { id: type.id } })).toMatchObject({ status: "Active", moderationReason: null });
    expect(await db.message.count({ where: { recipientId: owner.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { subjectId: type.id } })).toBe(0);
  });

  it("makes the type Inactive, tells its owner why, audits it, and closes tests in progress", async () => {
    const [admin, owner, w1, w2] = [await makeAdmin(), await makeRequester(), await makeWorker(), await makeWorker()];
    const type = await plainType(owner.id, "Home address check");
    const tested = await createQualificationType(owner.id, {
      name: `English ${n++}`,
      description: "Grammar",
      test: fixture("qualifications/english-test.xml"),
      testDurationSeconds: 600,
    });
    const started = await startTest(w2.id, tested.id);

    const deactivated = await deactivateQualificationType(admin.id, type.id, " Asks workers for their home address. ");
    expect(deactivated).toMatchObject({ status: "Inactive", moderationReason: "Asks workers for their home address." });
    const message = await db.message.findFirstOrThrow({ where: { recipientId: owner.id } });
    expect(message).toMatchObject({ senderId: null, subject: 'Your qualification type "Home address check" was deactivated' });
    expect(message.body).toContain("Reason: Asks workers for their home address.");
    expect(await db.notification.findFirstOrThrow({ where: { userId: owner.id } })).toMatchObject({
      kind: "qualification.type.deactivated",
      text: `Piecework's moderators deactivated your qualification type "Home address check": Asks workers for their home address.`,
    });
    expect(await db.auditLog.findFirstOrThrow({ where: { subjectId: type.id } })).toMatchObject({
      actorId: admin.id,
      action: "qualification.type.deactivate",
      subjectType: "QualificationType",
      reason: "Asks workers for their home address.",
    });

    // Workers can no longer request it, and the requester can no longer use it in a new HIT.
    await expect(requestQualification(w1.id, type.id)).rejects.toMatchObject({ code: "Conflict", message: '"Home address check" is not accepting requests right now.' });
    await expect(resolveRequirements(owner.id, [{ qualificationTypeId: type.id, comparator: "Exists" }])).rejects.toMatchObject({ code: "InvalidInput" });

    // A type with a test: the running attempt is closed and no new one can start.
    await deactivateQualificationType(admin.id, tested.id, "The test asks for a phone number.");
    expect(await db.qualificationRequest.findUniqueOrThrow({ where: { id: started.request.id } })).toMatchObject({ status: "Rejected", reason: MODERATED_TEST_REASON });
    await expect(startTest(w1.id, tested.id)).rejects.toMatchObject({ code: "Conflict" });
  });

  it("keeps the owner from switching it back on; only an admin reactivates, and the owner hears of it", async () => {
    const [admin, owner, w] = [await makeAdmin(), await makeRequester(), await makeWorker()];
    const type = await plainType(owner.id);
    await deactivateQualificationType(admin.id, type.id, "Misleading name.");
    await expect(deactivateQualificationType(admin.id, type.id, "Again")).rejects.toMatchObject({ code: "Conflict" });
    await expect(updateQualificationType(owner.id, type.id, { status: "Active" })).rejects.toMatchObject({ code: "Forbidden" });
    expect((await updateQualificationType(owner.id, type.id, { description: "Clearer now" })).status).toBe("Inactive");

    const active = await reactivateQualificationType(admin.id, type.id);
    expect(active).toMatchObject({ status: "Active", moderationReason: null });
    expect(await db.message.count({ where: { recipientId: owner.id } })).toBe(2);
    await expect(requestQualification(w.id, type.id)).resolves.toMatchObject({ request: { status: "Pending" } });
    // An owner's own Inactive type is the owner's to switch; an admin has nothing to lift.
    await updateQualificationType(owner.id, type.id, { status: "Inactive" });
    await expect(reactivateQualificationType(admin.id, type.id)).rejects.toMatchObject({ code: "Conflict" });
  });

  it("refuses system qualifications and unknown types", async () => {
    const admin = await makeAdmin();
    await qualificationTypesForModeration(admin.id); // creates the system rows
    await expect(deactivateQualificationType(admin.id, SYSTEM_QUALIFICATION_IDS.masters, "No")).rejects.toMatchObject({ code: "Conflict" });
    await expect(deactivateQualificationType(admin.id, "NOSUCHTYPE", "No")).rejects.toMatchObject({ code: "NotFound" });
  });
});

describe("the list of every qualification type", () => {
  it("searches by name or owner, filters by status, pages, and counts holders", async () => {
    const admin = await makeAdmin();
    const alice = await makeRequester(0, "Alice Zephyr");
    const bob = await makeRequester(0, "Bob Quill");
    const w = await makeWorker();
    const zebra = await plainType(alice.id, "Zebra spotting");
    await plainType(bob.id, "Zebra counting");
    await grantQualification(alice.id, { qualificationTypeId: zebra.id, workerId: w.id });
    await deactivateQualificationType(admin.id, zebra.id, "Spam");

    const byName = await qualificationTypesForModeration(admin.id, { query: "ZEBRA" });
    expect(byName.items.map((t) => t.name).sort()).toEqual(["Zebra counting", "Zebra spotting"]);
    expect(byName.items.find((t) => t.id === zebra.id)).toMatchObject({ holders: 1, status: "Inactive", system: false, owner: { name: "Alice Zephyr" } });
    expect((await qualificationTypesForModeration(admin.id, { query: "quill" })).items.map((t) => t.name)).toEqual(["Zebra counting"]);
    expect((await qualificationTypesForModeration(admin.id, { query: alice.email })).items.map((t) => t.name)).toEqual(["Zebra spotting"]);
    expect((await qualificationTypesForModeration(admin.id, { query: "zebra", status: "Inactive" })).items.map((t) => t.name)).toEqual(["Zebra spotting"]);
    expect((await qualificationTypesForModeration(admin.id, { query: "100%" })).total).toBe(0); // % is a character, not a wildcard

    const all = await qualificationTypesForModeration(admin.id);
    expect(all.items.map((t) => t.system)).toEqual([...all.items.map((t) => t.system)].sort()); // requesters' types before the system ones
    expect(all.items.find((t) => t.name === "Masters")).toMatchObject({ system: true, holders: expect.any(Number) });
    expect(all.items.find((t) => t.name === "Location")).toMatchObject({ system: true, holders: null });
    for (let i = 0; i < MODERATION_PAGE_SIZE; i++) await plainType(bob.id);
    const first = await qualificationTypesForModeration(admin.id, { page: 1 });
    const second = await qualificationTypesForModeration(admin.id, { page: 2 });
    expect(first.items).toHaveLength(MODERATION_PAGE_SIZE);
    expect(first.total).toBe(all.total + MODERATION_PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(first.total / MODERATION_PAGE_SIZE));
    expect(second.items.some((t) => first.items.some((f) => f.id === t.id))).toBe(false);
  });
});

describe("Masters", () => {
  it("finds a worker by id or email, grants and revokes with a reason, and lists the holders", async () => {
    const admin = await makeAdmin();
    const w = await makeWorker("Marta Master");
    const requester = await makeRequester();
    expect(await findWorkerForMasters(admin.id, w.email.toUpperCase())).toMatchObject({ id: w.id, masters: null });
    expect(await findWorkerForMasters(admin.id, w.id.toLowerCase())).toMatchObject({ id: w.id, name: "Marta Master" });
    expect(await findWorkerForMasters(admin.id, requester.email)).toBeNull(); // not a worker
    await expect(findWorkerForMasters(requester.id, w.id)).rejects.toMatchObject({ code: "Forbidden" });

    await grantMasters(admin.id, w.id);
    expect((await mastersHolders(admin.id)).map((h) => h.workerId)).toContain(w.id);
    await expect(revokeMasters(admin.id, w.id, "")).rejects.toMatchObject({ code: "InvalidInput" });
    expect((await findWorkerForMasters(admin.id, w.id))?.masters?.status).toBe("Granted");
    await revokeMasters(admin.id, w.id, "Too many rejections lately");
    expect((await findWorkerForMasters(admin.id, w.id))?.masters).toMatchObject({ status: "Revoked", reason: "Too many rejections lately" });
    expect((await mastersHolders(admin.id)).map((h) => h.workerId)).not.toContain(w.id);
    await expect(mastersHolders(w.id)).rejects.toMatchObject({ code: "Forbidden" });
  });
});
