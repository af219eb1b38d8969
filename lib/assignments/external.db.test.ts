// Submissions from HTMLQuestion and ExternalQuestion pages, where the assignment id is the capability.
import { beforeEach, describe, expect, it } from "vitest";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { fixture } from "@/lib/testing/fixtures";
import { makeHit, makeRequester, makeWorker } from "@/lib/testing/factories";
import { parseAnswersXml } from "@/lib/questions/answers";
import { acceptHit } from "./mutations";
import { submitExternal } from "./external";

beforeEach(() => setClockOffset(0));

describe("submitExternal", () => {
  it("stores every form field but assignmentId as a FreeText answer, once", async () => {
    const requester = await makeRequester(10_000);
    const worker = await makeWorker();
    const hit = await makeHit(requester.id, { question: fixture("questions/htmlquestion.xml") });
    const a = await acceptHit(worker.id, hit.id);

    const submitted = await submitExternal(a.id, { assignmentId: a.id, translation: "Le renard", tags: ["a", "b"] });
    expect(submitted.status).toBe("Submitted");
    expect(parseAnswersXml(submitted.answer!)).toEqual([
      { questionIdentifier: "translation", freeText: "Le renard" },
      { questionIdentifier: "tags", freeText: "a|b" },
    ]);
    await expect(submitExternal(a.id, { assignmentId: a.id })).rejects.toMatchObject({ code: "Conflict" });
  });

  it("refuses a preview id, an unknown id, a QuestionForm HIT and an overdue assignment", async () => {
    const requester = await makeRequester(10_000);
    const worker = await makeWorker();
    await expect(submitExternal("ASSIGNMENT_ID_NOT_AVAILABLE", {})).rejects.toMatchObject({ code: "InvalidInput" });
    await expect(submitExternal("A".repeat(30), {})).rejects.toMatchObject({ code: "NotFound" });

    const formHit = await makeHit(requester.id);
    const onForm = await acceptHit(worker.id, formHit.id);
    await expect(submitExternal(onForm.id, { color: "blue" })).rejects.toMatchObject({ code: "InvalidInput" });

    const external = fixture("questions/externalquestion.xml").replace("EXTERNAL_BASE", "https://tasks.example.com");
    const hit = await makeHit(requester.id, { question: external, assignmentDurationSeconds: 60 });
    const late = await acceptHit(worker.id, hit.id);
    advanceClock(61_000);
    await expect(submitExternal(late.id, { grammatical: "yes" })).rejects.toMatchObject({ code: "Expired" });
  });
});
