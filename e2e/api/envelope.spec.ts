// The API's envelope, as the AWS SDK and raw HTTP see it: both addresses, the JSON 1.1 error shapes,
// every class of bad input, and every Signature Version 4 failure. Nothing here may return HTML or a 500.
import { test, expect } from "@playwright/test";
import { CreateHITCommand, GetAccountBalanceCommand, GetHITCommand } from "@aws-sdk/client-mturk";
import { shot } from "../helpers";
import { EXTERNAL_QUESTION, mturk, newRequester, revokeKey, newKey, signedFetch, suspend } from "./sdk";

const TARGET = "MTurkRequesterServiceV20170117";
const hitInput = (token?: string) => ({
  Title: "Check a receipt total",
  Description: "Read the receipt and type the total.",
  Keywords: "receipt, data entry",
  Reward: "0.25",
  MaxAssignments: 2,
  LifetimeInSeconds: 3600,
  AssignmentDurationInSeconds: 300,
  Question: EXTERNAL_QUESTION("https://example.com/task"),
  RequesterAnnotation: "batch-7",
  ...(token ? { UniqueRequestToken: token } : {}),
});

test("the SDK works at the site root, /api/mturk and /api/mturk/, and creates HITs once per token", async ({ baseURL }) => {
  const a = await newRequester(50);
  for (const path of ["", "/api/mturk", "/api/mturk/"]) {
    const balance = await mturk(baseURL!, a, path).send(new GetAccountBalanceCommand({}));
    expect(balance.AvailableBalance).toBe("50.00");
    expect(balance.OnHoldBalance).toBe("0.00");
  }
  const client = mturk(baseURL!, a);
  const created = await client.send(new CreateHITCommand(hitInput()));
  const hit = created.HIT!;
  expect(hit).toMatchObject({ Title: "Check a receipt total", Reward: "0.25", MaxAssignments: 2, HITStatus: "Assignable", NumberOfAssignmentsAvailable: 2, NumberOfAssignmentsPending: 0, NumberOfAssignmentsCompleted: 0, RequesterAnnotation: "batch-7", AutoApprovalDelayInSeconds: 259200 });
  // Epoch seconds on the wire, so the SDK gives real dates: an hour from creation.
  expect(hit.Expiration!.getTime() - hit.CreationTime!.getTime()).toBe(3600_000);
  expect(Math.abs(hit.CreationTime!.getTime() - Date.now())).toBeLessThan(60_000);
  const got = await client.send(new GetHITCommand({ HITId: hit.HITId }));
  expect(got.HIT).toEqual(hit);
  const balance = await client.send(new GetAccountBalanceCommand({}));
  // 2 × ($0.25 + 20% fee, at least $0.01) = $0.60 held in escrow.
  expect(balance).toMatchObject({ AvailableBalance: "49.40", OnHoldBalance: "0.60" });

  // The same UniqueRequestToken, sent twice at once and once more after: one HIT, and MTurk's error naming it.
  const token = `tok-${Date.now()}`;
  const results = await Promise.allSettled([0, 1, 2].map(() => client.send(new CreateHITCommand(hitInput(token)))));
  const ok = results.filter((r) => r.status === "fulfilled");
  expect(ok).toHaveLength(1);
  const firstId = (ok[0] as PromiseFulfilledResult<{ HIT?: { HITId?: string } }>).value.HIT!.HITId!;
  for (const r of results.filter((r) => r.status === "rejected")) {
    const e = (r as PromiseRejectedResult).reason;
    expect(e.name).toBe("RequestError");
    expect(e.TurkErrorCode).toBe("AWS.MechanicalTurk.HitAlreadyExists");
    expect(e.message).toContain(firstId);
  }
  const again = await client.send(new CreateHITCommand(hitInput(token))).catch((e) => e);
  expect(again.name).toBe("RequestError");
  expect(again.message).toContain(firstId);
  expect((await client.send(new GetAccountBalanceCommand({}))).OnHoldBalance).toBe("1.20");
});

test("bad input is a RequestError in JSON, never HTML or a 500", async ({ baseURL }) => {
  const a = await newRequester(10);
  const cases: { name: string; target?: string; body: string; contentType?: string; message: RegExp }[] = [
    { name: "malformed JSON", target: `${TARGET}.GetAccountBalance`, body: "{not json", message: /not valid JSON/ },
    { name: "wrong content type", target: `${TARGET}.GetAccountBalance`, body: "{}", contentType: "application/json", message: /Content-Type/ },
    { name: "no target", body: "{}", message: /X-Amz-Target/ },
    { name: "unknown operation", target: `${TARGET}.LaunchRockets`, body: "{}", message: /Unknown operation LaunchRockets/ },
    { name: "missing field", target: `${TARGET}.GetHIT`, body: "{}", message: /HITId is required/ },
    { name: "mistyped field", target: `${TARGET}.CreateHIT`, body: JSON.stringify({ ...hitInput(), MaxAssignments: "three" }), message: /MaxAssignments must be a whole number/ },
    { name: "bad pattern", target: `${TARGET}.CreateHIT`, body: JSON.stringify({ ...hitInput(), Reward: "$1" }), message: /Reward must match/ },
    { name: "out of MTurk's limits", target: `${TARGET}.CreateHIT`, body: JSON.stringify({ ...hitInput(), Title: "x".repeat(129) }), message: /at most 128/ },
    { name: "oversized body", target: `${TARGET}.CreateHIT`, body: JSON.stringify({ ...hitInput(), Question: "x".repeat(1_100_000) }), message: /larger than/ },
  ];
  for (const c of cases) {
    const res = await signedFetch(baseURL!, a, { path: "/api/mturk", target: c.target, body: c.body, contentType: c.contentType });
    expect(res.status, c.name).toBe(400);
    expect(res.contentType, c.name).toBe("application/x-amz-json-1.1");
    expect(res.requestId, c.name).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.json.__type, c.name).toBe("RequestError");
    expect(String(res.json.Message), c.name).toMatch(c.message);
  }
  // None of it cost anything or made a HIT.
  const balance = await mturk(baseURL!, a).send(new GetAccountBalanceCommand({}));
  expect(balance).toMatchObject({ AvailableBalance: "10.00", OnHoldBalance: "0.00" });
});

test("Signature Version 4: every failure is refused, and a key reads only its own requester's HITs", async ({ baseURL }) => {
  const a = await newRequester(10);
  const body = "{}";
  const target = `${TARGET}.GetAccountBalance`;
  const expectRefused = async (name: string, res: Awaited<ReturnType<typeof signedFetch>>, message: RegExp) => {
    expect(res.status, name).toBe(400);
    expect(res.json.__type, name).toBe("RequestError");
    expect(String(res.json.Message), name).toMatch(message);
  };
  expect((await signedFetch(baseURL!, a, { target, body })).status).toBe(200);
  await expectRefused("wrong secret", await signedFetch(baseURL!, a, { target, body, secretOverride: "x".repeat(40) }), /signature we calculated does not match/);
  await expectRefused("unknown key", await signedFetch(baseURL!, { ...a, accessKeyId: "AKPWNOSUCHKEY0000000" }, { target, body }), /not a valid Piecework API key/);
  await expectRefused("20 minutes old", await signedFetch(baseURL!, a, { target, body, signingDate: new Date(Date.now() - 20 * 60_000) }), /more than 15 minutes/);
  const unsigned = await fetch(`${baseURL}/api/mturk`, { method: "POST", headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": target }, body });
  expect(unsigned.status).toBe(400);
  expect((await unsigned.json()).Message).toMatch(/not signed/);

  const second = await newKey(a.email);
  await revokeKey(a.email, a.accessKeyId);
  await expectRefused("revoked key", await signedFetch(baseURL!, a, { target, body }), /revoked/);
  expect((await signedFetch(baseURL!, second, { target, body })).status).toBe(200);

  // Requester B's key cannot read A's HIT; it is "not found", not "forbidden", so ids are not confirmed.
  const created = await mturk(baseURL!, second).send(new CreateHITCommand(hitInput()));
  const b = await newRequester(10);
  const err = await mturk(baseURL!, b).send(new GetHITCommand({ HITId: created.HIT!.HITId })).catch((e) => e);
  expect(err.name).toBe("RequestError");
  expect(err.TurkErrorCode).toBe("AWS.MechanicalTurk.HITDoesNotExist");

  await suspend(a.email);
  await expectRefused("suspended account", await signedFetch(baseURL!, second, { target, body }), /suspended/);
});

test("a key made on the API keys page works with the SDK until it is revoked there", async ({ page, baseURL }) => {
  const r = await newRequester(5);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(r.email);
  await page.getByLabel("Password").fill(r.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/requester/);
  await page.getByRole("link", { name: "API keys" }).click();
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();
  await expect(page.getByText(`${baseURL}`, { exact: true }).first()).toBeVisible();
  await page.getByLabel("Label (optional)").fill("page-made key");
  await page.getByRole("button", { name: "Create key" }).click();
  const accessKeyId = (await page.getByLabel("Access key id", { exact: true }).textContent())!.trim();
  const secretAccessKey = (await page.getByLabel("Secret access key", { exact: true }).textContent())!.trim();
  await shot(page, "api-keys-created");
  const client = mturk(baseURL!, { accessKeyId, secretAccessKey });
  expect((await client.send(new GetAccountBalanceCommand({}))).AvailableBalance).toBe("5.00");

  await page.reload();
  await expect(page.getByLabel("Secret access key", { exact: true })).toHaveCount(0); // shown once only
  const row = page.getByRole("row", { name: new RegExp(accessKeyId) });
  await expect(row).toContainText("page-made key");
  await row.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByText("Key revoked.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(accessKeyId) })).toContainText("Revoked");
  const err = await client.send(new GetAccountBalanceCommand({})).catch((e) => e);
  expect(err.name).toBe("RequestError");
  expect(err.message).toMatch(/revoked/);
});
