// What a requester (and so the API) sees of assignments: only submitted work, only their own; and the
// review rules the API reaches that the pages rarely do (long feedback, overriding on a deleted HIT).
import { describe, it, expect, beforeEach } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setClockOffset, advanceClock } from "@/lib/clock";
import { disposeHit } from "@/lib/hits/management";
import { checkLedger } from "@/lib/money/invariants";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { acceptHit, approveAssignment, rejectAssignment, submitAssignment } from "./mutations";
import { requesterAssignment, requesterAssignmentsOfHit } from "./queries";
import { uploadOfAnswer } from "./uploads";

beforeEach(() => setClockOffset(0));

async function submittedBy(hitId: string) {
  const w = await makeWorker();
  const a = await acceptHit(w.id, hitId);
  await submitAssignment(w.id, a.id, simpleAnswerXml);
  return a;
}

describe("a requester's view of assignments", () => {
  it("shows submitted, approved and rejected work of their own HITs, oldest submission first, one page at a time", async () => {
    const r = await makeRequester(10_00);
    const other = await makeRequester(10_00);
    const hit = await makeHit(r.id, { maxAssignments: 4 });
    const first = await submittedBy(hit.id);
    advanceClock(1000);
    const second = await submittedBy(hit.id);
    advanceClock(1000);
    const third = await submittedBy(hit.id);
    const working = await acceptHit((await makeWorker()).id, hit.id);
    await approveAssignment({ requesterId: r.id }, second.id);
    await rejectAssignment(r.id, third.id, "Off topic");

    const all = await requesterAssignmentsOfHit(r.id, hit.id, ["Submitted", "Approved", "Rejected"], { skip: 0, take: 10 });
    expect(all.map((a) => [a.id, a.status])).toEqual([[first.id, "Submitted"], [second.id, "Approved"], [third.id, "Rejected"]]);
    expect((await requesterAssignmentsOfHit(r.id, hit.id, ["Approved", "Rejected"], { skip: 0, take: 10 })).map((a) => a.id)).toEqual([second.id, third.id]);
    expect((await requesterAssignmentsOfHit(r.id, hit.id, ["Submitted", "Approved", "Rejected"], { skip: 1, take: 1 })).map((a) => a.id)).toEqual([second.id]);
    expect(await requesterAssignmentsOfHit(other.id, hit.id, ["Submitted", "Approved", "Rejected"], { skip: 0, take: 10 })).toEqual([]);

    expect((await requesterAssignment(r.id, third.id))?.requesterFeedback).toBe("Off topic");
    expect(await requesterAssignment(r.id, working.id)).toBeNull();
    expect(await requesterAssignment(other.id, first.id)).toBeNull();
  });

  it("finds an uploaded file by assignment and question, for the assignment's requester only", async () => {
    const r = await makeRequester(10_00);
    const w = await makeWorker();
    const hit = await makeHit(r.id);
    const a = await acceptHit(w.id, hit.id);
    const dir = await mkdtemp(join(tmpdir(), "pw-upload-"));
    const storagePath = join(dir, "f");
    await writeFile(storagePath, "receipt");
    await submitAssignment(w.id, a.id, simpleAnswerXml, [{ questionIdentifier: "photo", key: "F".repeat(30), name: "receipt.jpg", size: 7, storagePath }]);
    expect(await uploadOfAnswer(r.id, a.id, "photo")).toEqual({ id: "F".repeat(30), name: "receipt.jpg", size: 7 });
    await expect(uploadOfAnswer(r.id, a.id, "color")).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(uploadOfAnswer((await makeRequester()).id, a.id, "photo")).rejects.toMatchObject({ code: "NotFound" });
  });

  it("refuses over-long approval feedback as bad input, and an override once the HIT is deleted", async () => {
    const r = await makeRequester(10_00);
    const hit = await makeHit(r.id, { maxAssignments: 2 });
    const a = await submittedBy(hit.id);
    const b = await submittedBy(hit.id);
    await expect(approveAssignment({ requesterId: r.id }, a.id, "x".repeat(1025))).rejects.toMatchObject({ code: "InvalidInput" });
    expect((await requesterAssignment(r.id, a.id))?.status).toBe("Submitted");
    await rejectAssignment(r.id, a.id, "Blank");
    await approveAssignment({ requesterId: r.id }, b.id);
    await disposeHit(r.id, hit.id);
    await expect(approveAssignment({ requesterId: r.id }, a.id, "", { overrideRejection: true })).rejects.toMatchObject({ code: "Conflict" });
    expect((await requesterAssignment(r.id, a.id))?.status).toBe("Rejected");
    expect(await checkLedger()).toEqual([]);
  });
});
