// The requester tools people already have: Debian's boto3 and AWS CLI, pointed at the test server with
// nothing changed but the endpoint. (scripts/test.mjs installs them, or says why this spec is left out.)
import { test, expect } from "@playwright/test";
import { execFileSync, spawnSync } from "node:child_process";
import { newRequester } from "./sdk";

test("boto3 and the AWS CLI work against Piecework with only the endpoint changed", async ({ baseURL }) => {
  const r = await newRequester(20);
  const env = { ...process.env, AWS_ACCESS_KEY_ID: r.accessKeyId, AWS_SECRET_ACCESS_KEY: r.secretAccessKey, AWS_DEFAULT_REGION: "us-east-1", TOKEN: `boto-${Date.now()}` };

  const out = JSON.parse(execFileSync("/usr/bin/python3", ["e2e/api/boto3_roundtrip.py", baseURL!], { env, encoding: "utf8" }).trim());
  expect(out.balance).toBe("20.00");
  expect(out.hit).toMatchObject({ status: "Assignable", lifetime: 3600 });
  expect(out.got).toBe("Transcribe a receipt");
  expect(out.repeat.code).toBe("RequestError");
  expect(out.repeat.message).toContain(out.hit.id);
  expect(out.missing).toMatch(/NOSUCHHIT does not exist/);

  const cli = (args: string[]) => spawnSync("/usr/bin/aws", ["mturk", ...args, "--endpoint-url", `${baseURL}/api/mturk`, "--output", "json"], { env, encoding: "utf8" });
  const balance = cli(["get-account-balance"]);
  expect(balance.status, balance.stderr).toBe(0);
  // 2 × ($0.15 + $0.03 fee) held for the HIT boto3 made.
  expect(JSON.parse(balance.stdout)).toEqual({ AvailableBalance: "19.64", OnHoldBalance: "0.36" });
  const hit = cli(["get-hit", "--hit-id", out.hit.id]);
  expect(JSON.parse(hit.stdout).HIT.NumberOfAssignmentsAvailable).toBe(2);
  const bad = spawnSync("/usr/bin/aws", ["mturk", "get-account-balance", "--endpoint-url", baseURL!], { env: { ...env, AWS_SECRET_ACCESS_KEY: "wrong-secret" }, encoding: "utf8" });
  expect(bad.status).not.toBe(0);
  expect(bad.stderr).toMatch(/RequestError.*signature we calculated does not match/s);
});
