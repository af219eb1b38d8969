// The whole marketplace loop in real Chromium with three people: a requester and a worker who sign up,
// and the admin who approves the requester's deposit. Ends with the worker seeing the approved payment.
import { test, expect } from "@playwright/test";
import { DEMO_ADMIN, newPage, shot, signIn, signUp, uniqueEmail } from "./helpers";

test("sign-up to paid work: deposit, create HIT, accept, submit, approve", async ({ browser }) => {
  const requester = await newPage(browser);
  const worker = await newPage(browser);
  const admin = await newPage(browser);
  const title = `Count the birds ${Date.now()}`;

  // Requester signs up and asks for a deposit.
  await signUp(requester, { name: "Quinn Requester", email: uniqueEmail("req"), password: "a long requester passphrase", work: false, post: true });
  await expect(requester).toHaveURL(/\/requester$/);
  await expect(requester.getByRole("heading", { name: "Welcome, Quinn Requester" })).toBeVisible();
  await shot(requester, "01-requester-home-empty");
  await requester.getByRole("link", { name: "Funds" }).first().click();
  await requester.getByLabel("Amount (USD)").fill("25.00");
  await requester.getByLabel("Reference (optional)").fill("e2e wire");
  await requester.getByRole("button", { name: "Request deposit" }).click();
  await expect(requester.getByText("Deposit requested")).toBeVisible();
  await shot(requester, "02-requester-funds-pending");

  // The admin approves it.
  await signIn(admin, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await admin.goto("/admin/payments");
  const row = admin.getByRole("row", { name: /Quinn Requester/ });
  await expect(row).toBeVisible();
  await shot(admin, "03-admin-payments");
  await row.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByText("Deposit approved.")).toBeVisible();
  await expect(admin.getByRole("row", { name: /Quinn Requester/ })).toContainText("Approved");

  // The requester sees the money and creates a HIT with a free-text and a multiple-choice question.
  await requester.reload();
  await expect(requester.getByText("$25.00").first()).toBeVisible();
  await requester.goto("/requester/hits/new");
  await requester.getByLabel("Title").fill(title);
  await requester.getByLabel("Description").fill("Look at the photo and count the birds you can see.");
  await requester.getByLabel("Keywords").fill("birds, counting, image");
  await requester.getByLabel("Reward per assignment (USD)").fill("0.50");
  await requester.getByLabel("Number of assignments").fill("2");
  await requester.getByLabel("Question text").fill("How many birds are in the photo?");
  await requester.getByRole("button", { name: "Add a multiple-choice question" }).click();
  await requester.getByLabel("Question text").nth(1).fill("How sure are you?");
  await requester.getByLabel("Options, one per line").fill("Very sure\nFairly sure\nGuessing");
  // 2 × ($0.50 + $0.10 fee) = $1.20 held.
  await expect(requester.getByText("$1.20")).toBeVisible();
  await shot(requester, "04-create-hit");
  await requester.getByRole("button", { name: "Publish HIT" }).click();
  await expect(requester.getByText("Your HIT is live")).toBeVisible();
  await shot(requester, "05-hit-detail-live");

  // A worker signs up, finds the HIT, previews, accepts, and submits.
  await signUp(worker, { name: "Wes Worker", email: uniqueEmail("wrk"), password: "a long worker passphrase", work: true, post: false });
  await expect(worker).toHaveURL(/\/work$/);
  await worker.getByRole("searchbox", { name: "Search" }).fill(title);
  await worker.getByRole("button", { name: "Apply" }).click();
  await shot(worker, "06-worker-hit-groups");
  await worker.getByRole("link", { name: title, exact: true }).click();
  await expect(worker.getByRole("heading", { name: "Preview" })).toBeVisible();
  await shot(worker, "07-worker-preview");
  await worker.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(worker).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}$/);
  await expect(worker.getByText("Time left")).toBeVisible();
  // Submitting without the required answer is refused and says why.
  await worker.getByRole("button", { name: "Submit" }).click();
  await expect(worker.getByText("Some answers need another look")).toBeVisible();
  await shot(worker, "08-worker-task-validation");
  await worker.getByLabel(/How many birds/).fill("7");
  await worker.getByLabel("Fairly sure").check();
  await worker.getByRole("button", { name: "Submit" }).click();
  await expect(worker.getByText("Your work was submitted")).toBeVisible();
  await worker.goto("/work/dashboard");
  await expect(worker.getByText("Pending review")).toBeVisible();
  await shot(worker, "09-worker-dashboard-pending");

  // The requester reviews the readable answers and approves.
  await requester.goto("/requester/review");
  const item = requester.getByRole("listitem").filter({ hasText: title });
  await expect(item.getByText("7", { exact: true })).toBeVisible();
  await expect(item.getByText("Fairly sure")).toBeVisible();
  await shot(requester, "10-requester-review");
  await item.getByLabel(/Feedback to the worker/).fill("Great counting, thanks!");
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(requester.getByText(/approved and paid\./i).first()).toBeVisible();

  // The worker sees the approved payment.
  await worker.reload();
  const approved = worker.getByText("Approved earnings").locator("..");
  await expect(approved).toContainText("$0.50");
  // The dashboard lists work by status; approved work is under its own filter.
  await worker.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: /^Approved/ }).click();
  await expect(worker.getByRole("row", { name: new RegExp(title) })).toContainText("Great counting, thanks!");
  await shot(worker, "11-worker-dashboard-approved");

  // And the admin's ledger check still balances.
  await admin.goto("/admin/ledger");
  await expect(admin.getByText("The ledger balances")).toBeVisible();
  await shot(admin, "12-admin-ledger");
});

test("a worker cannot open the requester area and a signed-out visitor is sent to sign in", async ({ browser }) => {
  const worker = await newPage(browser);
  await signUp(worker, { name: "Nosy Worker", email: uniqueEmail("nosy"), password: "a long worker passphrase", work: true, post: false });
  await expect(worker).toHaveURL(/\/work$/);
  const res = await worker.goto("/requester");
  expect(res?.status()).toBe(403);
  await expect(worker.getByText("You don't have access to this area")).toBeVisible();
  expect((await worker.goto("/admin"))?.status()).toBe(403);

  const anon = await newPage(browser);
  await anon.goto("/work");
  await expect(anon).toHaveURL(/\/signin\?callbackUrl=%2Fwork/);
  await anon.goto("/requester/hits/new");
  await expect(anon).toHaveURL(/\/signin/);
});

test("sign-up and sign-in refuse bad input with clear messages", async ({ page }) => {
  await signUp(page, { name: "X", email: "not-an-email", password: "short", work: true, post: false, expectError: true });
  await expect(page.getByText("Enter your name (at least 2 characters)")).toBeVisible();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await shot(page, "00-signup-errors");

  await signUp(page, { name: "Taken Email", email: DEMO_ADMIN.email, password: "another long passphrase", work: true, post: false, expectError: true });
  await expect(page.getByText(/already exists/).first()).toBeVisible();

  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO_ADMIN.email);
  await page.getByLabel("Password").fill("wrong password entirely");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
});
