import { describe, expect, it, beforeEach } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ApproveAssignmentCommand,
  GetAccountBalanceCommand,
  GetAssignmentCommand,
  GetFileUploadURLCommand,
  GetHITCommand,
  ListAssignmentsForHITCommand,
  RejectAssignmentCommand,
} from "@aws-sdk/client-mturk";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { balancesOf } from "@/lib/money/queries";
import { checkLedger } from "@/lib/money/invariants";
import { advanceClock, freezeClock, setClockOffset, unfreezeClock } from "@/lib/clock";
import { fileLinkToken } from "@/lib/api/file-links";
import { GET as download } from "@/app/api/uploads/[token]/route";

beforeEach(() => {
  setClockOffset(0);
  unfreezeClock();
});

const fail = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a RequestError"); }, (e) => e);

async function submittedBy(hitId: string, files: Parameters<typeof submitAssignment>[3] = []) {
  const w = await makeWorker();
  const a = await acceptHit(w.id, hitId);
  await submitAssignment(w.id, a.id, simpleAnswerXml, files);
  return { w, a };
}

describe("assignments over the API", () => {
  it("GetAssignment answers the assignment in MTurk's shape with its HIT; work in progress and other requesters' work do not exist", async () => {
    freezeClock();
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const hit = await makeHit(r.id, { maxAssignments: 2, assignmentDurationSeconds: 600, autoApprovalDelaySeconds: 3600 });
    const { w, a } = await submittedBy(hit.id);
    const got = await api.send(new GetAssignmentCommand({ AssignmentId: a.id }));
    expect(got.Assignment).toEqual({
      AssignmentId: a.id,
      WorkerId: w.id,
      HITId: hit.id,
      AssignmentStatus: "Submitted",
      AcceptTime: a.acceptedAt,
      SubmitTime: a.acceptedAt,
      Deadline: new Date(a.acceptedAt.getTime() + 600_000),
      AutoApprovalTime: new Date(a.acceptedAt.getTime() + 3600_000),
      Answer: simpleAnswerXml,
    });
    expect(got.HIT).toEqual((await api.send(new GetHITCommand({ HITId: hit.id }))).HIT);

    const inProgress = await acceptHit((await makeWorker()).id, hit.id);
    const e1 = await fail(api.send(new GetAssignmentCommand({ AssignmentId: inProgress.id })));
    expect([e1.name, e1.TurkErrorCode, e1.message]).toEqual(["RequestError", "AWS.MechanicalTurk.AssignmentDoesNotExist", `Assignment ${inProgress.id} does not exist.`]);
    const other = await apiClientFor((await makeRequester()).id);
    expect((await fail(other.send(new GetAssignmentCommand({ AssignmentId: a.id })))).TurkErrorCode).toBe("AWS.MechanicalTurk.AssignmentDoesNotExist");
    expect((await fail(api.send(new GetAssignmentCommand({ AssignmentId: "not-an-id" })))).TurkErrorCode).toBe("AWS.BadParameters");
  });

  it("ListAssignmentsForHIT filters by status, pages with NextToken, and hides work in progress and other requesters' HITs", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const hit = await makeHit(r.id, { maxAssignments: 4 });
    const subs = [];
    for (let i = 0; i < 3; i++) {
      subs.push((await submittedBy(hit.id)).a.id);
      advanceClock(1000);
    }
    await acceptHit((await makeWorker()).id, hit.id);
    await api.send(new ApproveAssignmentCommand({ AssignmentId: subs[1] }));
    await api.send(new RejectAssignmentCommand({ AssignmentId: subs[2], RequesterFeedback: "Blank answer" }));

    const all = await api.send(new ListAssignmentsForHITCommand({ HITId: hit.id }));
    expect(all.NumResults).toBe(3);
    expect(all.NextToken).toBeUndefined();
    expect(all.Assignments!.map((a) => [a.AssignmentId, a.AssignmentStatus])).toEqual([[subs[0], "Submitted"], [subs[1], "Approved"], [subs[2], "Rejected"]]);
    expect(all.Assignments![1].ApprovalTime).toBeInstanceOf(Date);
    expect(all.Assignments![2]).toMatchObject({ RequesterFeedback: "Blank answer", Answer: simpleAnswerXml });
    expect(all.Assignments![2].RejectionTime).toBeInstanceOf(Date);

    const reviewed = await api.send(new ListAssignmentsForHITCommand({ HITId: hit.id, AssignmentStatuses: ["Approved", "Rejected"] }));
    expect(reviewed.Assignments!.map((a) => a.AssignmentId)).toEqual([subs[1], subs[2]]);
    const p1 = await api.send(new ListAssignmentsForHITCommand({ HITId: hit.id, MaxResults: 2 }));
    expect(p1.Assignments!.map((a) => a.AssignmentId)).toEqual([subs[0], subs[1]]);
    expect(p1.NextToken).toBeTruthy();
    const p2 = await api.send(new ListAssignmentsForHITCommand({ HITId: hit.id, MaxResults: 2, NextToken: p1.NextToken }));
    expect(p2).toMatchObject({ NumResults: 1, Assignments: [{ AssignmentId: subs[2] }] });
    expect(p2.NextToken).toBeUndefined();

    // A token is only good for the listing that gave it; MaxResults is MTurk's 1-100.
    expect((await fail(api.send(new ListAssignmentsForHITCommand({ HITId: hit.id, AssignmentStatuses: ["Submitted"], NextToken: p1.NextToken })))).TurkErrorCode).toBe("AWS.BadParameters");
    expect((await fail(api.send(new ListAssignmentsForHITCommand({ HITId: hit.id, MaxResults: 101 })))).message).toMatch(/MaxResults/);
    const other = await apiClientFor((await makeRequester()).id);
    expect((await fail(other.send(new ListAssignmentsForHITCommand({ HITId: hit.id })))).TurkErrorCode).toBe("AWS.MechanicalTurk.HITDoesNotExist");
  });

  it("ApproveAssignment pays once, RejectAssignment releases escrow, and an override within 30 days pays from available", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const hit = await makeHit(r.id, { maxAssignments: 3, rewardCents: 50 }); // 3 × ($0.50 + $0.10 fee) held
    const one = await submittedBy(hit.id);
    const two = await submittedBy(hit.id);
    const three = await submittedBy(hit.id);
    expect(await api.send(new GetAccountBalanceCommand({}))).toMatchObject({ AvailableBalance: "8.20", OnHoldBalance: "1.80" });

    // Another requester can neither approve nor reject, and nothing moves.
    const other = await apiClientFor((await makeRequester(10_00)).id);
    expect((await fail(other.send(new ApproveAssignmentCommand({ AssignmentId: one.a.id })))).TurkErrorCode).toBe("AWS.MechanicalTurk.AssignmentDoesNotExist");
    expect((await fail(other.send(new RejectAssignmentCommand({ AssignmentId: one.a.id, RequesterFeedback: "no" })))).TurkErrorCode).toBe("AWS.MechanicalTurk.AssignmentDoesNotExist");
    // Bad feedback: none for a rejection, too long for an approval.
    expect((await fail(api.send(new RejectAssignmentCommand({ AssignmentId: one.a.id, RequesterFeedback: "  " })))).TurkErrorCode).toBe("AWS.BadParameters");
    expect((await fail(api.send(new ApproveAssignmentCommand({ AssignmentId: one.a.id, RequesterFeedback: "x".repeat(1025) })))).message).toMatch(/1024/);
    expect((await api.send(new GetAssignmentCommand({ AssignmentId: one.a.id }))).Assignment!.AssignmentStatus).toBe("Submitted");
    expect((await balancesOf(one.w.id)).workerAvailableCents).toBe(0);

    expect(await api.send(new ApproveAssignmentCommand({ AssignmentId: one.a.id, RequesterFeedback: "Thanks!" }))).toMatchObject({});
    const approved = (await api.send(new GetAssignmentCommand({ AssignmentId: one.a.id }))).Assignment!;
    expect(approved).toMatchObject({ AssignmentStatus: "Approved", RequesterFeedback: "Thanks!" });
    const again = await fail(api.send(new ApproveAssignmentCommand({ AssignmentId: one.a.id })));
    expect(again.TurkErrorCode).toBe("AWS.MechanicalTurk.InvalidAssignmentState");
    expect((await balancesOf(one.w.id)).workerAvailableCents).toBe(50);

    await api.send(new RejectAssignmentCommand({ AssignmentId: two.a.id, RequesterFeedback: "Did not follow the instructions" }));
    expect(await api.send(new GetAccountBalanceCommand({}))).toMatchObject({ AvailableBalance: "8.80", OnHoldBalance: "0.60" });
    expect((await fail(api.send(new ApproveAssignmentCommand({ AssignmentId: two.a.id })))).TurkErrorCode).toBe("AWS.MechanicalTurk.InvalidAssignmentState");
    await api.send(new ApproveAssignmentCommand({ AssignmentId: two.a.id, OverrideRejection: true }));
    expect(await api.send(new GetAccountBalanceCommand({}))).toMatchObject({ AvailableBalance: "8.20", OnHoldBalance: "0.60" });
    expect((await api.send(new GetAssignmentCommand({ AssignmentId: two.a.id }))).Assignment).toMatchObject({ AssignmentStatus: "Approved", RequesterFeedback: "Did not follow the instructions" });
    expect((await balancesOf(two.w.id)).workerAvailableCents).toBe(50);

    // Past MTurk's 30 days the rejection stands.
    await api.send(new RejectAssignmentCommand({ AssignmentId: three.a.id, RequesterFeedback: "Copied" }));
    advanceClock(31 * 24 * 3600 * 1000);
    expect((await fail(api.send(new ApproveAssignmentCommand({ AssignmentId: three.a.id, OverrideRejection: true })))).TurkErrorCode).toBe("AWS.MechanicalTurk.InvalidAssignmentState");
    expect((await balancesOf(three.w.id)).workerAvailableCents).toBe(0);
    expect(await checkLedger()).toEqual([]);
  });

  it("GetFileUploadURL gives a 60-second signed URL to the file; an altered or expired URL is refused", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const hit = await makeHit(r.id);
    const dir = await mkdtemp(join(tmpdir(), "pw-api-upload-"));
    const storagePath = join(dir, "f");
    await writeFile(storagePath, "%PDF-receipt-bytes");
    const fileId = "K".repeat(30);
    const { a } = await submittedBy(hit.id, [{ questionIdentifier: "receipt", key: fileId, name: "receipt scan.pdf", size: 18, storagePath }]);

    const { FileUploadURL } = await api.send(new GetFileUploadURLCommand({ AssignmentId: a.id, QuestionIdentifier: "receipt" }));
    expect(FileUploadURL).toMatch(new RegExp(`^http://piecework\\.test/api/uploads/${fileId}\\.${r.id}\\.\\d+\\.[A-Za-z0-9_-]+$`));
    const token = new URL(FileUploadURL!).pathname.split("/").pop()!;
    const get = (t: string) => download(new Request(`http://piecework.test/api/uploads/${t}`), { params: Promise.resolve({ token: t }) });

    const ok = await get(token);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("%PDF-receipt-bytes");
    expect(ok.headers.get("content-disposition")).toContain('attachment; filename="receipt scan.pdf"');
    expect(ok.headers.get("content-type")).toBe("application/octet-stream");

    const [id, owner, expiry, sig] = token.split(".");
    const flipped = sig[0] === "A" ? `B${sig.slice(1)}` : `A${sig.slice(1)}`;
    for (const bad of [`${id}.${owner}.${expiry}.${flipped}`, `${id}.${owner}.${Number(expiry) + 3600}.${sig}`, `${"L".repeat(30)}.${owner}.${expiry}.${sig}`, "garbage", `${token}.x`]) {
      expect((await get(bad)).status, bad).toBe(403);
    }
    // A correctly signed link for someone else's file is still refused: the route checks ownership again.
    const intruder = await makeRequester();
    expect((await get(fileLinkToken(fileId, intruder.id))).status).toBe(404);
    advanceClock(61_000);
    expect((await get(token)).status).toBe(403);

    expect((await fail(api.send(new GetFileUploadURLCommand({ AssignmentId: a.id, QuestionIdentifier: "color" })))).TurkErrorCode).toBe("AWS.BadParameters");
    const other = await apiClientFor(intruder.id);
    expect((await fail(other.send(new GetFileUploadURLCommand({ AssignmentId: a.id, QuestionIdentifier: "receipt" })))).TurkErrorCode).toBe("AWS.MechanicalTurk.AssignmentDoesNotExist");
  });
});
