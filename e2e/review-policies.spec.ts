// Automatic review in real Chromium: the requester sets known answers on the Create a HIT form (a bad
// line is refused and what was typed stays), two workers submit, the policy approves the right answer
// and rejects the wrong one, and the HIT's review page shows the scores and actions; another requester
// cannot open it. axe checks the new page.
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_REQUESTER, newPage, shot, signIn, signUp, uniqueEmail } from "./helpers";

async function submitAnswer(worker: Page, title: string, answer: string) {
  await worker.goto("/work");
  await worker.getByRole("searchbox", { name: "Search" }).fill(title);
  await worker.getByRole("button", { name: "Apply" }).click();
  await worker.getByRole("link", { name: title, exact: true }).click();
  await worker.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(worker).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}$/);
  await worker.getByLabel(/What is 6 times 7/).fill(answer);
  await worker.getByRole("button", { name: "Submit" }).click();
  await expect(worker.getByText("Your work was submitted")).toBeVisible();
}

test("known answers approve and reject on submission, and the HIT's review page shows it", async ({ browser }) => {
  test.setTimeout(240_000); // four people in one test, on a shared machine
  const requester = await newPage(browser);
  const title = `Multiply ${Date.now()}`;
  await signIn(requester, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
  await requester.goto("/requester/hits/new");
  await requester.getByLabel("Title").fill(title);
  await requester.getByLabel("Description").fill("Answer one multiplication question.");
  await requester.getByLabel("Reward per assignment (USD)").fill("0.25");
  await requester.getByLabel("Number of assignments").fill("2");
  await requester.getByLabel("Question text").fill("What is 6 times 7?");

  // The section opens from the keyboard; a line without "=" is refused and nothing typed is lost.
  await requester.getByText("Set up automatic review").focus();
  await requester.keyboard.press("Enter");
  await requester.getByLabel("Known answers", { exact: true }).fill("42");
  await requester.getByLabel("Approve when the score is at least (%)").fill("100");
  await requester.getByLabel("Reject when the score is below (%)").fill("100");
  await requester.getByRole("button", { name: "Publish HIT" }).click();
  await expect(requester.getByText(/Line 1: write a known answer/)).toBeVisible();
  await expect(requester.getByLabel("Approve when the score is at least (%)")).toHaveValue("100");
  await shot(requester, "review-policies-01-form-error");

  // An answer key for a question the form does not ask is the domain's refusal, shown on the section.
  await requester.getByLabel("Known answers", { exact: true }).fill("q9 = 42");
  await requester.getByRole("button", { name: "Publish HIT" }).click();
  await expect(requester.getByText(/names "q9", which the question does not ask/).first()).toBeVisible();
  await requester.getByLabel("Known answers", { exact: true }).fill("q1 = 42");
  await shot(requester, "review-policies-02-form-filled");
  await requester.getByRole("button", { name: "Publish HIT" }).click();
  await expect(requester.getByText("Your HIT is live")).toBeVisible();
  const hitUrl = requester.url().replace(/\?.*$/, "");

  await requester.getByRole("link", { name: "Scores and actions" }).click();
  await expect(requester.getByRole("heading", { name: "Automatic review" })).toBeVisible();
  await expect(requester.getByText("No submissions yet")).toBeVisible();
  await expect(requester.getByText("No actions yet")).toBeVisible();
  await shot(requester, "review-policies-03-page-empty");

  // A worker of its own: the requester-management spec blocks the demo worker from the demo requester,
  // and specs run in parallel in either order.
  const worker = await newPage(browser);
  await signUp(worker, { name: "Rhea Right", email: uniqueEmail("right"), password: "a long worker passphrase", work: true, post: false });
  await submitAnswer(worker, title, "42");
  const second = await newPage(browser);
  await signUp(second, { name: "Rita Wrong", email: uniqueEmail("wrong"), password: "a long worker passphrase", work: true, post: false });
  await submitAnswer(second, title, "41");

  await requester.reload();
  const actions = requester.getByRole("table", { name: "Actions taken by the review policies" });
  await expect(actions.getByRole("row")).toHaveCount(3);
  await expect(actions.getByRole("row", { name: /Approve/ })).toContainText("Succeeded");
  await expect(actions.getByRole("row", { name: /Reject/ })).toContainText("known-answer score 0");
  const scores = requester.getByRole("table", { name: "Assignments and their scores" });
  await expect(scores.getByRole("row", { name: /Approved/ })).toContainText("100%");
  await expect(scores.getByRole("row", { name: /Rejected/ })).toContainText("0%");
  await shot(requester, "review-policies-04-page-acted");
  const axe = await new AxeBuilder({ page: requester }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Another requester: the HIT does not exist for them. The page streams (app/requester/loading.tsx), so
  // its status is sent before notFound(); the page says it.
  const other = await newPage(browser);
  await signUp(other, { name: "Otto Other", email: uniqueEmail("other"), password: "a long requester passphrase", work: false, post: true });
  await other.goto(`${hitUrl}/review-policies`);
  await expect(other.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  await expect(other.getByText("Known answers")).toHaveCount(0);
  await shot(other, "review-policies-05-other-requester");
});
