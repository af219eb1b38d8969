// A worker who lacks a HIT's requirement gets no further by calling the server action directly or by
// posting to externalSubmit than the pages let them: no assignment, no answer stored. Once qualified,
// the same calls work.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { fixture } from "@/lib/testing/fixtures";
import { makeHit, makeRequester, makeWorker } from "@/lib/testing/factories";
import { createQualificationType } from "@/lib/qualifications/types";
import { grantQualification } from "@/lib/qualifications/grants";
import type { SessionUser } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({
  requireActionUser: async () => {
    if (!session.user) throw new DomainError("Unauthenticated", "Your session has ended. Sign in again.");
    return session.user;
  },
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;${url}`, url });
  },
}));

const { acceptGroupAction } = await import("./actions");
const { POST: externalSubmit } = await import("@/app/mturk/externalSubmit/route");

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};

describe("requirements guard the direct routes too", () => {
  it("refuses the accept action and externalSubmit until the worker qualifies", async () => {
    const r = await makeRequester(10_000);
    const type = await createQualificationType(r.id, { name: "Birder", description: "Knows birds", keywords: "", status: "Active" });
    const hit = await makeHit(r.id, {
      question: fixture("questions/htmlquestion.xml"),
      qualificationRequirements: [{ qualificationTypeId: type.id, comparator: "GreaterThanOrEqualTo", integerValues: [75], actionsGuarded: "Accept" }],
    });
    const w = await makeWorker();
    session.user = { id: w.id, email: w.email, name: w.name, isWorker: true, isRequester: false, isAdmin: false };

    const refused = await acceptGroupAction({ status: "idle" }, form({ hitTypeId: hit.hitTypeId }));
    expect(refused).toMatchObject({ status: "error" });
    expect(refused.message).toMatch(/Birder/);
    expect(await db.assignment.count({ where: { workerId: w.id } })).toBe(0);

    // Without an assignment of their own there is nothing externalSubmit will take: a guessed id is refused.
    const res = await externalSubmit(new Request("http://piecework.test/mturk/externalSubmit", { method: "POST", body: form({ assignmentId: "A".repeat(30), answer: "7" }) }));
    expect(res.status).toBe(400);
    expect(await db.assignment.count({ where: { hitId: hit.id, status: "Submitted" } })).toBe(0);

    await grantQualification(r.id, { qualificationTypeId: type.id, workerId: w.id, integerValue: 80 });
    const accepted = await acceptGroupAction({ status: "idle" }, form({ hitTypeId: hit.hitTypeId })).catch((e) => e);
    expect(accepted.digest).toMatch(/^NEXT_REDIRECT;\/work\/assignments\/[A-Z0-9]{30}$/);
    const assignment = await db.assignment.findFirstOrThrow({ where: { workerId: w.id } });
    const ok = await externalSubmit(new Request("http://piecework.test/mturk/externalSubmit", { method: "POST", body: form({ assignmentId: assignment.id, answer: "7" }) }));
    expect(ok.status).toBe(200);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).status).toBe("Submitted");
  });
});
