// Parses the worker's qualification forms and the page's query string; lib/qualifications checks the
// rules again. Test answers are not parsed here: the domain validates them against the test itself.
import { z } from "zod";
import { idPattern } from "@/lib/ids";

/**
 * A path inside the worker area to come back to (the HIT group that needs the qualification), or
 * undefined. Only local /work paths pass, so a crafted link cannot send the worker to another site.
 */
export function safeWorkPath(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > 300) return undefined;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, "http://piecework.invalid");
  } catch {
    return undefined;
  }
  if (url.origin !== "http://piecework.invalid" || !/^\/work(\/|$)/.test(url.pathname)) return undefined;
  return url.pathname + url.search;
}

const returnTo = z.unknown().transform(safeWorkPath).optional();

const typeId = z.string({ error: "Choose a qualification" }).regex(idPattern, "Choose a qualification");

/** "Request" and "Take the test" on a qualification type's page. */
export const qualificationTypeFormSchema = z.object({ typeId, returnTo });

/** The envelope of a test submission; the answers are every other field. */
export const testSubmissionFormSchema = z.object({
  requestId: z.string({ error: "That test does not exist" }).regex(idPattern, "That test does not exist"),
  returnTo,
});
export const TEST_ENVELOPE_FIELDS = ["requestId", "returnTo"] as const;

export const QUALIFICATION_TABS = ["find", "mine", "requests"] as const;
export type QualificationTab = (typeof QUALIFICATION_TABS)[number];

/** The qualifications page's query string, forgiving: anything malformed falls back to the default. */
export const qualificationsQuerySchema = z.object({
  tab: z.enum(QUALIFICATION_TABS).catch("find"),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type QualificationsQuery = z.infer<typeof qualificationsQuerySchema>;
