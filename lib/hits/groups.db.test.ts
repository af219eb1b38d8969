// The workers' HIT groups list: what shows, in which order, and what hides it.
import { describe, it, expect, beforeEach } from "vitest";
import { setClockOffset, advanceClock, freezeClock, unfreezeClock } from "@/lib/clock";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { blockWorker } from "@/lib/workers/blocks";
import { closeExpiredHits } from "@/lib/jobs/sweeps";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { listHitGroups, groupQuerySchema } from "./groups";
import { estimateHourlyCents, median } from "./group-stats";

beforeEach(() => {
  setClockOffset(0);
  unfreezeClock();
});

describe("HIT groups", () => {
  it("lists open groups with their HIT counts, searchable by title, keywords and requester, filtered and sorted", async () => {
    const acme = await makeRequester(100_000, "Acme Labelling");
    const zeta = await makeRequester(100_000, "Zeta Surveys");
    const w = await makeWorker();
    const birds = await makeHit(acme.id, { title: "Count Birds", keywords: "ornithology", rewardCents: 30, assignmentDurationSeconds: 600 });
    await makeHit(acme.id, { title: "Count Birds", keywords: "ornithology", rewardCents: 30, assignmentDurationSeconds: 600 });
    await makeHit(zeta.id, { title: "Shopping survey", keywords: "survey", rewardCents: 200, assignmentDurationSeconds: 3600 });

    const all = await listHitGroups(w.id);
    const mine = all.groups.filter((g) => [acme.id, zeta.id].includes(g.requesterId));
    expect(mine.map((g) => [g.title, g.hitsAvailable])).toEqual([["Shopping survey", 1], ["Count Birds", 2]]);
    expect((await listHitGroups(w.id, { q: "ORNITHOLOGY" })).groups.map((g) => g.hitTypeId)).toEqual([birds.hitTypeId]);
    expect((await listHitGroups(w.id, { q: "zeta surveys" })).groups.map((g) => g.title)).toEqual(["Shopping survey"]);
    expect((await listHitGroups(w.id, { minReward: 1 })).groups.map((g) => g.title)).toEqual(["Shopping survey"]);
    // Allotted-time estimates: 30c per 10 min = $1.80/h; 200c per hour = $2.00/h.
    expect((await listHitGroups(w.id, { q: "count birds" })).groups[0]).toMatchObject({ hourlyCents: 180, hourlyBasis: "allotted" });
    expect((await listHitGroups(w.id, { minHourly: 1.9 })).groups.map((g) => g.title)).toEqual(["Shopping survey"]);
    const byReward = (await listHitGroups(w.id, { sort: "reward" })).groups.filter((g) => [acme.id, zeta.id].includes(g.requesterId));
    expect(byReward.map((g) => g.title)).toEqual(["Shopping survey", "Count Birds"]);
    const byAvailable = (await listHitGroups(w.id, { sort: "available" })).groups.filter((g) => [acme.id, zeta.id].includes(g.requesterId));
    expect(byAvailable.map((g) => g.title)).toEqual(["Count Birds", "Shopping survey"]);
    // A requester never sees their own groups as a worker.
    expect((await listHitGroups(acme.id)).groups.some((g) => g.requesterId === acme.id)).toBe(false);
    // LIKE's wildcards in a search term are plain characters.
    await makeHit(zeta.id, { title: "Rate 100% of the photos", rewardCents: 10 });
    expect((await listHitGroups(w.id, { q: "100%" })).groups.map((g) => g.title)).toEqual(["Rate 100% of the photos"]);
    expect((await listHitGroups(w.id, { q: "%" })).groups.map((g) => g.title)).toEqual(["Rate 100% of the photos"]);
    expect((await listHitGroups(w.id, { q: "_" })).groups).toEqual([]);
    expect((await listHitGroups(w.id, { q: "count birds" })).groups[0].expiresAt).toBeInstanceOf(Date);
  });

  it("uses the median real work time once there is some", async () => {
    freezeClock(); // the work times below are exact
    const r = await makeRequester(100_000);
    const hit = await makeHit(r.id, { title: "Timed", rewardCents: 60, maxAssignments: 3, assignmentDurationSeconds: 3600 });
    for (const seconds of [30, 90, 60]) {
      const w = await makeWorker();
      const a = await acceptHit(w.id, hit.id);
      advanceClock(seconds * 1000);
      await submitAssignment(w.id, a.id, simpleAnswerXml);
    }
    const viewer = await makeWorker();
    const more = await makeHit(r.id, { title: "Timed", rewardCents: 60, maxAssignments: 3, assignmentDurationSeconds: 3600 });
    expect(more.hitTypeId).toBe(hit.hitTypeId);
    // Median 60 s for 60 cents = $36.00 an hour.
    expect((await listHitGroups(viewer.id, { q: "timed" })).groups[0]).toMatchObject({ hourlyCents: 3600, hourlyBasis: "median" });
  });

  it("hides full, expired and blocking requesters' groups", async () => {
    const r = await makeRequester(100_000, "Blocky");
    const [w1, w2] = [await makeWorker(), await makeWorker()];
    const hit = await makeHit(r.id, { title: "Only one", maxAssignments: 1 });
    expect((await listHitGroups(w2.id, { q: "only one" })).groups).toHaveLength(1);
    await acceptHit(w1.id, hit.id);
    expect((await listHitGroups(w2.id, { q: "only one" })).groups).toHaveLength(0);

    await makeHit(r.id, { title: "Short lived", lifetimeSeconds: 60 });
    expect((await listHitGroups(w2.id, { q: "short lived" })).groups).toHaveLength(1);
    advanceClock(61_000);
    expect((await listHitGroups(w2.id, { q: "short lived" })).groups).toHaveLength(0); // before the sweep
    await closeExpiredHits();
    expect((await listHitGroups(w2.id, { q: "short lived" })).groups).toHaveLength(0);

    await makeHit(r.id, { title: "Blocked view" });
    await blockWorker(r.id, w2.id, "spam answers");
    expect((await listHitGroups(w2.id, { q: "blocked view" })).groups).toHaveLength(0);
    expect((await listHitGroups(w1.id, { q: "blocked view" })).groups).toHaveLength(1);
  });

  it("pages 20 at a time and forgives a malformed query string", async () => {
    const r = await makeRequester(1_000_000, "Pager");
    for (let i = 0; i < 23; i++) await makeHit(r.id, { title: `Paged ${i}`, maxAssignments: 1 });
    const w = await makeWorker();
    const p1 = await listHitGroups(w.id, { q: "paged" });
    const p2 = await listHitGroups(w.id, { q: "paged", page: 2 });
    expect(p1.groups).toHaveLength(20);
    expect(p1.hasMore).toBe(true);
    expect(p2.groups).toHaveLength(3);
    expect(p2.hasMore).toBe(false);
    expect(new Set([...p1.groups, ...p2.groups].map((g) => g.hitTypeId)).size).toBe(23);
    expect(groupQuerySchema.parse({ q: "x", minReward: "abc", sort: "bogus", page: "-3" })).toEqual({ q: "x", minReward: undefined, sort: undefined, page: undefined });
  });

  it("estimates and medians", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(3); // (2 + 3) / 2 rounded
    expect(estimateHourlyCents(50, null, 600)).toEqual({ cents: 300, basis: "allotted" });
    expect(estimateHourlyCents(50, 120, 600)).toEqual({ cents: 1500, basis: "median" });
  });
});
