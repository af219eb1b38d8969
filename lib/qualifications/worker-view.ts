// The worker's side of qualifications, read for their pages: the types they can find, where they stand
// with each (what they hold, their latest request, what they can do next), and their own test attempts.
// Answer keys never leave this module.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { nextStep, testDeadline, type NextStep } from "./attempts";
import { storedValue, systemQualificationType, workerQualificationValues, type QualificationValue } from "./system";
import { getQualificationType, searchQualificationTypes, type QualificationTypeRow } from "./types";

export const FIND_PAGE_SIZE = 20;

export interface WorkerStanding {
  /** The worker's qualification of this type; a revoked one keeps the owner's reason. */
  held: { status: "Granted" | "Revoked"; value: QualificationValue | undefined; reason: string | null } | null;
  /** Their most recent request or test attempt. */
  latest: { id: string; status: string; reason: string | null; score: number | null; submittedAt: Date } | null;
  next: NextStep;
}

/** What a worker may see of a type: everything but the answer key (only whether the test is scored at once). */
export interface WorkerQualificationType {
  id: string;
  name: string;
  description: string;
  keywords: string;
  ownerName: string | null;
  status: string;
  hasTest: boolean;
  testDurationSeconds: number | null;
  retryDelaySeconds: number | null;
  autoGranted: boolean;
  /** The test has an answer key, so a submission is scored and granted at once. */
  scoredAutomatically: boolean;
  system: boolean;
}

function publicType(type: QualificationTypeRow, ownerName: string | null, hasAnswerKey: boolean): WorkerQualificationType {
  return {
    id: type.id,
    name: type.name,
    description: type.description,
    keywords: type.keywords,
    ownerName,
    status: type.status,
    hasTest: type.test !== null,
    testDurationSeconds: type.testDurationSeconds,
    retryDelaySeconds: type.retryDelaySeconds,
    autoGranted: type.autoGranted,
    scoredAutomatically: type.test !== null && hasAnswerKey,
    system: type.ownerId === null,
  };
}

/** The worker's standing with each of `types`, in two reads. */
async function standingsOf(workerId: string, types: readonly QualificationTypeRow[]): Promise<Map<string, WorkerStanding>> {
  const ids = types.map((t) => t.id);
  const [held, requests] = await Promise.all([
    db.qualification.findMany({ where: { workerId, qualificationTypeId: { in: ids } } }),
    db.qualificationRequest.findMany({
      where: { workerId, qualificationTypeId: { in: ids } },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: { id: true, qualificationTypeId: true, status: true, reason: true, score: true, startedAt: true, submittedAt: true },
    }),
  ]);
  const at = now();
  const out = new Map<string, WorkerStanding>();
  for (const type of types) {
    const q = held.find((h) => h.qualificationTypeId === type.id);
    const mine = requests.filter((r) => r.qualificationTypeId === type.id);
    const latest = mine[0];
    out.set(type.id, {
      held: q ? { status: q.status as "Granted" | "Revoked", value: q.status === "Granted" ? storedValue(q) : undefined, reason: q.reason } : null,
      latest: latest ? { id: latest.id, status: latest.status, reason: latest.reason, score: latest.score, submittedAt: latest.submittedAt } : null,
      next: nextStep(type, workerId, q?.status === "Granted", mine, at),
    });
  }
  return out;
}

async function ownerNames(ownerIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(ownerIds.filter((id): id is string => id !== null))];
  const owners = ids.length > 0 ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  return new Map(owners.map((o) => [o.id, o.name]));
}

async function answerKeyPresence(typeIds: readonly string[]): Promise<Set<string>> {
  const rows = await db.qualificationType.findMany({ where: { id: { in: [...typeIds] }, answerKey: { not: null } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/**
 * "Find qualifications": the types a worker can request (Active, requestable, not system), searched by
 * words in the name, description or keywords, newest first, a page at a time.
 */
export async function findQualificationTypes(workerId: string, options: { query?: string; page?: number } = {}) {
  const page = Math.max(1, Math.trunc(options.page ?? 1));
  const { items, hasMore } = await searchQualificationTypes({ query: options.query, mustBeRequestable: true, take: FIND_PAGE_SIZE, skip: (page - 1) * FIND_PAGE_SIZE });
  const [names, standings, keyed] = await Promise.all([ownerNames(items.map((t) => t.ownerId)), standingsOf(workerId, items), answerKeyPresence(items.map((t) => t.id))]);
  return {
    page,
    hasMore,
    items: items.map((t) => ({ ...publicType(t, t.ownerId ? (names.get(t.ownerId) ?? null) : null, keyed.has(t.id)), standing: standings.get(t.id)! })),
  };
}

/** One type as the worker sees it, with their standing; NotFound for a deleted or unknown type. */
export async function qualificationTypeForWorker(workerId: string, typeId: string) {
  const type = await getQualificationType(typeId);
  const [names, standings, keyed] = await Promise.all([ownerNames([type.ownerId]), standingsOf(workerId, [type]), answerKeyPresence([type.id])]);
  const standing = standings.get(type.id)!;
  // Computed system qualifications (approval rate, locale, ...) have no row: their value comes from data.
  if (systemQualificationType(type.id)?.computed) {
    const value = (await workerQualificationValues(workerId, [type.id])).get(type.id);
    standing.held = value ? { status: "Granted", value, reason: null } : null;
  }
  return { type: publicType(type, type.ownerId ? (names.get(type.ownerId) ?? null) : null, keyed.has(type.id)), standing };
}

const noSuchAttempt = () => new DomainError("NotFound", "That test does not exist or is not yours.");

/**
 * One of the worker's own test attempts, for the test page: the test they started (as it was then), its
 * deadline, whether it is still open, and after submission the outcome. NotFound for anyone else's.
 * An attempt past its deadline is shown as closed even before anything closes it.
 */
export async function testAttemptOfWorker(workerId: string, requestId: string) {
  const request = await db.qualificationRequest.findUnique({
    where: { id: requestId },
    include: { qualificationType: { select: { id: true, name: true, description: true, test: true, answerKey: true, testDurationSeconds: true, retryDelaySeconds: true } } },
  });
  if (!request || request.workerId !== workerId || request.test === null) throw noSuchAttempt();
  const { qualificationType: type } = request;
  const deadline = testDeadline(request, type);
  const qualification = await db.qualification.findUnique({ where: { qualificationTypeId_workerId: { qualificationTypeId: type.id, workerId } } });
  return {
    id: request.id,
    status: request.status,
    test: request.test,
    score: request.score,
    reason: request.reason,
    startedAt: request.startedAt,
    submittedAt: request.submittedAt,
    deadline,
    open: request.status === "TestStarted" && now().getTime() <= deadline.getTime(),
    // submitTest scores only with a key written for the test the worker took.
    scoredAutomatically: type.answerKey !== null && type.test === request.test,
    type: { id: type.id, name: type.name, description: type.description, testDurationSeconds: type.testDurationSeconds, retryDelaySeconds: type.retryDelaySeconds },
    held: qualification ? { status: qualification.status as "Granted" | "Revoked", value: qualification.status === "Granted" ? storedValue(qualification) : undefined } : null,
  };
}
