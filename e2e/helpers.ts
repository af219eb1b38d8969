import { expect, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, writeFileSync } from "node:fs";

export const DEMO_ADMIN = { email: "admin@piecework.local", password: "demo-admin-password" };

const shotDir = "test-results/screens";
mkdirSync(shotDir, { recursive: true });

/**
 * Full-page screenshots of each step, kept for people to look at. CI (where nobody opens them) skips them
 * unless E2E_SCREENSHOTS=1: rendering a full page to PNG is among the slowest steps of a spec.
 */
export async function shot(page: Page, name: string) {
  if (process.env.CI && process.env.E2E_SCREENSHOTS !== "1") return;
  await page.screenshot({ path: `${shotDir}/${name}.png`, fullPage: true });
}

export const uniqueEmail = (who: string) => `${who}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@e2e.example`;

/** Signs up through the form; unless `expectError`, waits until the new account is signed in and has left /signup. */
export async function signUp(page: Page, opts: { name: string; email: string; password: string; work: boolean; post: boolean; expectError?: boolean }) {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(opts.name);
  await page.getByLabel("Email").fill(opts.email);
  await page.getByLabel("Password").fill(opts.password);
  const work = page.getByLabel("I want to work on tasks");
  const post = page.getByLabel("I want to post work");
  if ((await work.isChecked()) !== opts.work) await work.click();
  if ((await post.isChecked()) !== opts.post) await post.click();
  await page.getByRole("button", { name: "Create account" }).click();
  if (!opts.expectError) await expect(page).toHaveURL(/\/(work|requester|admin)$/, { timeout: 20_000 });
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

export async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

/** Moves the test server's clock (it reads this file; see e2e/server.mjs). */
export function setServerClockOffset(ms: number) {
  writeFileSync("test-results/e2e-server/clock-offset", String(ms));
}

export const DEMO_REQUESTER = { email: "requester@piecework.local", password: "demo-requester-password" };
export const DEMO_WORKER = { email: "worker@piecework.local", password: "demo-worker-password" };

/** axe-core on the page as it is: no serious or critical WCAG 2.1 A/AA violations. */
export async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}
