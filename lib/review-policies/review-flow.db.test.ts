// Review policies end to end: a requester creates HITs with policies through the AWS SDK, workers submit
// through the domain functions, the policies approve, reject and extend with the same money movements as
// a requester's own, and ListReviewPolicyResultsForHIT reports it all, to the HIT's owner only.
import { beforeEach, describe, expect, it } from "vitest";
import { CreateHITCommand, GetAccountBalanceCommand, GetHITCommand, ListReviewPolicyResultsForHITCommand, type MTurkClient } from "@aws-sdk/client-mturk";
import { db } from "@/lib/db/client";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { checkLedger } from "@/lib/money/invariants";
import { balancesOf } from "@/lib/money/queries";
import { apiClientFor } from "@/lib/testing/api-client";
import { requestErrorOf } from "@/lib/testing/request-error";
import { makeRequester, makeWorker } from "@/lib/testing/factories";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { answersToXml } from "@/lib/questions/answers";
import { closeExpiredHits } from "@/lib/jobs/sweeps";

beforeEach(() => setClockOffset(0));

/** Two questions: GOLD has a known answer, LABEL is what workers should agree on (ids in the model's EntityId shape, which ReviewResultDetail.QuestionId uses). */
const question = `<?xml version="1.0" encoding="UTF-8"?>
<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
  <Question><QuestionIdentifier>GOLD</QuestionIdentifier><IsRequired>true</IsRequired>
    <QuestionContent><Text>What is 6 times 7?</Text></QuestionContent><AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question>
  <Question><QuestionIdentifier>LABEL</QuestionIdentifier><IsRequired>true</IsRequired>
    <QuestionContent><Text>What animal is in the picture?</Text></QuestionContent><AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question>
</QuestionForm>`;

const p = (Key: string, ...Values: string[]) => ({ Key, Values });
const knownAnswers = (...more: { Key: string; Values: string[] }[]) => ({
  PolicyName: "ScoreMyKnownAnswers/2011-09-01",
  Parameters: [{ Key: "AnswerKey", MapEntries: [{ Key: "GOLD", Values: ["42"] }] }, ...more],
});
const plurality = (...more: { Key: string; Values: string[] }[]) => ({
  PolicyName: "SimplePlurality/2011-09-01",
  Parameters: [p("QuestionIds", "LABEL"), p("QuestionAgreementThreshold", "50"), ...more],
});

/** $0.50 reward + $0.10 fee: every slot holds 60 cents of escrow. */
const SLOT = 60;
const create = (api: MTurkClient, MaxAssignments: number, policies: object) =>
  api.send(new CreateHITCommand({ Title: "Label a picture", Description: "Say what animal it is", Reward: "0.50", AssignmentDurationInSeconds: 600, LifetimeInSeconds: 3600, MaxAssignments, Question: question, ...policies }));

async function work(hitId: string, gold: string, label: string) {
  const worker = await makeWorker();
  const a = await acceptHit(worker.id, hitId);
  await submitAssignment(worker.id, a.id, answersToXml([{ questionIdentifier: "GOLD", freeText: gold }, { questionIdentifier: "LABEL", freeText: label }]));
  return { workerId: worker.id, id: a.id };
}
const statusOf = async (id: string) => (await db.assignment.findUniqueOrThrow({ where: { id } })).status;
const available = async (userId: string) => (await balancesOf(userId)).requesterAvailableCents;
const earned = async (userId: string) => (await balancesOf(userId)).workerAvailableCents;
const report = (api: MTurkClient, HITId: string, extra: object = {}) => api.send(new ListReviewPolicyResultsForHITCommand({ HITId, ...extra }));
const actionsOf = (r: Awaited<ReturnType<typeof report>>, level: "AssignmentReviewReport" | "HITReviewReport") =>
  r[level]!.ReviewActions!.map((a) => [a.ActionName, a.TargetId, a.Status]);

describe("ScoreMyKnownAnswers on submission", () => {
  it("approves a right answer, rejects wrong ones and extends until ExtendMaximumAssignments, moving escrow like a requester would", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const policy = knownAnswers(
      p("ApproveIfKnownAnswerScoreIsAtLeast", "100"),
      p("ApproveReason", "Right on the known answer"),
      p("RejectIfKnownAnswerScoreIsLessThan", "100"),
      p("RejectReason", "The known answer was wrong"),
      p("ExtendIfKnownAnswerScoreIsLessThan", "100"),
      p("ExtendMaximumAssignments", "3"),
    );
    const HITId = (await create(api, 2, { AssignmentReviewPolicy: policy })).HIT!.HITId!;
    expect(await available(r.id)).toBe(10_00 - 2 * SLOT);

    const right = await work(HITId, " 42 ", "cat");
    expect(await statusOf(right.id)).toBe("Approved");
    expect(await earned(right.workerId)).toBe(50);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: right.id } })).requesterFeedback).toBe("Right on the known answer");

    const wrong = await work(HITId, "41", "cat");
    expect(await statusOf(wrong.id)).toBe("Rejected");
    expect((await db.assignment.findUniqueOrThrow({ where: { id: wrong.id } })).requesterFeedback).toBe("The known answer was wrong");
    // The rejected slot's escrow came back, and the extension escrowed one more slot.
    expect((await api.send(new GetHITCommand({ HITId }))).HIT).toMatchObject({ MaxAssignments: 3, NumberOfAssignmentsAvailable: 1 });
    expect(await available(r.id)).toBe(10_00 - 2 * SLOT);
    expect(await checkLedger()).toEqual([]);

    const wrongAgain = await work(HITId, "forty-two", "dog");
    expect(await statusOf(wrongAgain.id)).toBe("Rejected");
    expect((await api.send(new GetHITCommand({ HITId }))).HIT).toMatchObject({ MaxAssignments: 3, HITStatus: "Reviewable" });
    expect(await available(r.id)).toBe(10_00 - SLOT);
    expect(await checkLedger()).toEqual([]);

    const all = await report(api, HITId);
    expect(all.AssignmentReviewPolicy).toEqual(policy);
    expect(all).not.toHaveProperty("HITReviewPolicy");
    expect(all.AssignmentReviewReport!.ReviewResults).toEqual(
      expect.arrayContaining([
        { ActionId: expect.any(String), SubjectId: right.id, SubjectType: "Assignment", QuestionId: "GOLD", Key: "KnownAnswerCorrect", Value: "true" },
        { ActionId: expect.any(String), SubjectId: right.id, SubjectType: "Assignment", Key: "KnownAnswerScore", Value: "100" },
        { ActionId: expect.any(String), SubjectId: wrong.id, SubjectType: "Assignment", Key: "KnownAnswerScore", Value: "0" },
      ]),
    );
    expect(all.AssignmentReviewReport!.ReviewResults).toHaveLength(6);
    const actions = actionsOf(all, "AssignmentReviewReport");
    expect(actions.slice(0, 3)).toEqual([
      ["approve", right.id, "Succeeded"],
      ["reject", wrong.id, "Succeeded"],
      ["extend", HITId, "Succeeded"],
    ]);
    // The last submission's rejection and refused extension come from one evaluation, often in the same
    // millisecond, so their order between themselves is not fixed.
    expect(actions.slice(3)).toEqual(expect.arrayContaining([["reject", wrongAgain.id, "Succeeded"], ["extend", HITId, "Cancelled"]]));
    expect(actions).toHaveLength(5);
    const cancelled = all.AssignmentReviewReport!.ReviewActions!.find((a) => a.Status === "Cancelled")!;
    expect(cancelled.Result).toContain("ExtendMaximumAssignments (3)");
    expect(cancelled.CompleteTime).toBeUndefined();
    expect(all.AssignmentReviewReport!.ReviewActions![0].CompleteTime).toBeInstanceOf(Date);
    expect(all.HITReviewReport).toEqual({ ReviewResults: [], ReviewActions: [] });

    // Pages of two: one token pages results and actions together.
    const first = await report(api, HITId, { PolicyLevels: ["Assignment"], MaxResults: 2 });
    expect(first.AssignmentReviewReport!.ReviewActions).toHaveLength(2);
    const second = await report(api, HITId, { PolicyLevels: ["Assignment"], MaxResults: 2, NextToken: first.NextToken });
    expect(actionsOf(second, "AssignmentReviewReport")).toEqual(actions.slice(2, 4)); // the full list's order, paged
    const onlyActions = await report(api, HITId, { RetrieveResults: false });
    expect(onlyActions.AssignmentReviewReport!.ReviewResults).toEqual([]);
  });

  it("records a Failed extension when the requester cannot pay for it, and overdraws nothing", async () => {
    const r = await makeRequester(2 * SLOT);
    const api = await apiClientFor(r.id);
    const HITId = (await create(api, 2, { AssignmentReviewPolicy: knownAnswers(p("ExtendIfKnownAnswerScoreIsLessThan", "50"), p("ExtendMaximumAssignments", "5")) })).HIT!.HITId!;
    const wrong = await work(HITId, "7", "cat");
    expect(await statusOf(wrong.id)).toBe("Submitted");
    expect((await api.send(new GetHITCommand({ HITId }))).HIT!.MaxAssignments).toBe(2);
    const [extend] = (await report(api, HITId)).AssignmentReviewReport!.ReviewActions!;
    expect(extend).toMatchObject({ ActionName: "extend", TargetType: "HIT", Status: "Failed", ErrorCode: "InsufficientFunds", Result: expect.stringContaining("Not enough funds") });
    expect(await available(r.id)).toBe(0);
    expect(await checkLedger()).toEqual([]);
  });
});

describe("SimplePlurality when the HIT becomes Reviewable", () => {
  it("approves workers who agree with the plurality and rejects the one who does not, only once every assignment is in", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const policy = plurality(p("ApproveIfWorkerAgreementScoreIsAtLeast", "100"), p("RejectIfWorkerAgreementScoreIsLessThan", "100"), p("RejectReason", "Others saw something else"));
    const HITId = (await create(api, 3, { HITReviewPolicy: policy })).HIT!.HITId!;
    const w1 = await work(HITId, "", "cat");
    const w2 = await work(HITId, "", "dog");
    expect((await report(api, HITId)).HITReviewReport).toEqual({ ReviewResults: [], ReviewActions: [] });
    const w3 = await work(HITId, "", "cat");

    expect([await statusOf(w1.id), await statusOf(w2.id), await statusOf(w3.id)]).toEqual(["Approved", "Rejected", "Approved"]);
    expect(await earned(w1.workerId)).toBe(50);
    expect(await earned(w2.workerId)).toBe(0);
    expect(await available(r.id)).toBe(10_00 - 3 * SLOT + SLOT);
    expect(await checkLedger()).toEqual([]);

    const all = await report(api, HITId, { PolicyLevels: ["HIT"] });
    expect(all.HITReviewPolicy).toEqual(policy);
    expect(all).not.toHaveProperty("AssignmentReviewReport");
    const results = all.HITReviewReport!.ReviewResults!.map((x) => [x.SubjectId, x.QuestionId, x.Key, x.Value]);
    expect(results).toEqual(
      expect.arrayContaining([
        [HITId, "LABEL", "AgreementScore", "66"],
        [HITId, "LABEL", "PluralityAnswer", "cat"],
        [HITId, undefined, "HITAgreementScore", "100"],
        [w1.id, undefined, "WorkerAgreementScore", "100"],
        [w2.id, undefined, "WorkerAgreementScore", "0"],
      ]),
    );
    expect(results).toHaveLength(6);
    expect(actionsOf(all, "HITReviewReport")).toEqual([
      ["approve", w1.id, "Succeeded"],
      ["approve", w3.id, "Succeeded"],
      ["reject", w2.id, "Succeeded"],
    ]);
  });

  it("extends on a tie, leaves out low known-answer scores, and acts once the plurality is clear", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const HITId = (
      await create(api, 2, {
        AssignmentReviewPolicy: knownAnswers(),
        HITReviewPolicy: plurality(
          p("DisregardAssignmentIfKnownAnswerScoreIsLessThan", "100"),
          p("ExtendIfHITAgreementScoreIsLessThan", "100"),
          p("ExtendMaximumAssignments", "4"),
          p("ExtendMinimumTimeInSeconds", "7200"),
          p("ApproveIfWorkerAgreementScoreIsAtLeast", "100"),
          p("RejectIfWorkerAgreementScoreIsLessThan", "100"),
        ),
      })
    ).HIT!.HITId!;
    const w1 = await work(HITId, "42", "cat");
    const w2 = await work(HITId, "42", "dog");
    // A tie: no plurality answer, so the HIT is extended and nobody is approved or rejected yet.
    let hit = (await api.send(new GetHITCommand({ HITId }))).HIT!;
    expect(hit).toMatchObject({ MaxAssignments: 3, HITStatus: "Assignable" });
    expect(hit.Expiration!.getTime() - Date.now()).toBeGreaterThan(7000 * 1000);
    expect(await statusOf(w1.id)).toBe("Submitted");

    // A wrong known answer: this "cat" does not count, so the tie stands and the HIT is extended again.
    const w3 = await work(HITId, "41", "cat");
    hit = (await api.send(new GetHITCommand({ HITId }))).HIT!;
    expect(hit.MaxAssignments).toBe(4);
    const w4 = await work(HITId, "42", "cat");

    expect([await statusOf(w1.id), await statusOf(w2.id), await statusOf(w3.id), await statusOf(w4.id)]).toEqual(["Approved", "Rejected", "Submitted", "Approved"]);
    // Four slots escrowed; two paid, one released, one still awaiting review.
    expect(await available(r.id)).toBe(10_00 - 4 * SLOT + SLOT);
    expect(await checkLedger()).toEqual([]);
    const all = await report(api, HITId);
    expect(actionsOf(all, "HITReviewReport")).toEqual([
      ["extend", HITId, "Succeeded"],
      ["extend", HITId, "Succeeded"],
      ["approve", w1.id, "Succeeded"],
      ["approve", w4.id, "Succeeded"],
      ["reject", w2.id, "Succeeded"],
    ]);
    // The latest evaluation replaced the earlier ones: cat by 2 of the 3 counted assignments.
    const agreement = all.HITReviewReport!.ReviewResults!.filter((x) => x.Key === "AgreementScore");
    expect(agreement.map((x) => x.Value)).toEqual(["66"]);
    expect(all.HITReviewReport!.ReviewResults!.some((x) => x.SubjectId === w3.id)).toBe(false);
  });

  it("runs when the HIT expires with its submitted work, from the expiry sweep", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const HITId = (await create(api, 3, { HITReviewPolicy: plurality(p("ApproveIfWorkerAgreementScoreIsAtLeast", "100")) })).HIT!.HITId!;
    const w1 = await work(HITId, "", "cat");
    const w2 = await work(HITId, "", "cat");
    expect(await statusOf(w1.id)).toBe("Submitted");
    advanceClock(3601 * 1000);
    await closeExpiredHits(); // other tests' HITs in this database expire too, so the count is not ours to assert
    expect((await api.send(new GetHITCommand({ HITId }))).HIT).toMatchObject({ HITStatus: "Reviewable", NumberOfAssignmentsAvailable: 0 });
    expect([await statusOf(w1.id), await statusOf(w2.id)]).toEqual(["Approved", "Approved"]);
    expect(await available(r.id)).toBe(10_00 - 2 * SLOT);
    expect(await checkLedger()).toEqual([]);
    // Running the sweep again changes nothing.
    expect(await closeExpiredHits()).toBe(0);
    expect(await db.reviewAction.count({ where: { hitId: HITId } })).toBe(2);
  });
});

describe("policies at creation, and who may read the results", () => {
  it("refuses unknown policies, missing or out-of-range parameters and unknown questions, creating nothing", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const refused = async (policies: object) => requestErrorOf(api, new CreateHITCommand({ Title: "t", Description: "d", Reward: "0.50", AssignmentDurationInSeconds: 600, LifetimeInSeconds: 3600, MaxAssignments: 2, Question: question, ...policies }));
    expect(await refused({ AssignmentReviewPolicy: { PolicyName: "ScoreMyGuesses/2011-09-01", Parameters: [] } })).toMatchObject({ name: "RequestError", message: expect.stringContaining("ScoreMyKnownAnswers/2011-09-01") });
    expect(await refused({ HITReviewPolicy: { PolicyName: "SimplePlurality/2011-09-01", Parameters: [p("QuestionIds", "LABEL")] } })).toMatchObject({ message: expect.stringContaining("QuestionAgreementThreshold is required") });
    expect(await refused({ AssignmentReviewPolicy: knownAnswers(p("ApproveIfKnownAnswerScoreIsAtLeast", "120")) })).toMatchObject({ message: expect.stringContaining("from 0 to 101") });
    expect(await refused({ HITReviewPolicy: plurality(p("ExtendIfHITAgreementScoreIsLessThan", "50"), p("ExtendMaximumAssignments", "3")) })).toMatchObject({ message: expect.stringContaining("ExtendMinimumTimeInSeconds is required") });
    expect(await refused({ AssignmentReviewPolicy: { PolicyName: "ScoreMyKnownAnswers/2011-09-01", Parameters: [{ Key: "AnswerKey", MapEntries: [{ Key: "colour", Values: ["blue"] }] }] } })).toMatchObject({
      message: expect.stringContaining('names "colour", which the question does not ask'),
    });
    expect(await refused({ HITReviewPolicy: { PolicyName: "SimplePlurality/2011-09-01", Parameters: [p("QuestionIds", "LABEL,size"), p("QuestionAgreementThreshold", "50")] } })).toMatchObject({ message: expect.stringContaining('"size"') });
    expect(await db.hIT.count({ where: { requesterId: r.id } })).toBe(0);
    expect((await api.send(new GetAccountBalanceCommand({}))).AvailableBalance).toBe("10.00");
  });

  it("answers ListReviewPolicyResultsForHIT to the HIT's owner only", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const HITId = (await create(api, 1, { AssignmentReviewPolicy: knownAnswers(p("ApproveIfKnownAnswerScoreIsAtLeast", "100")) })).HIT!.HITId!;
    await work(HITId, "42", "cat");
    const other = await apiClientFor((await makeRequester(10_00)).id);
    expect(await requestErrorOf(other, new ListReviewPolicyResultsForHITCommand({ HITId }))).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.HITDoesNotExist" });
    expect((await report(api, HITId)).AssignmentReviewReport!.ReviewActions).toHaveLength(1);
  });
});
