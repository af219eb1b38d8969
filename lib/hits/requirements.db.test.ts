// Qualification requirements on HIT types, enforced at discovery, preview and accept as guarded.
import { describe, it, expect } from "vitest";
import { createQualificationType } from "@/lib/qualifications/types";
import { grantQualification, grantMasters, updateQualificationValue } from "@/lib/qualifications/grants";
import { SYSTEM_QUALIFICATION_IDS } from "@/lib/qualifications/system-ids";
import { acceptHit } from "@/lib/assignments/mutations";
import { makeAdmin, makeRequester, makeWorker, makeHit } from "@/lib/testing/factories";
import { listHitGroups } from "./groups";
import { groupPreview } from "./queries";

describe("qualification requirements on HITs", () => {
  it("hides, locks and refuses as guarded, and opens once the worker qualifies", async () => {
    const r = await makeRequester(100_000, "Qualified Labs");
    const qt = await createQualificationType(r.id, { name: "Bird expert", description: "Knows birds", keywords: "", status: "Active" });
    const req = (actionsGuarded: string) => [{ qualificationTypeId: qt.id, comparator: "GreaterThanOrEqualTo", integerValues: [75], actionsGuarded }];
    const hidden = await makeHit(r.id, { title: "Hidden birds", qualificationRequirements: req("DiscoverPreviewAndAccept") });
    const preview = await makeHit(r.id, { title: "Preview birds", qualificationRequirements: req("PreviewAndAccept") });
    const acceptOnly = await makeHit(r.id, { title: "Accept birds", qualificationRequirements: req("Accept") });
    expect(new Set([hidden.hitTypeId, preview.hitTypeId, acceptOnly.hitTypeId]).size).toBe(3);

    const w = await makeWorker();
    const seen = async () => (await listHitGroups(w.id, { q: "birds" })).groups.map((g) => [g.title, g.locked]);
    expect(await seen()).toEqual(expect.arrayContaining([["Preview birds", true], ["Accept birds", true]]));
    expect((await seen()).map(([t]) => t)).not.toContain("Hidden birds");
    expect((await listHitGroups(w.id, { q: "birds", qualified: "1" })).groups).toHaveLength(0);

    const p = await groupPreview(w.id, preview.hitTypeId);
    expect(p.hit).toBeNull();
    expect(p.quals.missing.map((m) => m.name)).toEqual(["Bird expert"]);
    expect((await groupPreview(w.id, acceptOnly.hitTypeId)).hit?.id).toBe(acceptOnly.id);
    for (const h of [hidden, preview, acceptOnly]) await expect(acceptHit(w.id, h.id)).rejects.toMatchObject({ code: "Forbidden" });

    await grantQualification(r.id, { qualificationTypeId: qt.id, workerId: w.id, integerValue: 50 });
    await expect(acceptHit(w.id, acceptOnly.id)).rejects.toMatchObject({ code: "Forbidden" });
    await updateQualificationValue(r.id, qt.id, w.id, 80);
    expect((await seen()).map(([t]) => t)).toEqual(expect.arrayContaining(["Hidden birds", "Preview birds", "Accept birds"]));
    expect((await listHitGroups(w.id, { q: "birds", qualified: "1" })).groups).toHaveLength(3);
    for (const h of [hidden, preview, acceptOnly]) await expect(acceptHit(w.id, h.id)).resolves.toMatchObject({ status: "Accepted" });
  });

  it("refuses requirements on another requester's type, and charges the Masters surcharge", async () => {
    const r = await makeRequester(100_000);
    const other = await makeRequester();
    const foreign = await createQualificationType(other.id, { name: "Theirs", description: "x", keywords: "", status: "Active" });
    await expect(makeHit(r.id, { qualificationRequirements: [{ qualificationTypeId: foreign.id, comparator: "Exists", actionsGuarded: "Accept" }] })).rejects.toMatchObject({ code: "InvalidInput" });

    const masters = await makeHit(r.id, { title: "Masters only", rewardCents: 100, qualificationRequirements: [{ qualificationTypeId: SYSTEM_QUALIFICATION_IDS.masters, comparator: "Exists", actionsGuarded: "Accept" }] });
    expect(masters.feeCents).toBe(25); // 20% + 5% Masters surcharge
    const w = await makeWorker();
    await expect(acceptHit(w.id, masters.id)).rejects.toMatchObject({ code: "Forbidden" });
    await grantMasters((await makeAdmin()).id, w.id);
    await expect(acceptHit(w.id, masters.id)).resolves.toMatchObject({ status: "Accepted" });
  });
});
