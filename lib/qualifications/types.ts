// Qualification types: create, update and delete them with MTurk's rules, and find them. A type's owner
// is the requester who created it; system types (owner null) are managed in system.ts.
import { db, isUniqueViolation, Prisma, transaction, type Tx } from "@/lib/db/client";
import { DomainError, isDomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { parseAnswerKeyForTest } from "@/lib/questions/answer-key";
import { formHasFileUpload, parseQuestionForm, type QuestionForm } from "@/lib/questions/question-form";
import {
  createQualificationTypeSchema,
  parseOrThrow,
  updateQualificationTypeSchema,
  type CreateQualificationTypeInput,
  type UpdateQualificationTypeInput,
} from "./schema";

export type QualificationTypeRow = Awaited<ReturnType<typeof db.qualificationType.findUniqueOrThrow>>;

/** MTurk's codes for a type that does not exist (or is not the caller's) and for a name already used. */
export const QUALIFICATION_TYPE_DOES_NOT_EXIST = "AWS.MechanicalTurk.QualificationTypeDoesNotExist";
const QUALIFICATION_TYPE_ALREADY_EXISTS = "AWS.MechanicalTurk.QualificationTypeAlreadyExists";

const notYours = () => new DomainError("NotFound", "That qualification type does not exist or is not yours.", { turkErrorCode: QUALIFICATION_TYPE_DOES_NOT_EXIST });
const fieldError = (field: string, message: string) => new DomainError("InvalidInput", message, { fieldErrors: { [field]: message } });

/** Re-labels a parse error of the test or answer key so that forms can show it beside the right field. */
function asFieldError<T>(field: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isDomainError(e) && e.code === "InvalidInput") throw fieldError(field, e.message);
    throw e;
  }
}

/**
 * A qualification test is a QuestionForm without file uploads (the test page posts plain fields), and
 * its answer key, when there is one, must score questions the test really has.
 */
export function checkTestAndKey(test: string, answerKey: string | undefined): QuestionForm {
  const form = asFieldError("test", () => parseQuestionForm(test));
  if (formHasFileUpload(form)) throw fieldError("test", "A qualification test cannot ask for a file upload; use selection or free-text questions.");
  if (answerKey !== undefined) asFieldError("answerKey", () => parseAnswerKeyForTest(answerKey, form));
  return form;
}

/** The requester's own type, not deleted; NotFound for anyone else (we do not reveal which). */
export async function ownQualificationType(ownerId: string, typeId: string, tx?: Tx): Promise<QualificationTypeRow> {
  const type = await (tx ?? db).qualificationType.findUnique({ where: { id: typeId } });
  if (!type || type.ownerId === null || type.ownerId !== ownerId || type.status === "Disposing") throw notYours();
  return type;
}

function duplicateName(name: string): DomainError {
  return new DomainError("Duplicate", `You already have a qualification type named "${name}". Choose another name.`, {
    fieldErrors: { name: "You already have a qualification type with this name" },
    turkErrorCode: QUALIFICATION_TYPE_ALREADY_EXISTS,
  });
}

/** CreateQualificationType. */
export async function createQualificationType(ownerId: string, raw: CreateQualificationTypeInput): Promise<QualificationTypeRow> {
  const input = parseOrThrow(createQualificationTypeSchema, raw);
  if (input.answerKey !== undefined && input.test === undefined) throw fieldError("answerKey", "An answer key needs a test to score; add the test or remove the key.");
  if (input.test !== undefined) {
    if (input.autoGranted) throw fieldError("autoGranted", "A qualification type with a test cannot also be granted automatically; choose one.");
    if (input.testDurationSeconds === undefined) throw fieldError("testDurationSeconds", "Say how long workers have to complete the test.");
    checkTestAndKey(input.test, input.answerKey);
  } else if (input.testDurationSeconds !== undefined) {
    throw fieldError("testDurationSeconds", "A test duration applies only to a test; add the test or remove the duration.");
  }
  const owner = await db.user.findUnique({ where: { id: ownerId }, select: { isRequester: true } });
  if (!owner?.isRequester) throw new DomainError("Forbidden", "Only requesters can create qualification types.");
  const existing = await db.qualificationType.findFirst({ where: { ownerId, liveName: input.name }, select: { id: true } });
  if (existing) throw duplicateName(input.name);
  try {
    return await db.qualificationType.create({
      data: {
        id: newId(),
        ownerId,
        name: input.name,
        liveName: input.name,
        description: input.description,
        keywords: input.keywords,
        status: input.status,
        isRequestable: input.isRequestable,
        retryDelaySeconds: input.retryDelaySeconds ?? null,
        test: input.test ?? null,
        testDurationSeconds: input.test !== undefined ? input.testDurationSeconds! : null,
        answerKey: input.answerKey ?? null,
        autoGranted: input.autoGranted,
        // MTurk uses AutoGrantedValue only when AutoGranted is true, and defaults it to 1.
        autoGrantedValue: input.autoGranted ? (input.autoGrantedValue ?? 1) : null,
        createdAt: now(),
      },
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateName(input.name); // two creates with one name raced
    throw e;
  }
}

/**
 * UpdateQualificationType with MTurk's rules: name and keywords never change; retries can be enabled or
 * their delay changed, never switched off; a test can be replaced (Test and TestDurationInSeconds
 * together, AnswerKey optional: leaving it out means the new test has no key) but never removed; a type
 * with a test cannot be auto-granted.
 */
export async function updateQualificationType(ownerId: string, typeId: string, raw: Omit<UpdateQualificationTypeInput, "test"> & { test?: string | null }) {
  if (raw && typeof raw === "object" && (raw as { test?: unknown }).test === null) {
    throw fieldError("test", "A qualification type's test cannot be removed. Replace it with a new test, or delete the type and create one without a test.");
  }
  const input = parseOrThrow(updateQualificationTypeSchema, raw);
  return transaction(async (tx) => {
    const type = await ownQualificationType(ownerId, typeId, tx);
    const data: Prisma.QualificationTypeUpdateInput = {};

    if (input.description !== undefined) data.description = input.description;
    if (input.status === "Active" && type.moderationReason !== null) {
      // Otherwise a moderator's deactivation would last only until the owner's next edit.
      throw new DomainError("Forbidden", `Piecework's moderators deactivated this qualification type (${type.moderationReason}); only they can reactivate it.`, {
        fieldErrors: { status: "Deactivated by a moderator" },
      });
    }
    if (input.status !== undefined) data.status = input.status;
    if (input.isRequestable !== undefined) data.isRequestable = input.isRequestable;

    if (input.retryDelaySeconds === null) {
      if (type.retryDelaySeconds !== null) {
        throw fieldError(
          "retryDelaySeconds",
          "Retries cannot be switched off once they are on. To stop retries, delete this qualification type and create a new one without a retry delay.",
        );
      }
    } else if (input.retryDelaySeconds !== undefined) {
      data.retryDelaySeconds = input.retryDelaySeconds;
    }

    const willHaveTest = input.test !== undefined || type.test !== null;
    const willAutoGrant = input.autoGranted ?? type.autoGranted;
    if (input.test !== undefined) {
      if (input.testDurationSeconds === undefined) {
        throw fieldError("testDurationSeconds", "Send the test duration together with the test.");
      }
      checkTestAndKey(input.test, input.answerKey);
      data.test = input.test;
      data.testDurationSeconds = input.testDurationSeconds;
      data.answerKey = input.answerKey ?? null;
    } else if (input.testDurationSeconds !== undefined || input.answerKey !== undefined) {
      throw fieldError(
        input.answerKey !== undefined ? "answerKey" : "testDurationSeconds",
        "To change the test duration or the answer key, send the test again together with them.",
      );
    }
    if (willHaveTest && willAutoGrant) {
      throw fieldError("autoGranted", "A qualification type with a test cannot be granted automatically.");
    }
    if (input.autoGranted !== undefined) data.autoGranted = input.autoGranted;
    if (willAutoGrant) {
      if (input.autoGrantedValue !== undefined) data.autoGrantedValue = input.autoGrantedValue;
      else if (type.autoGrantedValue === null) data.autoGrantedValue = 1;
    } else if (input.autoGrantedValue !== undefined) {
      data.autoGrantedValue = input.autoGrantedValue; // kept for when auto-granting is switched on
    }

    if (Object.keys(data).length === 0) return type; // nothing to change
    const res = await tx.qualificationType.updateMany({
      where: { id: typeId, ownerId, status: { not: "Disposing" }, ...(data.status === "Active" ? { moderationReason: null } : {}) },
      data,
    });
    if (res.count !== 1) throw notYours();
    return tx.qualificationType.findUniqueOrThrow({ where: { id: typeId } });
  });
}

export const DISPOSED_REQUEST_REASON = "The requester deleted this qualification type.";

/**
 * DeleteQualificationType. The type becomes "Disposing": it can no longer be requested, found or used
 * in new HITs, and its pending requests (and tests in progress) are rejected. Qualifications workers
 * already hold are kept, as MTurk keeps them for the HITs that still require them.
 */
export async function disposeQualificationType(ownerId: string, typeId: string) {
  return transaction(async (tx) => {
    const res = await tx.qualificationType.updateMany({
      where: { id: typeId, ownerId, status: { in: ["Active", "Inactive"] } },
      data: { status: "Disposing", liveName: null },
    });
    if (res.count !== 1) throw notYours();
    const rejected = await tx.qualificationRequest.updateMany({
      where: { qualificationTypeId: typeId, status: { in: ["Pending", "TestStarted"] } },
      data: { status: "Rejected", decidedAt: now(), reason: DISPOSED_REQUEST_REASON },
    });
    return { type: await tx.qualificationType.findUniqueOrThrow({ where: { id: typeId } }), rejectedRequests: rejected.count };
  });
}

/**
 * GetQualificationType: any type that is not deleted. The answer key is the owner's secret; everyone
 * else gets null in its place.
 */
export async function getQualificationType(typeId: string, viewerId?: string): Promise<QualificationTypeRow> {
  const type = await db.qualificationType.findUnique({ where: { id: typeId } });
  if (!type || type.status === "Disposing") throw new DomainError("NotFound", "That qualification type does not exist.", { turkErrorCode: QUALIFICATION_TYPE_DOES_NOT_EXIST });
  return viewerId !== undefined && type.ownerId === viewerId ? type : { ...type, answerKey: null };
}

/** Whether someone other than the owner may see the type: a system type, or one workers can request now. */
const isPublic = (type: { ownerId: string | null; isRequestable: boolean; status: string }) =>
  type.ownerId === null || (type.isRequestable && type.status === "Active");

/**
 * A type as one requester sees it (GetQualificationType): their own in any live status, with its answer
 * key, and otherwise only public types. Another requester's inactive type does not exist for them.
 */
export async function visibleQualificationType(viewerId: string, typeId: string): Promise<QualificationTypeRow> {
  const type = await getQualificationType(typeId, viewerId);
  if (type.ownerId !== viewerId && !isPublic(type)) {
    throw new DomainError("NotFound", "That qualification type does not exist.", { turkErrorCode: QUALIFICATION_TYPE_DOES_NOT_EXIST });
  }
  return type;
}

export interface TypeSearch {
  /** Words to find in the name, description or keywords (case-insensitive). */
  query?: string;
  /** Only types a worker can request now (requestable and Active); system types never are. */
  mustBeRequestable?: boolean;
  /** Only this requester's types (MustBeOwnedByCaller); their answer keys are included. */
  ownerId?: string;
  /**
   * The requester searching (ListQualificationTypes): besides their own types they find only public ones
   * (system types, and other requesters' requestable Active types), and their own come with answer keys.
   */
  viewerId?: string;
  take?: number;
  skip?: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * ListQualificationTypes, and the workers' qualification search. Newest first; `hasMore` says whether
 * another page follows.
 */
/** Longest search text: the pages cap theirs at 200 characters; the API gets a clear refusal beyond this. */
export const MAX_TYPE_SEARCH_LENGTH = 1000;

export async function searchQualificationTypes(search: TypeSearch = {}): Promise<{ items: QualificationTypeRow[]; hasMore: boolean }> {
  if ((search.query ?? "").length > MAX_TYPE_SEARCH_LENGTH) {
    throw new DomainError("InvalidInput", `The search query is at most ${MAX_TYPE_SEARCH_LENGTH.toLocaleString("en-US")} characters.`);
  }
  const take = Math.min(Math.max(Math.trunc(search.take ?? 20), 1), 100);
  const skip = Math.max(Math.trunc(search.skip ?? 0), 0);
  const term = (search.query ?? "").trim().toLowerCase();
  const pattern = `%${escapeLike(term)}%`;
  // Raw SQL for a case-insensitive search that behaves the same on SQLite and PostgreSQL.
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "QualificationType"
    WHERE "status" <> 'Disposing'
    ${search.mustBeRequestable ? Prisma.sql`AND "isRequestable" = TRUE AND "status" = 'Active' AND "ownerId" IS NOT NULL` : Prisma.empty}
    ${search.ownerId !== undefined ? Prisma.sql`AND "ownerId" = ${search.ownerId}` : Prisma.empty}
    ${search.viewerId !== undefined ? Prisma.sql`AND ("ownerId" IS NULL OR "ownerId" = ${search.viewerId} OR ("isRequestable" = TRUE AND "status" = 'Active'))` : Prisma.empty}
    ${term ? Prisma.sql`AND (LOWER("name") LIKE ${pattern} ESCAPE '\\' OR LOWER("description") LIKE ${pattern} ESCAPE '\\' OR LOWER("keywords") LIKE ${pattern} ESCAPE '\\')` : Prisma.empty}
    ORDER BY "createdAt" DESC, "id" DESC
    LIMIT ${take + 1} OFFSET ${skip}`;
  const ids = rows.slice(0, take).map((r) => r.id);
  const found = await db.qualificationType.findMany({ where: { id: { in: ids } } });
  const byId = new Map(found.map((t) => [t.id, t]));
  const items = ids
    .map((id) => byId.get(id))
    .filter((t): t is QualificationTypeRow => t !== undefined)
    .map((t) => (t.ownerId !== null && (t.ownerId === search.ownerId || t.ownerId === search.viewerId) ? t : { ...t, answerKey: null }));
  return { items, hasMore: rows.length > take };
}

/** The requester's own types with their counts of holders and pending requests, for their list page. */
export async function qualificationTypesOfOwner(ownerId: string) {
  const types = await db.qualificationType.findMany({
    where: { ownerId, status: { not: "Disposing" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: {
      _count: {
        select: {
          qualifications: { where: { status: "Granted" } },
          requests: { where: { status: "Pending" } },
        },
      },
    },
  });
  return types.map(({ _count, ...t }) => ({ ...t, grantedCount: _count.qualifications, pendingRequestCount: _count.requests }));
}
