// axe-core in Chromium on the worker's main pages: no serious or critical violations.
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signUp, uniqueEmail } from "./helpers";

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}

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
