// The AWS SDK for JavaScript pointed at the test server, exactly as a requester's script would be: only
// the endpoint differs from MTurk's. Accounts come from provision.ts against the server's own database.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { MTurkClient } from "@aws-sdk/client-mturk";
import { uniqueEmail } from "../helpers";

const serverDir = join(process.cwd(), "test-results", "e2e-server");
export const serverEnv = {
  ...process.env,
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:${join(serverDir, "e2e.db")}`,
  PIECEWORK_DATA_DIR: serverDir,
  PIECEWORK_FAST_HASH: "1",
};

function provision(args: string[]) {
  const out = execFileSync(process.execPath, [join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "e2e/api/provision.ts", ...args], { env: serverEnv, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

export type ApiRequester = { id: string; email: string; password: string; accessKeyId: string; secretAccessKey: string };

export const newRequester = (dollars = 100): ApiRequester => provision(["requester", uniqueEmail("api-req"), String(dollars)]);
export const newWorker = (): { id: string; email: string; password: string } => provision(["worker", uniqueEmail("api-wrk")]);

export const newKey = (email: string): { accessKeyId: string; secretAccessKey: string } => provision(["key", email]);
export const revokeKey = (email: string, accessKeyId: string) => provision(["revoke", email, accessKeyId]);
export const suspend = (email: string) => provision(["suspend", email]);

export function mturk(baseURL: string, who: { accessKeyId: string; secretAccessKey: string }, path = ""): MTurkClient {
  return new MTurkClient({
    endpoint: `${baseURL}${path}`,
    region: "us-east-1",
    credentials: { accessKeyId: who.accessKeyId, secretAccessKey: who.secretAccessKey },
    maxAttempts: 1,
  });
}

export const EXTERNAL_QUESTION = (url: string) =>
  `<ExternalQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd"><ExternalURL>${url}</ExternalURL><FrameHeight>400</FrameHeight></ExternalQuestion>`;

/** A hand-made, correctly signed API request, for the cases an SDK would refuse to send. */
export async function signedFetch(
  baseURL: string,
  who: { accessKeyId: string; secretAccessKey: string },
  opts: { target?: string; body: string; path?: string; contentType?: string; signingDate?: Date; secretOverride?: string },
): Promise<{ status: number; json: Record<string, unknown>; requestId: string | null; contentType: string | null }> {
  const { SignatureV4 } = await import("@smithy/signature-v4");
  const { Hash } = await import("@smithy/hash-node");
  const url = new URL(`${baseURL}${opts.path ?? "/"}`);
  const signer = new SignatureV4({
    service: "mturk-requester",
    region: "us-east-1",
    credentials: { accessKeyId: who.accessKeyId, secretAccessKey: opts.secretOverride ?? who.secretAccessKey },
    sha256: Hash.bind(null, "sha256"),
  });
  const headers: Record<string, string> = { host: url.host, "content-type": opts.contentType ?? "application/x-amz-json-1.1" };
  if (opts.target !== undefined) headers["x-amz-target"] = opts.target;
  const signed = await signer.sign(
    { method: "POST", protocol: url.protocol, hostname: url.hostname, port: Number(url.port), path: url.pathname, query: {}, headers, body: opts.body },
    { signingDate: opts.signingDate ?? new Date() },
  );
  const res = await fetch(url, { method: "POST", headers: signed.headers as Record<string, string>, body: opts.body });
  const text = await res.text();
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text);
  } catch {
    json = { notJson: text.slice(0, 200) };
  }
  return { status: res.status, json, requestId: res.headers.get("x-amzn-requestid"), contentType: res.headers.get("content-type") };
}
