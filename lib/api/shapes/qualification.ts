// The QualificationType, Qualification and QualificationRequest shapes of the model, from our rows; and
// the domain's field names in its input errors spoken as the API's member names.
import type { QualificationTypeRow } from "@/lib/qualifications/types";
import type { QualificationRequestRow } from "@/lib/qualifications/requests";
import { storedValue } from "@/lib/qualifications/system";
import { isDomainError } from "@/lib/errors";
import { requestError } from "../errors";
import { page } from "../pagination";
import { compact, epochSeconds } from "./common";

/** A type as the model shows it. The answer key is only in rows of the caller's own types (the domain blanks it otherwise). */
export function qualificationTypeShape(t: QualificationTypeRow) {
  return compact({
    QualificationTypeId: t.id,
    CreationTime: epochSeconds(t.createdAt),
    Name: t.name,
    Description: t.description,
    Keywords: t.keywords || undefined,
    // A deleted type is never shown, so the status is one of the model's two.
    QualificationTypeStatus: t.status,
    Test: t.test ?? undefined,
    TestDurationInSeconds: t.testDurationSeconds ?? undefined,
    AnswerKey: t.answerKey ?? undefined,
    RetryDelayInSeconds: t.retryDelaySeconds ?? undefined,
    IsRequestable: t.isRequestable,
    AutoGranted: t.autoGranted,
    AutoGrantedValue: t.autoGranted ? (t.autoGrantedValue ?? 1) : undefined,
  });
}

export interface QualificationRow {
  qualificationTypeId: string;
  workerId: string;
  integerValue: number | null;
  localeCountry: string | null;
  localeSubdivision: string | null;
  status: string;
  grantedAt: Date;
}

export function qualificationShape(q: QualificationRow) {
  const value = storedValue(q);
  return compact({
    QualificationTypeId: q.qualificationTypeId,
    WorkerId: q.workerId,
    GrantTime: epochSeconds(q.grantedAt),
    IntegerValue: value.integerValue,
    LocaleValue: value.locale ? compact({ Country: value.locale.country, Subdivision: value.locale.subdivision }) : undefined,
    Status: q.status,
  });
}

/** A request awaiting the owner. Test and Answer are there only for a submitted test. */
export function qualificationRequestShape(r: QualificationRequestRow) {
  return compact({
    QualificationRequestId: r.id,
    QualificationTypeId: r.qualificationTypeId,
    WorkerId: r.workerId,
    Test: r.answer !== null ? (r.test ?? undefined) : undefined,
    Answer: r.answer ?? undefined,
    SubmitTime: epochSeconds(r.submittedAt),
  });
}

/**
 * A page of a domain listing (which says whether more follow) with MTurk's NumResults and NextToken.
 * The token is made by pagination.ts, which gives one when it sees a row past the page.
 */
export function listing<T, S>(found: { items: T[]; hasMore: boolean }, skip: number, take: number, scope: string, shapeOf: (item: T) => S) {
  const { NextToken } = page<unknown>(found.hasMore ? [...found.items, null] : found.items, skip, take, scope);
  const results = found.items.slice(0, take).map(shapeOf);
  return { NumResults: results.length, NextToken, results };
}

/** The domain's input fields by the API's member names. */
const MEMBER_NAMES: Record<string, string> = {
  name: "Name",
  description: "Description",
  keywords: "Keywords",
  status: "QualificationTypeStatus",
  retryDelaySeconds: "RetryDelayInSeconds",
  test: "Test",
  testDurationSeconds: "TestDurationInSeconds",
  answerKey: "AnswerKey",
  autoGranted: "AutoGranted",
  autoGrantedValue: "AutoGrantedValue",
  workerId: "WorkerId",
  form: "",
};

/**
 * Runs a domain call; an input error about one of its fields is answered naming the API member
 * ("TestDurationInSeconds: ..."), so a script's author knows which parameter to fix.
 */
export async function inApiTerms<T>(call: () => Promise<T>, extraNames: Record<string, string> = {}): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (!isDomainError(e) || e.code !== "InvalidInput" || !e.fieldErrors) throw e;
    const [field, message] = Object.entries(e.fieldErrors)[0] ?? [];
    const member = field === undefined ? undefined : (extraNames[field] ?? MEMBER_NAMES[field]);
    if (member === undefined || message === undefined) throw e;
    throw requestError(member ? `${member}: ${message}` : message, e.turkErrorCode ?? "AWS.BadParameters");
  }
}
