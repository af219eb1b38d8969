// Webhook signatures: X-Piecework-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">. The
// timestamp inside the signed text lets receivers refuse replays of an old request.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Piecework-Signature";

export function signatureHeader(secret: string, unixSeconds: number, body: string): string {
  const v1 = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `t=${unixSeconds},v1=${v1}`;
}

/** What a receiver does (the README shows the same in a few lines): true when the header signs this body. */
export function verifySignature(secret: string, header: string, body: string, options: { nowSeconds?: number; toleranceSeconds?: number } = {}): boolean {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1) return false;
  if (options.nowSeconds !== undefined && Math.abs(options.nowSeconds - t) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signatureHeader(secret, t, body).split("v1=")[1], "hex");
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
