// The temporary URLs GetFileUploadURL hands out: valid for 60 seconds (MTurk's), for one file of one
// requester, and signed so that nobody can make or stretch one. The token carries what it grants and when
// it ends, with an HMAC over both; the download route checks it and, again, that the file is the requester's.
import { createHmac, timingSafeEqual } from "node:crypto";
import { now } from "@/lib/clock";
import { idPattern, userIdPattern } from "@/lib/ids";
import { derivedKey } from "./secret-box";

export const FILE_LINK_SECONDS = 60;
export const FILE_LINK_PATH = "/api/uploads";

const mac = (payload: string) => createHmac("sha256", derivedKey("file-links")).update(payload).digest();

/** "<fileId>.<requesterId>.<expiry epoch seconds>.<signature>" */
export function fileLinkToken(fileId: string, requesterId: string, at: Date = now()): string {
  const payload = `${fileId}.${requesterId}.${Math.floor(at.getTime() / 1000) + FILE_LINK_SECONDS}`;
  return `${payload}.${mac(payload).toString("base64url")}`;
}

export function fileLinkURL(origin: string, fileId: string, requesterId: string): string {
  return `${origin}${FILE_LINK_PATH}/${fileLinkToken(fileId, requesterId)}`;
}

/** What a token grants, or null when it is malformed, tampered with or expired. */
export function readFileLink(token: string, at: Date = now()): { fileId: string; requesterId: string } | null {
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [fileId, requesterId, expiry, signature] = parts;
  if (!idPattern.test(fileId) || !userIdPattern.test(requesterId) || !/^\d{1,12}$/.test(expiry)) return null;
  const expected = mac(`${fileId}.${requesterId}.${expiry}`);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Number(expiry) * 1000 <= at.getTime()) return null;
  return { fileId, requesterId };
}
