// The deadline passing while the task page is open. It moves the server's clock, so it runs in the
// "clock" project, after the other specs and alone (see playwright.config.ts).
import { test, expect } from "@playwright/test";
import { setServerClockOffset, shot, signUp, uniqueEmail } from "./helpers";

test.afterEach(() => setServerClockOffset(0));

test("the deadline passing while the task page is open refuses the submit with a clear message", async ({ page }) => {
  await signUp(page, { name: "Slow Worker", email: uniqueEmail("slow"), password: "a long worker passphrase", work: true, post: false });
  await page.goto("/work?q=address");
  await page.getByRole("link", { name: "Transcribe a street address", exact: true }).click();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByText("Time left")).toBeVisible();
  await page.getByLabel(/Type the street address/).fill("1600 Amphitheatre Pkwy, Mountain View, CA 94043");
  setServerClockOffset(16 * 60 * 1000); // the HIT allots 15 minutes
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText(/time allotted for this HIT ran out/i)).toBeVisible();
  await expect(page.getByLabel(/Type the street address/)).toHaveValue("1600 Amphitheatre Pkwy, Mountain View, CA 94043");
  await shot(page, "22-worker-deadline-passed");
});
