// The real AWS SDK for JavaScript wired to the API handler in this process, for database tests of the
// API face: every request is signed by the SDK, verified, validated and answered by the same code as
// the server's, without starting one. (The browser suite in e2e/api calls a real production server.)
import { MTurkClient } from "@aws-sdk/client-mturk";
import type { HttpHandler, HttpRequest } from "@smithy/protocol-http";
import { handleApiRequest } from "@/lib/api/handler";
import { createApiKey } from "@/lib/api/keys";
import { TARGET_PREFIX, operationShapes, validateShape } from "@/lib/api/model";

class InProcessHandler {
  async handle(request: HttpRequest) {
    const query = new URLSearchParams(request.query as Record<string, string>).toString();
    const url = `http://${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}${query ? `?${query}` : ""}`;
    const req = new Request(url, { method: request.method, headers: request.headers, body: request.body as string | undefined });
    const res = await handleApiRequest(req, request.path);
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k] = v));
    const body = new Uint8Array(await res.arrayBuffer());
    // The SDK silently drops members it does not know, so every answer is checked against the model
    // here: names, types and nesting exactly as MTurk's.
    const operation = String(request.headers["x-amz-target"] ?? "").replace(`${TARGET_PREFIX}.`, "");
    if (res.status === 200) {
      const problems = validateShape(operationShapes(operation)!.output, JSON.parse(new TextDecoder().decode(body)), "", true);
      if (problems.length > 0) throw new Error(`${operation} answered outside the model: ${problems.join("; ")}`);
    }
    return { response: { statusCode: res.status, headers, body } };
  }
  updateHttpClientConfig() {}
  httpHandlerConfigs() {
    return {};
  }
}

/** An SDK client signed with a new key of this requester. */
export async function apiClientFor(requesterId: string): Promise<MTurkClient> {
  const key = await createApiKey(requesterId, "test");
  return new MTurkClient({
    endpoint: "http://piecework.test",
    region: "us-east-1",
    credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
    requestHandler: new InProcessHandler() as unknown as HttpHandler,
    maxAttempts: 1,
  });
}
