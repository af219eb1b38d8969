// System qualification values computed from real assignments and profiles, and what a HIT's requirements
// let a worker do.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset } from "@/lib/clock";
import { acceptHit, approveAssignment, rejectAssignment, submitAssignment } from "@/lib/assignments/mutations";
import { makeAdmin, makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { ensureSystemQualificationTypes, SYSTEM_QUALIFICATION_IDS, SYSTEM_QUALIFICATION_TYPES, workerQualificationValues } from "./system";
import { evaluateHitTypeRequirements, evaluateRequirements, requirementRows, resolveRequirements } from "./requirements";
import { createQualificationType, disposeQualificationType, updateQualificationType } from "./types";
import { grantMasters, grantQualification, qualificationsOfWorker, revokeMasters, revokeQualification } from "./grants";
import { requirementInputSchema, type RequirementInput } from "./schema";

const { numberHitsApproved: APPROVED, percentAssignmentsApproved: PERCENT, locale: LOCALE, adult: ADULT, masters: MASTERS } = SYSTEM_QUALIFICATION_IDS;
const ALL = [APPROVED, PERCENT, LOCALE, ADULT, MASTERS];

let requester: { id: string };
beforeAll(async () => {
  requester = await makeRequester(100_000);
});
beforeEach(() => setClockOffset(0));

/** Gives the worker `approved` approved and `rejected` rejected assignments, and `pending` submitted ones, each on its own HIT. */
async function history(workerId: string, approved: number, rejected: number, pending = 0) {
  for (const outcome of [...Array(approved).fill("approve"), ...Array(rejected).fill("reject"), ...Array(pending).fill("leave")]) {
    const hit = await makeHit(requester.id, { maxAssignments: 1, rewardCents: 10 });
    const a = await acceptHit(workerId, hit.id);
    await submitAssignment(workerId, a.id, simpleAnswerXml);
    if (outcome === "approve") await approveAssignment({ requesterId: requester.id }, a.id);
    if (outcome === "reject") await rejectAssignment(requester.id, a.id, "Not what was asked");
  }
}

const parse = (r: RequirementInput) => requirementInputSchema.parse(r);

describe("ensureSystemQualificationTypes", () => {
  it("upserts the five system types with MTurk's ids, idempotently", async () => {
    await Promise.all([ensureSystemQualificationTypes(), ensureSystemQualificationTypes()]);
    const rows = await db.qualificationType.findMany({ where: { id: { in: ALL } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.id)).toEqual([...ALL].sort());
    for (const row of rows) expect(row).toMatchObject({ ownerId: null, status: "Active", isRequestable: false });
    expect(rows.find((r) => r.id === MASTERS)?.name).toBe("Masters");
    expect(SYSTEM_QUALIFICATION_TYPES.map((t) => t.id)).toEqual(ALL);
  });
});

describe("workerQualificationValues", () => {
  it("a new worker: 0 approved, 100% (no reviewed work), no locale, not adult, not a Master", async () => {
    const w = await makeWorker();
    const values = await workerQualificationValues(w.id, ALL);
    expect(Object.fromEntries(values)).toEqual({
      [APPROVED]: { integerValue: 0 },
      [PERCENT]: { integerValue: 100 },
      [LOCALE]: undefined,
      [ADULT]: { integerValue: 0 },
      [MASTERS]: undefined,
    });
  });

  it("counts approved assignments and keeps the rate at 100 under 10 reviewed, whatever the rejections", async () => {
    const w = await makeWorker();
    await history(w.id, 3, 6, 2); // 9 reviewed (3 approved, 6 rejected), 2 still awaiting review
    const values = await workerQualificationValues(w.id, [APPROVED, PERCENT]);
    expect(values.get(APPROVED)).toEqual({ integerValue: 3 });
    expect(values.get(PERCENT)).toEqual({ integerValue: 100 });
  });

  it("from 10 reviewed assignments on, the rate is approved / (approved + rejected), rounded down", async () => {
    const w = await makeWorker();
    await history(w.id, 7, 3, 1); // 7 of 10 reviewed; the submitted one does not count
    expect(Object.fromEntries(await workerQualificationValues(w.id, [APPROVED, PERCENT]))).toEqual({ [APPROVED]: { integerValue: 7 }, [PERCENT]: { integerValue: 70 } });
    await history(w.id, 1, 0); // 8 of 11 = 72.7
    expect((await workerQualificationValues(w.id, [PERCENT])).get(PERCENT)).toEqual({ integerValue: 72 });
  });

  it("reads Locale and Adult from the profile, Masters and custom types from granted rows", async () => {
    const admin = await makeAdmin();
    const w = await makeWorker();
    await db.user.update({ where: { id: w.id }, data: { country: "US", subdivision: "WA", isAdult: true } });
    const type = await createQualificationType(requester.id, { name: "Custom value", description: "d" });
    await grantQualification(requester.id, { qualificationTypeId: type.id, workerId: w.id, integerValue: 42 });
    await grantMasters(admin.id, w.id);
    expect(Object.fromEntries(await workerQualificationValues(w.id, [LOCALE, ADULT, MASTERS, type.id]))).toEqual({
      [LOCALE]: { locale: { country: "US", subdivision: "WA" } },
      [ADULT]: { integerValue: 1 },
      [MASTERS]: { integerValue: 1 },
      [type.id]: { integerValue: 42 },
    });
    await db.user.update({ where: { id: w.id }, data: { subdivision: null } });
    expect((await workerQualificationValues(w.id, [LOCALE])).get(LOCALE)).toEqual({ locale: { country: "US" } });

    // A revoked qualification is not held; one of a deleted type still is.
    await revokeMasters(admin.id, w.id, "Quality dropped");
    await disposeQualificationType(requester.id, type.id);
    expect(Object.fromEntries(await workerQualificationValues(w.id, [MASTERS, type.id]))).toEqual({ [MASTERS]: undefined, [type.id]: { integerValue: 42 } });
    await expect(grantMasters(w.id, w.id)).rejects.toMatchObject({ code: "Forbidden" });
    expect(await db.auditLog.count({ where: { subjectId: w.id, action: { startsWith: "qualification.masters" } } })).toBe(2);
  });

  it("the worker's own list shows system values, granted and revoked qualifications with the reason", async () => {
    const w = await makeWorker();
    await db.user.update({ where: { id: w.id }, data: { country: "DE" } });
    const kept = await createQualificationType(requester.id, { name: "Kept", description: "d" });
    const lost = await createQualificationType(requester.id, { name: "Lost", description: "d" });
    await grantQualification(requester.id, { qualificationTypeId: kept.id, workerId: w.id, integerValue: 3 });
    await grantQualification(requester.id, { qualificationTypeId: lost.id, workerId: w.id });
    await revokeQualification(requester.id, lost.id, w.id, "Too many mistakes");
    const list = await qualificationsOfWorker(w.id);
    expect(list.filter((q) => q.system).map((q) => [q.name, q.value])).toEqual([
      ["Number of HITs Approved", { integerValue: 0 }],
      ["HIT Approval Rate (%)", { integerValue: 100 }],
      ["Location", { locale: { country: "DE" } }],
      ["Adult Content", { integerValue: 0 }],
    ]);
    const own = list.filter((q) => !q.system);
    expect(own.map((q) => ({ name: q.name, status: q.status, value: q.value, reason: q.reason, ownerName: q.ownerName })).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "Kept", status: "Granted", value: { integerValue: 3 }, reason: null, ownerName: "Test Requester" },
      { name: "Lost", status: "Revoked", value: undefined, reason: "Too many mistakes", ownerName: "Test Requester" },
    ]);
  });
});

describe("evaluateRequirements", () => {
  it("ActionsGuarded decides which of discover, preview and accept a failed requirement blocks", async () => {
    const w = await makeWorker();
    await db.user.update({ where: { id: w.id }, data: { country: "US" } });
    const skill = await createQualificationType(requester.id, { name: "Skill", description: "d" });
    await grantQualification(requester.id, { qualificationTypeId: skill.id, workerId: w.id, integerValue: 50 });

    const usOnly = parse({ qualificationTypeId: LOCALE, comparator: "EqualTo", localeValues: [{ country: "US" }], actionsGuarded: "DiscoverPreviewAndAccept" });
    const canadaOnly = { ...usOnly, localeValues: [{ country: "CA" }] };
    const skill75 = (actionsGuarded: "Accept" | "PreviewAndAccept" | "DiscoverPreviewAndAccept") =>
      parse({ qualificationTypeId: skill.id, comparator: "GreaterThanOrEqualTo", integerValues: [75], actionsGuarded });
    const adult = parse({ qualificationTypeId: ADULT, comparator: "EqualTo", integerValues: [1], requiredToPreview: true });

    const met = await evaluateRequirements(w.id, [usOnly]);
    expect(met).toMatchObject({ canDiscover: true, canPreview: true, canAccept: true, missing: [] });

    const accept = await evaluateRequirements(w.id, [usOnly, skill75("Accept")]);
    expect(accept).toMatchObject({ canDiscover: true, canPreview: true, canAccept: false });
    expect(accept.missing).toHaveLength(1);
    expect(accept.missing[0]).toMatchObject({ qualificationTypeId: skill.id, name: "Skill", met: false, guards: ["Accept"], isRequestable: true, hasTest: false, value: { integerValue: 50 } });

    expect(await evaluateRequirements(w.id, [skill75("PreviewAndAccept")])).toMatchObject({ canDiscover: true, canPreview: false, canAccept: false });
    expect(await evaluateRequirements(w.id, [skill75("DiscoverPreviewAndAccept")])).toMatchObject({ canDiscover: false, canPreview: false, canAccept: false });
    // The deprecated RequiredToPreview guards preview and accept; Adult is a system type nobody can request.
    const notAdult = await evaluateRequirements(w.id, [adult, canadaOnly]);
    expect(notAdult).toMatchObject({ canDiscover: false, canPreview: false, canAccept: false });
    expect(notAdult.missing.map((m) => [m.name, m.guards, m.isRequestable])).toEqual([
      ["Adult Content", ["Preview", "Accept"], false],
      ["Location", ["Discover", "Preview", "Accept"], false],
    ]);
    expect(await evaluateRequirements(w.id, [])).toMatchObject({ canDiscover: true, canPreview: true, canAccept: true, requirements: [] });
  });

  it("evaluates a HIT type's stored requirements", async () => {
    const w = await makeWorker();
    const hit = await makeHit(requester.id, { title: "Masters only" });
    await ensureSystemQualificationTypes();
    const reqs = await resolveRequirements(requester.id, [{ qualificationTypeId: MASTERS, comparator: "Exists", actionsGuarded: "PreviewAndAccept" }]);
    await db.qualificationRequirement.createMany({ data: requirementRows(hit.hitTypeId, reqs) });
    const before = await evaluateHitTypeRequirements(w.id, hit.hitTypeId);
    expect(before).toMatchObject({ canDiscover: true, canPreview: false, canAccept: false });
    expect(before.requirements[0]).toMatchObject({ comparator: "Exists", integerValues: [], localeValues: [], actionsGuarded: "PreviewAndAccept", name: "Masters" });
    await grantMasters((await makeAdmin()).id, w.id);
    expect(await evaluateHitTypeRequirements(w.id, hit.hitTypeId)).toMatchObject({ canDiscover: true, canPreview: true, canAccept: true });
  });
});

describe("resolveRequirements", () => {
  it("accepts system types and the requester's own Active types; refuses others', inactive and deleted ones", async () => {
    const mine = await createQualificationType(requester.id, { name: "Resolve mine", description: "d" });
    const theirs = await createQualificationType((await makeRequester()).id, { name: "Resolve theirs", description: "d" });
    const resolved = await resolveRequirements(requester.id, [
      { qualificationTypeId: PERCENT, comparator: "GreaterThanOrEqualTo", integerValues: [95] },
      { qualificationTypeId: mine.id, comparator: "DoesNotExist", actionsGuarded: "DiscoverPreviewAndAccept" },
    ]);
    expect(resolved.map((r) => [r.qualificationTypeId, r.actionsGuarded])).toEqual([
      [PERCENT, "Accept"],
      [mine.id, "DiscoverPreviewAndAccept"],
    ]);
    await expect(resolveRequirements(requester.id, [{ qualificationTypeId: theirs.id, comparator: "Exists" }])).rejects.toMatchObject({
      code: "InvalidInput",
      message: `Requirement 1: qualification type ${theirs.id} does not exist or is not yours.`,
    });
    await expect(resolveRequirements(requester.id, [{ qualificationTypeId: "NOSUCHTYPE", comparator: "Exists" }])).rejects.toMatchObject({ code: "InvalidInput" });
    await updateQualificationType(requester.id, mine.id, { status: "Inactive" });
    await expect(resolveRequirements(requester.id, [{ qualificationTypeId: mine.id, comparator: "Exists" }])).rejects.toMatchObject({ message: expect.stringContaining("is inactive") });
    await disposeQualificationType(requester.id, mine.id);
    await expect(resolveRequirements(requester.id, [{ qualificationTypeId: mine.id, comparator: "Exists" }])).rejects.toMatchObject({ message: expect.stringContaining("does not exist or is not yours") });
    await expect(resolveRequirements(requester.id, [{ qualificationTypeId: LOCALE, comparator: "LessThan", integerValues: [1] }])).rejects.toMatchObject({ code: "InvalidInput" });
    expect(await resolveRequirements(requester.id, undefined)).toEqual([]);
  });
});
