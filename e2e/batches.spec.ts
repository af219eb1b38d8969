// A large batch's publish progress survives a reload; the batch page charts submissions, pages its
// results, approves a selected submission and cancels the rest of the batch with its escrow released.
import { expect, test } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_REQUESTER, newPage, shot, signIn, signUp, uniqueEmail } from "./helpers";

const SENTIMENT = join("e2e", "fixtures", "mturk", "projects", "sentiment");

test("publish progress, chart, paged results, review and cancel on the batch page", async ({ browser }) => {
  test.setTimeout(480_000);
  const stamp = Date.now().toString(36);
  const title = `Batch page sentiment ${stamp}`;
  const requester = await newPage(browser);
  await signIn(requester, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
  await requester.goto("/requester/projects/new");
  await requester.getByLabel("Project name").fill(`Batch page ${stamp}`);
  await requester.getByLabel("Title").fill(title);
  await requester.getByLabel("Layout HTML").fill(readFileSync(join(SENTIMENT, "layout.html"), "utf8"));
  // A cent, once per row: 1,500 rows cost $30.00 with fees, within the demo requester's balance.
  await requester.getByLabel("Reward per assignment (USD)").fill("0.01");
  await requester.getByLabel("Assignments per HIT").fill("1");
  await requester.getByRole("button", { name: "Save project" }).click();
  await expect(requester.getByText("Project saved.")).toBeVisible();

  // 1,500 rows: long enough to see the progress the database records (three staging chunks), short enough
  // that cancelling (one expiry transaction per HIT) finishes while other specs share the machine.
  const file = join(mkdtempSync(join(tmpdir(), "piecework-e2e-")), "big.csv");
  writeFileSync(file, "text,source\n" + Array.from({ length: 1500 }, (_, i) => `Text number ${i},e2e`).join("\n"));
  await requester.getByRole("link", { name: "Publish a batch" }).click();
  await requester.getByLabel("CSV file").setInputFiles(file);
  await expect(requester.getByText("1,500 rows, columns: text, source")).toBeVisible({ timeout: 30_000 });
  await requester.getByRole("button", { name: "Publish 1,500 HITs" }).click();
  await expect(requester).toHaveURL(/\/requester\/batches\/[A-Z0-9]{30}\?notice=batch-publishing/, { timeout: 60_000 });
  const batchUrl = requester.url().replace(/\?.*$/, "");
  const progress = requester.getByRole("progressbar");
  if (await progress.isVisible()) {
    await shot(requester, "batches-01-publishing");
    await requester.reload();
  }
  // Polled until done, reload or not.
  await expect(requester.getByText("Batch published")).toBeVisible({ timeout: 120_000 });
  await expect(requester.getByText("Page 1 of 30")).toBeVisible();

  // A worker answers row 1.
  const worker = await newPage(browser);
  await signUp(worker, { name: "Bea Batch", email: uniqueEmail("batchpage"), password: "a long worker passphrase", work: true, post: false });
  await worker.goto(`/work?q=${encodeURIComponent(title)}`);
  await worker.getByRole("link", { name: title, exact: true }).click();
  await worker.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(worker).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}$/);
  const frame = worker.frameLocator("iframe");
  await frame.getByLabel("Positive").check();
  await frame.getByRole("button", { name: "Submit" }).click();
  await expect(worker).toHaveURL(/\/work\/assignments\?submitted=1$/);

  // The batch list: progress and the chart across batches, with its text summary.
  await requester.goto("/requester/batches?bucket=hour");
  await expect(requester.getByText(/submissions? in the last 48 hours; busiest hour/)).toBeVisible();
  await shot(requester, "batches-02-list");

  // Approve the selected submission; then cancel the rest.
  await requester.goto(batchUrl);
  await expect(requester.getByText("1 to review")).toBeVisible();
  await requester.getByRole("checkbox", { name: /Select row \d+/ }).check();
  await shot(requester, "batches-03-review");
  await requester.getByRole("button", { name: "Apply to selected" }).click();
  await expect(requester.getByText("1 submission approved and paid.")).toBeVisible();
  await requester.getByRole("button", { name: "Cancel the rest of the batch" }).click();
  await requester.getByRole("button", { name: "Cancel the batch" }).click();
  await expect(requester.getByText("Batch cancelled")).toBeVisible({ timeout: 60_000 });
  // The HITs expire after the response; the page polls until every open assignment is closed.
  await expect(requester.getByText(/to review, 0 remaining$/)).toBeVisible({ timeout: 180_000 });
  await shot(requester, "batches-04-cancelled");
});
