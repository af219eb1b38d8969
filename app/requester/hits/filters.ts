// The HIT list's filters, read from the query string (?status=&q=&review=1); anything unknown is ignored.
import { z } from "zod";
import type { RequesterHitFilters } from "@/lib/hits/queries";

export const HIT_STATUS_FILTERS = ["Assignable", "Unassignable", "Reviewable", "Reviewing"] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const hitListFiltersSchema = z.object({
  status: z.preprocess(first, z.enum(HIT_STATUS_FILTERS).optional().catch(undefined)),
  q: z.preprocess(first, z.string().trim().max(128).optional().catch(undefined)),
  review: z.preprocess(first, z.literal("1").optional().catch(undefined)),
});

export type HitListFilters = z.infer<typeof hitListFiltersSchema>;

export function toQueryFilters(f: HitListFilters): RequesterHitFilters {
  return { status: f.status, title: f.q || undefined, toReview: f.review === "1" };
}

export const isFiltered = (f: HitListFilters) => Boolean(f.status || f.q || f.review);
