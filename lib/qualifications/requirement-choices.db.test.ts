// What the create-HIT form offers as requirement types, and how a HIT's requirements read back with names.
import { describe, expect, it } from "vitest";
import { makeAdmin, makeHit, makeRequester } from "@/lib/testing/factories";
import { deactivateQualificationType } from "@/lib/admin/qualification-moderation";
import { createQualificationType, disposeQualificationType, updateQualificationType } from "./types";
import { namedRequirementsOfHitType, requirementTypeChoices } from "./requirements";
import { SYSTEM_QUALIFICATION_IDS, SYSTEM_QUALIFICATION_TYPES } from "./system";

describe("requirementTypeChoices", () => {
  it("offers the system types and the requester's own Active types, never another requester's", async () => {
    const [me, other] = [await makeRequester(), await makeRequester()];
    const zeta = await createQualificationType(me.id, { name: "Zeta reviewers", description: "d" });
    const alpha = await createQualificationType(me.id, { name: "Alpha reviewers", description: "d" });
    const paused = await createQualificationType(me.id, { name: "Paused", description: "d" });
    await updateQualificationType(me.id, paused.id, { status: "Inactive" });
    const gone = await createQualificationType(me.id, { name: "Gone", description: "d" });
    await disposeQualificationType(me.id, gone.id);
    await createQualificationType(other.id, { name: "Someone else's", description: "d" });

    const choices = await requirementTypeChoices(me.id);
    expect(choices.filter((c) => c.system).map((c) => c.id)).toEqual(SYSTEM_QUALIFICATION_TYPES.map((t) => t.id));
    expect(choices.filter((c) => !c.system)).toEqual([
      { id: alpha.id, name: "Alpha reviewers", system: false },
      { id: zeta.id, name: "Zeta reviewers", system: false },
    ]);
  });
});

describe("namedRequirementsOfHitType", () => {
  it("reads a HIT's requirements back in order with their type names and current status", async () => {
    const requester = await makeRequester(10_000);
    const own = await createQualificationType(requester.id, { name: "Bird spotter", description: "d" });
    const hit = await makeHit(requester.id, {
      qualificationRequirements: [
        { qualificationTypeId: SYSTEM_QUALIFICATION_IDS.locale, comparator: "In", localeValues: [{ country: "US" }, { country: "CA", subdivision: "ON" }], actionsGuarded: "DiscoverPreviewAndAccept" },
        { qualificationTypeId: own.id, comparator: "GreaterThanOrEqualTo", integerValues: [80] },
      ],
    });
    await deactivateQualificationType((await makeAdmin()).id, own.id, "Misleading");
    expect(await namedRequirementsOfHitType(hit.hitTypeId)).toEqual([
      {
        qualificationTypeId: SYSTEM_QUALIFICATION_IDS.locale,
        name: "Location",
        typeStatus: "Active",
        comparator: "In",
        integerValues: [],
        localeValues: [{ country: "US" }, { country: "CA", subdivision: "ON" }],
        actionsGuarded: "DiscoverPreviewAndAccept",
      },
      { qualificationTypeId: own.id, name: "Bird spotter", typeStatus: "Inactive", comparator: "GreaterThanOrEqualTo", integerValues: [80], localeValues: [], actionsGuarded: "Accept" },
    ]);
    expect(await namedRequirementsOfHitType((await makeHit(requester.id, { title: "No requirements" })).hitTypeId)).toEqual([]);
  });
});
