import { describe, expect, it } from "vitest";
import { CreateWorkerBlockCommand, DeleteWorkerBlockCommand, ListWorkerBlocksCommand, NotifyWorkersCommand } from "@aws-sdk/client-mturk";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeRequester, makeWorker, makeHit, simpleAnswerXml } from "@/lib/testing/factories";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";

const fail = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a RequestError"); }, (e) => e);

describe("worker blocks and notifications over the API", () => {
  it("blocks, lists in pages and unblocks the requester's own blocks; another requester neither sees nor lifts them", async () => {
    setClockOffset(0);
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const [w1, w2, w3] = [await makeWorker(), await makeWorker(), await makeWorker()];
    for (const w of [w1, w2, w3]) {
      expect(await api.send(new CreateWorkerBlockCommand({ WorkerId: w.id, Reason: `Spam from ${w.id}` }))).toMatchObject({});
      advanceClock(1000);
    }
    const all = await api.send(new ListWorkerBlocksCommand({}));
    expect(all).toMatchObject({ NumResults: 3, WorkerBlocks: [w3, w2, w1].map((w) => ({ WorkerId: w.id, Reason: `Spam from ${w.id}` })) });
    const p1 = await api.send(new ListWorkerBlocksCommand({ MaxResults: 2 }));
    expect(p1.WorkerBlocks!.map((b) => b.WorkerId)).toEqual([w3.id, w2.id]);
    const p2 = await api.send(new ListWorkerBlocksCommand({ MaxResults: 2, NextToken: p1.NextToken }));
    expect(p2).toMatchObject({ NumResults: 1, WorkerBlocks: [{ WorkerId: w1.id }] });
    expect(p2.NextToken).toBeUndefined();

    // A blocked worker cannot accept the requester's HITs.
    const hit = await makeHit(r.id);
    await expect(acceptHit(w1.id, hit.id)).rejects.toMatchObject({ code: "NotFound" });

    const other = await apiClientFor((await makeRequester()).id);
    expect((await other.send(new ListWorkerBlocksCommand({}))).NumResults).toBe(0);
    await other.send(new DeleteWorkerBlockCommand({ WorkerId: w1.id, Reason: "not mine" }));
    expect((await api.send(new ListWorkerBlocksCommand({}))).NumResults).toBe(3);

    await api.send(new DeleteWorkerBlockCommand({ WorkerId: w1.id, Reason: "Appeal accepted" }));
    // Deleting a block that is not there succeeds, as MTurk's does.
    await api.send(new DeleteWorkerBlockCommand({ WorkerId: w1.id }));
    expect((await api.send(new ListWorkerBlocksCommand({}))).WorkerBlocks!.map((b) => b.WorkerId)).toEqual([w3.id, w2.id]);
    await acceptHit(w1.id, hit.id);
    setClockOffset(0);
  });

  it("refuses a block without a reason, of an unknown worker, or of a malformed id", async () => {
    const r = await makeRequester();
    const api = await apiClientFor(r.id);
    const w = await makeWorker();
    expect((await fail(api.send(new CreateWorkerBlockCommand({ WorkerId: w.id, Reason: "  " })))).TurkErrorCode).toBe("AWS.BadParameters");
    expect((await fail(api.send(new CreateWorkerBlockCommand({ WorkerId: "A1234567890ABC", Reason: "x" })))).TurkErrorCode).toBe("AWS.MechanicalTurk.ResourceDoesNotExist");
    expect((await fail(api.send(new CreateWorkerBlockCommand({ WorkerId: "worker-1", Reason: "x" })))).message).toMatch(/WorkerId/);
    expect((await fail(api.send(new DeleteWorkerBlockCommand({ WorkerId: "bad id" })))).TurkErrorCode).toBe("AWS.BadParameters");
    expect((await api.send(new ListWorkerBlocksCommand({}))).NumResults).toBe(0);
  });

  it("NotifyWorkers messages the requester's workers and reports each one it cannot notify", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const hit = await makeHit(r.id);
    const mine = await makeWorker();
    const a = await acceptHit(mine.id, hit.id);
    await submitAssignment(mine.id, a.id, simpleAnswerXml);
    // Someone who worked only for another requester, and an id nobody has.
    const other = await makeRequester(10_00);
    const theirs = await makeWorker();
    await acceptHit(theirs.id, (await makeHit(other.id)).id);
    const nobody = "A0000000000000";

    const res = await api.send(new NotifyWorkersCommand({ Subject: "New batch tomorrow", MessageText: "We post 500 more at 9am UTC.", WorkerIds: [mine.id, theirs.id, nobody, mine.id] }));
    expect(res.NotifyWorkersFailureStatuses!.map((f) => [f.WorkerId, f.NotifyWorkersFailureCode])).toEqual([[theirs.id, "HardFailure"], [nobody, "HardFailure"]]);
    expect(res.NotifyWorkersFailureStatuses![0].NotifyWorkersFailureMessage).toMatch(/not worked for you/);
    const inbox = await db.message.findMany({ where: { senderId: r.id } });
    expect(inbox.map((m) => [m.recipientId, m.subject, m.body])).toEqual([[mine.id, "New batch tomorrow", "We post 500 more at 9am UTC."]]);

    const bad = [
      { Subject: "", MessageText: "x", WorkerIds: [mine.id] },
      { Subject: "x".repeat(201), MessageText: "x", WorkerIds: [mine.id] },
      { Subject: "Hi", MessageText: "x".repeat(4097), WorkerIds: [mine.id] },
      { Subject: "Hi", MessageText: "x", WorkerIds: [] },
      { Subject: "Hi", MessageText: "x", WorkerIds: Array.from({ length: 101 }, (_, i) => `A${String(i).padStart(13, "0")}`) },
    ];
    for (const input of bad) expect((await fail(api.send(new NotifyWorkersCommand(input)))).TurkErrorCode).toBe("AWS.BadParameters");
    expect(await db.message.count({ where: { senderId: r.id } })).toBe(1);
  });
});
