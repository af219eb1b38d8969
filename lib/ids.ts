// Identifiers in MTurk's shape: HITs, HIT types, assignments, qualification types and the like are 30 of
// [A-Z0-9]; a worker (and requester) id is "A" followed by 13 of them. Random, so an id is unguessable
// (an assignment id is the capability that lets a page submit work, as on MTurk).
import { randomFillSync } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// Random bytes come from a pooled buffer: one randomFillSync per few hundred ids instead of one per id,
// which matters when a batch creates 100,000 HITs at once. The bytes are as random either way.
const pool = Buffer.alloc(4096);
let poolAt = pool.length;

function randomByte(): number {
  if (poolAt === pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  return pool[poolAt++];
}

function randomChars(n: number): string {
  let out = "";
  while (out.length < n) {
    const b = randomByte();
    // 252 = 7 * 36: dropping bytes above it keeps every character equally likely.
    if (b < 252) out += ALPHABET[b % 36];
  }
  return out;
}

export const newId = (): string => randomChars(30);
export const newUserId = (): string => "A" + randomChars(13);
export const newAccessKeyId = (): string => "AKPW" + randomChars(16);

export const idPattern = /^[A-Z0-9]{30}$/;
export const userIdPattern = /^A[A-Z0-9]{13}$/;
