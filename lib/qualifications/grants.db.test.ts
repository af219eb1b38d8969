// Granting, updating and revoking qualifications: the owner only, with MTurk's defaults, and bulk grants
// that report every row.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { makeRequester, makeWorker } from "@/lib/testing/factories";
import { createQualificationType } from "./types";
import { bulkGrant, getQualificationScore, grantQualification, revokeQualification, updateQualificationValue, workersWithQualification } from "./grants";

beforeEach(() => setClockOffset(0));

async function setup() {
  const owner = await makeRequester();
  const type = await createQualificationType(owner.id, { name: "Careful annotator", description: "Granted by hand" });
  return { owner, type };
}

describe("grantQualification", () => {
  it("grants with value 1 by default and leaves a notification unless told not to", async () => {
    const { owner, type } = await setup();
    const [w1, w2] = [await makeWorker(), await makeWorker()];
    const first = await grantQualification(owner.id, { qualificationTypeId: type.id, workerId: w1.id });
    expect(first.outcome).toBe("granted");
    expect(first.qualification).toMatchObject({ qualificationTypeId: type.id, workerId: w1.id, integerValue: 1, status: "Granted", reason: null });
    expect(await db.notification.findMany({ where: { userId: w1.id }, select: { kind: true, text: true } })).toEqual([
      { kind: "qualification.granted", text: 'You were granted the qualification "Careful annotator" (value 1).' },
    ]);
    await grantQualification(owner.id, { qualificationTypeId: type.id, workerId: w2.id, integerValue: 80, sendNotification: false });
    expect(await db.notification.count({ where: { userId: w2.id } })).toBe(0);
    expect((await getQualificationScore(owner.id, type.id, w2.id)).integerValue).toBe(80);
  });

  it("granting again updates the value and keeps the grant time", async () => {
    const { owner, type } = await setup();
    const w = await makeWorker();
    const first = await grantQualification(owner.id, { qualificationTypeId: type.id, workerId: w.id, integerValue: 10 });
    advanceClock(60_000);
    const again = await grantQualification(owner.id, { qualificationTypeId: type.id, workerId: w.id, integerValue: 20, sendNotification: false });
    expect(again.outcome).toBe("updated");
    expect(again.qualification).toMatchObject({ id: first.qualification.id, integerValue: 20 });
    expect(again.qualification.grantedAt).toEqual(first.qualification.grantedAt);
    expect(await db.qualification.count({ where: { workerId: w.id } })).toBe(1);
  });

  it("refuses an unknown worker, a bad value, and a type that is not the caller's", async () => {
    const { owner, type } = await setup();
    const other = await makeRequester();
    const w = await makeWorker();
    await expect(grantQualification(owner.id, { qualificationTypeId: type.id, workerId: "A0000000000000" })).rejects.toMatchObject({ code: "NotFound", message: "There is no worker with the id A0000000000000." });
    await expect(grantQualification(owner.id, { qualificationTypeId: type.id, workerId: "bob" })).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(grantQualification(owner.id, { qualificationTypeId: type.id, workerId: w.id, integerValue: 2.5 })).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(grantQualification(owner.id, { qualificationTypeId: type.id, workerId: other.id })).rejects.toMatchObject({ code: "NotFound" }); // a requester, not a worker
    await expect(grantQualification(other.id, { qualificationTypeId: type.id, workerId: w.id })).rejects.toMatchObject({ code: "NotFound", message: "That qualification type does not exist or is not yours." });
    expect(await db.qualification.count({ where: { qualificationTypeId: type.id } })).toBe(0);
  });
});

describe("updating and revoking", () => {
  it("updates a held value; revokes with a reason the worker sees; a revoked one is granted again with a fresh grant time", async () => {
    const { owner, type } = await setup();
    const w = await makeWorker();
    await grantQualification(owner.id, { qualificationTypeId: type.id, workerId: w.id, integerValue: 5 });
    expect(await updateQualificationValue(owner.id, type.id, w.id, 6)).toMatchObject({ integerValue: 6, status: "Granted" });
    const revoked = await revokeQualification(owner.id, type.id, w.id, "Too many mistakes in batch 7");
    expect(revoked).toMatchObject({ status: "Revoked", reason: "Too many mistakes in batch 7" });
    expect(await db.notification.findFirst({ where: { userId: w.id, kind: "qualification.revoked" } })).toMatchObject({
      text: 'Your qualification "Careful annotator" was revoked: Too many mistakes in batch 7',
    });
    await expect(updateQualificationValue(owner.id, type.id, w.id, 7)).rejects.toMatchObject({ code: "NotFound", message: "That worker does not hold this qualification." });
    await expect(revokeQualification(owner.id, type.id, w.id, "again")).rejects.toMatchObject({ code: "NotFound" });
    expect(await getQualificationScore(owner.id, type.id, w.id)).toMatchObject({ status: "Revoked", integerValue: 6 });

    advanceClock(60_000);
    const back = await grantQualification(owner.id, { qualificationTypeId: type.id, workerId: w.id, integerValue: 9 });
    expect(back.outcome).toBe("granted");
    expect(back.qualification).toMatchObject({ status: "Granted", integerValue: 9, reason: null });
    expect(back.qualification.grantedAt.getTime()).toBeGreaterThan(revoked.grantedAt.getTime());
  });

  it("another requester can neither update, revoke, read the score of, nor list the holders of your type", async () => {
    const { owner, type } = await setup();
    const other = await makeRequester();
    const w = await makeWorker();
    await grantQualification(owner.id, { qualificationTypeId: type.id, workerId: w.id, integerValue: 5 });
    await expect(updateQualificationValue(other.id, type.id, w.id, 100)).rejects.toMatchObject({ code: "NotFound" });
    await expect(revokeQualification(other.id, type.id, w.id, "mine")).rejects.toMatchObject({ code: "NotFound" });
    await expect(getQualificationScore(other.id, type.id, w.id)).rejects.toMatchObject({ code: "NotFound" });
    await expect(workersWithQualification(other.id, type.id)).rejects.toMatchObject({ code: "NotFound" });
    // The worker themselves cannot grant it either.
    await expect(grantQualification(w.id, { qualificationTypeId: type.id, workerId: w.id, integerValue: 100 })).rejects.toMatchObject({ code: "NotFound" });
    expect(await getQualificationScore(owner.id, type.id, w.id)).toMatchObject({ status: "Granted", integerValue: 5 });
  });

  it("lists the workers holding a type, by status, newest first, with pages", async () => {
    const { owner, type } = await setup();
    const workers = [await makeWorker("W one"), await makeWorker("W two"), await makeWorker("W three")];
    for (const w of workers) {
      await grantQualification(owner.id, { qualificationTypeId: type.id, workerId: w.id, sendNotification: false });
      advanceClock(1000);
    }
    await revokeQualification(owner.id, type.id, workers[0].id, "");
    const granted = await workersWithQualification(owner.id, type.id, { status: "Granted" });
    expect(granted.items.map((q) => q.worker.name)).toEqual(["W three", "W two"]);
    expect((await workersWithQualification(owner.id, type.id, { status: "Revoked" })).items.map((q) => [q.workerId, q.reason])).toEqual([[workers[0].id, null]]);
    const page = await workersWithQualification(owner.id, type.id, { take: 2 });
    expect(page).toMatchObject({ hasMore: true });
    expect((await workersWithQualification(owner.id, type.id, { take: 2, skip: 2 })).items.map((q) => q.workerId)).toEqual([workers[0].id]);
  });
});

describe("bulkGrant", () => {
  it("grants or updates each good row and reports each bad one, in order", async () => {
    const { owner, type } = await setup();
    const [a, b, c] = [await makeWorker(), await makeWorker(), await makeWorker()];
    await grantQualification(owner.id, { qualificationTypeId: type.id, workerId: b.id, integerValue: 1, sendNotification: false });
    const results = await bulkGrant(
      owner.id,
      type.id,
      [
        { workerId: a.id, value: 90 },
        { workerId: ` ${b.id} `, value: 75 },
        { workerId: "not-a-worker", value: 1 },
        { workerId: "A0000000000000", value: 1 },
        { workerId: c.id, value: 1.5 },
        { workerId: a.id, value: 10 },
        { workerId: c.id },
      ],
      { sendNotification: false },
    );
    expect(results).toEqual([
      { row: 1, workerId: a.id, ok: true, outcome: "granted", value: 90 },
      { row: 2, workerId: b.id, ok: true, outcome: "updated", value: 75 },
      { row: 3, workerId: "not-a-worker", ok: false, error: 'A worker id starts with "A" followed by capital letters and digits' },
      { row: 4, workerId: "A0000000000000", ok: false, error: "There is no worker with the id A0000000000000." },
      { row: 5, workerId: c.id, ok: false, error: "The value must be a whole number" },
      { row: 6, workerId: a.id, ok: false, error: "This worker is already on row 1." },
      { row: 7, workerId: c.id, ok: true, outcome: "granted", value: 1 },
    ]);
    const values = await db.qualification.findMany({ where: { qualificationTypeId: type.id }, select: { workerId: true, integerValue: true } });
    expect(Object.fromEntries(values.map((v) => [v.workerId, v.integerValue]))).toEqual({ [a.id]: 90, [b.id]: 75, [c.id]: 1 });
    expect(await db.notification.count({ where: { userId: { in: [a.id, b.id, c.id] } } })).toBe(0);
  });

  it("refuses the whole call for a type that is not the caller's, or no rows", async () => {
    const { owner, type } = await setup();
    const w = await makeWorker();
    await expect(bulkGrant((await makeRequester()).id, type.id, [{ workerId: w.id, value: 1 }])).rejects.toMatchObject({ code: "NotFound" });
    await expect(bulkGrant(owner.id, type.id, [])).rejects.toMatchObject({ code: "InvalidInput" });
    expect(await db.qualification.count({ where: { qualificationTypeId: type.id } })).toBe(0);
  });
});
