// Reading the admin pages' query strings. Anything malformed is dropped rather than refused, so a bad
// link still shows the list; the domain checks everything again.
import { z } from "zod";

type Raw = Record<string, string | string[] | undefined>;
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const textParam = (raw: Raw, key: string, max = 256): string | undefined => {
  const v = first(raw[key]);
  return typeof v === "string" && v.trim() ? v.trim().slice(0, max) : undefined;
};

export const pageParam = (raw: Raw): number => z.coerce.number().int().min(1).max(100_000).catch(1).parse(first(raw.page) ?? 1);

export const enumParam = <T extends string>(raw: Raw, key: string, values: readonly T[]): T | undefined => {
  const v = first(raw[key]);
  return values.includes(v as T) ? (v as T) : undefined;
};

/** A yyyy-mm-dd date as the start (or with `endOfDay` the end) of that UTC day. */
export const dateParam = (raw: Raw, key: string, endOfDay = false): Date | undefined => {
  const v = textParam(raw, key, 10);
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  const d = new Date(`${v}T${endOfDay ? "23:59:59.999" : "00:00:00.000"}Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
};

/** The page's URL with these parameters (empty ones and page 1 left out). */
export function hrefWith(path: string, params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export type SearchParams = Promise<Raw>;
