// Each source of a requester's notifications, caused by the real domain functions: HITs ready for review
// (coalesced per HIT type), a batch that reached its end (once, and instead of per-HIT lines), and a
// worker asking for one of the requester's qualifications; nothing for other requesters.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { submitExternal } from "@/lib/assignments/external";
import { closeExpiredHits } from "@/lib/jobs/sweeps";
import { publishBatch } from "@/lib/batches/publish";
import { createProject } from "@/lib/projects/mutations";
import { createQualificationType } from "@/lib/qualifications/types";
import { requestQualification } from "@/lib/qualifications/requests";
import { makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { projectInput } from "@/lib/testing/project-input";

beforeEach(() => setClockOffset(0));

const linesOf = async (userId: string) =>
  (await db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] })).map((n) => ({ kind: n.kind, text: n.text, count: n.count, href: n.href }));

describe("requester notifications", () => {
  it("tells when HITs of a type have all their work in, once per type while unread, not for empty expired ones", async () => {
    const [r, other] = [await makeRequester(100_00), await makeRequester(100_00)];
    const w = await makeWorker();
    for (let i = 0; i < 2; i++) {
      const hit = await makeHit(r.id, { title: "Rate photos", maxAssignments: 1 });
      const a = await acceptHit(w.id, hit.id);
      expect(await linesOf(r.id)).toHaveLength(i); // accepting is not news
      await submitAssignment(w.id, a.id, simpleAnswerXml);
    }
    await makeHit(r.id, { title: "Nobody came", maxAssignments: 1, lifetimeSeconds: 60 });
    advanceClock(61_000);
    await closeExpiredHits();
    expect(await linesOf(r.id)).toEqual([
      { kind: "hit.reviewable", text: '2 HITs of "Rate photos" have all their work in and are ready for review.', count: 2, href: "/requester/review" },
    ]);
    expect(await linesOf(other.id)).toEqual([]);
    expect(await linesOf(w.id)).toEqual([]);
  });

  it("tells once when every HIT of a batch reached its end, with the submissions waiting", async () => {
    const r = await makeRequester(100_000);
    const p = await createProject(r.id, projectInput({ assignmentsPerHit: 1, lifetimeSeconds: 3600 }));
    const { batch } = await publishBatch(r.id, p.id, "text,source\none,a\ntwo,b\nthree,c\n");
    const hits = await db.hIT.findMany({ where: { batchId: batch.id }, orderBy: { batchRow: "asc" } });
    for (const hit of hits.slice(0, 2)) {
      const w = await makeWorker();
      const a = await acceptHit(w.id, hit.id);
      await submitExternal(a.id, { assignmentId: a.id, sentiment: "positive" });
    }
    const lowPay = (await linesOf(r.id)).filter((l) => l.kind !== "hit.low-pay");
    expect(lowPay).toEqual([]); // two of three HITs done: not finished, and no per-HIT lines for a batch
    advanceClock(3601_000); // the third expires untouched
    await closeExpiredHits();
    await closeExpiredHits();
    expect((await linesOf(r.id)).filter((l) => l.kind !== "hit.low-pay")).toEqual([
      { kind: "batch.finished", text: `Batch "${batch.name}" is finished: every HIT has its work in or has expired. 2 submissions wait for your review.`, count: 1, href: `/requester/batches/${batch.id}` },
    ]);
    expect(await db.batch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ finishedAt: expect.any(Date) });
  });

  it("tells the owner of a qualification type that workers ask for it, coalesced per type", async () => {
    const [owner, other] = [await makeRequester(), await makeRequester()];
    const type = await createQualificationType(owner.id, { name: "Careful annotator", description: "Granted by hand" });
    await requestQualification((await makeWorker()).id, type.id);
    await requestQualification((await makeWorker()).id, type.id);
    expect(await linesOf(owner.id)).toEqual([
      { kind: "qualification.requested", text: '2 workers ask for your qualification "Careful annotator".', count: 2, href: "/requester/qualifications/requests" },
    ]);
    expect(await linesOf(other.id)).toEqual([]);
  });
});
