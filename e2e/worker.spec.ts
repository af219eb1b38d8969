// The worker's side in Chromium: finding work with search, filters and sorts; money on the dashboard;
// a withdrawal request; an appeal of a rejection; accept & work. (The deadline test moves the server's
// clock, so it lives in worker-deadline.spec.ts, which runs alone.)
import { test, expect } from "@playwright/test";
import { DEMO_REQUESTER, newPage, shot, signIn, signUp, uniqueEmail } from "./helpers";

test("search, filter and sort HIT groups, with the estimated hourly pay", async ({ page }) => {
  await signUp(page, { name: "Finder Worker", email: uniqueEmail("find"), password: "a long worker passphrase", work: true, post: false });
  await expect(page).toHaveURL(/\/work$/);
  const groups = page.getByRole("list", { name: "HIT groups" });
  await expect(groups.getByRole("link", { name: "Transcribe a street address", exact: true })).toBeVisible();
  await expect(groups.getByText(/≈ \$\d+\.\d\d\/h/).first()).toBeVisible();

  await page.getByRole("searchbox", { name: "Search" }).fill("riverside");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=riverside/);
  // The demo requester's groups, found by the requester's name (other specs may have added more).
  for (const t of ["Transcribe a street address", "Grocery shopping habits survey"]) await expect(groups.getByRole("link", { name: t, exact: true })).toBeVisible();

  await page.getByLabel("Min reward ($)").fill("0.30");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(groups.getByRole("link", { name: "Grocery shopping habits survey", exact: true })).toBeVisible();
  await expect(groups.getByRole("link", { name: "Transcribe a street address", exact: true })).toHaveCount(0);
  await shot(page, "20-worker-groups-filtered");

  await page.goto("/work?q=riverside&sort=reward");
  const rewards = (await groups.locator(".hit-group-pay > b").allTextContents()).map((t) => Number(t.replace(/[^0-9.]/g, "")));
  expect(rewards.length).toBeGreaterThan(1);
  expect([...rewards].sort((a, b) => b - a)).toEqual(rewards);
  await page.goto("/work?q=nothing-matches-this");
  await expect(page.getByText("No HITs match these filters")).toBeVisible();

  // Report a HIT from its preview.
  await page.goto("/work?q=riverside");
  await groups.getByRole("link", { name: "Transcribe a street address", exact: true }).click();
  await page.getByRole("button", { name: "Report this HIT" }).click();
  await page.getByLabel("What is wrong?").selectOption("underpaid");
  await page.getByLabel("Details").fill("Takes far longer than the time allotted.");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText("The Piecework team reviews every report")).toBeVisible();
});

test("a worker cannot open another worker's assignment", async ({ browser }) => {
  const a = await newPage(browser);
  const b = await newPage(browser);
  await signUp(a, { name: "Owner Worker", email: uniqueEmail("own"), password: "a long worker passphrase", work: true, post: false });
  await a.goto("/work?q=grocery");
  await a.getByRole("link", { name: "Grocery shopping habits survey", exact: true }).click();
  await a.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(a).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}$/);
  await signUp(b, { name: "Other Worker", email: uniqueEmail("oth"), password: "a long worker passphrase", work: true, post: false });
  await b.goto(a.url());
  await expect(b.getByText("This page does not exist, or it is not yours to see.")).toBeVisible();
  await expect(b.getByText("Grocery shopping habits survey")).toHaveCount(0);
});

test("a rejected worker appeals and asks for a withdrawal of approved money", async ({ browser }) => {
  const requester = await newPage(browser);
  const worker = await newPage(browser);
  const title = `Rate a photo ${Date.now()}`;
  await signIn(requester, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
  await requester.goto("/requester/hits/new");
  await requester.getByLabel("Title").fill(title);
  await requester.getByLabel("Description").fill("Rate the photo from 1 to 5.");
  await requester.getByLabel("Reward per assignment (USD)").fill("1.50");
  await requester.getByLabel("Number of assignments").fill("1");
  await requester.getByLabel("Question text").fill("Your rating?");
  await requester.getByRole("button", { name: "Publish HIT" }).click();
  await expect(requester.getByText("Your HIT is live")).toBeVisible();
  const hitUrl = requester.url();

  await signUp(worker, { name: "Appealing Worker", email: uniqueEmail("appeal"), password: "a long worker passphrase", work: true, post: false });
  await worker.goto(`/work?q=${encodeURIComponent(title)}`);
  await worker.getByRole("link", { name: title, exact: true }).click();
  await worker.getByRole("button", { name: "Accept", exact: true }).click();
  await worker.getByLabel(/Your rating/).fill("4");
  await worker.getByRole("button", { name: "Submit" }).click();
  await expect(worker.getByText("Your work was submitted")).toBeVisible();

  await requester.goto(hitUrl);
  await requester.getByLabel(/Feedback to the worker/).first().fill("A rating without looking");
  await requester.getByRole("button", { name: "Reject", exact: true }).first().click();
  await expect(requester.getByText("1 submission rejected")).toBeVisible();

  await worker.goto("/work/dashboard?status=Rejected");
  const row = worker.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("A rating without looking");
  await row.getByRole("button", { name: "Appeal" }).click();
  await worker.getByLabel("Your appeal").fill("I looked at the photo carefully; 4 is a fair rating.");
  await worker.getByRole("button", { name: "Send appeal" }).click();
  await expect(worker.getByRole("row", { name: new RegExp(title) })).toContainText("Appeal: Open");
  await shot(worker, "21-worker-dashboard-appeal");

  // Nothing approved yet: a withdrawal is refused with the reason.
  await worker.getByLabel("Amount (USD)").fill("1.00");
  await worker.getByRole("button", { name: "Request withdrawal" }).click();
  await expect(worker.getByText("You can withdraw up to $0.00 (pending requests included).")).toBeVisible();
});

test("accept & work goes through a group's HITs one after another; Alt+R returns one", async ({ browser }) => {
  const requester = await newPage(browser);
  const worker = await newPage(browser);
  const title = `Chain task ${Date.now()}`;
  await signIn(requester, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
  for (let i = 0; i < 4; i++) {
    // Identical properties: the four HITs share one HIT type, so they form one group.
    await requester.goto("/requester/hits/new");
    await requester.getByLabel("Title").fill(title);
    await requester.getByLabel("Description").fill("Type the word you see.");
    await requester.getByLabel("Reward per assignment (USD)").fill("0.05");
    await requester.getByLabel("Number of assignments").fill("1");
    await requester.getByLabel("Question text").fill("Which word?");
    await requester.getByRole("button", { name: "Publish HIT" }).click();
    await expect(requester.getByText("Your HIT is live")).toBeVisible();
  }

  await signUp(worker, { name: "Chain Worker", email: uniqueEmail("chain"), password: "a long worker passphrase", work: true, post: false });
  await worker.goto(`/work?q=${encodeURIComponent(title)}`);
  await expect(worker.getByRole("list", { name: "HIT groups" })).toContainText("HITs available: 4");
  await worker.getByRole("link", { name: title, exact: true }).click();
  await worker.getByRole("button", { name: "Accept & work" }).click();
  const seen = new Set<string>();
  for (let i = 0; i < 3; i++) {
    await expect(worker).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}\?chain=1$/);
    seen.add(worker.url());
    await expect(worker.getByText("Accept & work is on")).toBeVisible();
    await worker.getByLabel(/Which word/).fill(`word ${i}`);
    await worker.getByLabel(/Which word/).press("Control+Enter");
    await expect(worker).not.toHaveURL([...seen].at(-1)!);
  }
  expect(seen.size).toBe(3);
  // The fourth HIT was accepted for us; give it back with the keyboard.
  await expect(worker).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}\?chain=1$/);
  await shot(worker, "23-worker-chain-task");
  await worker.keyboard.press("Alt+r");
  await expect(worker.getByText("The HIT was returned")).toBeVisible();
  await worker.goto("/work/dashboard?status=Submitted");
  await expect(worker.getByRole("row", { name: new RegExp(title) })).toHaveCount(3);
  await worker.goto(`/work?q=${encodeURIComponent(title)}`);
  await expect(worker.getByRole("list", { name: "HIT groups" })).toContainText("HITs available: 1");
});
