// Identifiers in MTurk's shape: HITs, HIT types, assignments, qualification types and the like are 30 of
// [A-Z0-9]; a worker (and requester) id is "A" followed by 13 of them. Random, so an id is unguessable
// (an assignment id is the capability that lets a page submit work, as on MTurk).
import { randomBytes } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

function randomChars(n: number): string {
  let out = "";
  while (out.length < n) {
    for (const b of randomBytes(n * 2)) {
      // 252 = 7 * 36: dropping bytes above it keeps every character equally likely.
      if (b < 252 && out.length < n) out += ALPHABET[b % 36];
    }
  }
  return out;
}

export const newId = (): string => randomChars(30);
export const newUserId = (): string => "A" + randomChars(13);
export const newAccessKeyId = (): string => "AKPW" + randomChars(16);

export const idPattern = /^[A-Z0-9]{30}$/;
export const userIdPattern = /^A[A-Z0-9]{13}$/;
