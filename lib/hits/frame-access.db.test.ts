// Who may load an HTMLQuestion's frame, against a real database.
import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/testing/fixtures";
import { makeHit, makeRequester, makeWorker } from "@/lib/testing/factories";
import { blockWorker } from "@/lib/workers/blocks";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { htmlQuestionForViewer } from "./frame-access";

const asSession = (u: { id: string; email: string; name: string; isWorker: boolean; isRequester: boolean; isAdmin: boolean }): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  isWorker: u.isWorker,
  isRequester: u.isRequester,
  isAdmin: u.isAdmin,
});

async function notFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ name: "DomainError", code: "NotFound" });
}

describe("htmlQuestionForViewer", () => {
  it("shows the HTML to the owner and to workers, and to nobody else", async () => {
    const requester = await makeRequester(10_000);
    const other = await makeRequester(0, "Other Requester");
    const [worker, blocked] = [await makeWorker(), await makeWorker("Blocked Worker")];
    const hit = await makeHit(requester.id, { question: fixture("questions/htmlquestion.xml") });
    expect(hit.questionType).toBe("HTMLQuestion");

    expect((await htmlQuestionForViewer(asSession(requester), hit.id)).html).toContain("Translate into French");
    expect((await htmlQuestionForViewer(asSession(worker), hit.id)).frameHeight).toBe(450);

    await notFound(htmlQuestionForViewer(null, hit.id));
    await notFound(htmlQuestionForViewer(asSession(other), hit.id));
    await blockWorker(requester.id, blocked.id, "copied answers");
    await notFound(htmlQuestionForViewer(asSession(blocked), hit.id));
    await notFound(htmlQuestionForViewer(asSession(worker), "NOSUCHHIT000000000000000000000"));

    // A suspended requester's HITs are hidden from workers, as in the HIT list.
    await db.user.update({ where: { id: requester.id }, data: { status: "Suspended" } });
    await notFound(htmlQuestionForViewer(asSession(worker), hit.id));
  });

  it("serves no frame for a QuestionForm HIT", async () => {
    const requester = await makeRequester(10_000);
    const hit = await makeHit(requester.id);
    await notFound(htmlQuestionForViewer(asSession(requester), hit.id));
  });
});
