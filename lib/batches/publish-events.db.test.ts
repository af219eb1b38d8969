// A batch tells HITCreated for each of its HITs, as single HITs do: outbox rows written in the
// transaction that opens the batch, for HIT types whose settings are active and ask for HITCreated, and
// for no other.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createProject } from "@/lib/projects/mutations";
import { updateNotificationSettings } from "@/lib/notifications/settings";
import { makeRequester } from "@/lib/testing/factories";
import { subscribe } from "@/lib/testing/notifications";
import { projectInput } from "@/lib/testing/project-input";
import { publishBatch } from "./publish";

const csvOf = (tag: string, rows = 25) => "text,source\n" + Array.from({ length: rows }, (_, i) => `${tag} text ${i},s${i}`).join("\n");

/** A project whose HIT type exists (made by a first, unwatched batch), ready to be subscribed. */
async function projectWithType() {
  const r = await makeRequester(1_000_000);
  const p = await createProject(r.id, projectInput());
  const { batch } = await publishBatch(r.id, p.id, csvOf("first"));
  const { hitTypeId } = await db.hIT.findFirstOrThrow({ where: { batchId: batch.id } });
  return { r, p, hitTypeId };
}

const createdEvents = (hitTypeId: string) => db.outboxEvent.findMany({ where: { hitTypeId, eventType: "HITCreated" }, orderBy: { seq: "asc" } });

describe("batch publish and HITCreated", () => {
  it("records one HITCreated per HIT, in row order, when the HIT type's active settings ask for it", async () => {
    const { r, p, hitTypeId } = await projectWithType();
    // The first batch was published before anyone listened: nothing for it.
    expect(await createdEvents(hitTypeId)).toEqual([]);
    await subscribe(r.id, hitTypeId, "watcher@example.com", ["HITCreated", "AssignmentSubmitted"]);

    const { batch } = await publishBatch(r.id, p.id, csvOf("second"));
    const hits = await db.hIT.findMany({ where: { batchId: batch.id }, orderBy: { batchRow: "asc" }, select: { id: true, hitTypeId: true } });
    expect(hits).toHaveLength(25);
    expect(hits.every((h) => h.hitTypeId === hitTypeId)).toBe(true);
    const events = await createdEvents(hitTypeId);
    expect(events.map((e) => JSON.parse(e.payload).HITId)).toEqual(hits.map((h) => h.id));
    expect(events.every((e) => e.status === "Pending" && JSON.parse(e.payload).HITTypeId === hitTypeId && JSON.parse(e.payload).EventType === "HITCreated")).toBe(true);
  });

  it("records none when the settings are turned off, or do not ask for HITCreated", async () => {
    const off = await projectWithType();
    await subscribe(off.r.id, off.hitTypeId, "watcher@example.com", ["HITCreated"]);
    await updateNotificationSettings(off.r.id, off.hitTypeId, { active: false });
    await publishBatch(off.r.id, off.p.id, csvOf("while off"));
    expect(await db.outboxEvent.count({ where: { hitTypeId: off.hitTypeId } })).toBe(0);

    const other = await projectWithType();
    await subscribe(other.r.id, other.hitTypeId, "watcher@example.com", ["AssignmentSubmitted", "HITExpired"]);
    const { batch } = await publishBatch(other.r.id, other.p.id, csvOf("other events"));
    expect(await db.hIT.count({ where: { batchId: batch.id } })).toBe(25);
    expect(await db.outboxEvent.count({ where: { hitTypeId: other.hitTypeId } })).toBe(0);
  });
});
