import { describe, expect, it } from "vitest";
import { CreateHITCommand, CreateHITTypeCommand, CreateHITWithHITTypeCommand, GetAccountBalanceCommand, GetHITCommand } from "@aws-sdk/client-mturk";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeRequester, simpleQuestionForm } from "@/lib/testing/factories";
import { checkLedger } from "@/lib/money/invariants";
import { createProject } from "@/lib/projects/mutations";
import { projectInput } from "@/lib/testing/project-input";

const typeInput = { Title: "Tag a photo", Description: "Pick the tags that fit.", Reward: "0.10", AssignmentDurationInSeconds: 600, AutoApprovalDelayInSeconds: 3600, Keywords: "photo" };

describe("HIT creation over the API", () => {
  it("creates a type, reuses it for identical properties, and creates HITs of it", async () => {
    const r = await makeRequester(10_00);
    const api = await apiClientFor(r.id);
    const t1 = await api.send(new CreateHITTypeCommand(typeInput));
    const t2 = await api.send(new CreateHITTypeCommand(typeInput));
    expect(t2.HITTypeId).toBe(t1.HITTypeId);
    const { HIT } = await api.send(new CreateHITWithHITTypeCommand({ HITTypeId: t1.HITTypeId, MaxAssignments: 3, LifetimeInSeconds: 600, Question: simpleQuestionForm }));
    expect(HIT).toMatchObject({ HITTypeId: t1.HITTypeId, HITGroupId: t1.HITTypeId, Title: "Tag a photo", Reward: "0.10", MaxAssignments: 3, AutoApprovalDelayInSeconds: 3600, QualificationRequirements: [] });
    expect((await api.send(new GetHITCommand({ HITId: HIT!.HITId }))).HIT).toEqual(HIT);
    expect(await api.send(new GetAccountBalanceCommand({}))).toMatchObject({ AvailableBalance: "9.64", OnHoldBalance: "0.36" });
    expect(await checkLedger()).toEqual([]);
  });

  it("keeps qualification requirements in MTurk's shape, and refuses a bad question without spending", async () => {
    const r = await makeRequester(5_00);
    const api = await apiClientFor(r.id);
    const { HIT } = await api.send(
      new CreateHITCommand({
        ...typeInput,
        LifetimeInSeconds: 600,
        Question: simpleQuestionForm,
        QualificationRequirements: [
          { QualificationTypeId: "000000000000000000L0", Comparator: "GreaterThanOrEqualTo", IntegerValues: [95], RequiredToPreview: true },
          { QualificationTypeId: "00000000000000000071", Comparator: "In", LocaleValues: [{ Country: "US" }, { Country: "CA", Subdivision: "QC" }] },
        ],
      }),
    );
    expect(HIT!.QualificationRequirements).toEqual([
      { QualificationTypeId: "000000000000000000L0", Comparator: "GreaterThanOrEqualTo", IntegerValues: [95], RequiredToPreview: true, ActionsGuarded: "PreviewAndAccept" },
      { QualificationTypeId: "00000000000000000071", Comparator: "In", LocaleValues: [{ Country: "US" }, { Country: "CA", Subdivision: "QC" }], RequiredToPreview: false, ActionsGuarded: "Accept" },
    ]);
    const err = await api.send(new CreateHITCommand({ ...typeInput, LifetimeInSeconds: 600, Question: "<p>not a question</p>" })).catch((e) => e);
    expect(err.name).toBe("RequestError");
    expect(err.TurkErrorCode).toBe("AWS.BadParameters");
    const notEnough = await api.send(new CreateHITCommand({ ...typeInput, Reward: "9.00", LifetimeInSeconds: 600, Question: simpleQuestionForm })).catch((e) => e);
    expect(notEnough.TurkErrorCode).toBe("AWS.MechanicalTurk.InsufficientFunds");
    expect(await api.send(new GetAccountBalanceCommand({}))).toMatchObject({ OnHoldBalance: "0.12" });
  });

  it("refuses another requester's HIT type and HIT as if they did not exist", async () => {
    const a = await makeRequester(5_00);
    const b = await makeRequester(5_00);
    const apiA = await apiClientFor(a.id);
    const apiB = await apiClientFor(b.id);
    const { HITTypeId } = await apiA.send(new CreateHITTypeCommand(typeInput));
    const { HIT } = await apiA.send(new CreateHITWithHITTypeCommand({ HITTypeId, LifetimeInSeconds: 600, Question: simpleQuestionForm }));
    const e1 = await apiB.send(new CreateHITWithHITTypeCommand({ HITTypeId, LifetimeInSeconds: 600, Question: simpleQuestionForm })).catch((e) => e);
    expect(e1.name).toBe("RequestError");
    const e2 = await apiB.send(new GetHITCommand({ HITId: HIT!.HITId })).catch((e) => e);
    expect(e2.TurkErrorCode).toBe("AWS.MechanicalTurk.HITDoesNotExist");
    expect(await apiB.send(new GetAccountBalanceCommand({}))).toMatchObject({ AvailableBalance: "5.00", OnHoldBalance: "0.00" });
  });

  it("makes a HIT from a project's layout (HITLayoutId), values escaped, and names what is missing", async () => {
    const r = await makeRequester(5_00);
    const other = await makeRequester(5_00);
    const project = await createProject(r.id, projectInput({ layout: "<p>Is this review positive? ${review}</p><crowd-form><input name=\"s\"></crowd-form>" }));
    const api = await apiClientFor(r.id);
    const { HITTypeId } = await api.send(new CreateHITTypeCommand(typeInput));
    const { HIT } = await api.send(
      new CreateHITWithHITTypeCommand({ HITTypeId, LifetimeInSeconds: 600, HITLayoutId: project.id, HITLayoutParameters: [{ Name: "review", Value: "Great <b>value</b>" }] }),
    );
    expect(HIT).toMatchObject({ HITLayoutId: project.id, HITTypeId });
    expect(HIT!.Question).toContain("Is this review positive? Great &lt;b&gt;value&lt;/b&gt;");
    const missing = await api.send(new CreateHITWithHITTypeCommand({ HITTypeId, LifetimeInSeconds: 600, HITLayoutId: project.id, HITLayoutParameters: [] })).catch((e) => e);
    expect(missing.name).toBe("RequestError");
    expect(missing.message).toMatch(/no value for review/);
    const both = await api.send(new CreateHITWithHITTypeCommand({ HITTypeId, LifetimeInSeconds: 600, HITLayoutId: project.id, Question: simpleQuestionForm })).catch((e) => e);
    expect(both.message).toMatch(/either Question or HITLayoutId/);
    const apiOther = await apiClientFor(other.id);
    const foreign = await apiOther.send(new CreateHITCommand({ ...typeInput, LifetimeInSeconds: 600, HITLayoutId: project.id, HITLayoutParameters: [{ Name: "review", Value: "x" }] })).catch((e) => e);
    expect(foreign.TurkErrorCode).toBe("AWS.MechanicalTurk.HITLayoutDoesNotExist");
    expect(await apiOther.send(new GetAccountBalanceCommand({}))).toMatchObject({ OnHoldBalance: "0.00" });
    expect(await checkLedger()).toEqual([]);
  });
});
