// loadHITs is safe to run again after a failure or an interruption: each row's CreateHIT carries a
// UniqueRequestToken that depends only on the label and the row's number, so the server refuses a
// second HIT for a row it already made and names the first. MTurk caps tokens at 64 characters, so a
// long label is hashed; a short one stays readable in the HIT's records.
import { createHash } from "node:crypto";

export function rowRequestToken(label: string, rowNumber: number): string {
  const readable = `${label}#${rowNumber}`;
  if (readable.length <= 64) return readable;
  return `${createHash("sha256").update(label).digest("hex").slice(0, 40)}#${rowNumber}`;
}

/** The HIT that an earlier request with the same token created, from MTurk's HitAlreadyExists message. */
export function existingHitId(message: string): string | undefined {
  return /create HIT ([A-Z0-9]+)/.exec(message)?.[1];
}

/** A bonus token from what makes a bonus the same bonus, so a re-run pays nobody twice. */
export function bonusRequestToken(workerId: string, assignmentId: string, amount: string, reason: string): string {
  return `bonus-${createHash("sha256").update([workerId, assignmentId, amount, reason].join("\n")).digest("hex").slice(0, 48)}`;
}
