// Where the endpoint and keys come from, first found wins: the -endpoint/-accesskey/-secretkey options,
// the environment (PIECEWORK_ENDPOINT and the AWS SDK's own AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, so
// a shell set up for boto3 works), then ~/.piecework/config with key=value lines.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { MTurkClient } from "@aws-sdk/client-mturk";
import { UsageError, type OptionSpec, type ParsedArgs } from "./args";
import { parseProperties } from "./properties";

export const CONNECTION_OPTIONS: OptionSpec[] = [
  { name: "endpoint", value: "url", help: "Piecework's URL (or PIECEWORK_ENDPOINT, or endpoint= in ~/.piecework/config)" },
  { name: "accesskey", value: "id", help: "API access key id (or AWS_ACCESS_KEY_ID, or accesskey=)" },
  { name: "secretkey", value: "secret", help: "API secret key (or AWS_SECRET_ACCESS_KEY, or secretkey=)" },
];

/** Only the variables the CLI reads; tests pass a few. */
export type Env = Record<string, string | undefined>;

export type Connection = { endpoint: string; accessKeyId: string; secretAccessKey: string };

export function configPath(env: Env): string {
  return join(env.HOME || homedir(), ".piecework", "config");
}

export function resolveConnection(args: ParsedArgs, env: Env): Connection {
  const file = configPath(env);
  // The same parser as the properties files: it also takes key=value, comments and blank lines.
  const config = existsSync(file) ? parseProperties(readFileSync(file, "utf8")) : new Map<string, string>();
  const pick = (option: string, envName: string, ...keys: string[]) =>
    args.get(option) || env[envName] || keys.map((k) => config.get(k)).find(Boolean);
  const endpoint = pick("endpoint", "PIECEWORK_ENDPOINT", "endpoint", "service_url");
  const accessKeyId = pick("accesskey", "AWS_ACCESS_KEY_ID", "accesskey", "access_key", "aws_access_key_id");
  const secretAccessKey = pick("secretkey", "AWS_SECRET_ACCESS_KEY", "secretkey", "secret_key", "aws_secret_access_key");
  const missing = [!endpoint && "the endpoint (-endpoint)", !accessKeyId && "the access key (-accesskey)", !secretAccessKey && "the secret key (-secretkey)"].filter(Boolean);
  if (missing.length > 0) throw new UsageError(`Piecework needs ${missing.join(", ")}: give the option, set the environment, or write ${file}`);
  return { endpoint: endpoint!.replace(/\/+$/, ""), accessKeyId: accessKeyId!, secretAccessKey: secretAccessKey! };
}

export function clientFor(c: Connection): MTurkClient {
  // Any region signs correctly for Piecework; us-east-1 is MTurk's own.
  return new MTurkClient({ endpoint: c.endpoint, region: "us-east-1", credentials: { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey } });
}
