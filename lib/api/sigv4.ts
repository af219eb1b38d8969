// Verifies AWS Signature Version 4 on an API request, the way MTurk does: the signature is recomputed
// with the requester's secret by Smithy's signer (the one the AWS SDKs sign with), over exactly the
// headers the caller says it signed, and compared in constant time.
import { timingSafeEqual } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import { Hash } from "@smithy/hash-node";
import { liveKey } from "./keys";
import { ApiError } from "./errors";

export const SIGNING_SERVICE = "mturk-requester";
/** How far a request's signing time may be from ours (AWS: 15 minutes). */
export const MAX_SKEW_MS = 15 * 60 * 1000;

const AUTH_HEADER = /^AWS4-HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;._-]+),\s*Signature=([0-9a-f]{64})$/;

export interface IncomingSigned {
  method: string;
  /** The path the client signed: "/" at the site root, "/api/mturk" on the API path. */
  path: string;
  headers: Headers;
  body: string;
}

function authFailure(message: string, code = "AWS.NotAuthorized"): ApiError {
  return new ApiError(400, "RequestError", message, code);
}

function parseAmzDate(value: string | null): Date | null {
  const m = value?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The verified caller: the key and its requester. Throws an ApiError for every failure. */
export async function verifySignature(req: IncomingSigned): Promise<{ accessKeyId: string; ownerId: string; lastUsedAt: Date | null }> {
  const authorization = req.headers.get("authorization");
  if (!authorization) throw authFailure("The request is not signed. Sign it with AWS Signature Version 4 and a Piecework API key.", "AWS.MissingAuthenticationToken");
  const m = authorization.trim().match(AUTH_HEADER);
  if (!m) throw authFailure("The Authorization header is not a valid AWS Signature Version 4 header.", "AWS.BadClaimsSupplied");
  const [, accessKeyId, credentialDate, region, service, signedHeaderList, signature] = m;
  if (service !== SIGNING_SERVICE) throw authFailure(`The credential scope names service '${service}'; this API is '${SIGNING_SERVICE}'.`, "AWS.BadClaimsSupplied");

  const signedAt = parseAmzDate(req.headers.get("x-amz-date"));
  if (!signedAt) throw authFailure("The request has no valid X-Amz-Date header.", "AWS.BadClaimsSupplied");
  if (credentialDate !== req.headers.get("x-amz-date")!.slice(0, 8)) throw authFailure("The credential date does not match X-Amz-Date.", "AWS.BadClaimsSupplied");
  // Real time, not the marketplace clock (tests move that): freshness is about when the request was sent.
  if (Math.abs(Date.now() - signedAt.getTime()) > MAX_SKEW_MS) {
    throw authFailure("Signature expired: the request time is more than 15 minutes away from the server's time.", "RequestExpired");
  }
  const signedHeaders = signedHeaderList.split(";");
  if (!signedHeaders.includes("host") || !signedHeaders.includes("x-amz-date")) {
    throw authFailure("The signed headers must include host and x-amz-date.", "AWS.BadClaimsSupplied");
  }

  const key = await liveKey(accessKeyId);
  if (!key) throw authFailure("The access key is not a valid Piecework API key, or it has been revoked.", "AWS.NotAuthorized");
  if (key.owner.status !== "Active" || !key.owner.isRequester) throw authFailure("The account that owns this key is suspended.", "AWS.NotAuthorized");

  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = req.headers.get(name);
    if (value === null) throw authFailure(`The signed header ${name} is missing from the request.`, "AWS.BadClaimsSupplied");
    headers[name] = value;
  }
  const signer = new SignatureV4({
    service,
    region,
    credentials: { accessKeyId, secretAccessKey: key.secret },
    sha256: Hash.bind(null, "sha256"),
    uriEscapePath: true,
    // Never add X-Amz-Content-Sha256 of our own: boto3 does not send it, and a header the client did not
    // sign would change the canonical request. When the client sent and signed it, it is used as given.
    applyChecksum: false,
  });
  const host = headers.host;
  const signed = await signer.sign(
    { method: req.method, protocol: "http:", hostname: host, path: req.path, query: {}, headers, body: req.body },
    { signingDate: signedAt, signableHeaders: new Set(signedHeaders) },
  );
  const expected = String(signed.headers.authorization ?? signed.headers.Authorization ?? "").match(/Signature=([0-9a-f]{64})/)?.[1] ?? "";
  if (expected.length !== 64 || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    throw authFailure("The request signature we calculated does not match the signature you provided. Check your secret access key and signing method.", "SignatureDoesNotMatch");
  }
  return { accessKeyId, ownerId: key.owner.id, lastUsedAt: key.lastUsedAt };
}
