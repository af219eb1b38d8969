// MTurk's pagination: MaxResults (1-100, default 10 as MTurk) and an opaque NextToken. The token carries
// the offset and what the listing was of, sealed with a checksum so a hand-made token is refused.
import { createHash } from "node:crypto";
import { requestError } from "./errors";

export const DEFAULT_PAGE_SIZE = 10;

function checksum(scope: string, offset: number): string {
  return createHash("sha256").update(`${scope}:${offset}`).digest("base64url").slice(0, 10);
}

export function pageOf(input: { NextToken?: string; MaxResults?: number }, scope: string): { skip: number; take: number } {
  const take = input.MaxResults ?? DEFAULT_PAGE_SIZE;
  if (!input.NextToken) return { skip: 0, take };
  const [offsetText, sum] = Buffer.from(input.NextToken, "base64url").toString("utf8").split(".");
  const offset = Number(offsetText);
  if (!Number.isInteger(offset) || offset < 0 || sum !== checksum(scope, offset)) {
    throw requestError("NextToken is not a token this listing gave out.", "AWS.BadParameters");
  }
  return { skip: offset, take };
}

/** The page's results and, when more may follow, the token for the next page. */
export function page<T>(rows: T[], skip: number, take: number, scope: string): { results: T[]; NextToken?: string } {
  const results = rows.slice(0, take);
  if (rows.length <= take) return { results };
  const next = skip + take;
  return { results, NextToken: Buffer.from(`${next}.${checksum(scope, next)}`).toString("base64url") };
}
