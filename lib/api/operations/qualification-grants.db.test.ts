// Workers' qualifications over the API, through the real AWS SDK: grant, change, revoke, read and list,
// by the type's owner only.
import { describe, expect, it } from "vitest";
import {
  AssociateQualificationWithWorkerCommand,
  CreateQualificationTypeCommand,
  DisassociateQualificationFromWorkerCommand,
  GetQualificationScoreCommand,
  ListWorkersWithQualificationTypeCommand,
} from "@aws-sdk/client-mturk";
import { db } from "@/lib/db/client";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeRequester, makeWorker } from "@/lib/testing/factories";
import { requestErrorOf } from "@/lib/testing/request-error";


let n = 0;
async function ownerWithType() {
  const owner = await makeRequester();
  const api = await apiClientFor(owner.id);
  const { QualificationType } = await api.send(new CreateQualificationTypeCommand({ Name: `Trusted ${n++}`, Description: "Workers we trust", QualificationTypeStatus: "Active" }));
  return { owner, api, typeId: QualificationType!.QualificationTypeId! };
}

describe("AssociateQualificationWithWorker and GetQualificationScore", () => {
  it("grants value 1 with a notification by default, sets a value without one, and reads it in MTurk's shape", async () => {
    const { api, typeId } = await ownerWithType();
    const w1 = await makeWorker();
    const w2 = await makeWorker();
    const before = Date.now();
    expect(await api.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId: typeId, WorkerId: w1.id }))).toMatchObject({});
    expect(await api.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId: typeId, WorkerId: w2.id, IntegerValue: -7, SendNotification: false }))).toMatchObject({});

    const s1 = await api.send(new GetQualificationScoreCommand({ QualificationTypeId: typeId, WorkerId: w1.id }));
    expect(s1.Qualification).toEqual({ QualificationTypeId: typeId, WorkerId: w1.id, GrantTime: expect.any(Date), IntegerValue: 1, Status: "Granted" });
    expect(Math.abs(s1.Qualification!.GrantTime!.getTime() - before)).toBeLessThan(60_000);
    expect((await api.send(new GetQualificationScoreCommand({ QualificationTypeId: typeId, WorkerId: w2.id }))).Qualification).toMatchObject({ IntegerValue: -7, Status: "Granted" });
    expect(await db.notification.count({ where: { userId: w1.id, kind: "qualification.granted" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w2.id } })).toBe(0);

    // Associating again changes the value and keeps the grant time.
    await api.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId: typeId, WorkerId: w1.id, IntegerValue: 90, SendNotification: false }));
    const s1b = await api.send(new GetQualificationScoreCommand({ QualificationTypeId: typeId, WorkerId: w1.id }));
    expect(s1b.Qualification).toEqual({ ...s1.Qualification, IntegerValue: 90 });
  });

  it("refuses bad input, an unknown worker, and a worker without the qualification, changing nothing", async () => {
    const { api, typeId } = await ownerWithType();
    const w = await makeWorker();
    const cases: [Record<string, unknown>, RegExp, string][] = [
      [{ QualificationTypeId: typeId, WorkerId: "worker-1" }, /WorkerId must match/, "AWS.BadParameters"],
      [{ QualificationTypeId: typeId }, /WorkerId is required/, "AWS.BadParameters"],
      [{ QualificationTypeId: typeId, WorkerId: w.id, IntegerValue: 2 ** 31 }, /^IntegerValue: The value is too large/, "AWS.BadParameters"],
      [{ QualificationTypeId: typeId, WorkerId: "ANOSUCHWORKER1" }, /no worker with the id ANOSUCHWORKER1/, "AWS.MechanicalTurk.ResourceDoesNotExist"],
    ];
    for (const [input, message, code] of cases) {
      const e = await requestErrorOf(api, new AssociateQualificationWithWorkerCommand(input as never));
      expect(e.message).toMatch(message);
      expect(e.TurkErrorCode).toBe(code);
    }
    const none = await requestErrorOf(api, new GetQualificationScoreCommand({ QualificationTypeId: typeId, WorkerId: w.id }));
    expect(none.TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationDoesNotExist");
    expect(await db.qualification.count({ where: { qualificationTypeId: typeId } })).toBe(0);
  });
});

describe("DisassociateQualificationFromWorker and ListWorkersWithQualificationType", () => {
  it("revokes with a reason the worker sees; lists holders by status, newest first, in pages", async () => {
    const { api, typeId } = await ownerWithType();
    const workers = [await makeWorker(), await makeWorker(), await makeWorker()];
    for (const w of workers) await api.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId: typeId, WorkerId: w.id, SendNotification: false }));
    await api.send(new DisassociateQualificationFromWorkerCommand({ QualificationTypeId: typeId, WorkerId: workers[1].id, Reason: "Too many typos" }));
    expect((await api.send(new GetQualificationScoreCommand({ QualificationTypeId: typeId, WorkerId: workers[1].id }))).Qualification).toMatchObject({ Status: "Revoked" });
    expect(await db.notification.findFirst({ where: { userId: workers[1].id, kind: "qualification.revoked" }, select: { text: true } })).toEqual({
      text: expect.stringContaining("Too many typos"),
    });

    const granted = await api.send(new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: typeId, Status: "Granted" }));
    expect(granted.NumResults).toBe(2);
    expect(new Set(granted.Qualifications!.map((q) => q.WorkerId))).toEqual(new Set([workers[0].id, workers[2].id]));
    expect(granted.Qualifications![0]).toEqual({ QualificationTypeId: typeId, WorkerId: expect.any(String), GrantTime: expect.any(Date), IntegerValue: 1, Status: "Granted" });
    const revoked = await api.send(new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: typeId, Status: "Revoked" }));
    expect(revoked.Qualifications!.map((q) => [q.WorkerId, q.Status])).toEqual([[workers[1].id, "Revoked"]]);

    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const p = await api.send(new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: typeId, MaxResults: 2, NextToken }));
      expect(p.NumResults).toBe(p.Qualifications!.length);
      seen.push(...p.Qualifications!.map((q) => q.WorkerId!));
      NextToken = p.NextToken;
    } while (NextToken);
    expect(seen.sort()).toEqual(workers.map((w) => w.id).sort());

    // Revoking what the worker no longer holds, a reason over MTurk's length, a token of another listing.
    expect((await requestErrorOf(api, new DisassociateQualificationFromWorkerCommand({ QualificationTypeId: typeId, WorkerId: workers[1].id }))).TurkErrorCode).toBe(
      "AWS.MechanicalTurk.QualificationDoesNotExist",
    );
    const long = await requestErrorOf(api, new DisassociateQualificationFromWorkerCommand({ QualificationTypeId: typeId, WorkerId: workers[0].id, Reason: "x".repeat(1025) }));
    expect(long.message).toMatch(/^Reason: The reason is at most 1024 characters/);
    const first = await api.send(new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: typeId, MaxResults: 1 }));
    expect((await requestErrorOf(api, new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: typeId, Status: "Granted", NextToken: first.NextToken }))).message).toMatch(/NextToken/);
    expect((await requestErrorOf(api, new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: typeId, Status: "Lapsed" as never }))).message).toMatch(/Status must be one of Granted, Revoked/);
    expect((await api.send(new GetQualificationScoreCommand({ QualificationTypeId: typeId, WorkerId: workers[0].id }))).Qualification).toMatchObject({ Status: "Granted" });
  });
});

describe("another requester", () => {
  it("can neither grant, revoke, read nor list the qualifications of a type that is not theirs: it does not exist for them", async () => {
    const { api, typeId } = await ownerWithType();
    const other = await apiClientFor((await makeRequester()).id);
    const held = await makeWorker();
    const fresh = await makeWorker();
    await api.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId: typeId, WorkerId: held.id, IntegerValue: 50 }));
    const attempts = [
      new AssociateQualificationWithWorkerCommand({ QualificationTypeId: typeId, WorkerId: fresh.id }),
      new AssociateQualificationWithWorkerCommand({ QualificationTypeId: typeId, WorkerId: held.id, IntegerValue: 100 }),
      new DisassociateQualificationFromWorkerCommand({ QualificationTypeId: typeId, WorkerId: held.id, Reason: "mine" }),
      new GetQualificationScoreCommand({ QualificationTypeId: typeId, WorkerId: held.id }),
      new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: typeId }),
    ];
    for (const command of attempts) {
      expect((await requestErrorOf(other, command)).TurkErrorCode).toBe("AWS.MechanicalTurk.QualificationTypeDoesNotExist");
    }
    const list = await api.send(new ListWorkersWithQualificationTypeCommand({ QualificationTypeId: typeId }));
    expect(list.Qualifications!.map((q) => [q.WorkerId, q.IntegerValue, q.Status])).toEqual([[held.id, 50, "Granted"]]);
  });
});
