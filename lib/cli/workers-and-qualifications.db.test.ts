// The verbs around the work itself, through the real SDK in this process: bonuses (never paid twice by
// a re-run), blocks, extending and deleting HITs, and a qualification's whole life.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GetQualificationScoreCommand } from "@aws-sdk/client-mturk";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { db } from "@/lib/db/client";
import { cliFor } from "@/lib/testing/cli-runner";

const tmp = () => mkdtempSync(join(tmpdir(), "pw-cli-"));

describe("the piecework command's worker and HIT verbs", () => {
  it("grants a bonus once however often the command is repeated, and blocks and unblocks", async () => {
    const r = await makeRequester(20_00);
    const piecework = cliFor(await apiClientFor(r.id), tmp());
    const hit = await makeHit(r.id, { maxAssignments: 1 });
    const w = await makeWorker();
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);

    const bonus = ["grantBonus", "-workerid", w.id, "-assignment", a.id, "-amount", "1.25", "-reason", "Careful work"];
    expect(await piecework(...bonus)).toMatchObject({ code: 0, out: "1 bonuses granted" });
    expect(await piecework(...bonus)).toMatchObject({ code: 0, out: "0 bonuses granted, 1 already done" });
    expect(await db.bonusPayment.count({ where: { workerId: w.id } })).toBe(1);
    expect(await piecework("grantBonus", "-workerid", w.id, "-assignment", a.id, "-amount", "lots", "-reason", "x")).toMatchObject({ code: 2 });

    expect(await piecework("blockWorker", "-workerid", w.id, "-reason", "Spam")).toMatchObject({ code: 0, out: "1 workers blocked" });
    expect(await db.workerBlock.count({ where: { requesterId: r.id, workerId: w.id } })).toBe(1);
    expect(await piecework("unblockWorker", "-workerid", w.id)).toMatchObject({ code: 0, out: "1 workers unblocked" });
    expect(await db.workerBlock.count({ where: { requesterId: r.id, workerId: w.id } })).toBe(0);
  });

  it("extends HITs, then expires, approves and deletes them; an unknown HIT fails alone with its message", async () => {
    const r = await makeRequester(20_00);
    const piecework = cliFor(await apiClientFor(r.id), tmp());
    const hit = await makeHit(r.id, { maxAssignments: 1, lifetimeSeconds: 3600 });
    const before = await db.hIT.findUniqueOrThrow({ where: { id: hit.id } });

    expect(await piecework("extendHITs", "-hitid", hit.id, "-assignments", "2", "-hours", "24")).toMatchObject({ code: 0, out: "1 HITs extended" });
    const after = await db.hIT.findUniqueOrThrow({ where: { id: hit.id } });
    expect(after.maxAssignments).toBe(3);
    expect(after.expiresAt.getTime() - before.expiresAt.getTime()).toBeGreaterThanOrEqual(24 * 3600_000);

    const w = await makeWorker();
    const a = await acceptHit(w.id, hit.id);
    await submitAssignment(w.id, a.id, simpleAnswerXml);
    const res = await piecework("deleteHITs", "-hitid", `${hit.id},NOSUCHHIT`, "-expire", "-approve");
    expect(res).toMatchObject({ code: 1, out: "1 HITs deleted, 1 failed" });
    expect(res.err).toMatch(/HIT NOSUCHHIT: .*does not exist/);
    expect((await db.hIT.findUniqueOrThrow({ where: { id: hit.id } })).status).toBe("Disposed");
    expect((await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("Approved");
  });

  it("creates a qualification type and assigns, rescores and revokes it", async () => {
    const r = await makeRequester();
    const api = await apiClientFor(r.id);
    const dir = tmp();
    const piecework = cliFor(api, dir);
    writeFileSync(join(dir, "qual.properties"), "name:Sentiment expert CLI\ndescription:Has judged sentiment well\nkeywords:sentiment\nretrydelayinseconds:3600\n");
    const created = await piecework("createQualificationType", "-properties", "qual.properties");
    expect(created.code).toBe(0);
    const qualtypeid = /qualification type ([A-Z0-9]+)/.exec(created.out)![1];

    const w = await makeWorker();
    const score = async () => (await api.send(new GetQualificationScoreCommand({ QualificationTypeId: qualtypeid, WorkerId: w.id }))).Qualification;
    expect(await piecework("assignQualification", "-qualtypeid", qualtypeid, "-workerid", w.id, "-score", "80", "-donotnotify")).toMatchObject({ code: 0, out: "1 qualifications assigned" });
    expect((await score())?.IntegerValue).toBe(80);
    expect(await piecework("updateQualificationScore", "-qualtypeid", qualtypeid, "-workerid", w.id, "-score", "95")).toMatchObject({ code: 0, out: "1 scores updated" });
    expect((await score())?.IntegerValue).toBe(95);
    expect(await piecework("updateQualificationType", "-qualtypeid", qualtypeid, "-status", "inactive")).toMatchObject({ code: 0 });
    expect(await piecework("revokeQualification", "-qualtypeid", qualtypeid, "-workerid", w.id, "-reason", "Retired")).toMatchObject({ code: 0, out: "1 qualifications revoked" });
    expect((await score())?.Status).toBe("Revoked");
  });
});
