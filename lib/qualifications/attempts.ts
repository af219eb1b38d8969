// What a worker may do next about one qualification type: request it, take its test, continue a test,
// wait for a decision or for the retry delay. One pure function, so that the refusals of
// requestQualification/startTest and the worker's pages (which show "you can retry after …" instead of a
// button that would fail) follow the same rules.
import { addSeconds } from "@/lib/clock";

export interface AttemptType {
  name: string;
  ownerId: string | null;
  status: string;
  isRequestable: boolean;
  test: string | null;
  testDurationSeconds: number | null;
  retryDelaySeconds: number | null;
}

export interface PreviousAttempt {
  id: string;
  status: string;
  startedAt: Date | null;
  submittedAt: Date;
}

/** Why a new request or test attempt is refused right now; null when one may start. */
export type AttemptBlock =
  | { kind: "pending"; requestId: string }
  | { kind: "held" }
  | { kind: "onceOnly" }
  | { kind: "retryAt"; at: Date };

export type NextStep =
  | { kind: "request"; autoGranted: boolean }
  | { kind: "takeTest" }
  | { kind: "continueTest"; requestId: string; deadline: Date }
  | { kind: "unavailable"; reason: string }
  | AttemptBlock;

/** When a started test must be submitted by. */
export function testDeadline(request: { startedAt: Date | null; submittedAt: Date }, type: { testDurationSeconds: number | null }): Date {
  return addSeconds(request.startedAt ?? request.submittedAt, type.testDurationSeconds ?? 0);
}

/**
 * The refusals shared by every new attempt: a request already waiting, a qualification already held
 * (a test may be retaken for a better score when retries are on), and the retry rules: without a retry
 * delay a worker gets one request per type, ever; with one, a new request waits until that many seconds
 * after their last one (its submission, or its start for a test never submitted).
 */
export function attemptBlock(type: AttemptType, heldGranted: boolean, previous: readonly PreviousAttempt[], at: Date): AttemptBlock | null {
  const pending = previous.find((r) => r.status === "Pending");
  if (pending) return { kind: "pending", requestId: pending.id };
  if (type.test === null && heldGranted) return { kind: "held" };
  if (previous.length === 0) return null;
  if (type.retryDelaySeconds === null) return { kind: "onceOnly" };
  const last = Math.max(...previous.map((r) => Math.max(r.submittedAt.getTime(), r.startedAt?.getTime() ?? 0)));
  const retryAt = addSeconds(new Date(last), type.retryDelaySeconds);
  return at.getTime() < retryAt.getTime() ? { kind: "retryAt", at: retryAt } : null;
}

/** What the worker can do about `type` now, for the pages. Mirrors requestableType + runningTest + attemptBlock. */
export function nextStep(type: AttemptType & { autoGranted: boolean }, workerId: string, heldGranted: boolean, previous: readonly PreviousAttempt[], at: Date): NextStep {
  if (type.ownerId === null || !type.isRequestable || type.status === "Disposing") return { kind: "unavailable", reason: "This qualification cannot be requested." };
  if (type.ownerId === workerId) return { kind: "unavailable", reason: "This is your own qualification type." };
  if (type.status !== "Active") return { kind: "unavailable", reason: "This qualification is not accepting requests right now." };
  if (type.test !== null) {
    const running = previous.find((r) => r.status === "TestStarted" && at.getTime() <= testDeadline(r, type).getTime());
    if (running) return { kind: "continueTest", requestId: running.id, deadline: testDeadline(running, type) };
  }
  const block = attemptBlock(type, heldGranted, previous, at);
  if (block) return block;
  return type.test !== null ? { kind: "takeTest" } : { kind: "request", autoGranted: type.autoGranted };
}
