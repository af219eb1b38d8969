// Qualifications end to end, as MTurk requesters and workers use them: a requester makes a type from the
// fixture test and answer key and requires 75 on a HIT; a worker finds the HIT locked, takes the test,
// scores 50, waits out the retry delay (the server clock moved), scores 100 and does the HIT.
import { test, expect as baseExpect } from "@playwright/test";
import { join } from "node:path";
import { DEMO_REQUESTER, newPage, setServerClockOffset, shot, signIn, signUp, uniqueEmail } from "./helpers";

const expect = baseExpect.configure({ timeout: 20_000 });
const fixtures = join(process.cwd(), "e2e/fixtures/mturk/qualifications");

test("a worker fails a qualification test, waits out the retry delay, passes and does the HIT", async ({ browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const qualName = `Grammar check ${stamp}`;
  const title = `Proofread a sentence ${stamp}`;

  const requester = await newPage(browser);
  await signIn(requester, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
  await requester.goto("/requester/qualifications/new");
  await requester.getByLabel("Name").fill(qualName);
  await requester.getByLabel("Description").fill("Four grammar questions; 75% or more opens our proofreading HITs.");
  await requester.getByLabel("Workers take a test").check();
  await requester.getByLabel("Load the test from a file").setInputFiles(join(fixtures, "english-test.xml"));
  await requester.getByLabel("Test duration (minutes)").fill("10");
  await requester.getByLabel("Load the answer key from a file").setInputFiles(join(fixtures, "english-answerkey.xml"));
  await requester.getByLabel("Retry delay (minutes)").fill("60");
  await requester.getByRole("button", { name: "Create qualification type" }).click();
  await expect(requester.getByRole("heading", { level: 1, name: qualName })).toBeVisible();

  await requester.goto("/requester/hits/new");
  await requester.getByLabel("Title").fill(title);
  await requester.getByLabel("Description").fill("Fix the grammar of one sentence.");
  await requester.getByLabel("Reward per assignment (USD)").fill("0.40");
  await requester.getByLabel("Question text").fill("Rewrite the sentence correctly.");
  await requester.getByRole("button", { name: "Add requirement" }).click();
  const row = requester.getByRole("group", { name: "Requirement 1" });
  await row.getByLabel("Qualification").selectOption({ label: qualName });
  await row.getByLabel("Comparator").selectOption({ label: "at least" });
  await row.getByLabel("Value").fill("75");
  await requester.getByRole("button", { name: "Publish HIT" }).click();
  await expect(requester.getByText("Your HIT is live")).toBeVisible();

  const worker = await newPage(browser);
  await signUp(worker, { name: "Quinn Qualifier", email: uniqueEmail("quinn"), password: "quinn-password-1", work: true, post: false });
  await worker.getByRole("searchbox", { name: "Search" }).fill(title);
  await worker.getByRole("searchbox", { name: "Search" }).press("Enter");
  await worker.getByRole("link", { name: `Preview ${title}` }).click();
  const locked = worker.getByText("You can preview this HIT but not accept it yet");
  await expect(locked).toBeVisible();
  await expect(worker.getByRole("button", { name: "Accept", exact: true })).toHaveCount(0);
  await shot(worker, "qualification-hit-locked");

  const answer = async (q3: string, q4: string[]) => {
    await worker.getByRole("radio", { name: "they're" }).check();
    await worker.getByRole("radio", { name: "its", exact: true }).check();
    await worker.getByRole("combobox").selectOption(q3);
    for (const word of q4) await worker.getByRole("checkbox", { name: word }).check();
    await worker.getByRole("button", { name: "Submit test" }).click();
  };
  await worker.getByRole("link", { name: "Take the test" }).click();
  await worker.getByRole("button", { name: "Take the test" }).click();
  await answer("of", ["necessary"]); // two of four right
  await expect(worker.getByText("Your score: 50")).toBeVisible();
  await shot(worker, "qualification-score-50");
  await worker.getByRole("link", { name: "Back to the HIT" }).first().click();
  await expect(locked).toBeVisible();
  await expect(worker.getByText("(yours: 50)")).toBeVisible();

  // The retry delay holds until the clock passes it.
  await worker.getByRole("link", { name: "Take the test" }).click();
  await expect(worker.getByText(/You can try again after/)).toBeVisible();
  await expect(worker.getByRole("button", { name: /Take the test/ })).toHaveCount(0);
  try {
    setServerClockOffset(61 * 60 * 1000);
    await worker.reload();
    await worker.getByRole("button", { name: /Take the test/ }).click();
    await answer("have", ["necessary", "separate"]);
    await expect(worker.getByText("Your score: 100")).toBeVisible();
    await worker.getByRole("link", { name: "Back to the HIT" }).first().click();
    await expect(locked).toHaveCount(0);
    await worker.getByRole("button", { name: "Accept", exact: true }).click();
    await worker.getByLabel(/Rewrite the sentence/).fill("The dog wagged its tail.");
    await worker.getByRole("button", { name: "Submit" }).click();
    await expect(worker.getByText(/submitted/i).first()).toBeVisible();
  } finally {
    setServerClockOffset(0);
  }
  await worker.goto("/work/qualifications?tab=mine");
  await expect(worker.getByRole("table", { name: "My qualifications" }).getByRole("row", { name: new RegExp(qualName) })).toContainText("100");
});
