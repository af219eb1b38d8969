// The piecework command as an analyst runs it: a child process of bin/piecework.mjs against the real
// server, configured from ~/.piecework/config (a temporary HOME), on the legacy sentiment fixture.
import { test, expect } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newRequester } from "./sdk";

const fixtures = join(process.cwd(), "e2e/fixtures/mturk/clt");
const launcher = join(process.cwd(), "bin/piecework.mjs");

test("loadHITs loads the legacy fixture once, however often it runs, and getBalance shows the escrow", async ({ baseURL }) => {
  const r = await newRequester(50);
  const home = mkdtempSync(join(tmpdir(), "pw-cli-home-"));
  mkdirSync(join(home, ".piecework"));
  writeFileSync(join(home, ".piecework", "config"), `endpoint=${baseURL}\naccesskey=${r.accessKeyId}\nsecretkey=${r.secretAccessKey}\n`);
  const work = mkdtempSync(join(tmpdir(), "pw-cli-work-"));
  const env = { ...process.env, HOME: home, AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "", PIECEWORK_ENDPOINT: "" };
  const piecework = (...args: string[]) => spawnSync(process.execPath, [launcher, ...args], { cwd: work, env, encoding: "utf8" });
  const load = () =>
    piecework("loadHITs", "-input", join(fixtures, "sentiment.input"), "-question", join(fixtures, "sentiment.question"), "-properties", join(fixtures, "sentiment.properties"), "-label", "sentiment");

  const first = load();
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toContain("5 HITs created, 0 already loaded, 0 failed");
  const success = readFileSync(join(work, "sentiment.success"), "utf8");
  expect(success.split("\n")[0]).toBe("hitid\thittypeid\ttext\tsource");
  expect(success.trim().split("\n")).toHaveLength(6);

  const balance = piecework("getBalance");
  expect(balance.status, balance.stderr).toBe(0);
  // 5 HITs × 3 assignments × ($0.05 + $0.01 fee) held.
  expect(balance.stdout).toBe("Your account balance: $49.10\nOn hold for open HITs: $0.90\n");
  expect(balance.stderr).toBe("");

  const again = load();
  expect(again.status, again.stderr).toBe(0);
  expect(again.stdout).toContain("0 HITs created, 5 already loaded, 0 failed");
  expect(readFileSync(join(work, "sentiment.success"), "utf8")).toBe(success);
  expect(piecework("getBalance").stdout).toContain("$49.10");

  const results = piecework("getResults", "-successfile", "sentiment.success");
  expect(results.status, results.stderr).toBe(0);
  expect(results.stdout.split("\n")[0]).toMatch(/^hitid\thittypeid\ttitle\t.*\tApprove\tReject$/);

  const wrongKey = piecework("getBalance", "-secretkey", "not-the-secret");
  expect(wrongKey.status).toBe(1);
  expect(wrongKey.stderr).toMatch(/piecework getBalance failed: .*signature/i);
});
