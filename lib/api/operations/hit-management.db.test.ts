import { beforeEach, describe, expect, it } from "vitest";
import {
  CreateAdditionalAssignmentsForHITCommand,
  CreateHITCommand,
  CreateHITTypeCommand,
  DeleteHITCommand,
  GetAccountBalanceCommand,
  GetHITCommand,
  ListHITsCommand,
  ListReviewPolicyResultsForHITCommand,
  UpdateExpirationForHITCommand,
  UpdateHITReviewStatusCommand,
  UpdateHITTypeOfHITCommand,
  type MTurkClient,
} from "@aws-sdk/client-mturk";
import { db } from "@/lib/db/client";
import { now, setClockOffset } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { checkLedger } from "@/lib/money/invariants";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeHit, makeRequester, makeWorker, simpleAnswerXml, simpleQuestionForm } from "@/lib/testing/factories";
import { acceptHit, approveAssignment, submitAssignment } from "@/lib/assignments/mutations";

beforeEach(() => setClockOffset(0));
const hitOf = async (api: MTurkClient, HITId: string) => (await api.send(new GetHITCommand({ HITId }))).HIT!;
const balance = async (api: MTurkClient) => api.send(new GetAccountBalanceCommand({}));
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error("expected the call to fail"); }, (e) => e);
const hitMissing = { name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.HITDoesNotExist" };
const badParameters = { name: "RequestError", TurkErrorCode: "AWS.BadParameters" };
const invalidState = { name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.InvalidState" };
const inSeconds = (s: number) => new Date((Math.floor(now().getTime() / 1000) + s) * 1000);

/** A requester with a 3-assignment HIT ($0.50 + $0.10 fee each), their API client, and another requester's. */
async function setup() {
  const r = await makeRequester(20_00);
  const other = await makeRequester(20_00);
  const hit = await makeHit(r.id, { maxAssignments: 3 });
  return { r, hit, api: await apiClientFor(r.id), apiOther: await apiClientFor(other.id) };
}

describe("UpdateExpirationForHIT", () => {
  it("extends a HIT to the given time, and a time in the past expires it now, giving back its open slots", async () => {
    const { hit, api, apiOther } = await setup();
    const at = inSeconds(7200);
    expect(await api.send(new UpdateExpirationForHITCommand({ HITId: hit.id, ExpireAt: at }))).not.toHaveProperty("HITId");
    expect((await hitOf(api, hit.id)).Expiration).toEqual(at);

    const denied = await failure(apiOther.send(new UpdateExpirationForHITCommand({ HITId: hit.id, ExpireAt: new Date(0) })));
    expect(denied).toMatchObject(hitMissing);
    expect(await hitOf(api, hit.id)).toMatchObject({ HITStatus: "Assignable", Expiration: at });

    await api.send(new UpdateExpirationForHITCommand({ HITId: hit.id, ExpireAt: new Date(1_000_000_000_000) }));
    const expired = await hitOf(api, hit.id);
    expect(expired).toMatchObject({ HITStatus: "Reviewable", NumberOfAssignmentsAvailable: 0 });
    expect(expired.Expiration!.getTime()).toBeLessThanOrEqual(now().getTime());
    expect(await balance(api)).toMatchObject({ AvailableBalance: "20.00", OnHoldBalance: "0.00" });
    expect(await checkLedger()).toEqual([]);
  });

  it("refuses a missing ExpireAt, a time past 365 days, and a HIT that does not exist", async () => {
    const { hit, api } = await setup();
    expect(await failure(api.send(new UpdateExpirationForHITCommand({ HITId: hit.id } as never)))).toMatchObject(badParameters);
    expect(await failure(api.send(new UpdateExpirationForHITCommand({ HITId: hit.id, ExpireAt: inSeconds(400 * 24 * 3600) })))).toMatchObject(badParameters);
    expect(await failure(api.send(new UpdateExpirationForHITCommand({ HITId: "3NOSUCHHIT00000000000000000000", ExpireAt: inSeconds(60) })))).toMatchObject(hitMissing);
    expect(await hitOf(api, hit.id)).toMatchObject({ HITStatus: "Assignable", Expiration: new Date(hit.expiresAt.getTime()) });
  });
});

describe("UpdateHITReviewStatus", () => {
  it("moves a Reviewable HIT to Reviewing and, with Revert, back; nothing else", async () => {
    const { r, api, apiOther } = await setup();
    const w = await makeWorker();
    const hit = await makeHit(r.id, { maxAssignments: 1 });
    expect(await failure(api.send(new UpdateHITReviewStatusCommand({ HITId: hit.id })))).toMatchObject(invalidState);
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    expect((await hitOf(api, hit.id)).HITStatus).toBe("Reviewable");
    expect(await failure(apiOther.send(new UpdateHITReviewStatusCommand({ HITId: hit.id })))).toMatchObject(hitMissing);
    expect(await failure(api.send(new UpdateHITReviewStatusCommand({ HITId: hit.id, Revert: true })))).toMatchObject(invalidState);
    expect((await hitOf(api, hit.id)).HITStatus).toBe("Reviewable");

    expect(await api.send(new UpdateHITReviewStatusCommand({ HITId: hit.id, Revert: false }))).toMatchObject({ $metadata: { httpStatusCode: 200 } });
    expect((await hitOf(api, hit.id)).HITStatus).toBe("Reviewing");
    await api.send(new UpdateHITReviewStatusCommand({ HITId: hit.id, Revert: true }));
    expect((await hitOf(api, hit.id)).HITStatus).toBe("Reviewable");
    expect(await failure(api.send(new UpdateHITReviewStatusCommand({ HITId: hit.id, Revert: "yes" as never })))).toMatchObject(badParameters);
  });
});

describe("UpdateHITTypeOfHIT", () => {
  it("moves the HIT to another of the requester's types, re-pricing its open slots", async () => {
    const { hit, api, apiOther } = await setup();
    const { HITTypeId } = await api.send(
      new CreateHITTypeCommand({ Title: "Name the color, better paid", Description: "Look at the sky", Reward: "1.00", AssignmentDurationInSeconds: 900, AutoApprovalDelayInSeconds: 3600 }),
    );
    const { HITTypeId: theirType } = await apiOther.send(
      new CreateHITTypeCommand({ Title: "Theirs", Description: "Theirs", Reward: "0.01", AssignmentDurationInSeconds: 900 }),
    );
    expect(await failure(api.send(new UpdateHITTypeOfHITCommand({ HITId: hit.id, HITTypeId: theirType })))).toMatchObject({
      name: "RequestError",
      TurkErrorCode: "AWS.MechanicalTurk.ResourceDoesNotExist",
    });
    expect(await failure(apiOther.send(new UpdateHITTypeOfHITCommand({ HITId: hit.id, HITTypeId: theirType })))).toMatchObject(hitMissing);
    expect(await failure(api.send(new UpdateHITTypeOfHITCommand({ HITId: hit.id } as never)))).toMatchObject(badParameters);
    expect(await balance(api)).toMatchObject({ AvailableBalance: "18.20", OnHoldBalance: "1.80" });

    await api.send(new UpdateHITTypeOfHITCommand({ HITId: hit.id, HITTypeId }));
    expect(await hitOf(api, hit.id)).toMatchObject({
      HITTypeId,
      HITGroupId: HITTypeId,
      Title: "Name the color, better paid",
      Reward: "1.00",
      AssignmentDurationInSeconds: 900,
      AutoApprovalDelayInSeconds: 3600,
    });
    expect(await balance(api)).toMatchObject({ AvailableBalance: "16.40", OnHoldBalance: "3.60" });
    expect(await checkLedger()).toEqual([]);
  });
});

describe("CreateAdditionalAssignmentsForHIT", () => {
  it("adds assignments with their escrow, once per request token, even when the repeats race", async () => {
    const { hit, api, apiOther } = await setup();
    const add = (n: number, UniqueRequestToken?: string) =>
      api.send(new CreateAdditionalAssignmentsForHITCommand({ HITId: hit.id, NumberOfAdditionalAssignments: n, UniqueRequestToken }));
    await add(2, "more-1");
    expect(await hitOf(api, hit.id)).toMatchObject({ MaxAssignments: 5, NumberOfAssignmentsAvailable: 5 });
    expect(await balance(api)).toMatchObject({ AvailableBalance: "17.00", OnHoldBalance: "3.00" });

    const repeat = await failure(add(2, "more-1"));
    expect(repeat).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.DuplicateRequest" });
    expect(repeat.message).toContain(hit.id);
    const raced = await Promise.allSettled([add(1, "more-2"), add(1, "more-2"), add(1, "more-2")]);
    expect(raced.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect((await hitOf(api, hit.id)).MaxAssignments).toBe(6);
    await add(1); // no token: each call adds
    expect((await hitOf(api, hit.id)).MaxAssignments).toBe(7);
    expect(await balance(api)).toMatchObject({ OnHoldBalance: "4.20" });
    expect(await checkLedger()).toEqual([]);
  });

  it("refuses to take a HIT from fewer than 10 assignments to 10 or more, a count below 1, and another's HIT", async () => {
    const { hit, api, apiOther } = await setup();
    const tooMany = await failure(api.send(new CreateAdditionalAssignmentsForHITCommand({ HITId: hit.id, NumberOfAdditionalAssignments: 7 })));
    expect(tooMany).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.InvalidMaximumAssignmentsIncrease" });
    expect(await failure(api.send(new CreateAdditionalAssignmentsForHITCommand({ HITId: hit.id, NumberOfAdditionalAssignments: 0 })))).toMatchObject(badParameters);
    const denied = await failure(apiOther.send(new CreateAdditionalAssignmentsForHITCommand({ HITId: hit.id, NumberOfAdditionalAssignments: 1, UniqueRequestToken: "t" })));
    expect(denied).toMatchObject(hitMissing);
    // The refused requests spent no token: the owner may use "t" now.
    await api.send(new CreateAdditionalAssignmentsForHITCommand({ HITId: hit.id, NumberOfAdditionalAssignments: 6, UniqueRequestToken: "t" }));
    expect((await hitOf(api, hit.id)).MaxAssignments).toBe(9);
    expect(await balance(api)).toMatchObject({ OnHoldBalance: "5.40" });
  });
});

describe("DeleteHIT", () => {
  it("deletes only a HIT with nothing open, in progress or to review, and never another requester's", async () => {
    const { r, hit, api, apiOther } = await setup();
    expect(await failure(api.send(new DeleteHITCommand({ HITId: hit.id })))).toMatchObject(invalidState);
    const w = await makeWorker();
    const done = await makeHit(r.id, { maxAssignments: 1, title: "done" });
    const a = await acceptHit(w.id, done.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    expect(await failure(api.send(new DeleteHITCommand({ HITId: done.id })))).toMatchObject(invalidState);
    await approveAssignment({ requesterId: r.id }, a.id);
    expect(await failure(apiOther.send(new DeleteHITCommand({ HITId: done.id })))).toMatchObject(hitMissing);

    expect(await api.send(new DeleteHITCommand({ HITId: done.id }))).toMatchObject({ $metadata: { httpStatusCode: 200 } });
    expect((await hitOf(api, done.id)).HITStatus).toBe("Disposed");
    expect((await api.send(new ListHITsCommand({}))).HITs!.map((h) => h.HITId)).toEqual([hit.id]);
    expect(await failure(api.send(new DeleteHITCommand({ HITId: done.id })))).toMatchObject(invalidState);
    expect(await failure(api.send(new DeleteHITCommand({} as never)))).toMatchObject(badParameters);

    await api.send(new UpdateExpirationForHITCommand({ HITId: hit.id, ExpireAt: new Date(0) }));
    await api.send(new DeleteHITCommand({ HITId: hit.id }));
    expect(await balance(api)).toMatchObject({ AvailableBalance: "19.40", OnHoldBalance: "0.00" });
    expect(await checkLedger()).toEqual([]);
  });
});

describe("ListReviewPolicyResultsForHIT", () => {
  const assignmentPolicy = {
    PolicyName: "ScoreMyKnownAnswers/2011-09-01",
    Parameters: [
      { Key: "AnswerKey", MapEntries: [{ Key: "color", Values: ["blue"] }] },
      { Key: "ApproveIfKnownAnswerScoreIsAtLeast", Values: ["100"] },
    ],
  };
  const hitPolicy = { PolicyName: "SimplePlurality/2011-09-01", Parameters: [{ Key: "QuestionIds", Values: ["color"] }, { Key: "QuestionAgreementThreshold", Values: ["50"] }] };
  const create = (api: MTurkClient, extra: object) =>
    api.send(
      new CreateHITCommand({
        Title: "Sky color",
        Description: "Say the sky's color",
        Reward: "0.20",
        AssignmentDurationInSeconds: 600,
        LifetimeInSeconds: 600,
        MaxAssignments: 2,
        Question: simpleQuestionForm,
        ...extra,
      }),
    );

  it("answers the HIT's stored policies and its review results and actions, by level and page", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const apiOther = await apiClientFor((await makeRequester()).id);
    const { HIT } = await create(api, { AssignmentReviewPolicy: assignmentPolicy, HITReviewPolicy: hitPolicy });
    const HITId = HIT!.HITId!;

    expect(await api.send(new ListReviewPolicyResultsForHITCommand({ HITId }))).toMatchObject({
      HITId,
      AssignmentReviewPolicy: assignmentPolicy,
      HITReviewPolicy: hitPolicy,
      AssignmentReviewReport: { ReviewResults: [], ReviewActions: [] },
      HITReviewReport: { ReviewResults: [], ReviewActions: [] },
    });

    // What the review-policy runs will write, read back in the model's shapes.
    const t = new Date(Math.floor(now().getTime() / 1000) * 1000);
    const base = { hitId: HITId, policyLevel: "HIT", policyName: hitPolicy.PolicyName };
    await db.reviewResult.createMany({
      data: [
        { ...base, id: newId(), subjectId: HITId, subjectType: "HIT", questionId: "COLOR1", key: "AgreementScore", value: "100", createdAt: t },
        { ...base, id: newId(), subjectId: HITId, subjectType: "HIT", key: "HITAgreementScore", value: "100", createdAt: new Date(t.getTime() + 1000) },
      ],
    });
    const actionId = newId();
    await db.reviewAction.create({
      data: { ...base, id: actionId, actionName: "extend", targetId: HITId, targetType: "HIT", status: "Succeeded", result: "Extended by 1", completedAt: t },
    });
    const hitLevel = await api.send(new ListReviewPolicyResultsForHITCommand({ HITId, PolicyLevels: ["HIT"], MaxResults: 1 }));
    expect(hitLevel).not.toHaveProperty("AssignmentReviewReport");
    expect(hitLevel).not.toHaveProperty("AssignmentReviewPolicy");
    expect(hitLevel.HITReviewReport).toEqual({
      ReviewResults: [{ ActionId: expect.any(String), SubjectId: HITId, SubjectType: "HIT", QuestionId: "COLOR1", Key: "AgreementScore", Value: "100" }],
      ReviewActions: [{ ActionId: actionId, ActionName: "extend", TargetId: HITId, TargetType: "HIT", Status: "Succeeded", CompleteTime: t, Result: "Extended by 1" }],
    });
    const next = await api.send(new ListReviewPolicyResultsForHITCommand({ HITId, PolicyLevels: ["HIT"], MaxResults: 1, NextToken: hitLevel.NextToken }));
    expect(next.HITReviewReport!.ReviewResults!.map((x) => x.Key)).toEqual(["HITAgreementScore"]);
    expect(next.HITReviewReport!.ReviewActions).toEqual([]);
    expect(next.NextToken).toBeUndefined();
    const noResults = await api.send(new ListReviewPolicyResultsForHITCommand({ HITId, RetrieveResults: false, RetrieveActions: true }));
    expect(noResults.HITReviewReport).toMatchObject({ ReviewResults: [], ReviewActions: [{ ActionId: actionId }] });

    expect(await failure(apiOther.send(new ListReviewPolicyResultsForHITCommand({ HITId })))).toMatchObject(hitMissing);
    expect(await failure(api.send(new ListReviewPolicyResultsForHITCommand({ HITId, PolicyLevels: ["Worker" as never] })))).toMatchObject(badParameters);
  });

  it("answers a HIT without policies with empty reports, and CreateHIT refuses a policy of the wrong level or with unknown parameters", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const { HIT } = await create(api, {});
    const bare = await api.send(new ListReviewPolicyResultsForHITCommand({ HITId: HIT!.HITId }));
    expect(bare).not.toHaveProperty("AssignmentReviewPolicy");
    expect(bare).not.toHaveProperty("HITReviewPolicy");
    expect(bare.HITReviewReport).toEqual({ ReviewResults: [], ReviewActions: [] });

    const wrongLevel = await failure(create(api, { AssignmentReviewPolicy: hitPolicy }));
    expect(wrongLevel).toMatchObject(badParameters);
    expect(wrongLevel.message).toContain("ScoreMyKnownAnswers/2011-09-01");
    const unknown = await failure(create(api, { HITReviewPolicy: { PolicyName: hitPolicy.PolicyName, Parameters: [{ Key: "Bogus", Values: ["1"] }] } }));
    expect(unknown).toMatchObject(badParameters);
    expect(unknown.message).toContain("Bogus");
    expect((await api.send(new ListHITsCommand({}))).NumResults).toBe(1);
    expect(await api.send(new GetAccountBalanceCommand({}))).toMatchObject({ OnHoldBalance: "0.48" });
  });
});
