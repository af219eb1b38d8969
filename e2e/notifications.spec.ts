// Notification settings in real Chromium: the demo requester points a HIT type's events at a local
// receiver, sends a test, sees a worker's acceptance arrive signed and logged, watches a failing receiver
// being retried and resends it, and another requester cannot open the page.
import { test, expect, type Page } from "@playwright/test";
import { startHttpReceiver } from "../lib/testing/receivers";
import { verifySignature } from "../lib/notifications/signature";
import { DEMO_REQUESTER, DEMO_WORKER, expectNoSeriousViolations, newPage, shot, signIn, signUp, uniqueEmail } from "./helpers";

const TYPE = "Grocery shopping habits survey";

/** Reloads the page until `text` shows up: the server's sweep delivers the outbox every second. */
async function waitForLog(page: Page, text: RegExp) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("table", { name: /Notification events/ })).toContainText(text, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test("a requester sets up a webhook, tests it, and follows deliveries in the log", async ({ browser }) => {
  test.setTimeout(180_000);
  const receiver = await startHttpReceiver();
  try {
    const page = await newPage(browser);
    await signIn(page, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
    await page.getByRole("link", { name: "Event delivery", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Event delivery", level: 1 })).toBeVisible();
    await shot(page, "notifications-01-hit-types");
    await expectNoSeriousViolations(page, "notification HIT types");
    await page.getByRole("link", { name: `Set up notifications of ${TYPE}` }).click();
    await expect(page.getByRole("heading", { name: `Event delivery: ${TYPE}` })).toBeVisible();
    await expect(page.getByText("No events yet")).toBeVisible();
    await shot(page, "notifications-02-not-set-up");

    // Bad input: a webhook needs a URL, and at least one event. Nothing is saved.
    await page.getByLabel("Webhook URL").fill("not a url");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText(/must be an http:\/\/ or https:\/\/ URL/)).toBeVisible();
    await shot(page, "notifications-03-invalid");

    await page.getByLabel("Webhook URL").fill(receiver.url);
    for (const e of ["AssignmentAccepted", "AssignmentReturned"]) await page.getByLabel(e, { exact: true }).check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Notification settings saved")).toBeVisible();

    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("Delivered", { exact: true })).toBeVisible();
    expect(receiver.posts.at(-1)!.json.Events[0].EventType).toBe("Ping");
    await shot(page, "notifications-04-test-sent");

    await page.getByText("Show signing secret").click();
    const secret = (await page.getByLabel("Signing secret", { exact: true }).textContent())!.trim();

    // A worker accepts a HIT of this type: the event arrives, signed, and the log shows it delivered.
    const worker = await newPage(browser);
    await signIn(worker, DEMO_WORKER.email, DEMO_WORKER.password);
    await worker.goto(`/work?q=${encodeURIComponent(TYPE)}`);
    await worker.getByRole("link", { name: TYPE, exact: true }).click();
    await worker.getByRole("button", { name: /^Accept( this HIT)?$/ }).click();
    await expect(worker).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}$/);
    await waitForLog(page, /AssignmentAccepted[\s\S]*Delivered/);
    const accepted = receiver.posts.find((p) => p.json.Events[0].EventType === "AssignmentAccepted")!;
    expect(verifySignature(secret, String(accepted.headers["x-piecework-signature"]), accepted.body)).toBe(true);

    // The receiver breaks: the return is retried, and the log says why.
    receiver.answerWith(() => ({ status: 503, body: "maintenance until noon" }));
    await worker.getByRole("button", { name: "Return this HIT" }).click();
    await expect(worker).not.toHaveURL(/\/work\/assignments\//);
    await waitForLog(page, /Retrying[\s\S]*maintenance until noon/);
    await page.getByText("1 attempt", { exact: true }).first().click();
    await shot(page, "notifications-05-retrying");
    await expectNoSeriousViolations(page, "notification settings and log");

    receiver.answerWith(() => 200);
    await page.getByRole("button", { name: /Resend event \d+ \(AssignmentReturned\)/ }).click();
    await expect(page.getByText("Queued: the event is sent again")).toBeVisible();
    await waitForLog(page, /AssignmentReturned[\s\S]*Delivered/);
    await shot(page, "notifications-06-resent");
    const returned = receiver.posts.filter((p) => p.json.Events[0].EventType === "AssignmentReturned");
    expect(returned.length).toBeGreaterThanOrEqual(2);
    expect(new Set(returned.map((p) => p.json.EventDocId)).size).toBe(1);

    // Phone width: the page still reads top to bottom.
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "notifications-07-phone");

    // Another requester: the HIT type's page does not exist for them.
    const url = page.url().split("?")[0];
    const other = await newPage(browser);
    await signUp(other, { name: "Other Requester", email: uniqueEmail("other-notif"), password: "another long passphrase", work: false, post: true });
    await other.goto(url);
    await expect(other.getByRole("heading", { name: "Nothing here" })).toBeVisible();
    await other.goto("/requester/notifications");
    await expect(other.getByText("No HIT types yet")).toBeVisible();
    await shot(other, "notifications-08-empty");
  } finally {
    await receiver.close();
  }
});
