// In-app notifications in real Chromium: a requester approves a worker's submission; the worker's bell
// says so, the notifications page lists it (no serious axe violations), opening it goes to the dashboard
// and the bell clears. Accounts and the submission are made in this process, on the server's database.
import { test, expect } from "@playwright/test";
import { newRequester, newWorker } from "./api/sdk";
import { expectNoSeriousViolations, newPage, shot, signIn } from "./helpers";

test("a worker is told of an approval, opens it, and the badge clears", async ({ browser }) => {
  const { makeHit, simpleAnswerXml } = await import("@/lib/testing/factories");
  const { acceptHit, submitAssignment } = await import("@/lib/assignments/mutations");
  const requester = await newRequester(20);
  const worker = await newWorker();
  const title = `Count the birds ${Date.now().toString(36)}`;
  const hit = await makeHit(requester.id, { title, maxAssignments: 1 });
  const a = await acceptHit(worker.id, hit.id);
  await submitAssignment(worker.id, a.id, simpleAnswerXml);

  const w = await newPage(browser);
  await signIn(w, worker.email, worker.password);
  await expect(w.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();

  const r = await newPage(browser);
  await signIn(r, requester.email, requester.password);
  // The HIT's only slot is in: the requester's bell points at it.
  await expect(r.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
  await r.goto("/requester/review");
  const item = r.getByRole("listitem").filter({ hasText: title });
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(r.getByText(/approved and paid\./i).first()).toBeVisible();

  await w.reload();
  const badge = w.getByRole("link", { name: "Notifications, 1 unread" });
  await expect(badge).toBeVisible();
  await expect(badge).toHaveText("1");
  await badge.click();
  await expect(w).toHaveURL(/\/notifications$/);
  await expect(w.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  const line = w.getByRole("button", { name: new RegExp(`Unread: Your submission to "${title}" was approved: \\$0\\.50 paid\\.`) });
  await expect(line).toBeVisible();
  await expectNoSeriousViolations(w, "notifications page");
  await shot(w, "in-app-notifications-01-unread");
  await w.screenshot({ path: "test-results/screens/in-app-notifications-badge.png", clip: { x: 0, y: 0, width: 1280, height: 400 } });

  await line.click();
  await expect(w).toHaveURL(/\/work\/dashboard$/);
  await expect(w.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();
  await w.goto("/notifications");
  await expect(w.getByRole("button", { name: new RegExp(`^Your submission to "${title}"`) })).toBeVisible();
  await expect(w.getByRole("button", { name: "Mark all read" })).toBeDisabled();
  await shot(w, "in-app-notifications-02-read");
});
