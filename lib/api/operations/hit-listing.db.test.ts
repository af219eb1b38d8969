import { beforeEach, describe, expect, it } from "vitest";
import {
  CreateHITCommand,
  GetHITCommand,
  ListHITsCommand,
  ListHITsForQualificationTypeCommand,
  ListReviewableHITsCommand,
  type HIT,
} from "@aws-sdk/client-mturk";
import { advanceClock, now, setClockOffset } from "@/lib/clock";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeHit, makeRequester, makeWorker, simpleAnswerXml, simpleQuestionForm } from "@/lib/testing/factories";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { disposeHit, setReviewing, updateExpiration } from "@/lib/hits/management";
import { createQualificationType } from "@/lib/qualifications/types";

beforeEach(() => setClockOffset(0));
const ids = (hits: HIT[] | undefined) => (hits ?? []).map((h) => h.HITId);
const later = () => advanceClock(1000); // distinct creation times, so "newest first" is one order

describe("ListHITs", () => {
  it("pages the requester's own HITs newest first, in the HIT shape, without deleted ones", async () => {
    const r = await makeRequester(100_00);
    const other = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const gone = await makeHit(r.id, { title: "gone", lifetimeSeconds: 60 });
    await updateExpiration(r.id, gone.id, new Date(0));
    await disposeHit(r.id, gone.id);
    later();
    const h1 = await makeHit(r.id, { title: "first" });
    later();
    const h2 = await makeHit(r.id, { title: "second" });
    later();
    const h3 = await makeHit(r.id, { title: "third" });
    const theirs = await makeHit(other.id, { title: "theirs" });

    const p1 = await api.send(new ListHITsCommand({ MaxResults: 2 }));
    expect(p1.NumResults).toBe(2);
    expect(ids(p1.HITs)).toEqual([h3.id, h2.id]);
    expect(p1.HITs![0]).toEqual((await api.send(new GetHITCommand({ HITId: h3.id }))).HIT);
    expect(p1.HITs![0]).toMatchObject({ Title: "third", HITStatus: "Assignable", MaxAssignments: 3, Reward: "0.50", NumberOfAssignmentsAvailable: 3 });
    expect(p1.NextToken).toEqual(expect.any(String));
    const p2 = await api.send(new ListHITsCommand({ MaxResults: 2, NextToken: p1.NextToken }));
    expect(ids(p2.HITs)).toEqual([h1.id]);
    expect(p2.NumResults).toBe(1);
    expect(p2.NextToken).toBeUndefined();

    // Another requester sees only theirs, and cannot page through this requester's listing.
    const apiOther = await apiClientFor(other.id);
    expect(ids((await apiOther.send(new ListHITsCommand({}))).HITs)).toEqual([theirs.id]);
    const stolen = await apiOther.send(new ListHITsCommand({ MaxResults: 2, NextToken: p1.NextToken })).catch((e) => e);
    expect(stolen).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.BadParameters" });
  });

  it("refuses MaxResults outside 1-100 and a token it did not give out", async () => {
    const r = await makeRequester();
    const api = await apiClientFor(r.id);
    for (const MaxResults of [0, 101]) {
      const e = await api.send(new ListHITsCommand({ MaxResults })).catch((x) => x);
      expect(e).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.BadParameters" });
      expect(e.message).toContain("MaxResults");
    }
    const e = await api.send(new ListHITsCommand({ NextToken: "bm90LWEtdG9rZW4" })).catch((x) => x);
    expect(e).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.BadParameters" });
    expect(await api.send(new ListHITsCommand({}))).toMatchObject({ NumResults: 0, HITs: [] });
  });
});

describe("ListReviewableHITs", () => {
  it("lists HITs that expired or have every slot submitted, by type, and the ones marked Reviewing", async () => {
    const r = await makeRequester(100_00);
    const w = await makeWorker();
    const api = await apiClientFor(r.id);
    const submitted = await makeHit(r.id, { maxAssignments: 1 });
    const a = await acceptHit(w.id, submitted.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    later();
    const expired = await makeHit(r.id, { maxAssignments: 2 });
    await updateExpiration(r.id, expired.id, new Date(0));
    later();
    const working = await makeHit(r.id, { maxAssignments: 1 }); // expired with a worker still on it: Unassignable
    await acceptHit(w.id, working.id);
    await updateExpiration(r.id, working.id, new Date(0));
    await makeHit(r.id, { maxAssignments: 2 }); // open: Assignable
    later();
    const otherType = await makeHit(r.id, { title: "another type", maxAssignments: 1, lifetimeSeconds: 60 });
    advanceClock(61_000); // expired before any sweep ran: Reviewable on read

    const all = await api.send(new ListReviewableHITsCommand({}));
    expect(ids(all.HITs)).toEqual([otherType.id, expired.id, submitted.id]);
    expect(all.NumResults).toBe(3);
    expect(all.HITs!.every((h) => h.HITStatus === "Reviewable")).toBe(true);
    const ofType = await api.send(new ListReviewableHITsCommand({ HITTypeId: submitted.hitTypeId, Status: "Reviewable", MaxResults: 1 }));
    expect(ids(ofType.HITs)).toEqual([expired.id]);
    const next = await api.send(new ListReviewableHITsCommand({ HITTypeId: submitted.hitTypeId, Status: "Reviewable", MaxResults: 1, NextToken: ofType.NextToken }));
    expect(ids(next.HITs)).toEqual([submitted.id]);
    // A token of one filter is not a token of another.
    const mixed = await api.send(new ListReviewableHITsCommand({ Status: "Reviewing", MaxResults: 1, NextToken: ofType.NextToken })).catch((e) => e);
    expect(mixed.name).toBe("RequestError");

    await setReviewing(r.id, submitted.id, false);
    expect(ids((await api.send(new ListReviewableHITsCommand({ Status: "Reviewing" }))).HITs)).toEqual([submitted.id]);
    expect(ids((await api.send(new ListReviewableHITsCommand({}))).HITs)).toEqual([otherType.id, expired.id]);
  });

  it("refuses another requester's HIT type as one that does not exist, and a status outside the two", async () => {
    const r = await makeRequester(10_00);
    const other = await makeRequester();
    const hit = await makeHit(r.id, { maxAssignments: 1 });
    await updateExpiration(r.id, hit.id, new Date(0));
    const apiOther = await apiClientFor(other.id);
    const e = await apiOther.send(new ListReviewableHITsCommand({ HITTypeId: hit.hitTypeId })).catch((x) => x);
    expect(e).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.ResourceDoesNotExist" });
    expect(await apiOther.send(new ListReviewableHITsCommand({}))).toMatchObject({ NumResults: 0, HITs: [] });
    const api = await apiClientFor(r.id);
    const bad = await api.send(new ListReviewableHITsCommand({ Status: "Assignable" as never })).catch((x) => x);
    expect(bad).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.BadParameters" });
    expect(bad.message).toContain("Status");
  });
});

describe("ListHITsForQualificationType", () => {
  it("lists the requester's HITs whose type requires the qualification type, and only theirs", async () => {
    const r = await makeRequester(100_00);
    const other = await makeRequester(100_00);
    const qual = await createQualificationType(r.id, { name: `Skilled ${now().getTime()}`, description: "Passed our test" });
    const api = await apiClientFor(r.id);
    const typeInput = { Title: "Tag", Description: "Tag it", Reward: "0.10", AssignmentDurationInSeconds: 600, LifetimeInSeconds: 600, Question: simpleQuestionForm };
    const { HIT: withQual } = await api.send(
      new CreateHITCommand({ ...typeInput, QualificationRequirements: [{ QualificationTypeId: qual.id, Comparator: "Exists" }] }),
    );
    later();
    const { HIT: withBoth } = await api.send(
      new CreateHITCommand({
        ...typeInput,
        Title: "Tag more",
        QualificationRequirements: [
          { QualificationTypeId: "000000000000000000L0", Comparator: "GreaterThanOrEqualTo", IntegerValues: [90] },
          { QualificationTypeId: qual.id, Comparator: "Exists" },
        ],
      }),
    );
    await api.send(new CreateHITCommand({ ...typeInput, Title: "No requirement" }));

    const listed = await api.send(new ListHITsForQualificationTypeCommand({ QualificationTypeId: qual.id }));
    expect(ids(listed.HITs)).toEqual([withBoth!.HITId, withQual!.HITId]);
    expect(listed.NumResults).toBe(2);
    expect(listed.HITs![1]).toEqual((await api.send(new GetHITCommand({ HITId: withQual!.HITId }))).HIT);
    expect(ids((await api.send(new ListHITsForQualificationTypeCommand({ QualificationTypeId: "000000000000000000L0" }))).HITs)).toEqual([withBoth!.HITId]);

    // The qualification type is public, but another requester's listing holds only their own HITs.
    const apiOther = await apiClientFor(other.id);
    await makeHit(other.id);
    expect(await apiOther.send(new ListHITsForQualificationTypeCommand({ QualificationTypeId: qual.id }))).toMatchObject({ NumResults: 0, HITs: [] });
  });

  it("refuses a qualification type that does not exist", async () => {
    const r = await makeRequester();
    const api = await apiClientFor(r.id);
    const e = await api.send(new ListHITsForQualificationTypeCommand({ QualificationTypeId: "3ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ" })).catch((x) => x);
    expect(e).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.MechanicalTurk.QualificationTypeDoesNotExist" });
    const missing = await api.send(new ListHITsForQualificationTypeCommand({} as never)).catch((x) => x);
    expect(missing).toMatchObject({ name: "RequestError", TurkErrorCode: "AWS.BadParameters" });
  });
});
