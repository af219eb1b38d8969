// Parses the qualification moderation page: its query string (search, status, page, worker lookup) and
// its forms. lib/admin/qualification-moderation and lib/qualifications/grants check the rules again.
import { z } from "zod";
import { idPattern, userIdPattern } from "@/lib/ids";
import { TYPE_STATUS_FILTERS } from "@/lib/admin/qualification-moderation";
import { QUALIFICATION_LIMITS } from "@/lib/qualifications/schema";

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** Anything malformed in the query string is dropped rather than refused: a bad link still shows the list. */
export const moderationQuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(256).optional().catch(undefined)),
  status: z.preprocess(first, z.enum(TYPE_STATUS_FILTERS).optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).optional().catch(undefined)),
  worker: z.preprocess(first, z.string().trim().max(320).optional().catch(undefined)),
});
export type ModerationQuery = z.infer<typeof moderationQuerySchema>;

/** The page's URL with these parameters (empty ones and page 1 left out), for pagination and redirects. */
export function moderationHref(query: ModerationQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) params.set(k, String(v));
  const s = params.toString();
  return s ? `/admin/qualifications?${s}` : "/admin/qualifications";
}

const reason = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Give ${what}`)
    .max(QUALIFICATION_LIMITS.reasonMax, `At most ${QUALIFICATION_LIMITS.reasonMax} characters`);

const typeId = z.string().regex(idPattern, "That is not a qualification type id");
const workerId = z.string().regex(userIdPattern, "That is not a worker id");

export const typeIdFormSchema = z.object({ typeId });
export const deactivateFormSchema = z.object({ typeId, reason: reason("a reason the owner will read") });
export const workerIdFormSchema = z.object({ workerId });
export const revokeMastersFormSchema = z.object({ workerId, reason: reason("a reason the worker will read") });
