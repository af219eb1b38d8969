// A project from a starter template, a batch published from the sentiment CSV, HITs worked in their
// sandboxed frame by two workers (the <script> row shown as text), the results on the batch page and in
// the CSV (the row intact), review by uploading the marked CSV with the money it moved as the requester
// and the workers see it, and the workers file; another requester sees none of it.
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { newPage, shot, signIn, signUp, uniqueEmail } from "./helpers";
import { newRequester, newWorker } from "./api/sdk";

const SCRIPT_ROW = "<script>alert('xss')</script> best deal ever!!!";

/** A figure of a StatGrid (dt label, dd value) in cents. */
async function statCents(page: Page, label: string): Promise<number> {
  const text = await page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]").innerText();
  return Math.round(Number(text.replace(/[^0-9.]/g, "")) * 100);
}

/** Works HITs of the group with Accept & work, answering each from its text, until `done` says stop; returns the texts answered. */
async function workThrough(worker: Page, groupUrl: string, done: (texts: string[]) => boolean): Promise<string[]> {
  await worker.goto(groupUrl);
  await worker.getByRole("button", { name: "Accept & work" }).click();
  const frame = worker.frameLocator("iframe");
  const texts: string[] = [];
  let previous = "";
  while (!done(texts)) {
    await expect(worker).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}\?chain=1$/);
    await expect(worker).not.toHaveURL(previous);
    previous = worker.url();
    const text = await frame.locator("blockquote.text").innerText();
    const spam = text === SCRIPT_ROW;
    await frame.getByLabel(spam ? "Negative" : "Positive").check();
    if (spam) {
      // The row's markup is text on the worker's page, not markup.
      await expect(frame.getByText(SCRIPT_ROW)).toBeVisible();
      await frame.getByLabel("Anything we should know? (optional)").fill('Spam, "quoted" <b>not bold</b>');
      await shot(worker, "projects-05-script-row");
    }
    await frame.getByRole("button", { name: "Submit" }).click();
    texts.push(text);
    if (texts.length > 20) throw new Error("worked the whole batch without meeting the <script> row");
  }
  await expect(worker).not.toHaveURL(previous);
  return texts;
}

const SENTIMENT = join("e2e", "fixtures", "mturk", "projects", "sentiment");

test("a project becomes a batch of HITs, a worker answers one, and the results come back", async ({ browser }) => {
  test.setTimeout(420_000);
  const stamp = Date.now().toString(36);
  const title = `Sentiment of short texts ${stamp}`;
  const requester = await newPage(browser);
  // Its own requester and second worker (not the demo ones), so balances other specs move at the same
  // time cannot disturb the sums checked below.
  const owner = await newRequester(100);
  await signIn(requester, owner.email, owner.password);

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
  const groupUrl = worker.url();
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
  await other.close();

  // Sam works on until they have answered the <script> row; the demo worker does two HITs.
  const samTexts = await workThrough(worker, groupUrl, (t) => t.includes(SCRIPT_ROW));
  const demo = await newPage(browser);
  const second = await newWorker();
  await signIn(demo, second.email, second.password);
  await workThrough(demo, groupUrl, (t) => t.length === 2);
  const samCount = samTexts.length + 1;

  // Balances before the review, as the requester and the workers see them.
  await requester.goto("/requester/funds");
  const before = { available: await statCents(requester, "Available"), escrow: await statCents(requester, "On hold \\(escrow\\)") };
  await demo.goto("/work/dashboard");
  const demoBefore = await statCents(demo, "Approved earnings");

  // The results CSV: MTurk's columns, the <script> row intact, every submission.
  const results = parse(await (await requester.request.get(`${batchUrl}/results.csv`)).text(), { bom: true, columns: true }) as Record<string, string>[];
  expect(Object.keys(results[0])).toEqual(expect.arrayContaining(["HITId", "AssignmentId", "WorkerId", "AssignmentStatus", "Input.text", "Input.source", "Answer.sentiment", "Answer.confidence", "Answer.comment", "Approve", "Reject"]));
  expect(Object.keys(results[0]).slice(-2)).toEqual(["Approve", "Reject"]);
  expect(results).toHaveLength(samCount + 2);
  const spam = results.find((r) => r["Input.text"] === SCRIPT_ROW)!;
  expect(spam).toMatchObject({ "Input.source": "spam filter sample", "Answer.sentiment": "negative", "Answer.comment": 'Spam, "quoted" <b>not bold</b>', AssignmentStatus: "Submitted" });
  const samId = spam.WorkerId;
  const demoRows = results.filter((r) => r.WorkerId !== samId);
  expect(demoRows).toHaveLength(2);

  // Mark it: approve Sam's work but the spam answer, reject that one, approve the demo worker's first,
  // leave their second, and add a row no assignment matches.
  for (const r of results) if (r.WorkerId === samId && r !== spam) r.Approve = "x";
  spam.Reject = "This is spam, not a review; \"negative\" misses the point.";
  demoRows[0].Approve = "x";
  const marked = Buffer.from(stringify([...results, { ...results[0], AssignmentId: "NOSUCHASSIGNMENT", Approve: "x", Reject: "" }], { header: true, bom: true }));
  const upload = (page: Page) => page.getByRole("form", { name: "Review by CSV" }).getByLabel("CSV file").setInputFiles({ name: "reviewed.csv", mimeType: "text/csv", buffer: marked });

  await requester.goto(batchUrl);
  await upload(requester);
  const plan = requester.getByRole("region", { name: "What this file will do" });
  await expect(plan).toContainText(`Of ${samCount + 3} rows: ${samCount} approvals and 1 rejection. Left as they are: 1 row with neither mark.`);
  const money = requester.getByLabel("Money this review moves");
  await expect(money).toContainText(`$${(samCount * 0.1).toFixed(2)}`);
  await expect(money).toContainText(`$${(samCount * 0.02).toFixed(2)}`);
  await expect(money).toContainText("$0.12");
  await expect(plan.getByRole("row", { name: /NOSUCHASSIGNMENT No assignment has this id/ })).toBeVisible();
  await shot(requester, "projects-06-review-preview");
  // Nothing happened yet.
  await expect(requester.getByText(`${samCount + 2} to review`)).toBeVisible();
  await requester.getByRole("button", { name: `Approve ${samCount} and reject 1` }).click();
  await expect(requester.getByText(`Approved ${samCount} assignments and rejected 1 assignment.`)).toBeVisible({ timeout: 30_000 });
  await expect(requester.getByText("1 to review")).toBeVisible();
  await shot(requester, "projects-07-review-applied");

  // The money as everyone sees it: rewards paid, the rejection's reward and fee back to available.
  await requester.goto("/requester/funds");
  expect(await statCents(requester, "Available")).toBe(before.available + 12);
  expect(await statCents(requester, "On hold \\(escrow\\)")).toBe(before.escrow - (samCount + 1) * 12);
  await worker.goto("/work/dashboard");
  expect(await statCents(worker, "Approved earnings")).toBe((samCount - 1) * 10);
  await demo.goto("/work/dashboard");
  expect(await statCents(demo, "Approved earnings")).toBe(demoBefore + 10);

  // The same file again pays nobody twice: every marked row is listed as already reviewed.
  await requester.goto(batchUrl);
  await upload(requester);
  await expect(plan).toContainText("0 approvals and 0 rejections");
  await expect(plan.getByRole("row", { name: new RegExp(`${spam.AssignmentId} Already rejected`) })).toBeVisible();
  await expect(plan.getByText("Nothing in this file can be applied")).toBeVisible();
  const after = parse(await (await requester.request.get(`${batchUrl}/results.csv`)).text(), { bom: true, columns: true }) as Record<string, string>[];
  expect(after.find((r) => r.AssignmentId === spam.AssignmentId)).toMatchObject({ AssignmentStatus: "Rejected", RequesterFeedback: spam.Reject });

  // The workers file: block Sam from it (the preview names an unknown worker too), then see the block.
  await requester.goto("/requester/workers");
  const workers = parse(await (await requester.request.get("/requester/workers/workers.csv")).text(), { bom: true, columns: true }) as Record<string, string>[];
  const samRow = workers.find((w) => w["Worker ID"] === samId)!;
  expect(samRow).toMatchObject({ "Lifetime Approval Rate": `${Math.round(((samCount - 1) / samCount) * 100)}% (${samCount - 1}/${samCount})`, "CURRENT-BlockStatus": "Not Blocked", "UPDATE-BlockStatus": "" });
  samRow["UPDATE-BlockStatus"] = "Block";
  const workersFile = Buffer.from(stringify([samRow, { ...samRow, "Worker ID": "ANOSUCHWORKER1", "UPDATE-BlockStatus": "Block" }], { header: true }));
  await requester.getByRole("form", { name: "Update workers from a CSV" }).getByLabel("CSV file").setInputFiles({ name: "workers.csv", mimeType: "text/csv", buffer: workersFile });
  await expect(requester.getByText("Of 2 rows: 1 worker blocked.")).toBeVisible();
  await expect(requester.getByRole("row", { name: /ANOSUCHWORKER1 · UPDATE-BlockStatus No worker has this id/ })).toBeVisible();
  await shot(requester, "projects-08-workers-preview");
  await requester.getByRole("button", { name: "Apply 1 change" }).click();
  await expect(requester.getByText("Done: 1 worker blocked.")).toBeVisible();
  await shot(requester, "projects-09-workers-applied");
  const reread = parse(await (await requester.request.get("/requester/workers/workers.csv")).text(), { bom: true, columns: true }) as Record<string, string>[];
  expect(reread.find((w) => w["Worker ID"] === samId)!["CURRENT-BlockStatus"]).toBe("Blocked");
});
