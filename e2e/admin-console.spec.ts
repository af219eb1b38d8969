// The admin console in a real browser: non-admins cannot open any admin page, and an admin handles a
// deposit, a withdrawal, a reported HIT (take-down) and an escalated appeal (overturn) while each party
// sees the outcome on their own pages. Accounts and the work leading up to each decision are made in this
// process through the domain functions (fast; sign-ups cost seconds), on the server's own database.
import { test, expect, type Page } from "@playwright/test";
import { join } from "node:path";
import { DEMO_ADMIN, expectNoSeriousViolations, newPage, shot, signIn, uniqueEmail } from "./helpers";

const serverDir = join(process.cwd(), "test-results", "e2e-server");
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:${join(serverDir, "e2e.db")}`;
process.env.PIECEWORK_DATA_DIR = serverDir;
process.env.PIECEWORK_FAST_HASH = "1";

const PASSWORD = "admin-console-password-1";
const ADMIN_PAGES = ["/admin", "/admin/payments", "/admin/ledger", "/admin/users", "/admin/reports", "/admin/appeals", "/admin/qualifications", "/admin/settings", "/admin/audit"];

async function person(name: string, roles: { isWorker?: boolean; isRequester?: boolean }) {
  const { createUser } = await import("@/lib/auth/users");
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, "-"));
  const user = await createUser({ email, password: PASSWORD, name, ...roles });
  return { id: user.id, email, name };
}

/** Everything before the admin's decisions: a funded requester, paid work, a rejection appealed and escalated, a scam HIT. */
async function scene() {
  const { db } = await import("@/lib/db/client");
  const { requestDeposit, approveDeposit } = await import("@/lib/money/deposits");
  const { createHit } = await import("@/lib/hits/mutations");
  const { acceptHit, submitAssignment, approveAssignment, rejectAssignment } = await import("@/lib/assignments/mutations");
  const { appealRejection } = await import("@/lib/assignments/appeals");
  const { simpleAnswerXml, hitInput } = await import("@/lib/testing/factories");
  const tag = Date.now().toString(36);
  const requester = await person(`Console Lab ${tag}`, { isRequester: true });
  const worker = await person(`Wendy ${tag}`, { isWorker: true });
  const appellant = await person(`Arlo ${tag}`, { isWorker: true });
  const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN.email } });
  await approveDeposit(admin.id, (await requestDeposit(requester.id, 100_00, "Initial funds")).id);
  const paid = (await createHit(requester.id, hitInput({ title: `Sky colour ${tag}`, rewardCents: 250, maxAssignments: 2, lifetimeSeconds: 7 * 86_400 }))).hit;
  const a = await acceptHit(worker.id, paid.id);
  await submitAssignment(worker.id, a.id, simpleAnswerXml);
  await approveAssignment({ requesterId: requester.id }, a.id, "Thanks");
  const b = await acceptHit(appellant.id, paid.id);
  await submitAssignment(appellant.id, b.id, simpleAnswerXml);
  await rejectAssignment(requester.id, b.id, "Answer looks copied");
  const appeal = await appealRejection(appellant.id, b.id, "I looked at the sky myself and typed it");
  // Three days without an answer from the requester: what the escalation sweep does (lib/assignments/appeals.ts).
  await db.appeal.update({ where: { id: appeal.id }, data: { status: "Escalated" } });
  const scam = (await createHit(requester.id, hitInput({ title: `Verify your bank login ${tag}`, description: "Enter your online banking password", rewardCents: 10, maxAssignments: 3, lifetimeSeconds: 7 * 86_400 }))).hit;
  await requestDeposit(requester.id, 40_00, `Wire ${tag}`);
  return { tag, requester, worker, appellant, scam };
}

test("workers, requesters and signed-out visitors cannot open any admin page", async ({ browser }) => {
  // Requests through each browser context (its cookies, no rendering): the server's answer is what counts.
  const anon = await newPage(browser);
  for (const path of ADMIN_PAGES) {
    const res = await anon.request.get(path, { maxRedirects: 0 });
    expect([res.status(), res.headers().location], path).toEqual([307, expect.stringMatching(/\/signin\?callbackUrl=/)]);
  }
  const worker = await person("Nosy Worker", { isWorker: true });
  const requester = await person("Nosy Requester", { isRequester: true });
  for (const who of [worker, requester]) {
    const page = await newPage(browser);
    await signIn(page, who.email, PASSWORD);
    for (const path of ADMIN_PAGES) expect((await page.request.get(path, { maxRedirects: 0 })).status(), `${who.name} ${path}`).toBe(403);
    await page.goto("/admin/payments");
    await expect(page.getByText("You don't have access to this area")).toBeVisible();
  }
});

test("every admin page has no serious accessibility violations", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  for (const path of ADMIN_PAGES) {
    await page.goto(path);
    await expectNoSeriousViolations(page, path);
  }
});

async function openDialogAndSubmit(page: Page, trigger: RegExp | string, reason: string, submit: string) {
  await page.getByRole("button", { name: trigger }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox").fill(reason);
  await dialog.getByRole("button", { name: submit }).click();
}

test("an admin handles a deposit, a withdrawal, a take-down and an appeal; each party sees the outcome", async ({ browser }) => {
  test.setTimeout(240_000); // four signed-in browsers on a shared machine
  const s = await scene();
  const [admin, requester, worker, appellant] = [await newPage(browser), await newPage(browser), await newPage(browser), await newPage(browser)];
  await signIn(admin, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await Promise.all([signIn(requester, s.requester.email, PASSWORD), signIn(worker, s.worker.email, PASSWORD), signIn(appellant, s.appellant.email, PASSWORD)]);

  // The worker asks to withdraw what they earned; the overview shows what waits.
  await worker.goto("/work/dashboard");
  await worker.getByLabel("Amount (USD)").fill("2.00");
  await worker.getByRole("button", { name: "Request withdrawal" }).click();
  await expect(worker.getByRole("list", { name: "Your withdrawal requests" })).toContainText("Pending");
  await admin.goto("/admin");
  await expect(admin.getByText("Pending withdrawals")).toBeVisible();
  await shot(admin, "admin-01-overview");

  // Payments: approve the deposit and the withdrawal.
  await admin.goto("/admin/payments");
  await shot(admin, "admin-02-payments");
  await admin.getByRole("button", { name: `Approve deposit of ${s.requester.name}` }).click();
  await expect(admin.getByText("Deposit approved.")).toBeVisible();
  await admin.getByRole("button", { name: `Approve withdrawal of ${s.worker.name}` }).click();
  await expect(admin.getByText("Withdrawal approved.")).toBeVisible();
  await requester.goto("/requester/funds");
  await expect(requester.getByRole("row", { name: new RegExp(`Wire ${s.tag}`) })).toContainText("Approved");
  await worker.reload();
  await expect(worker.getByRole("list", { name: "Your withdrawal requests" })).toContainText("Approved");

  // Reports: the worker reports the scam HIT; the admin takes the group down.
  await worker.goto(`/work/groups/${s.scam.hitTypeId}`);
  await worker.getByRole("button", { name: "Report this HIT" }).click();
  await worker.getByLabel("What is wrong?").selectOption("scam");
  await worker.getByLabel("Details").fill("It asks for my bank password");
  await worker.getByRole("button", { name: "Send report" }).click();
  await expect(worker.getByText("The Piecework team reviews every report")).toBeVisible();
  await admin.goto("/admin/reports");
  await expect(admin.getByText("It asks for my bank password")).toBeVisible();
  await shot(admin, "admin-03-reports");
  await openDialogAndSubmit(admin, `Take down Verify your bank login ${s.tag}`, "Phishing for bank passwords", "Take the group down");
  await expect(admin.getByText("HIT group taken down.")).toBeVisible();
  await requester.goto("/requester");
  await expect(requester.getByRole("list", { name: "Messages from Piecework" })).toContainText("Phishing for bank passwords");
  await shot(requester, "admin-04-requester-told");
  await worker.goto(`/work/groups/${s.scam.hitTypeId}`);
  await expect(worker.getByText("No HITs left in this group for you")).toBeVisible();
  await worker.goto("/work/messages");
  await expect(worker.getByText(`Thank you: "Verify your bank login ${s.tag}" was taken down`)).toBeVisible();

  // Appeals: the admin overturns the rejection; the worker is paid and both read why.
  await admin.goto("/admin/appeals");
  await expect(admin.getByText("I looked at the sky myself and typed it")).toBeVisible();
  await shot(admin, "admin-05-appeals");
  await openDialogAndSubmit(admin, `Overturn the rejection of ${s.appellant.name} on Sky colour ${s.tag}`, "The answer matches the question", "Overturn and pay");
  await expect(admin.getByText("Rejection overturned")).toBeVisible();
  await appellant.goto("/work/dashboard?status=Approved");
  await expect(appellant.getByText("The answer matches the question").first()).toBeVisible();
  await shot(appellant, "admin-06-worker-overturned");
  await requester.reload();
  await expect(requester.getByRole("list", { name: "Messages from Piecework" })).toContainText("overturned on appeal");

  // The ledger still balances, and the audit log holds each decision.
  await admin.goto("/admin/ledger");
  await expect(admin.getByText("The ledger balances")).toBeVisible();
  await shot(admin, "admin-07-ledger");
  await admin.goto("/admin/audit?action=appeal.");
  await expect(admin.getByRole("table", { name: "Audit records" })).toContainText("The answer matches the question");
  await shot(admin, "admin-08-audit");
  await admin.goto(`/admin/users?q=${encodeURIComponent(s.requester.email)}`);
  await admin.getByRole("link", { name: s.requester.name }).click();
  await expect(admin.getByRole("heading", { name: s.requester.name })).toBeVisible();
  await shot(admin, "admin-09-user");
  await admin.goto("/admin/settings");
  await shot(admin, "admin-10-settings");
});
