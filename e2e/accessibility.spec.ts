// axe-core in Chromium on the worker's main pages: no serious or critical violations.
import { test, expect } from "@playwright/test";
import { expectNoSeriousViolations, signUp, uniqueEmail } from "./helpers";

test("HIT groups, preview, task and dashboard pages have no serious accessibility violations", async ({ page }) => {
  await signUp(page, { name: "Axe Worker", email: uniqueEmail("axe"), password: "a long worker passphrase", work: true, post: false });
  await expect(page).toHaveURL(/\/work$/);
  await expectNoSeriousViolations(page, "HIT groups");
  await page.getByRole("link", { name: "Grocery shopping habits survey", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  await expectNoSeriousViolations(page, "preview");
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByText("Time left")).toBeVisible();
  await expectNoSeriousViolations(page, "task");
  await page.goto("/work/dashboard");
  await expectNoSeriousViolations(page, "dashboard");
});
