// The requester's HIT list filters and HIT type list: effective status (expiry applied), title text,
// work to review; never another requester's HITs or deleted ones.
import { describe, it, expect, beforeEach } from "vitest";
import { setClockOffset, advanceClock } from "@/lib/clock";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { updateExpiration, setReviewing, disposeHit } from "./management";
import { requesterHits, requesterHitTypes, requesterHitDetail, requesterHitIds } from "./queries";
import { effectiveStatus } from "./status";
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";

beforeEach(() => setClockOffset(0));

const titles = (hits: { hitType: { title: string } }[]) => hits.map((h) => h.hitType.title).sort();

describe("requesterHits filters", () => {
  it("filters by effective status, title text and work to review", async () => {
    const r = await makeRequester(100_000);
    const other = await makeRequester(100_000);
    const w = await makeWorker();
    await makeHit(other.id, { title: "Someone else's birds" });
    await makeHit(r.id, { title: "Open birds", maxAssignments: 2 });
    const full = await makeHit(r.id, { title: "Taken cats", maxAssignments: 1 });
    await acceptHit(w.id, full.id);
    const review = await makeHit(r.id, { title: "Review birds", maxAssignments: 1 });
    const a = await acceptHit(w.id, review.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    const reviewing = await makeHit(r.id, { title: "Reviewing dogs", maxAssignments: 1, lifetimeSeconds: 60 });
    const gone = await makeHit(r.id, { title: "Deleted birds", maxAssignments: 1 });
    await updateExpiration(r.id, gone.id, new Date(0));
    await disposeHit(r.id, gone.id);

    advanceClock(120_000); // "Reviewing dogs" expires: Reviewable before any sweep ran
    await setReviewing(r.id, reviewing.id, false);

    expect(titles(await requesterHits(r.id))).toEqual(["Open birds", "Review birds", "Reviewing dogs", "Taken cats"]);
    expect(titles(await requesterHits(r.id, { status: "Assignable" }))).toEqual(["Open birds"]);
    expect(titles(await requesterHits(r.id, { status: "Unassignable" }))).toEqual(["Taken cats"]);
    expect(titles(await requesterHits(r.id, { status: "Reviewable" }))).toEqual(["Review birds"]);
    expect(titles(await requesterHits(r.id, { status: "Reviewing" }))).toEqual(["Reviewing dogs"]);
    expect(titles(await requesterHits(r.id, { title: "birds" }))).toEqual(["Open birds", "Review birds"]);
    expect(titles(await requesterHits(r.id, { toReview: true }))).toEqual(["Review birds"]);
    expect(titles(await requesterHits(r.id, { title: "birds", status: "Assignable", toReview: true }))).toEqual([]);
  });

  it("treats an expired HIT as Reviewable or Unassignable before the sweep ran", async () => {
    const r = await makeRequester(10_000);
    const w = await makeWorker();
    await makeHit(r.id, { title: "Short", maxAssignments: 2, lifetimeSeconds: 60 });
    const busy = await makeHit(r.id, { title: "Short busy", maxAssignments: 2, lifetimeSeconds: 60, assignmentDurationSeconds: 3600 });
    await acceptHit(w.id, busy.id);
    advanceClock(61_000);
    expect(titles(await requesterHits(r.id, { status: "Assignable" }))).toEqual([]);
    expect(titles(await requesterHits(r.id, { status: "Reviewable" }))).toEqual(["Short"]);
    expect(titles(await requesterHits(r.id, { status: "Unassignable" }))).toEqual(["Short busy"]);
  });
});

describe("requesterHitTypes", () => {
  it("lists only the requester's own types, once each", async () => {
    const r = await makeRequester(10_000);
    const other = await makeRequester(10_000);
    const a = await makeHit(r.id, { title: "Type A" });
    await makeHit(r.id, { title: "Type A" });
    const b = await makeHit(r.id, { title: "Type B", rewardCents: 75 });
    await makeHit(other.id, { title: "Not mine" });
    const types = await requesterHitTypes(r.id);
    expect(types.map((t) => t.id).sort()).toEqual([a.hitTypeId, b.hitTypeId].sort());
    expect(types.find((t) => t.id === b.hitTypeId)).toMatchObject({ title: "Type B", rewardCents: 75 });
  });
});

describe("requesterHitDetail", () => {
  it("includes each assignment's uploaded files, and refuses another requester", async () => {
    const r = await makeRequester(10_000);
    const other = await makeRequester(10_000);
    const w = await makeWorker();
    const hit = await makeHit(r.id, { maxAssignments: 1 });
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml, [{ questionIdentifier: "color", key: "FILEKEY", name: "sky.png", size: 12, storagePath: "/nonexistent" }]);
    const detail = await requesterHitDetail(r.id, hit.id);
    expect(detail.assignments[0].files).toEqual([{ id: "FILEKEY", fileName: "sky.png", sizeBytes: 12 }]);
    await expect(requesterHitDetail(other.id, hit.id)).rejects.toMatchObject({ code: "NotFound" });
  });
});

describe("requesterHitIds", () => {
  it("selects in the database exactly the HITs whose effective status is Reviewable or Reviewing, newest first", async () => {
    const r = await makeRequester(100_000);
    const w = await makeWorker();
    const made: string[] = [];
    const hit = async (overrides: Parameters<typeof makeHit>[1] = {}) => {
      advanceClock(1000);
      const h = await makeHit(r.id, { maxAssignments: 1, ...overrides });
      made.push(h.id);
      return h;
    };
    await hit({ maxAssignments: 2 }); // open
    const taken = await hit();
    await acceptHit(w.id, taken.id); // Unassignable
    const submitted = await hit();
    await submitAssignment(w.id, (await acceptHit(w.id, submitted.id)).id, simpleAnswerXml); // Reviewable
    const expiredWorking = await hit({ title: "other type" });
    await acceptHit(w.id, expiredWorking.id);
    await updateExpiration(r.id, expiredWorking.id, new Date(0)); // expired but still Unassignable
    const expired = await hit({ title: "other type", lifetimeSeconds: 60 });
    const reviewing = await hit();
    await submitAssignment(w.id, (await acceptHit(w.id, reviewing.id)).id, simpleAnswerXml);
    await setReviewing(r.id, reviewing.id, false);
    const deleted = await hit({ lifetimeSeconds: 60 });
    advanceClock(61_000); // `expired` and `deleted` expire, no sweep has run
    await disposeHit(r.id, deleted.id);

    const rows = await db.hIT.findMany({ where: { id: { in: made } } });
    const expectedOf = (status: string) =>
      rows
        .filter((h) => effectiveStatus(h, now()) === status)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .map((h) => h.id);
    const all = { skip: 0, take: 100 };
    expect(await requesterHitIds(r.id, { reviewStatus: "Reviewable" }, all)).toEqual(expectedOf("Reviewable"));
    expect(expectedOf("Reviewable")).toEqual([expired.id, submitted.id]);
    expect(await requesterHitIds(r.id, { reviewStatus: "Reviewing" }, all)).toEqual([reviewing.id]);
    expect(await requesterHitIds(r.id, { reviewStatus: "Reviewable", hitTypeId: expired.hitTypeId }, all)).toEqual([expired.id]);
    expect(await requesterHitIds(r.id, {}, { skip: 1, take: 2 })).toEqual([...made].reverse().filter((id) => id !== deleted.id).slice(1, 3));
    await expect(requesterHitIds((await makeRequester()).id, { hitTypeId: expired.hitTypeId }, all)).rejects.toMatchObject({ code: "NotFound" });
  });
});
