// The AWS SDK for JavaScript pointed at the test server, exactly as a requester's script would be: only
// the endpoint differs from MTurk's. Accounts are made in this process through the same domain
// functions the pages use, on the server's own database and data directory (so keys are sealed alike).
import { join } from "node:path";
import { MTurkClient } from "@aws-sdk/client-mturk";
import { uniqueEmail } from "../helpers";
import { signedApiRequest, type ApiCredentials, type SignedRequestOptions } from "@/lib/testing/signed-request";

const serverDir = join(process.cwd(), "test-results", "e2e-server");
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:${join(serverDir, "e2e.db")}`;
process.env.PIECEWORK_DATA_DIR = serverDir;
process.env.PIECEWORK_FAST_HASH = "1";

const PASSWORD = "api-test-password-1";

export type ApiRequester = { id: string; email: string; password: string; accessKeyId: string; secretAccessKey: string };

/** A requester with `dollars` deposited (approved by the demo admin) and an API key. */
export async function newRequester(dollars = 100): Promise<ApiRequester> {
  const { createUser } = await import("@/lib/auth/users");
  const { requestDeposit, approveDeposit } = await import("@/lib/money/deposits");
  const { createApiKey } = await import("@/lib/api/keys");
  const { db } = await import("@/lib/db/client");
  const email = uniqueEmail("api-req");
  const user = await createUser({ email, password: PASSWORD, name: `API ${email.split("@")[0]}`, isRequester: true });
  if (dollars > 0) {
    const admin = await db.user.findFirstOrThrow({ where: { isAdmin: true } });
    const deposit = await requestDeposit(user.id, Math.round(dollars * 100), "API test funds");
    await approveDeposit(admin.id, deposit.id);
  }
  const key = await createApiKey(user.id, "API tests");
  return { id: user.id, email, password: PASSWORD, accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey };
}

export async function newWorker(): Promise<{ id: string; email: string; password: string }> {
  const { createUser } = await import("@/lib/auth/users");
  const email = uniqueEmail("api-wrk");
  const user = await createUser({ email, password: PASSWORD, name: `Worker ${email.split("@")[0]}`, isWorker: true });
  return { id: user.id, email, password: PASSWORD };
}

async function userId(email: string): Promise<string> {
  const { db } = await import("@/lib/db/client");
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

export async function newKey(email: string): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  const { createApiKey } = await import("@/lib/api/keys");
  return createApiKey(await userId(email), "API tests");
}

export async function revokeKey(email: string, accessKeyId: string): Promise<void> {
  const { revokeApiKey } = await import("@/lib/api/keys");
  await revokeApiKey(await userId(email), accessKeyId);
}

export async function suspend(email: string): Promise<void> {
  const { db } = await import("@/lib/db/client");
  await db.user.update({ where: { email }, data: { status: "Suspended" } });
}

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
  who: ApiCredentials,
  opts: SignedRequestOptions,
): Promise<{ status: number; json: Record<string, unknown>; requestId: string | null; contentType: string | null }> {
  const res = await fetch(await signedApiRequest(baseURL, who, opts));
  const text = await res.text();
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text);
  } catch {
    json = { notJson: text.slice(0, 200) };
  }
  return { status: res.status, json, requestId: res.headers.get("x-amzn-requestid"), contentType: res.headers.get("content-type") };
}
