// The MTurk Requester API endpoint: AWS JSON 1.1 over POST, as the AWS SDKs, boto3 and the AWS CLI send
// it. One function for both addresses (the site root and /api/mturk): check the envelope, verify the
// signature, throttle per key, validate the input against the model, run the operation, and answer in
// MTurk's shapes. Every answer, error or not, is JSON with an x-amzn-RequestId.
import { randomUUID } from "node:crypto";
import { ApiError, errorBody, requestError, toApiError } from "./errors";
import { OPERATION_NAMES, TARGET_PREFIX, operationShapes, validateShape } from "./model";
import { verifySignature } from "./sigv4";
import { touchKey } from "./keys";
import { takeToken } from "./throttle";
import { operations } from "./operations";
import { requestOrigin } from "@/lib/request-origin";

/** Larger than any valid request (a question is at most 64 KB; NotifyWorkers 4 KB). */
export const MAX_BODY_BYTES = 1024 * 1024;
export const CONTENT_TYPE = "application/x-amz-json-1.1";

function respond(status: number, body: unknown, requestId: string): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": CONTENT_TYPE, "x-amzn-requestid": requestId, "cache-control": "no-store" },
  });
}

async function readBody(req: Request): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw requestError(`The request body is larger than ${MAX_BODY_BYTES} bytes.`, "AWS.BadParameters");
  const reader = req.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw requestError(`The request body is larger than ${MAX_BODY_BYTES} bytes.`, "AWS.BadParameters");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function handleApiRequest(req: Request, signedPath: string): Promise<Response> {
  const requestId = randomUUID();
  let operation = "";
  try {
    if (req.method !== "POST") throw requestError("The MTurk API takes POST requests only.", "AWS.BadParameters");
    const contentType = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (contentType !== CONTENT_TYPE) throw requestError(`Content-Type must be ${CONTENT_TYPE}.`, "AWS.BadParameters");
    const target = req.headers.get("x-amz-target") ?? "";
    const [prefix, name] = target.split(".");
    if (prefix !== TARGET_PREFIX || !name) throw requestError(`X-Amz-Target must be ${TARGET_PREFIX}.<Operation>.`, "AWS.BadParameters");
    operation = name;
    const shapes = operationShapes(name);
    const run = operations[name];
    if (!shapes || !run) throw requestError(`Unknown operation ${name}. The operations are: ${OPERATION_NAMES.join(", ")}.`, "AWS.BadParameters");

    const body = await readBody(req);
    const caller = await verifySignature({ method: req.method, path: signedPath, headers: req.headers, body });
    if (!takeToken(caller.accessKeyId)) throw new ApiError(400, "ThrottlingException", "Rate exceeded");

    let input: unknown;
    try {
      input = body.trim() === "" ? {} : JSON.parse(body);
    } catch {
      throw requestError("The request body is not valid JSON.", "AWS.BadParameters");
    }
    const problems = validateShape(shapes.input, input);
    if (problems.length > 0) {
      throw requestError(`${problems.length} validation error${problems.length > 1 ? "s" : ""} detected: ${problems.slice(0, 10).join("; ")}.`, "AWS.BadParameters");
    }
    const output = await run({ requesterId: caller.ownerId, requestId, origin: requestOrigin(req.headers) }, input as Record<string, never>);
    await touchKey(caller.accessKeyId, caller.lastUsedAt);
    return respond(200, output, requestId);
  } catch (e) {
    const error = toApiError(e);
    if (error.status >= 500) console.error(`mturk api ${operation || "?"} ${requestId}:`, e);
    return respond(error.status, errorBody(error), requestId);
  }
}
