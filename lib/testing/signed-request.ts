// A hand-made, correctly signed MTurk API request, for the cases an SDK would refuse to send (broken
// JSON, wrong types, a wrong secret, a stale date). Signed by Smithy's signer, the one the SDKs use.
import { SignatureV4 } from "@smithy/signature-v4";
import { Hash } from "@smithy/hash-node";

export type ApiCredentials = { accessKeyId: string; secretAccessKey: string };

export type SignedRequestOptions = {
  target?: string;
  body: string;
  path?: string;
  contentType?: string;
  signingDate?: Date;
  /** Sign with this secret instead of the key's own. */
  secretOverride?: string;
};

export async function signedApiRequest(baseURL: string, who: ApiCredentials, opts: SignedRequestOptions): Promise<Request> {
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
    { method: "POST", protocol: url.protocol, hostname: url.hostname, port: url.port ? Number(url.port) : undefined, path: url.pathname, query: {}, headers, body: opts.body },
    { signingDate: opts.signingDate ?? new Date() },
  );
  return new Request(url, { method: "POST", headers: signed.headers as Record<string, string>, body: opts.body });
}
