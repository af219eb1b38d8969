// Projects belong to their requester: another requester's project is NotFound, for reading and editing.
import { describe, expect, it } from "vitest";
import { createQualificationType } from "@/lib/qualifications/types";
import { makeRequester } from "@/lib/testing/factories";
import { projectInput } from "@/lib/testing/project-input";
import { createProject, updateProject } from "./mutations";
import { getProject, listProjects } from "./queries";

describe("projects", () => {
  it("creates, lists, reads and edits the owner's project", async () => {
    const r = await makeRequester();
    const p = await createProject(r.id, projectInput());
    expect(p.placeholders).toEqual(["text", "source"]);
    expect((await listProjects(r.id)).map((x) => [x.id, x.batches])).toEqual([[p.id, 0]]);
    const edited = await updateProject(r.id, p.id, projectInput({ title: "Sentiment, v2", rewardCents: 12 }));
    expect(edited).toMatchObject({ title: "Sentiment, v2", rewardCents: 12 });
    expect((await getProject(r.id, p.id)).title).toBe("Sentiment, v2");
  });

  it("hides a project from every other requester", async () => {
    const owner = await makeRequester();
    const other = await makeRequester();
    const p = await createProject(owner.id, projectInput());
    await expect(getProject(other.id, p.id)).rejects.toMatchObject({ code: "NotFound" });
    await expect(updateProject(other.id, p.id, projectInput({ title: "Mine now" }))).rejects.toMatchObject({ code: "NotFound" });
    expect(await listProjects(other.id)).toEqual([]);
    expect((await getProject(owner.id, p.id)).title).toBe(projectInput().title);
  });

  it("refuses bad properties with a field error and saves nothing", async () => {
    const r = await makeRequester();
    await expect(createProject(r.id, projectInput({ title: "" }))).rejects.toMatchObject({ code: "InvalidInput", fieldErrors: { title: expect.any(String) } });
    await expect(createProject(r.id, projectInput({ layout: "  " }))).rejects.toMatchObject({ fieldErrors: { layout: expect.any(String) } });
    await expect(createProject(r.id, projectInput({ assignmentsPerHit: 0 }))).rejects.toMatchObject({ fieldErrors: { assignmentsPerHit: expect.any(String) } });
    expect(await listProjects(r.id)).toEqual([]);
  });

  it("resolves requirements like a HIT: own or system types only", async () => {
    const r = await makeRequester();
    const other = await makeRequester();
    const mine = await createQualificationType(r.id, { name: "Mine", description: "x", keywords: "", status: "Active" });
    const theirs = await createQualificationType(other.id, { name: "Theirs", description: "x", keywords: "", status: "Active" });
    const req = (id: string) => [{ qualificationTypeId: id, comparator: "Exists", actionsGuarded: "Accept" }];
    const p = await createProject(r.id, projectInput({ qualificationRequirements: req(mine.id) }));
    expect(p.qualificationRequirements).toMatchObject([{ qualificationTypeId: mine.id, comparator: "Exists" }]);
    await expect(createProject(r.id, projectInput({ qualificationRequirements: req(theirs.id) }))).rejects.toMatchObject({ code: "InvalidInput" });
  });
});
