// The requester side in real Chromium: the demo requester posts a HIT, four workers do it, and the
// requester reviews the queue with the keyboard (bulk approve, approve the focused one, reject with
// feedback), pays a bonus, adds assignments (and meets the under-10 rule), expires and deletes the HIT,
// messages and blocks a worker, and the blocked worker stops seeing the requester's HITs.
import { test, expect, type Browser, type Page } from "@playwright/test";
import { newPage, shot, signIn, signUp, uniqueEmail } from "./helpers";

const DEMO_REQUESTER = { email: "requester@piecework.local", password: "demo-requester-password" };
const DEMO_WORKER = { email: "worker@piecework.local", password: "demo-worker-password" }; // Wren Worker
const SAM = { email: "sam@piecework.local", password: "demo-worker-password" }; // Sam Lee
const SEED_HIT = "Transcribe a street address";
const ACCEPT = /^Accept( this HIT)?$/; // the worker pages' accept button (not "Accept & work")

async function phonePage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  return context.newPage();
}

/** Publishes a HIT from the "Create a HIT" form; `question` fills in the question part. Returns the HIT id. */
async function publishHit(page: Page, hit: { title: string; description: string; reward: string; assignments: string; question: (page: Page) => Promise<void> }) {
  await page.goto("/requester/hits/new");
  await page.getByLabel("Title").fill(hit.title);
  await page.getByLabel("Description").fill(hit.description);
  await page.getByLabel("Reward per assignment (USD)").fill(hit.reward);
  await page.getByLabel("Number of assignments").fill(hit.assignments);
  await hit.question(page);
  await page.getByRole("button", { name: "Publish HIT" }).click();
  await expect(page).toHaveURL(/\/requester\/hits\/[A-Z0-9]{30}\?created=1$/);
  return /\/requester\/hits\/([A-Z0-9]{30})/.exec(page.url())![1];
}

/** The worker finds the HIT by its title and accepts it. */
async function acceptByTitle(worker: Page, title: string) {
  await worker.goto(`/work?q=${encodeURIComponent(title)}`);
  await worker.getByRole("link", { name: title, exact: true }).click();
  await worker.getByRole("button", { name: ACCEPT }).click();
  await expect(worker).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}$/);
}

/** The worker finds the HIT, accepts it, answers and submits. */
async function doTheHit(worker: Page, title: string, answer: string) {
  await acceptByTitle(worker, title);
  await worker.getByLabel(/Describe the photo/).fill(answer);
  await worker.getByRole("button", { name: "Submit" }).click();
  await expect(worker.getByText("Your work was submitted")).toBeVisible();
}

test("a requester reviews with the keyboard, pays a bonus, adds assignments, expires, deletes and blocks", async ({ browser }) => {
  test.setTimeout(300_000);
  const title = `Describe a photo ${Date.now().toString(36)}`;
  const requester = await newPage(browser);
  await signIn(requester, DEMO_REQUESTER.email, DEMO_REQUESTER.password);

  // The requester posts a HIT with four assignments.
  const hitId = await publishHit(requester, {
    title,
    description: "Look at one photo and describe it in a few words.",
    reward: "0.40",
    assignments: "4",
    question: (page) => page.getByLabel("Question text").fill("Describe the photo in a few words"),
  });
  const hitUrl = `/requester/hits/${hitId}`;

  // Four workers do it: the two demo workers and two new ones.
  const wren = await newPage(browser);
  await signIn(wren, DEMO_WORKER.email, DEMO_WORKER.password);
  await expect(wren.getByRole("link", { name: SEED_HIT, exact: true })).toBeVisible(); // before the block
  await doTheHit(wren, title, "A red bicycle against a wall");
  const sam = await newPage(browser);
  await signIn(sam, SAM.email, SAM.password);
  await doTheHit(sam, title, "A bike leaning on bricks");
  const names = ["Nia Newcomer", "Oli Other"];
  for (const name of names) {
    const w = await newPage(browser);
    await signUp(w, { name, email: uniqueEmail("mgmt"), password: "a long worker passphrase", work: true, post: false });
    await expect(w).toHaveURL(/\/work$/);
    await doTheHit(w, title, name === "Oli Other" ? "No idea" : "Bicycle");
  }

  // The HIT list shows it with its progress; the filters find it.
  await requester.goto(`/requester/hits?q=${encodeURIComponent(title)}&review=1`);
  const row = requester.getByRole("row", { name: new RegExp(title) });
  await expect(row).toBeVisible();
  await expect(row.getByRole("img", { name: /0 reviewed, 4 to review, 0 in progress, 0 available/ })).toBeVisible();
  await requester.goto("/requester/hits");
  await shot(requester, "mgmt-01-hit-list");
  await requester.goto(`/requester/hits?status=Reviewing`);
  await expect(requester.getByText("No HITs match these filters")).toBeVisible();
  await shot(requester, "mgmt-01b-hit-list-no-match");

  // The review queue: answers, work time and approval rate for each submission.
  await requester.goto("/requester/review");
  const item = (worker: string) => requester.getByRole("listitem").filter({ hasText: title }).filter({ hasText: worker });
  await expect(item("Wren Worker").getByText("A red bicycle against a wall")).toBeVisible();
  await expect(item("Wren Worker")).toContainText("approval rate 100%");
  await expect(item("Nia Newcomer")).toContainText("approval rate —");
  await expect(item("Nia Newcomer")).toContainText(/worked \d/);
  await requester.keyboard.press("?");
  await expect(requester.getByRole("region", { name: "Keyboard shortcuts" })).toBeVisible();
  await shot(requester, "mgmt-02-review");
  const phone = await phonePage(browser);
  await signIn(phone, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
  await phone.goto("/requester/review");
  await shot(phone, "mgmt-phone-02-review");

  // Bulk approve: focus Wren's submission, x selects it, j moves to Sam's, x selects that too.
  await item("Wren Worker").getByText("A red bicycle against a wall").click();
  await expect(item("Wren Worker")).toBeFocused();
  await requester.keyboard.press("x");
  await requester.keyboard.press("j");
  await expect(item("Sam Lee")).toBeFocused();
  await requester.keyboard.press("x");
  await expect(requester.getByText("2 selected")).toBeVisible();
  await expect(item("Wren Worker").getByRole("checkbox")).toBeChecked();
  await expect(item("Sam Lee").getByRole("checkbox")).toBeChecked();
  await shot(requester, "mgmt-02b-review-selected");
  // Rejecting needs feedback: the refusal is shown and nothing changes.
  await requester.getByRole("button", { name: "Reject selected" }).click();
  await expect(requester.getByText("Feedback is required to reject")).toBeVisible();
  await requester.getByRole("button", { name: "Approve selected" }).click();
  await expect(requester.getByText("2 submissions approved and paid.")).toBeVisible();
  await expect(item("Wren Worker")).toHaveCount(0);
  await expect(item("Sam Lee")).toHaveCount(0);
  await shot(requester, "mgmt-02c-review-after-bulk");

  // "a" approves the focused submission.
  await item("Nia Newcomer").getByText("Bicycle", { exact: true }).click();
  await requester.keyboard.press("a");
  await expect(requester.getByText("1 submission approved and paid.")).toBeVisible();
  await expect(item("Nia Newcomer")).toHaveCount(0);

  // "r" goes to the feedback box; typing there (even a, r, j, x) never fires a shortcut.
  await item("Oli Other").locator("dl").click();
  await requester.keyboard.press("r");
  await expect(item("Oli Other").getByLabel(/Feedback to the worker/)).toBeFocused();
  await requester.keyboard.type("The answer was left blank, sorry: a, r, j, x.");
  await expect(item("Oli Other")).toHaveCount(1);
  await expect(item("Oli Other").getByRole("checkbox")).not.toBeChecked();
  await item("Oli Other").getByRole("button", { name: "Reject" }).click();
  await expect(requester.getByText("1 submission rejected")).toBeVisible();
  await expect(item("Oli Other")).toHaveCount(0);

  // On the HIT page: the reviewed work, a bonus, and an override for the rejected one.
  await requester.goto(hitUrl);
  const reviewed = requester.getByRole("region", { name: "Reviewed and in progress" });
  const wrenDone = reviewed.getByRole("listitem").filter({ hasText: "Wren Worker" });
  await expect(wrenDone.getByText("Approved")).toBeVisible();
  await expect(reviewed.getByRole("listitem").filter({ hasText: "Oli Other" }).getByRole("button", { name: "Approve anyway (override)" })).toBeVisible();
  await expect(requester.getByText("No bonuses on this HIT")).toBeVisible();
  await wrenDone.getByRole("button", { name: "Pay a bonus" }).click();
  const bonus = requester.getByRole("dialog", { name: "Pay Wren Worker a bonus" });
  await bonus.getByLabel("Amount (USD)").fill("0");
  await bonus.getByLabel("Reason").fill("Extra careful description");
  await bonus.getByRole("button", { name: "Pay bonus" }).click();
  await expect(bonus.getByText("At least $0.01")).toBeVisible();
  await shot(requester, "mgmt-03b-bonus-dialog-error");
  await bonus.getByLabel("Amount (USD)").fill("0.25");
  await bonus.getByRole("button", { name: "Pay bonus" }).click();
  await expect(requester.getByText("Bonus paid.")).toBeVisible();
  await expect(bonus).toBeHidden();
  const bonusRow = requester.getByRole("region", { name: "Bonuses paid" }).getByRole("listitem").filter({ hasText: "Extra careful description" });
  await expect(bonusRow).toContainText("$0.25");
  await expect(bonusRow).toContainText("$0.05");

  // Add assignments: 4 + 6 would cross 10, which MTurk refuses; 1 more is fine.
  const count = requester.getByLabel("Assignments to add");
  await count.fill("6");
  await requester.getByRole("button", { name: "Add assignments" }).click();
  await expect(requester.getByText(/fewer than 10 cannot be extended to 10 or more/)).toBeVisible();
  await count.fill("1");
  await requester.getByRole("button", { name: "Add assignments" }).click();
  await expect(requester.getByText("Assignments added.")).toBeVisible();
  await expect(requester.getByText("Not yet: This HIT still has open assignments.")).toBeVisible();
  await expect(requester.getByRole("button", { name: "Delete HIT" })).toHaveCount(0);
  await shot(requester, "mgmt-03-hit-detail");
  await phone.goto(hitUrl);
  await shot(phone, "mgmt-phone-03-hit-detail");

  // Expire now, after confirming.
  await requester.getByRole("button", { name: "Expire now" }).click();
  await requester.getByRole("dialog", { name: "Expire this HIT now?" }).getByRole("button", { name: "Expire now" }).click();
  await expect(requester.getByText("The HIT has expired.")).toBeVisible();
  await expect(requester.getByRole("main").getByText("Reviewable", { exact: true }).first()).toBeVisible();

  // Reviewing and back, now that it applies.
  await requester.getByRole("button", { name: "Mark Reviewing" }).click();
  await expect(requester.getByText("The HIT is marked Reviewing.")).toBeVisible();
  await requester.getByRole("button", { name: "Revert to Reviewable" }).click();
  await expect(requester.getByText("The HIT is Reviewable again.")).toBeVisible();

  // Delete, after confirming: back on the list, which no longer shows it.
  await requester.getByRole("button", { name: "Delete HIT" }).click();
  await requester.getByRole("dialog", { name: "Delete this HIT?" }).getByRole("button", { name: "Delete HIT" }).click();
  await expect(requester).toHaveURL(/\/requester\/hits\?notice=hit-deleted$/, { timeout: 30_000 });
  await expect(requester.getByText("The HIT was deleted.")).toBeVisible();
  await expect(requester.getByRole("link", { name: title })).toHaveCount(0);

  // Funds: the bonus with its fee in its own column.
  await requester.goto("/requester/funds");
  const bonusTx = requester.getByRole("row", { name: /Bonus for/ }).first();
  await expect(bonusTx).toContainText("−$0.30");
  await expect(bonusTx.getByRole("cell").last()).toHaveText("$0.05");
  await shot(requester, "mgmt-05-funds");

  // Workers: message Wren, then block her; she no longer sees the requester's HITs.
  await requester.goto("/requester/workers");
  const wrenRow = requester.getByRole("listitem", { name: "Wren Worker" });
  await expect(wrenRow).toContainText("Approved");
  await wrenRow.getByRole("button", { name: "Message" }).click();
  const message = requester.getByRole("dialog", { name: "Message Wren Worker" });
  await message.getByLabel("Subject").fill("Thanks for the photos");
  await message.getByRole("textbox", { name: /^Message/ }).fill("More of these are coming next week.");
  await message.getByRole("button", { name: "Send" }).click();
  await expect(requester.getByText("Message sent.")).toBeVisible();
  await wrenRow.getByRole("button", { name: "Block" }).click();
  const block = requester.getByRole("dialog", { name: "Block Wren Worker?" });
  await block.getByRole("button", { name: "Block worker" }).click();
  await expect(block.getByText("Enter a reason")).toBeVisible();
  await block.getByLabel("Reason").fill("Testing the block");
  await block.getByRole("button", { name: "Block worker" }).click();
  await expect(requester.getByText("Worker blocked.")).toBeVisible();
  await expect(wrenRow.getByText("Blocked", { exact: true })).toBeVisible();
  await expect(wrenRow.getByRole("button", { name: "Unblock Wren Worker" })).toBeVisible();
  await shot(requester, "mgmt-04-workers");
  await phone.goto("/requester/workers");
  await shot(phone, "mgmt-phone-04-workers");

  await wren.goto(`/work?q=${encodeURIComponent(SEED_HIT)}`);
  await expect(wren.getByText("No HITs match these filters")).toBeVisible();
  await wren.goto("/work");
  await expect(wren.getByText("by Riverside Research Lab")).toHaveCount(0);

  // The remaining phone-width pages.
  for (const [path, name] of [["/requester/hits", "mgmt-phone-01-hit-list"], ["/requester/funds", "mgmt-phone-05-funds"]] as const) {
    await phone.goto(path);
    await shot(phone, name);
  }
});

const FILE_QUESTION = `<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
  <Question>
    <QuestionIdentifier>photo</QuestionIdentifier>
    <IsRequired>true</IsRequired>
    <QuestionContent><Text>Upload your notes</Text></QuestionContent>
    <AnswerSpecification><FileUploadAnswer><MaxFileSizeInBytes>1048576</MaxFileSizeInBytes><MinFileSizeInBytes>1</MinFileSizeInBytes></FileUploadAnswer></AnswerSpecification>
  </Question>
</QuestionForm>`;

test("an uploaded file downloads as an attachment for its requester and nobody else", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Upload notes ${Date.now().toString(36)}`;
  const requester = await newPage(browser);
  await signIn(requester, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
  await publishHit(requester, {
    title,
    description: "Upload a text file with your notes.",
    reward: "0.10",
    assignments: "1",
    question: async (page) => {
      await page.getByLabel("Paste QuestionForm, HTMLQuestion or ExternalQuestion XML").check();
      await page.getByRole("textbox", { name: "Question XML" }).fill(FILE_QUESTION);
    },
  });

  const worker = await newPage(browser);
  await signUp(worker, { name: "Fay Files", email: uniqueEmail("files"), password: "a long worker passphrase", work: true, post: false });
  await expect(worker).toHaveURL(/\/work$/);
  await acceptByTitle(worker, title);
  await worker.getByLabel(/Upload your notes/).setInputFiles({ name: "résumé <b>.html", mimeType: "text/html", buffer: Buffer.from("<script>alert(1)</script>") });
  await worker.getByRole("button", { name: "Submit" }).click();
  await expect(worker.getByText("Your work was submitted")).toBeVisible();

  // The requester sees the file by name, with a link that downloads it as opaque bytes.
  await requester.goto("/requester/review");
  const item = requester.getByRole("listitem").filter({ hasText: title });
  const link = item.getByRole("link", { name: "résumé <b>.html" });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/requester\/files\/[A-Z0-9]{30}$/);
  const res = await requester.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/octet-stream");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-disposition"]).toBe(`attachment; filename="r_sum_ <b>.html"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%3Cb%3E.html`);
  expect(await res.text()).toBe("<script>alert(1)</script>");
  const [download] = await Promise.all([requester.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toContain("résumé");

  // Anyone else gets a 404: the worker who uploaded it, another requester, a visitor, a malformed id.
  expect((await worker.request.get(href)).status()).toBe(404);
  const other = await newPage(browser);
  await signUp(other, { name: "Otto Other", email: uniqueEmail("other"), password: "a long requester passphrase", work: false, post: true });
  await expect(other).toHaveURL(/\/requester$/);
  expect((await other.request.get(href)).status()).toBe(404);
  const visitor = await newPage(browser);
  expect((await visitor.request.get(href)).status()).toBe(404);
  expect((await requester.request.get("/requester/files/not-an-id")).status()).toBe(404);
});
