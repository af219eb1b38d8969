// The three MTurk question formats end to end in real Chromium: the demo requester creates a
// QuestionForm (builder), an HTMLQuestion and an ExternalQuestion (pasted XML); a new worker previews,
// accepts and completes each; the requester reads the answers and approves. Then two attacks: an
// HTMLQuestion trying to reach the page around it, and FormattedContent carrying scripts.
import { test, expect, type Page } from "@playwright/test";
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { newPage, shot, signIn, signUp, uniqueEmail } from "./helpers";

const QUESTIONS = fileURLToPath(new URL("./fixtures/mturk/questions/", import.meta.url));
const DEMO_REQUESTER = { email: "requester@piecework.local", password: "demo-requester-password" };
const HTML_NS = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd";
const FORM_NS = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd";

// The requester's own web server for the ExternalQuestion: one static page on a free loopback port.
let external: Server;
let externalBase = "";
test.beforeAll(async () => {
  const page = readFileSync(join(QUESTIONS, "external-task.html"));
  external = createServer((req, res) => {
    if (req.url?.split("?")[0] === "/external-task.html") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page);
    } else {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => external.listen(0, "127.0.0.1", resolve));
  externalBase = `http://127.0.0.1:${(external.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((resolve) => external.close(resolve));
});

type NewHit = { title: string; reward: string } & ({ build: (page: Page) => Promise<void> } | { xml: string });

/** Fills the "Create a HIT" form for one assignment and publishes it; returns the HIT id. */
async function createHit(page: Page, hit: NewHit, screenshot?: string): Promise<string> {
  await page.goto("/requester/hits/new");
  await page.getByLabel("Title").fill(hit.title);
  await page.getByLabel("Description").fill(`Description of ${hit.title}`);
  await page.getByLabel("Reward per assignment (USD)").fill(hit.reward);
  await page.getByLabel("Number of assignments").fill("1");
  if ("xml" in hit) {
    await page.getByLabel("Paste QuestionForm, HTMLQuestion or ExternalQuestion XML").check();
    await page.getByLabel("Question XML", { exact: true }).fill(hit.xml);
  } else {
    await hit.build(page);
  }
  if (screenshot) await shot(page, screenshot);
  await page.getByRole("button", { name: "Publish HIT" }).click();
  await expect(page).toHaveURL(/\/requester\/hits\/[A-Z0-9]{30}\?created=1$/);
  return /\/requester\/hits\/([A-Z0-9]{30})/.exec(page.url())![1];
}

async function openGroup(worker: Page, title: string) {
  await worker.goto(`/work?q=${encodeURIComponent(title)}`);
  await worker.getByRole("link", { name: title, exact: true }).click();
  await expect(worker.getByRole("heading", { name: "Preview" })).toBeVisible();
}

async function accept(worker: Page) {
  await worker.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(worker).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}$/);
}

async function expectSubmitted(worker: Page) {
  await expect(worker).toHaveURL(/\/work\/assignments\?submitted=1$/);
  await expect(worker.getByText("Your work was submitted")).toBeVisible();
}

test("a QuestionForm, an HTMLQuestion and an ExternalQuestion from creation to payment", async ({ browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const titles = { form: `Rate the coffee ${stamp}`, html: `Translate a sentence ${stamp}`, external: `Judge grammar ${stamp}` };
  const requester = await newPage(browser);
  const worker = await newPage(browser);

  // (a) The requester creates one HIT of each format.
  await signIn(requester, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
  await createHit(requester, {
    title: titles.form,
    reward: "0.21",
    build: async (page) => {
      await page.getByLabel("Question text").fill("How good was the coffee?");
    },
  });
  await createHit(requester, { title: titles.html, reward: "0.22", xml: readFileSync(join(QUESTIONS, "htmlquestion.xml"), "utf8") }, "formats-01-create-paste-html");
  const externalXml = readFileSync(join(QUESTIONS, "externalquestion.xml"), "utf8").replace("EXTERNAL_BASE", externalBase);
  await createHit(requester, { title: titles.external, reward: "0.23", xml: externalXml });

  // (b) A new worker previews the ExternalQuestion: the requester's page knows it is a preview.
  await signUp(worker, { name: "Fran Frames", email: uniqueEmail("frames"), password: "a long worker passphrase", work: true, post: false });
  await expect(worker).toHaveURL(/\/work$/);
  await openGroup(worker, titles.external);
  const frame = worker.frameLocator("iframe");
  await expect(frame.getByRole("heading", { name: "Preview" })).toBeVisible();
  await expect(frame.getByText("Batch 7.")).toBeVisible();
  await expect(frame.getByRole("button", { name: "Submit" })).toBeDisabled();
  await shot(worker, "formats-02-preview-external");
  await accept(worker);
  await expect(frame.getByRole("heading", { name: "Working" })).toBeVisible();
  await frame.getByLabel("Yes").check();
  await shot(worker, "formats-03-task-external");
  await frame.getByRole("button", { name: "Submit" }).click();
  await expectSubmitted(worker);

  // The HTMLQuestion: disabled in preview by its own script, then done for real.
  await openGroup(worker, titles.html);
  await expect(frame.getByRole("heading", { name: "Translate into French" })).toBeVisible();
  await expect(frame.locator("#submitButton")).toBeDisabled();
  await expect(frame.locator("#submitButton")).toHaveValue("Accept the HIT to submit");
  await shot(worker, "formats-04-preview-html");
  await accept(worker);
  await expect(frame.locator("#submitButton")).toBeEnabled();
  await frame.locator('textarea[name="translation"]').fill("Le rapide renard brun saute par-dessus le chien paresseux.");
  await frame.getByLabel("I am a native French speaker").check();
  await shot(worker, "formats-05-task-html");
  await frame.locator("#submitButton").click();
  await expectSubmitted(worker);

  // The QuestionForm, rendered by our own components.
  await openGroup(worker, titles.form);
  await shot(worker, "formats-06-preview-form");
  await accept(worker);
  await worker.getByLabel(/How good was the coffee/).fill("Strong and fruity");
  await worker.getByRole("button", { name: "Submit" }).click();
  await expectSubmitted(worker);

  // (c) The requester reads each submission and approves it.
  await requester.goto("/requester/review");
  const item = (title: string) => requester.getByRole("listitem").filter({ hasText: title });
  await expect(item(titles.form).getByText("Strong and fruity")).toBeVisible();
  await expect(item(titles.html).getByText("Le rapide renard brun saute par-dessus le chien paresseux.")).toBeVisible();
  await expect(item(titles.html).getByText("native", { exact: true })).toBeVisible();
  await expect(item(titles.external).getByText("grammatical", { exact: true })).toBeVisible();
  await expect(item(titles.external).getByText("yes", { exact: true })).toBeVisible();
  await shot(requester, "formats-07-review");
  for (const title of [titles.form, titles.html, titles.external]) {
    await item(title).getByRole("button", { name: "Approve" }).click();
    await expect(requester.getByText(/approved and paid\./i).first()).toBeVisible();
    await expect(item(title)).toHaveCount(0);
  }

  // The worker sees the three approved rewards: $0.21 + $0.22 + $0.23.
  await worker.goto("/work/dashboard?status=Approved");
  await expect(worker.getByText("Approved earnings").locator("..")).toContainText("$0.66");
  for (const title of Object.values(titles)) {
    await expect(worker.getByRole("row", { name: new RegExp(title) })).toContainText("Approved");
  }
  await shot(worker, "formats-08-dashboard");
});

test("an HTMLQuestion runs sandboxed: it cannot read the page around it, its cookies or storage", async ({ browser }) => {
  const title = `Sandbox probe ${Date.now().toString(36)}`;
  const probe = `<!DOCTYPE html><html><body>
<p>Title: <span id="title">waiting</span></p><p>Cookie: <span id="cookie">waiting</span></p><p>Origin: <span id="origin"></span></p>
<form id="f" method="post"><input type="hidden" name="assignmentId" id="a"><button>Send anyway</button></form>
<script>
  var q = new URLSearchParams(location.search);
  document.getElementById("a").value = q.get("assignmentId");
  document.getElementById("f").action = q.get("turkSubmitTo") + "/mturk/externalSubmit";
  function attempt(id, read) { var out; try { out = String(read()); } catch (e) { out = "blocked"; } document.getElementById(id).textContent = out; }
  attempt("title", function () { return parent.document.title; });
  attempt("cookie", function () { return document.cookie; });
  document.getElementById("origin").textContent = String(window.origin);
</script></body></html>`;
  const requester = await newPage(browser);
  await signIn(requester, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
  const hitId = await createHit(requester, {
    title,
    reward: "0.05",
    xml: `<HTMLQuestion xmlns="${HTML_NS}"><HTMLContent><![CDATA[${probe}]]></HTMLContent><FrameHeight>200</FrameHeight></HTMLQuestion>`,
  });

  const worker = await newPage(browser);
  await signUp(worker, { name: "Sam Sandbox", email: uniqueEmail("sandbox"), password: "a long worker passphrase", work: true, post: false });
  await expect(worker).toHaveURL(/\/work$/);
  await openGroup(worker, title);
  const frame = worker.frameLocator("iframe");
  await expect(frame.locator("#title")).toHaveText("blocked");
  await expect(frame.locator("#cookie")).toHaveText("blocked");
  await expect(frame.locator("#origin")).toHaveText("null");
  await expect(worker.locator("iframe")).toHaveAttribute("sandbox", "allow-scripts allow-forms");
  await shot(worker, "formats-10-sandbox-probe");

  // Its form may post to our submit route (the CSP's form-action names it); in preview that is refused
  // and the page around the frame says why.
  await frame.getByRole("button", { name: "Send anyway" }).click();
  await expect(worker.getByRole("alert").filter({ hasText: "Your work was not submitted" })).toContainText("This is a preview. Accept the HIT to submit your work.");
  await expect(frame.getByRole("heading", { name: "Not submitted" })).toBeVisible();
  await shot(worker, "formats-11-preview-submit-refused");

  // The frame's document carries its own sandboxing policy, for anyone who opens its URL directly.
  const res = await worker.request.get(`/mturk/frame/${hitId}`);
  expect(res.status()).toBe(200);
  const csp = res.headers()["content-security-policy"];
  expect(csp).toMatch(/^sandbox allow-scripts allow-forms; default-src 'none';/);
  expect(csp).toContain("form-action http://localhost:");
  expect(res.headers()["referrer-policy"]).toBe("no-referrer");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");

  // Signed out, it is not there at all.
  const anonymous = await newPage(browser);
  expect((await anonymous.request.get(`/mturk/frame/${hitId}`)).status()).toBe(404);
  // A submission from the preview (no assignment yet) is refused with a reason, not a crash.
  const preview = await anonymous.request.post("/mturk/externalSubmit", { form: { assignmentId: "ASSIGNMENT_ID_NOT_AVAILABLE", answer: "x" } });
  expect(preview.status()).toBe(400);
  expect(await preview.text()).toContain("Accept the HIT to submit");
  // Both form encodings and GET are read; a caller's mistake is a 400 that says what is wrong.
  const unknown = await anonymous.request.post("/mturk/externalSubmit", { multipart: { assignmentId: "Z".repeat(30), answer: "x" } });
  expect(unknown.status()).toBe(400);
  expect(await unknown.text()).toContain("There is no such assignment.");
  const viaGet = await anonymous.request.get("/mturk/externalSubmit?assignmentId=ASSIGNMENT_ID_NOT_AVAILABLE&answer=x");
  expect(viaGet.status()).toBe(400);
  const json = await anonymous.request.post("/mturk/externalSubmit", { data: { assignmentId: "x" } });
  expect(json.status()).toBe(400);
  expect(await json.text()).toContain("Send the answers as a form");
});

test("scripts in FormattedContent never run on the worker's pages", async ({ browser }) => {
  const title = `Formatted content probe ${Date.now().toString(36)}`;
  const xhtml = `<p>Read <b>carefully</b>.</p><script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">`;
  const xml = `<QuestionForm xmlns="${FORM_NS}"><Overview><FormattedContent><![CDATA[${xhtml}]]></FormattedContent></Overview>
<Question><QuestionIdentifier>answer</QuestionIdentifier><QuestionContent><Text>Anything to add?</Text></QuestionContent>
<AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question></QuestionForm>`;
  const requester = await newPage(browser);
  await signIn(requester, DEMO_REQUESTER.email, DEMO_REQUESTER.password);
  await createHit(requester, { title, reward: "0.05", xml });

  const worker = await newPage(browser);
  await signUp(worker, { name: "Pat Probe", email: uniqueEmail("probe"), password: "a long worker passphrase", work: true, post: false });
  await expect(worker).toHaveURL(/\/work$/);

  async function expectInert(page: Page) {
    await expect(page.getByText("carefully")).toBeVisible();
    await page.waitForLoadState("load"); // the broken image has had its chance to fire onerror
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("[onerror]").count()).toBe(0);
    expect(await page.locator("script", { hasText: /^window\.__pwned/ }).count()).toBe(0);
    const source = await (await page.request.get(page.url())).text();
    expect(source).not.toMatch(/<script>window\.__pwned|onerror="window/);
  }

  await openGroup(worker, title);
  await expectInert(worker);
  await shot(worker, "formats-09-preview-formatted-content");
  await accept(worker);
  await expectInert(worker);
});
