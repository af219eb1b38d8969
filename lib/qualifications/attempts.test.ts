// What the worker may do next about a qualification type, as the pages show it and the domain enforces it.
import { describe, expect, it } from "vitest";
import { attemptBlock, nextStep, type AttemptType, type PreviousAttempt } from "./attempts";

const t0 = new Date("2030-01-01T00:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const type = (extra: Partial<AttemptType & { autoGranted: boolean }> = {}) => ({
  name: "English",
  ownerId: "AOWNER",
  status: "Active",
  isRequestable: true,
  test: "<QuestionForm/>",
  testDurationSeconds: 600,
  retryDelaySeconds: 3600,
  autoGranted: false,
  ...extra,
});
const attempt = (status: string, startedSeconds: number | null, submittedSeconds: number, id = "R1"): PreviousAttempt => ({
  id,
  status,
  startedAt: startedSeconds === null ? null : at(startedSeconds),
  submittedAt: at(submittedSeconds),
});

describe("nextStep", () => {
  it("offers the test, or a plain request (saying when it is granted at once), to a worker who never tried", () => {
    expect(nextStep(type(), "AW", false, [], t0)).toEqual({ kind: "takeTest" });
    expect(nextStep(type({ test: null, autoGranted: true }), "AW", false, [], t0)).toEqual({ kind: "request", autoGranted: true });
  });

  it("continues a test still within its time, and counts an overdue one as an attempt", () => {
    const started = [attempt("TestStarted", 0, 0)];
    expect(nextStep(type(), "AW", false, started, at(600))).toEqual({ kind: "continueTest", requestId: "R1", deadline: at(600) });
    expect(nextStep(type(), "AW", false, started, at(601))).toEqual({ kind: "retryAt", at: at(3600) });
    expect(nextStep(type(), "AW", false, started, at(3600))).toEqual({ kind: "takeTest" });
  });

  it("waits from the submission of the last attempt, not its start", () => {
    const done = [attempt("Approved", 0, 120)];
    expect(nextStep(type(), "AW", true, done, at(3719))).toEqual({ kind: "retryAt", at: at(3720) });
    expect(nextStep(type(), "AW", true, done, at(3720))).toEqual({ kind: "takeTest" });
  });

  it("refuses a second attempt without a retry delay, and a request while one waits", () => {
    expect(nextStep(type({ retryDelaySeconds: null }), "AW", false, [attempt("Rejected", 0, 10)], at(10 ** 8))).toEqual({ kind: "onceOnly" });
    expect(nextStep(type({ test: null }), "AW", false, [attempt("Pending", null, 0, "P")], at(10 ** 8))).toEqual({ kind: "pending", requestId: "P" });
  });

  it("has nothing to offer for a type held without a test, one's own, an inactive or a system type", () => {
    expect(nextStep(type({ test: null, retryDelaySeconds: 0 }), "AW", true, [attempt("Approved", null, 0)], at(60))).toEqual({ kind: "held" });
    expect(nextStep(type(), "AOWNER", false, [], t0).kind).toBe("unavailable");
    expect(nextStep(type({ status: "Inactive" }), "AW", false, [], t0)).toEqual({ kind: "unavailable", reason: "This qualification is not accepting requests right now." });
    expect(nextStep(type({ ownerId: null }), "AW", false, [], t0).kind).toBe("unavailable");
  });
});

describe("attemptBlock", () => {
  it("lets a test be retaken for a better score while held, once the delay has passed", () => {
    expect(attemptBlock(type({ retryDelaySeconds: 0 }), true, [attempt("Approved", 0, 60)], at(60))).toBeNull();
  });
});
