import { test, expect } from "@playwright/test";
import { DEMO_REQUESTER, shot, signIn } from "./helpers";

test("a requester sets worker requirements on a new HIT, fixes a bad value, and sees them on the HIT page", async ({ page }) => {
  await signIn(page, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
  await page.goto("/requester/hits/new");
  await page.getByLabel("Title").fill("Count birds for trusted workers");
  await page.getByLabel("Description").fill("Count the birds in the photo.");
  await page.getByLabel("Question text").fill("How many birds?");

  await page.getByRole("button", { name: "Add requirement" }).click();
  const rate = page.getByRole("group", { name: "Requirement 1" });
  await rate.getByLabel("Qualification").selectOption({ label: "HIT Approval Rate (%)" });
  await rate.getByLabel("Value").fill("ninety");
  await page.getByRole("button", { name: "Add requirement" }).click();
  const where = page.getByRole("group", { name: "Requirement 2" });
  await where.getByLabel("Qualification").selectOption({ label: "Location" });
  await where.getByLabel("Comparator").selectOption({ label: "one of" });
  await where.getByLabel("Value").fill("US, CA-ON");
  await where.getByLabel("Who is kept out").selectOption({ label: "Can't preview or accept" });
  await expect(where.getByText("Workers need “Location” one of US, CA-ON; others can find the HIT but not preview or accept it.")).toBeVisible();

  await page.getByRole("button", { name: "Publish HIT" }).click();
  await expect(rate.getByText("The value must be a whole number")).toBeVisible();
  await expect(where.getByLabel("Comparator")).toHaveValue("In"); // the rows survive the round trip
  await rate.getByLabel("Value").fill("95");
  await shot(page, "requirements-form");
  await page.getByRole("button", { name: "Publish HIT" }).click();

  await expect(page.getByText("Your HIT is live")).toBeVisible();
  const listed = page.getByRole("region", { name: "Worker requirements" });
  await expect(listed.getByText("Workers need “HIT Approval Rate (%)” at least 95; others can find and preview the HIT but not accept it.")).toBeVisible();
  await expect(listed.getByText("Workers need “Location” one of US, CA-ON; others can find the HIT but not preview or accept it.")).toBeVisible();
});
