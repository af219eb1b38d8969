// The worker's qualification actions on a real database, with the session replaced by whoever the test
// signs in: another worker's test attempt cannot be submitted through the action, and bad answers keep
// what was typed.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset, advanceClock } from "@/lib/clock";
import { DomainError } from "@/lib/errors";
import { fixture } from "@/lib/testing/fixtures";
import { makeRequester, makeWorker } from "@/lib/testing/factories";
import { createQualificationType } from "@/lib/qualifications/types";
import type { SessionUser } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({
  requireActionUser: async () => {
    if (!session.user) throw new DomainError("Unauthenticated", "Your session has ended. Sign in again.");
    return session.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;${url}`, url });
  },
}));

const { requestQualificationAction, startTestAction, submitTestAction } = await import("./actions");

const test = fixture("qualifications/english-test.xml");
const answerKey = fixture("qualifications/english-answerkey.xml");
const idle = { status: "idle" as const };

function signIn(user: { id: string; email: string; name: string }) {
  session.user = { id: user.id, email: user.email, name: user.name, isWorker: true, isRequester: false, isAdmin: false };
}

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
}

const allRight = { q1: "theyre", q2: "its", q3: "have", q4: ["necessary", "separate"] };

async function englishType() {
  const owner = await makeRequester();
  return createQualificationType(owner.id, { name: `English ${Math.random()}`, description: "Grammar", test, answerKey, testDurationSeconds: 600, retryDelaySeconds: 3600 });
}

beforeEach(() => {
  setClockOffset(0);
  session.user = null;
});

describe("the test actions", () => {
  it("start the test (keeping the way back), refuse bad answers with what was chosen, then score the submission", async () => {
    const type = await englishType();
    const w = await makeWorker();
    signIn(w);
    const started = startTestAction(idle, form({ typeId: type.id, returnTo: "/work/groups/GROUP1" }));
    await expect(started).rejects.toMatchObject({ url: expect.stringMatching(/^\/work\/qualifications\/tests\/[A-Z0-9]{30}\?returnTo=%2Fwork%2Fgroups%2FGROUP1$/) });
    const attempt = await db.qualificationRequest.findFirstOrThrow({ where: { workerId: w.id, qualificationTypeId: type.id } });

    const bad = await submitTestAction(idle, form({ requestId: attempt.id, q1: "theyre", q4: "separate" }));
    expect(bad).toMatchObject({ status: "error", message: "Some answers need another look.", fieldErrors: { q2: expect.any(String), q3: expect.any(String) }, values: { q1: "theyre", q4: "separate" } });
    expect((await db.qualificationRequest.findUniqueOrThrow({ where: { id: attempt.id } })).status).toBe("TestStarted");

    await expect(submitTestAction(idle, form({ requestId: attempt.id, returnTo: "https://evil.example", ...allRight }))).rejects.toMatchObject({ url: `/work/qualifications/tests/${attempt.id}` });
    expect(await db.qualification.findFirstOrThrow({ where: { workerId: w.id, qualificationTypeId: type.id } })).toMatchObject({ status: "Granted", integerValue: 100 });
  });

  it("another worker cannot submit into someone's attempt; nothing changes", async () => {
    const type = await englishType();
    const [w, other] = [await makeWorker(), await makeWorker()];
    signIn(w);
    await startTestAction(idle, form({ typeId: type.id })).catch(() => {});
    const attempt = await db.qualificationRequest.findFirstOrThrow({ where: { workerId: w.id } });

    signIn(other);
    expect(await submitTestAction(idle, form({ requestId: attempt.id, ...allRight }))).toMatchObject({ status: "error", message: "That qualification request does not exist or is not yours." });
    session.user = null;
    expect(await submitTestAction(idle, form({ requestId: attempt.id, ...allRight }))).toMatchObject({ status: "error", message: "Your session has ended. Sign in again." });
    expect(await db.qualificationRequest.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({ status: "TestStarted", answer: null });
    expect(await db.qualification.count({ where: { qualificationTypeId: type.id } })).toBe(0);
  });

  it("a submission after the deadline is refused with a clear message", async () => {
    const type = await englishType();
    const w = await makeWorker();
    signIn(w);
    await startTestAction(idle, form({ typeId: type.id })).catch(() => {});
    const attempt = await db.qualificationRequest.findFirstOrThrow({ where: { workerId: w.id } });
    advanceClock(601_000);
    expect(await submitTestAction(idle, form({ requestId: attempt.id, ...allRight }))).toMatchObject({ status: "error", message: "The time for this test ran out, so it can no longer be submitted." });
    expect(await db.qualification.count({ where: { workerId: w.id } })).toBe(0);
  });
});

describe("requestQualificationAction", () => {
  it("grants an auto-granted type at once and says so; refuses a malformed id without touching anything", async () => {
    const owner = await makeRequester();
    const type = await createQualificationType(owner.id, { name: "Auto", description: "Free for all", autoGranted: true });
    const w = await makeWorker();
    signIn(w);
    expect(await requestQualificationAction(idle, form({ typeId: "bad" }))).toMatchObject({ status: "error", message: "Choose a qualification" });
    expect(await db.qualificationRequest.count({ where: { workerId: w.id } })).toBe(0);
    await expect(requestQualificationAction(idle, form({ typeId: type.id }))).rejects.toMatchObject({ url: `/work/qualifications/${type.id}?notice=qualification-earned` });
    expect(await db.qualification.findFirstOrThrow({ where: { workerId: w.id } })).toMatchObject({ status: "Granted", integerValue: 1 });
  });
});
