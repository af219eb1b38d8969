// A project from a starter template, a batch published from the sentiment CSV, one HIT worked in its
// sandboxed frame, and the results on the batch page and in the CSV; another requester sees none of it.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_REQUESTER, newPage, shot, signIn, signUp, uniqueEmail } from "./helpers";

const SENTIMENT = join("e2e", "fixtures", "mturk", "projects", "sentiment");

test("a project becomes a batch of HITs, a worker answers one, and the results come back", async ({ browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const title = `Sentiment of short texts ${stamp}`;
  const requester = await newPage(browser);
  await signIn(requester, DEMO_REQUESTER.email, DEMO_REQUESTER.password);

  // The editor: the fixture's layout, its placeholders, and a live preview filled from the sample row.
  await requester.goto("/requester/projects/new");
  await requester.getByLabel("Project name").fill(`Sentiment ${stamp}`);
  await requester.getByLabel("Title").fill(title);
  await requester.getByLabel("Layout HTML").fill(readFileSync(join(SENTIMENT, "layout.html"), "utf8"));
  await expect(requester.getByText("Your CSV needs these columns:")).toBeVisible();
  await requester.getByRole("textbox", { name: "text", exact: true }).fill("Great <b>value</b> & fast");
  const preview = requester.frameLocator('iframe[title="Preview of one HIT"]');
  await expect(preview.getByText("Great <b>value</b> & fast")).toBeVisible();
  await expect(preview.getByRole("button", { name: "Accept the HIT to submit" })).toBeDisabled();
  await shot(requester, "projects-01-editor");
  await requester.getByRole("button", { name: "Save project" }).click();
  await expect(requester.getByText("Project saved.")).toBeVisible();

  // Upload, preview (first rows filled, cost), publish.
  await requester.getByRole("link", { name: "Publish a batch" }).click();
  await requester.getByLabel("CSV file").setInputFiles(join(SENTIMENT, "rows.csv"));
  await expect(requester.getByText("20 rows, columns: text, source")).toBeVisible();
  await expect(requester.frameLocator('iframe[title="Preview of row 1"]').getByText("I love this phone")).toBeVisible();
  await expect(requester.getByLabel("Cost").getByText("$7.20")).toBeVisible();
  await shot(requester, "projects-02-batch-preview");
  await requester.getByRole("button", { name: "Publish 20 HITs" }).click();
  await expect(requester.getByText("Batch published")).toBeVisible({ timeout: 30_000 });
  const batchUrl = requester.url().replace(/\?.*$/, "");

  // A worker previews the group and does one HIT in the frame; the row's markup is shown as text.
  const worker = await newPage(browser);
  await signUp(worker, { name: "Sam Sentiment", email: uniqueEmail("sentiment"), password: "a long worker passphrase", work: true, post: false });
  await worker.goto(`/work?q=${encodeURIComponent(title)}`);
  await worker.getByRole("link", { name: title, exact: true }).click();
  const frame = worker.frameLocator("iframe");
  await expect(frame.getByRole("heading", { name: "What is the sentiment of this text?" })).toBeVisible();
  await expect(frame.getByRole("button", { name: "Accept the HIT to submit" })).toBeDisabled();
  await worker.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(worker).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}$/);
  await frame.getByLabel("Positive").check();
  await frame.getByLabel("Anything we should know? (optional)").fill("Clear, happy review");
  await shot(worker, "projects-03-task");
  await frame.getByRole("button", { name: "Submit" }).click();
  await expect(worker).toHaveURL(/\/work\/assignments\?submitted=1$/);

  // The requester's batch page and CSV carry the inputs and the answers.
  await requester.goto(batchUrl);
  await expect(requester.getByRole("cell", { name: "Clear, happy review" })).toBeVisible();
  await expect(requester.getByText("1 to review")).toBeVisible();
  await shot(requester, "projects-04-batch");
  const csv = await requester.request.get(`${batchUrl}/results.csv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Input.text");
  expect(text).toContain("Answer.sentiment");
  expect(text).toContain("Clear, happy review");

  // Another requester: the batch and its CSV do not exist for them.
  const other = await newPage(browser);
  await signUp(other, { name: "Other Requester", email: uniqueEmail("other-req"), password: "another long passphrase", work: false, post: true });
  // The page streams (app/requester/loading.tsx), so its status is sent before notFound(); the page says it.
  await other.goto(batchUrl);
  await expect(other.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  expect((await other.request.get(`${batchUrl}/results.csv`)).status()).toBe(404);
});
