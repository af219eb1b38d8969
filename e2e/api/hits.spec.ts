// Managing HITs over the API against the production server, as a requester's script would: listing,
// extending, re-typing, review status, notification settings, review policy results and deletion.
import { test, expect } from "@playwright/test";
import {
  CreateAdditionalAssignmentsForHITCommand,
  CreateHITTypeCommand,
  CreateHITWithHITTypeCommand,
  DeleteHITCommand,
  GetAccountBalanceCommand,
  GetHITCommand,
  ListHITsCommand,
  ListHITsForQualificationTypeCommand,
  ListReviewableHITsCommand,
  ListReviewPolicyResultsForHITCommand,
  SendTestEventNotificationCommand,
  UpdateExpirationForHITCommand,
  UpdateHITReviewStatusCommand,
  UpdateHITTypeOfHITCommand,
  UpdateNotificationSettingsCommand,
} from "@aws-sdk/client-mturk";
import { EXTERNAL_QUESTION, mturk, newRequester } from "./sdk";

const PERCENT_APPROVED = "000000000000000000L0";
const typeInput = (reward: string) => ({
  Title: `Transcribe a receipt (${reward})`,
  Description: "Type the total from the receipt.",
  Reward: reward,
  AssignmentDurationInSeconds: 600,
  QualificationRequirements: [{ QualificationTypeId: PERCENT_APPROVED, Comparator: "GreaterThanOrEqualTo" as const, IntegerValues: [90] }],
});
// Email: Piecework refuses the SQS and SNS transports, and with no SMTP server configured mail is written to files.
const notification = { Destination: "receipts@example.com", Transport: "Email" as const, Version: "2006-05-05", EventTypes: ["HITReviewable" as const] };

test("a requester lists, extends, re-types, reviews and deletes a HIT, and another requester can touch none of it", async ({ baseURL }) => {
  const a = await newRequester(20);
  const b = await newRequester(1);
  const api = mturk(baseURL!, a);
  const { HITTypeId } = await api.send(new CreateHITTypeCommand(typeInput("0.10")));
  const { HIT } = await api.send(
    new CreateHITWithHITTypeCommand({
      HITTypeId,
      MaxAssignments: 2,
      LifetimeInSeconds: 3600,
      Question: EXTERNAL_QUESTION("https://example.com/receipt"),
      AssignmentReviewPolicy: { PolicyName: "ScoreMyKnownAnswers/2011-09-01", Parameters: [
          { Key: "AnswerKey", MapEntries: [{ Key: "total", Values: ["12.50"] }] },
          { Key: "ApproveIfKnownAnswerScoreIsAtLeast", Values: ["90"] },
        ] },
    }),
  );
  const HITId = HIT!.HITId!;

  const listed = await api.send(new ListHITsCommand({ MaxResults: 10 }));
  expect(listed).toMatchObject({ NumResults: 1, HITs: [{ HITId, HITStatus: "Assignable", MaxAssignments: 2 }] });
  const forQual = await api.send(new ListHITsForQualificationTypeCommand({ QualificationTypeId: PERCENT_APPROVED }));
  expect(forQual.HITs!.map((h) => h.HITId)).toEqual([HITId]);

  await api.send(new CreateAdditionalAssignmentsForHITCommand({ HITId, NumberOfAdditionalAssignments: 1, UniqueRequestToken: `more-${HITId}` }));
  const repeat = await api.send(new CreateAdditionalAssignmentsForHITCommand({ HITId, NumberOfAdditionalAssignments: 1, UniqueRequestToken: `more-${HITId}` })).catch((e) => e);
  expect(repeat).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.DuplicateRequest" });

  const { HITTypeId: pricier } = await api.send(new CreateHITTypeCommand(typeInput("0.20")));
  await api.send(new UpdateHITTypeOfHITCommand({ HITId, HITTypeId: pricier }));
  expect((await api.send(new GetHITCommand({ HITId }))).HIT).toMatchObject({ HITTypeId: pricier, Reward: "0.20", MaxAssignments: 3 });
  expect(await api.send(new GetAccountBalanceCommand({}))).toMatchObject({ AvailableBalance: "19.28", OnHoldBalance: "0.72" });

  await api.send(new UpdateNotificationSettingsCommand({ HITTypeId: pricier, Notification: notification, Active: true }));
  await api.send(new SendTestEventNotificationCommand({ Notification: notification, TestEventType: "Ping" }));
  const policyResults = await api.send(new ListReviewPolicyResultsForHITCommand({ HITId }));
  expect(policyResults).toMatchObject({ HITId, AssignmentReviewPolicy: { PolicyName: "ScoreMyKnownAnswers/2011-09-01" }, AssignmentReviewReport: { ReviewResults: [] } });

  // The other requester: none of these ids exist for them, and nothing changes.
  const other = mturk(baseURL!, b);
  const denied = await other.send(new UpdateExpirationForHITCommand({ HITId, ExpireAt: new Date(0) })).catch((e) => e);
  expect(denied).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.HITDoesNotExist" });
  expect((await other.send(new ListHITsCommand({}))).NumResults).toBe(0);

  await api.send(new UpdateExpirationForHITCommand({ HITId, ExpireAt: new Date(Date.now() - 60_000) }));
  const reviewable = await api.send(new ListReviewableHITsCommand({ HITTypeId: pricier }));
  expect(reviewable).toMatchObject({ NumResults: 1, HITs: [{ HITId, HITStatus: "Reviewable", NumberOfAssignmentsAvailable: 0 }] });
  await api.send(new UpdateHITReviewStatusCommand({ HITId }));
  expect((await api.send(new ListReviewableHITsCommand({ Status: "Reviewing" }))).HITs!.map((h) => h.HITId)).toEqual([HITId]);
  await api.send(new UpdateHITReviewStatusCommand({ HITId, Revert: true }));

  await api.send(new DeleteHITCommand({ HITId }));
  expect(await api.send(new ListHITsCommand({}))).toMatchObject({ NumResults: 0, HITs: [] });
  expect(await api.send(new GetAccountBalanceCommand({}))).toMatchObject({ AvailableBalance: "20.00", OnHoldBalance: "0.00" });
});
