// Workers asking for qualifications, and owners deciding. A type without a test is requested outright
// (granted at once when AutoGranted, otherwise Pending for the owner); a type with a test is requested
// by starting the test, which must be submitted within TestDurationInSeconds. With an answer key the
// submission is scored and granted at once; without one it waits for the owner.
//
// Retries (MTurk): with no RetryDelayInSeconds a worker gets one request per type, ever; with one, a new
// request waits until that many seconds after their last one (its submission, or its start for a test
// never submitted).
import { db, transaction, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { parseAnswerKey, scoreTest, type TestScore } from "@/lib/questions/answer-key";
import { answersToXml, validateAnswers, type SubmittedAnswers } from "@/lib/questions/answers";
import { parseQuestionForm } from "@/lib/questions/question-form";
import { attemptBlock, testDeadline } from "./attempts";
import { grantInTx, lockWorker } from "./grants";
import { parseOrThrow, qualificationValueSchema, reasonSchema } from "./schema";
import { ownQualificationType, type QualificationTypeRow } from "./types";
import { tellQualificationRequested } from "@/lib/notifications/in-app/requester-news";

export type QualificationRequestRow = Awaited<ReturnType<typeof db.qualificationRequest.findUniqueOrThrow>>;

export const TIME_RAN_OUT_REASON = "The time for the test ran out before it was submitted.";

const notRequestable = () => new DomainError("NotFound", "That qualification does not exist or cannot be requested.");
const noSuchRequest = () =>
  new DomainError("NotFound", "That qualification request does not exist or is not yours.", { turkErrorCode: "AWS.MechanicalTurk.QualificationRequestDoesNotExist" });

export { testDeadline };

async function requestableType(tx: Tx, workerId: string, typeId: string): Promise<QualificationTypeRow> {
  const type = await tx.qualificationType.findUnique({ where: { id: typeId } });
  if (!type || type.ownerId === null || type.status === "Disposing" || !type.isRequestable) throw notRequestable();
  if (type.status !== "Active") throw new DomainError("Conflict", `"${type.name}" is not accepting requests right now.`);
  if (type.ownerId === workerId) throw new DomainError("Forbidden", "You cannot request your own qualification.");
  const worker = await tx.user.findUnique({ where: { id: workerId }, select: { isWorker: true } });
  if (!worker?.isWorker) throw new DomainError("Forbidden", "Only workers can request qualifications.");
  return type;
}

/** Refuses a new request or test attempt with the reason attemptBlock gives (see attempts.ts). */
async function checkNewAttempt(tx: Tx, workerId: string, type: QualificationTypeRow): Promise<void> {
  const [previous, held] = await Promise.all([
    tx.qualificationRequest.findMany({
      where: { workerId, qualificationTypeId: type.id },
      orderBy: { submittedAt: "desc" },
      select: { id: true, status: true, submittedAt: true, startedAt: true },
    }),
    tx.qualification.findUnique({ where: { qualificationTypeId_workerId: { qualificationTypeId: type.id, workerId } }, select: { status: true } }),
  ]);
  const block = attemptBlock(type, held?.status === "Granted", previous, now());
  if (!block) return;
  switch (block.kind) {
    case "pending":
      throw new DomainError("Conflict", `You already asked for "${type.name}"; the requester has not decided yet.`);
    case "held":
      throw new DomainError("Conflict", `You already have "${type.name}".`);
    case "onceOnly":
      throw new DomainError("Conflict", `"${type.name}" can be requested only once, and you already did.`);
    case "retryAt":
      throw new DomainError("Conflict", `You can request "${type.name}" again after ${block.at.toISOString()}.`, { fieldErrors: { retryAt: block.at.toISOString() } });
  }
}

/** Closes the worker's started test of this type when its time ran out; returns the one still running. */
async function runningTest(tx: Tx, workerId: string, type: QualificationTypeRow): Promise<QualificationRequestRow | null> {
  const started = await tx.qualificationRequest.findFirst({ where: { workerId, qualificationTypeId: type.id, status: "TestStarted" } });
  if (!started) return null;
  if (now().getTime() <= testDeadline(started, type).getTime()) return started;
  await tx.qualificationRequest.updateMany({
    where: { id: started.id, status: "TestStarted" },
    data: { status: "Rejected", decidedAt: now(), reason: TIME_RAN_OUT_REASON },
  });
  return null;
}

export interface RequestOutcome {
  request: QualificationRequestRow;
  /** Set when the request was granted at once (AutoGranted). */
  qualification: Awaited<ReturnType<typeof grantInTx>>["qualification"] | null;
  /** Set for a test: when the answers must be in. */
  deadline: Date | null;
}

/**
 * A worker asks for a qualification. For a type with a test this starts the test (see startTest); for
 * one without, the request is granted at once when the type is AutoGranted, otherwise Pending.
 */
export async function requestQualification(workerId: string, qualificationTypeId: string): Promise<RequestOutcome> {
  return transaction(async (tx) => {
    await lockWorker(tx, workerId);
    const type = await requestableType(tx, workerId, qualificationTypeId);
    if (type.test !== null) return startTestInTx(tx, workerId, type);
    await checkNewAttempt(tx, workerId, type);
    const t = now();
    if (type.autoGranted) {
      const request = await tx.qualificationRequest.create({
        data: { id: newId(), qualificationTypeId: type.id, workerId, status: "Approved", submittedAt: t, decidedAt: t },
      });
      const { qualification } = await grantInTx(tx, type, workerId, { integerValue: type.autoGrantedValue ?? 1, sendNotification: true, resetGrantTime: true });
      return { request, qualification, deadline: null };
    }
    const request = await tx.qualificationRequest.create({ data: { id: newId(), qualificationTypeId: type.id, workerId, status: "Pending", submittedAt: t } });
    await tellOwnerOfRequest(tx, type);
    return { request, qualification: null, deadline: null };
  });
}

/** A request now waits for the type's owner to decide (system types have no owner to tell). */
async function tellOwnerOfRequest(tx: Tx, type: QualificationTypeRow) {
  if (type.ownerId) await tellQualificationRequested(tx, { ownerId: type.ownerId, qualificationTypeId: type.id, typeName: type.name });
}

async function startTestInTx(tx: Tx, workerId: string, type: QualificationTypeRow): Promise<RequestOutcome> {
  const running = await runningTest(tx, workerId, type);
  if (running) return { request: running, qualification: null, deadline: testDeadline(running, type) };
  await checkNewAttempt(tx, workerId, type);
  const t = now();
  // The test as the worker sees it now: a later edit of the type does not change a test in progress.
  const request = await tx.qualificationRequest.create({
    data: { id: newId(), qualificationTypeId: type.id, workerId, status: "TestStarted", test: type.test, startedAt: t, submittedAt: t },
  });
  return { request, qualification: null, deadline: testDeadline(request, type) };
}

/** Starts (or resumes, while its time lasts) the worker's attempt at a type's test. */
export async function startTest(workerId: string, qualificationTypeId: string): Promise<RequestOutcome> {
  return transaction(async (tx) => {
    await lockWorker(tx, workerId);
    const type = await requestableType(tx, workerId, qualificationTypeId);
    if (type.test === null) throw new DomainError("Conflict", `"${type.name}" has no test; request it instead.`);
    return startTestInTx(tx, workerId, type);
  });
}

export interface SubmitOutcome {
  request: QualificationRequestRow;
  /** The answer key's verdict, when the type has one (the qualification was granted with its value). */
  score: TestScore | null;
  qualification: Awaited<ReturnType<typeof grantInTx>>["qualification"] | null;
}

/**
 * The worker submits their test answers (the fields of the rendered QuestionForm). Invalid answers are
 * refused with field errors and the test stays open; after the deadline the attempt is closed and the
 * submission refused.
 */
export async function submitTest(workerId: string, requestId: string, fields: SubmittedAnswers["fields"]): Promise<SubmitOutcome> {
  const request = await db.qualificationRequest.findUnique({ where: { id: requestId } });
  if (!request || request.workerId !== workerId) throw noSuchRequest();
  if (request.status !== "TestStarted" || request.test === null) {
    throw new DomainError("Conflict", "This test is no longer open for answers.");
  }
  const validation = validateAnswers(parseQuestionForm(request.test), { fields });

  const result = await transaction(async (tx) => {
    await lockWorker(tx, workerId);
    const current = await tx.qualificationRequest.findUniqueOrThrow({ where: { id: requestId }, include: { qualificationType: true } });
    const type = current.qualificationType;
    if (current.status !== "TestStarted") throw new DomainError("Conflict", "This test is no longer open for answers.");
    const t = now();
    if (t.getTime() > testDeadline(current, type).getTime()) {
      await tx.qualificationRequest.updateMany({ where: { id: requestId, status: "TestStarted" }, data: { status: "Rejected", decidedAt: t, reason: TIME_RAN_OUT_REASON } });
      return { expired: true as const };
    }
    if (!validation.ok) return { invalid: validation.fieldErrors };
    const answer = answersToXml(validation.answers);
    // Scored only when the key belongs to the test the worker took (the type's test may have changed since).
    const key = type.answerKey !== null && type.test === current.test ? parseAnswerKey(type.answerKey) : null;
    const score = key ? scoreTest(key, validation.answers) : null;
    const res = await tx.qualificationRequest.updateMany({
      where: { id: requestId, status: "TestStarted" },
      data: score
        ? { status: "Approved", answer, submittedAt: t, decidedAt: t, score: score.qualificationValue }
        : { status: "Pending", answer, submittedAt: t },
    });
    if (res.count !== 1) throw new DomainError("Conflict", "This test is no longer open for answers.");
    if (!score) await tellOwnerOfRequest(tx, type);
    const granted = score ? await grantInTx(tx, type, workerId, { integerValue: score.qualificationValue, sendNotification: true, resetGrantTime: true }) : null;
    return { request: await tx.qualificationRequest.findUniqueOrThrow({ where: { id: requestId } }), score, qualification: granted?.qualification ?? null };
  });
  if ("expired" in result) throw new DomainError("Expired", "The time for this test ran out, so it can no longer be submitted.");
  if ("invalid" in result) {
    const fieldErrors = result.invalid as Record<string, string>;
    throw new DomainError("InvalidInput", Object.values(fieldErrors)[0] ?? "Check your answers.", { fieldErrors });
  }
  return result;
}

/** The owner's view of one request of their type; NotFound for anyone else. */
export async function qualificationRequestOfOwner(ownerId: string, requestId: string, tx?: Tx) {
  const request = await (tx ?? db).qualificationRequest.findUnique({
    where: { id: requestId },
    include: { qualificationType: true, worker: { select: { name: true } } },
  });
  if (!request || request.qualificationType.ownerId !== ownerId || request.qualificationType.status === "Disposing") throw noSuchRequest();
  return request;
}

/** AcceptQualificationRequest: grants the qualification (or sets its value) with the given value, 1 by default. */
export async function acceptRequest(ownerId: string, requestId: string, integerValue = 1) {
  const value = parseOrThrow(qualificationValueSchema, integerValue);
  return transaction(async (tx) => {
    const request = await qualificationRequestOfOwner(ownerId, requestId, tx);
    await lockWorker(tx, request.workerId);
    const t = now();
    const res = await tx.qualificationRequest.updateMany({ where: { id: requestId, status: "Pending" }, data: { status: "Approved", decidedAt: t } });
    if (res.count !== 1) throw new DomainError("Conflict", `This request is ${request.status === "TestStarted" ? "a test still in progress" : request.status.toLowerCase()}, not awaiting a decision.`);
    const { qualification } = await grantInTx(tx, request.qualificationType, request.workerId, { integerValue: value, sendNotification: true, resetGrantTime: true });
    return { request: await tx.qualificationRequest.findUniqueOrThrow({ where: { id: requestId } }), qualification };
  });
}

/** RejectQualificationRequest: the worker sees the reason. */
export async function rejectRequest(ownerId: string, requestId: string, reason = "") {
  const why = parseOrThrow(reasonSchema, reason);
  return transaction(async (tx) => {
    const request = await qualificationRequestOfOwner(ownerId, requestId, tx);
    const t = now();
    const res = await tx.qualificationRequest.updateMany({ where: { id: requestId, status: "Pending" }, data: { status: "Rejected", decidedAt: t, reason: why || null } });
    if (res.count !== 1) throw new DomainError("Conflict", `This request is ${request.status === "TestStarted" ? "a test still in progress" : request.status.toLowerCase()}, not awaiting a decision.`);
    await tx.notification.create({
      data: {
        id: newId(),
        userId: request.workerId,
        kind: "qualification.request.rejected",
        text: `Your request for "${request.qualificationType.name}" was rejected${why ? `: ${why}` : "."}`,
        href: "/work/qualifications",
        createdAt: t,
      },
    });
    return tx.qualificationRequest.findUniqueOrThrow({ where: { id: requestId } });
  });
}

/**
 * ListQualificationRequests: the requests awaiting the owner's decision, oldest first, for one of their
 * types or all of them.
 */
export async function pendingRequestsForOwner(ownerId: string, options: { qualificationTypeId?: string; take?: number; skip?: number } = {}) {
  if (options.qualificationTypeId !== undefined) await ownQualificationType(ownerId, options.qualificationTypeId);
  const take = Math.min(Math.max(Math.trunc(options.take ?? 50), 1), 100);
  const rows = await db.qualificationRequest.findMany({
    where: {
      status: "Pending",
      ...(options.qualificationTypeId !== undefined ? { qualificationTypeId: options.qualificationTypeId } : {}),
      qualificationType: { ownerId, status: { not: "Disposing" } },
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: take + 1,
    skip: Math.max(Math.trunc(options.skip ?? 0), 0),
    include: { qualificationType: { select: { name: true } }, worker: { select: { name: true } } },
  });
  return { items: rows.slice(0, take), hasMore: rows.length > take };
}

/** The worker's own requests, newest first, with the deadline of a test in progress. */
export async function requestsOfWorker(workerId: string) {
  const rows = await db.qualificationRequest.findMany({
    where: { workerId },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    include: { qualificationType: { select: { name: true, testDurationSeconds: true, owner: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ ...r, deadline: r.status === "TestStarted" ? testDeadline(r, r.qualificationType) : null }));
}
