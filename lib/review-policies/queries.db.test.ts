// A HIT's review policies as stored at creation, and its review report, for its owner only.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { makeHit, makeRequester } from "@/lib/testing/factories";
import { reviewOfHit } from "./queries";

const page = { skip: 0, take: 10 };
const known = { policyName: "ScoreMyKnownAnswers/2011-09-01", parameters: [{ key: "AnswerKey", values: [], mapEntries: [{ key: "color", values: ["blue"] }] }] };

describe("reviewOfHit", () => {
  it("reports the stored policies and the results of the levels asked for", async () => {
    const r = await makeRequester(10_00);
    const hit = await makeHit(r.id, { assignmentReviewPolicy: known });
    await db.reviewResult.create({
      data: { id: newId(), hitId: hit.id, policyLevel: "Assignment", policyName: known.policyName, subjectId: hit.id, subjectType: "Assignment", key: "KnownAnswerScore", value: "100", createdAt: now() },
    });
    const both = await reviewOfHit(r.id, hit.id, page);
    expect(both.levels.Assignment).toMatchObject({ policy: known, results: [{ key: "KnownAnswerScore" }], actions: [] });
    expect(both.levels.HIT).toEqual({ policy: null, results: [], actions: [] });
    const hitOnly = await reviewOfHit(r.id, hit.id, { ...page, levels: ["HIT"] });
    expect(Object.keys(hitOnly.levels)).toEqual(["HIT"]);
    expect((await reviewOfHit(r.id, hit.id, { ...page, results: false })).levels.Assignment!.results).toEqual([]);
    await expect(reviewOfHit((await makeRequester()).id, hit.id, page)).rejects.toMatchObject({ code: "NotFound", turkErrorCode: "AWS.MechanicalTurk.HITDoesNotExist" });
  });

  it("refuses a policy at the wrong level or with a parameter it does not take, creating nothing", async () => {
    const r = await makeRequester(10_00);
    await expect(makeHit(r.id, { hitReviewPolicy: known })).rejects.toMatchObject({ code: "InvalidInput", fieldErrors: { hitReviewPolicy: expect.stringContaining("SimplePlurality") } });
    const twice = { ...known, parameters: [known.parameters[0], known.parameters[0]] };
    await expect(makeHit(r.id, { assignmentReviewPolicy: twice })).rejects.toMatchObject({ message: expect.stringContaining("twice") });
    expect(await db.hIT.count({ where: { requesterId: r.id } })).toBe(0);
  });
});
