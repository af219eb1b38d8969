// The requester's qualification pages in real Chromium: create a type with a test and answer key loaded
// from files, meet the unique-name rule, grant one worker, grant from a CSV file (with a bad line
// reported), revoke with a reason, and another requester gets the 404 page for the type.
import { test, expect as baseExpect } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_REQUESTER, newPage, shot, signIn, signUp, uniqueEmail } from "./helpers";

// Each step is a server action and a re-render; on a busy 2-core machine that can take longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

const fixtures = join(process.cwd(), "e2e/fixtures/mturk/qualifications");

test("a requester creates a qualification type with a test, grants it one by one and from a CSV file, and revokes it", async ({ browser }) => {
  test.setTimeout(240_000);
  const name = `English grammar ${Date.now().toString(36)}`;
  const page = await newPage(browser);
  await signIn(page, DEMO_REQUESTER.email, DEMO_REQUESTER.password);

  // The seed's workers submitted work for this requester, so their ids are on the Workers page.
  await page.goto("/requester/workers");
  const idOf = async (worker: string) => (await page.getByRole("listitem", { name: worker }).locator(".font-mono").first().textContent())!.trim();
  const wren = await idOf("Wren Worker");
  const sam = await idOf("Sam Lee");

  await page.getByRole("navigation", { name: "Section" }).getByRole("link", { name: /^Qualifications/ }).first().click();
  await page.getByRole("link", { name: "New qualification type" }).first().click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description").fill("Four grammar questions.");
  await page.getByLabel("Workers take a test").check();
  await page.getByLabel("Load the test from a file").setInputFiles(join(fixtures, "english-test.xml"));
  await expect(page.getByLabel("Test (QuestionForm XML)")).toHaveValue(/<QuestionForm/);
  await page.getByLabel("Test duration (minutes)").fill("15");
  await page.getByLabel("Load the answer key from a file").setInputFiles(join(fixtures, "english-answerkey.xml"));
  await page.getByLabel("Retry delay (minutes)").fill("1440");
  await page.getByRole("button", { name: "Create qualification type" }).click();
  await expect(page).toHaveURL(/\/requester\/qualifications\/[A-Z0-9]{30}\?notice=qualification-created$/);
  const typeUrl = page.url().split("?")[0];
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Test, scored by its answer key").first()).toBeVisible();

  // Names are unique per requester: the domain's refusal shows on the field, nothing is created.
  await page.goto("/requester/qualifications/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description").fill("Again");
  await page.getByRole("button", { name: "Create qualification type" }).click();
  await expect(page.getByText("You already have a qualification type with this name")).toBeVisible();
  await expect(page).toHaveURL(/\/new$/);

  // Grant Wren by id, then a file: Sam is granted, a bad id is reported on its line.
  await page.goto(typeUrl);
  await page.getByLabel("Worker id").fill(wren);
  await page.getByRole("textbox", { name: "Value", exact: true }).fill("75");
  await page.getByRole("button", { name: "Grant", exact: true }).click();
  await expect(page.getByText("Qualification granted.")).toBeVisible();
  const csv = join(process.cwd(), "test-results", "qualification-grants.csv");
  writeFileSync(csv, `\uFEFFworkerid,Value\n${sam},60\n\nnobody,5\n`);
  await page.getByLabel("CSV file of workers").setInputFiles(csv);
  await page.getByRole("button", { name: "Grant from file" }).click();
  const results = page.getByRole("table", { name: "Result of each line of the file" });
  await expect(results.getByRole("row", { name: new RegExp(`^2 ${sam} Granted`) })).toBeVisible();
  await expect(results.getByRole("row", { name: /^4 nobody Error A worker id starts with "A"/ })).toBeVisible();
  await shot(page, "qualifications-bulk-grant");

  // Revoke Sam with a reason; the holders table shows it.
  await page.reload();
  await page.getByRole("button", { name: "Revoke Sam Lee's qualification" }).click();
  await page.getByRole("dialog").getByLabel("Reason (the worker sees it)").fill("Too many mistakes lately.");
  await page.getByRole("dialog").getByRole("button", { name: "Revoke", exact: true }).click();
  await expect(page.getByText("Qualification revoked.")).toBeVisible();
  const holders = page.getByRole("table", { name: "Workers granted this qualification" });
  await expect(holders.getByRole("row", { name: /Sam Lee .* Revoked .* Too many mistakes lately\./ })).toBeVisible();
  await expect(holders.getByRole("row", { name: /Wren Worker .* 75 Granted/ })).toBeVisible();

  // Another requester neither sees the type nor lists it.
  const other = await newPage(browser);
  await signUp(other, { name: "Other Requester", email: uniqueEmail("qual-other"), password: "other requester passphrase", work: false, post: true });
  await other.goto(typeUrl);
  await expect(other.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  await other.goto("/requester/qualifications");
  await expect(other.getByText("No qualification types yet")).toBeVisible();
});
