// The authorization matrix of the pages, against the production server: every page under app/ (found on
// disk, so a new page joins the matrix by existing), requested by a signed-out visitor, the worker who did
// the work, another worker, the requester who owns it, another requester and an admin. Each must get what
// its role and ownership allow: the page, a redirect to sign in, 403, or 404 for someone else's object,
// and every page carries the security headers, among them a script policy whose nonce is on every script
// of the page. Then the policy in a browser: nothing of ours is refused, injected markup is, and the
// layout preview runs the requester's scripts under the task frame's policy instead.
import { test, expect, request as playwrightRequest, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import "./api/sdk"; // points this process at the server's database
import { DEMO_ADMIN } from "./helpers";

type Who = "signed out" | "their worker" | "another worker" | "owner" | "another requester" | "admin";
type Outcome = "page" | "sign in" | "forbidden" | "not found";

function pagesOnDisk(dir = join(process.cwd(), "app")): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) found.push(...pagesOnDisk(p));
    else if (name === "page.tsx") found.push("/" + relative(join(process.cwd(), "app"), dir).split("/").filter((s) => !s.startsWith("(")).join("/"));
  }
  return found;
}

/** The nonce of a policy's script-src, if it has one. */
const scriptNonce = (csp: string) => /(?:^|;\s*)script-src [^;]*'nonce-([A-Za-z0-9+/_-]+={0,2})'/.exec(csp)?.[1];

/** The <script> tags of a served page that do not carry the nonce. */
const scriptsWithoutNonce = (html: string, nonce: string) => (html.match(/<script\b[^>]*>/gi) ?? []).filter((tag) => !tag.includes(` nonce="${nonce}"`));

const cspHeaderCount = (res: APIResponse) => res.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy").length;

async function signedIn(baseURL: string, email: string | null, password = ""): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  if (email) {
    const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
    await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
    const cookies = (await ctx.storageState()).cookies.map((c) => c.name);
    expect(cookies, `${email} signed in`).toContain("next-auth.session-token");
  }
  return ctx;
}

test("every page answers each role and owner as it should, with the security headers", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const { makeHit, makeRequester, makeWorker, simpleAnswerXml, simpleQuestionForm } = await import("@/lib/testing/factories");
  const { acceptHit, submitAssignment } = await import("@/lib/assignments/mutations");
  const { createQualificationType } = await import("@/lib/qualifications/types");
  const { startTest } = await import("@/lib/qualifications/requests");
  const { createProject } = await import("@/lib/projects/mutations");
  const { publishBatch } = await import("@/lib/batches/publish");
  const { projectInput } = await import("@/lib/testing/project-input");
  const { db } = await import("@/lib/db/client");

  // The owner's objects, one for every kind of id in a page's path.
  const owner = await makeRequester(20_000, "Matrix Owner");
  const worker = await makeWorker("Matrix Worker");
  const hit = await makeHit(owner.id);
  const assignment = await acceptHit(worker.id, hit.id);
  await submitAssignment(worker.id, assignment.id, simpleAnswerXml);
  const type = await createQualificationType(owner.id, {
    name: `Matrix skill ${Date.now()}`,
    description: "A test to take",
    keywords: "",
    status: "Active",
    test: simpleQuestionForm,
    testDurationSeconds: 600,
  });
  await startTest(worker.id, type.id);
  const testRequest = await db.qualificationRequest.findFirstOrThrow({ where: { workerId: worker.id, qualificationTypeId: type.id } });
  const project = await createProject(owner.id, projectInput({ layout: "<p>${text}</p><crowd-input name=\"sentiment\"></crowd-input>" }));
  const batch = await publishBatch(owner.id, project.id, "text,source\nHello there,matrix\n");
  const ids: Record<string, string> = {
    "[hitId]": hit.id,
    "[hitTypeId]": hit.hitTypeId,
    "[assignmentId]": assignment.id,
    "[typeId]": type.id,
    "[requestId]": testRequest.id,
    "[projectId]": project.id,
    "[batchId]": batch.batch.id,
    "[userId]": worker.id,
  };

  const users: Record<Exclude<Who, "signed out">, { email: string; password: string }> = {
    "their worker": { email: worker.email, password: "worker-password-123" },
    "another worker": { email: (await makeWorker("Other Matrix Worker")).email, password: "worker-password-123" },
    owner: { email: owner.email, password: "requester-password-123" },
    "another requester": { email: (await makeRequester(0, "Other Matrix Requester")).email, password: "requester-password-123" },
    admin: DEMO_ADMIN,
  };
  const roles: Record<Who, { worker: boolean; requester: boolean; admin: boolean; ownsWork: boolean; ownsPosts: boolean }> = {
    "signed out": { worker: false, requester: false, admin: false, ownsWork: false, ownsPosts: false },
    "their worker": { worker: true, requester: false, admin: false, ownsWork: true, ownsPosts: false },
    "another worker": { worker: true, requester: false, admin: false, ownsWork: false, ownsPosts: false },
    owner: { worker: false, requester: true, admin: false, ownsWork: false, ownsPosts: true },
    "another requester": { worker: false, requester: true, admin: false, ownsWork: false, ownsPosts: false },
    admin: { worker: false, requester: false, admin: true, ownsWork: false, ownsPosts: false },
  };
  const contexts = Object.fromEntries(
    await Promise.all((Object.keys(roles) as Who[]).map(async (who) => [who, await signedIn(baseURL!, who === "signed out" ? null : users[who].email, who === "signed out" ? "" : users[who].password)])),
  ) as Record<Who, APIRequestContext>;

  // Groups and qualification types are public to every worker; other objects belong to their owner.
  const publicToWorkers = (route: string) => route.startsWith("/work/groups/") || route === "/work/qualifications/[typeId]";
  function expected(route: string, who: Who): Outcome | "public" {
    const area = route.split("/")[1];
    // Every signed-in user has notifications, whatever their roles.
    if (area === "notifications") return who === "signed out" ? "sign in" : "page";
    if (!["work", "requester", "admin"].includes(area)) return "public";
    const r = roles[who];
    if (who === "signed out") return "sign in";
    if (!(area === "work" ? r.worker : area === "requester" ? r.requester : r.admin)) return "forbidden";
    if (area === "admin") return "page"; // admins see every user's page
    const hasObject = /\[/.test(route);
    if (!hasObject || publicToWorkers(route)) return "page";
    return (area === "work" ? r.ownsWork : r.ownsPosts) ? "page" : "not found";
  }

  const routes = pagesOnDisk().sort();
  expect(routes.length).toBeGreaterThanOrEqual(30);
  const wrong: string[] = [];
  for (const route of routes) {
    const path = route.replace(/\[[a-zA-Z]+\]/g, (seg) => ids[seg] ?? seg) || "/";
    expect(path, `an id for every segment of ${route}`).not.toMatch(/\[/);
    for (const who of Object.keys(roles) as Who[]) {
      const res = await contexts[who].get(path);
      const status = res.status();
      const location = res.headers()["location"] ?? "";
      // Under a loading boundary the page streams, so notFound() and forbidden() inside it arrive with
      // status 200: the server sends the loading state and the error's digest, and the browser shows the
      // not-found or 403 page (no data of the object is sent). Read the digest.
      const body = status === 200 ? await res.text() : "";
      const got: Outcome | string =
        status === 200 ? (body.includes('data-dgst="NEXT_HTTP_ERROR_FALLBACK;404"') ? "not found" : body.includes('data-dgst="NEXT_HTTP_ERROR_FALLBACK;403"') ? "forbidden" : "page") : status >= 300 && status < 400 && location.includes("/signin") ? "sign in" : status === 403 ? "forbidden" : status === 404 ? "not found" : `${status} ${location}`;
      const want = expected(route, who);
      if (want === "public" ? status >= 500 : got !== want) wrong.push(`${path} as ${who}: ${got}, expected ${want === "public" ? "no server error" : want}`);
      if (status === 200) {
        const h = res.headers();
        const csp = h["content-security-policy"] ?? "";
        const nonce = scriptNonce(csp);
        const missing = [
          h["x-content-type-options"] !== "nosniff" && "X-Content-Type-Options",
          !h["referrer-policy"] && "Referrer-Policy",
          !/frame-ancestors 'self'/.test(csp) && "CSP frame-ancestors",
          !/object-src 'none'/.test(csp) && "CSP object-src",
          !/form-action 'self'/.test(csp) && "CSP form-action",
          !nonce && "CSP script-src nonce",
          !/script-src [^;]*'strict-dynamic'/.test(csp) && "CSP 'strict-dynamic'",
          /script-src [^;]*'unsafe-(inline|eval)'/.test(csp) && "CSP without unsafe script sources",
          cspHeaderCount(res) !== 1 && "exactly one CSP header",
          nonce && scriptsWithoutNonce(body, nonce).length > 0 && `nonce on ${scriptsWithoutNonce(body, nonce).join(" ")}`,
        ].filter(Boolean);
        if (missing.length) wrong.push(`${path} as ${who}: no ${missing.join(", ")}`);
      }
    }
  }
  expect(wrong).toEqual([]);
  for (const ctx of Object.values(contexts)) await ctx.dispose();
});

test("pages get a new script nonce on every request, the task frame's policy stays the frames' own", async ({ request }) => {
  const first = await request.get("/signin");
  const second = await request.get("/signin");
  const [a, b] = [scriptNonce(first.headers()["content-security-policy"] ?? ""), scriptNonce(second.headers()["content-security-policy"] ?? "")];
  expect(a).toBeTruthy();
  expect(b).toBeTruthy();
  expect(a).not.toBe(b);
  const html = await second.text();
  expect(html.match(/<script\b/g)?.length ?? 0).toBeGreaterThan(0);
  expect(scriptsWithoutNonce(html, b!)).toEqual([]);

  // A path no route has: the not-found page is rendered per request too, so its scripts carry the nonce.
  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  const nonce = scriptNonce(missing.headers()["content-security-policy"] ?? "");
  expect(nonce).toBeTruthy();
  expect(scriptsWithoutNonce(await missing.text(), nonce!)).toEqual([]);

  // The layout preview's shell: the task frame's sandboxing policy and nothing of the page policy.
  const { htmlQuestionCsp } = await import("@/lib/questions/frame-document");
  const shell = await request.get("/requester/layout-preview");
  expect(shell.status()).toBe(200);
  expect(cspHeaderCount(shell)).toBe(1);
  const shellCsp = shell.headers()["content-security-policy"];
  expect(shellCsp).toBe(htmlQuestionCsp(new URL(shell.url()).origin));
  expect(shellCsp).toMatch(/^sandbox allow-scripts allow-forms;/);
  expect(shellCsp).toContain("frame-ancestors 'self'");
  expect(shellCsp).not.toContain("nonce-");
  expect(shell.headers()["referrer-policy"]).toBe("no-referrer");

  // Pages given with a trailing slash move to the path without it (the MTurk API keeps its own).
  const slashed = await request.get("/signin/?callbackUrl=%2Fwork", { maxRedirects: 0 });
  expect(slashed.status()).toBe(308);
  expect(slashed.headers()["location"]).toMatch(/^(http:\/\/[^/]+)?\/signin\?callbackUrl=%2Fwork$/);
});

/** Collects the browser's reports of Content-Security-Policy refusals (and script errors) on a page. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => seen.push(`${page.url()}: ${e.message}`));
  return seen;
}

// Runs in the preview: the layout's own inline script, with a top-level const (which a second run in the
// same window could not declare again), writing what it read from the sample row.
const SCRIPTED_LAYOUT = [
  '<p id="text">${text}</p>',
  '<script>const seen = document.getElementById("text").textContent; const p = document.createElement("p"); p.id = "ran"; p.textContent = "script saw " + seen; document.body.append(p); document.body.dataset.ran = "yes";</script>',
].join("\n");

test("pages run under the nonce policy without a violation, and the layout preview runs the layout's scripts", async ({ browser }) => {
  test.setTimeout(180_000);
  const { newRequester, newWorker } = await import("./api/sdk");
  const { newPage, signIn } = await import("./helpers");

  // The worker: sign-in (a client form) and the HIT groups page.
  const worker = await newPage(browser);
  const workerSays = cspViolations(worker);
  const w = await newWorker();
  await signIn(worker, w.email, w.password);
  await worker.goto("/work");
  await expect(worker.getByRole("heading", { name: "Find HITs" })).toBeVisible();
  // Client-side navigation works: the app's scripts loaded under the policy.
  await worker.getByRole("link", { name: "Qualifications" }).first().click();
  await expect(worker).toHaveURL(/\/work\/qualifications$/);
  expect(workerSays).toEqual([]);
  // Injected markup's inline handler is refused, and the refusal is reported where the check above looks.
  await worker.evaluate(() => document.body.insertAdjacentHTML("beforeend", `<img src="/no-such-image" alt="" onerror="document.body.dataset.injected = 'yes'">`));
  await expect.poll(() => workerSays).toEqual([expect.stringMatching(/inline event handler violates the following Content Security Policy directive 'script-src /)]);
  expect(await worker.evaluate(() => document.body.dataset.injected)).toBeUndefined();

  // The requester: the project editor's live preview runs the layout's script, again after every change.
  const requester = await newPage(browser);
  const requesterSays = cspViolations(requester);
  const r = await newRequester(10);
  await signIn(requester, r.email, r.password);
  await requester.goto("/requester/projects/new");
  const stamp = Date.now().toString(36);
  await requester.getByLabel("Project name").fill(`Scripted ${stamp}`);
  await requester.getByLabel("Title").fill(`Scripted layout ${stamp}`);
  await requester.getByLabel("Layout HTML").fill(SCRIPTED_LAYOUT);
  const sample = requester.getByRole("textbox", { name: "text", exact: true });
  await sample.fill("first words");
  const preview = requester.frameLocator('iframe[title="Preview of one HIT"]');
  await expect(preview.locator("#ran")).toHaveText("script saw first words");
  await expect(preview.locator("body")).toHaveAttribute("data-ran", "yes");
  await sample.fill("second <b>words</b>");
  await expect(preview.locator("#ran")).toHaveText("script saw second <b>words</b>");
  await expect(preview.locator("#ran")).toHaveCount(1);
  await requester.getByRole("button", { name: "Save project" }).click();
  await expect(requester.getByText("Project saved.")).toBeVisible();

  // The batch upload's preview of the first rows, each in its own frame.
  await requester.getByRole("link", { name: "Publish a batch" }).click();
  await requester.getByLabel("CSV file").setInputFiles({ name: "rows.csv", mimeType: "text/csv", buffer: Buffer.from("text\nrow one\nrow two\n") });
  await expect(requester.frameLocator('iframe[title="Preview of row 1"]').locator("#ran")).toHaveText("script saw row one");
  await expect(requester.frameLocator('iframe[title="Preview of row 2"]').locator("#ran")).toHaveText("script saw row two");
  expect(requesterSays).toEqual([]);
});

test("the preview shell shows only what its parent posts", async ({ browser }) => {
  const { LAYOUT_PREVIEW_MESSAGE, LAYOUT_PREVIEW_SRC } = await import("@/lib/questions/layout-preview-shell");
  const { newPage } = await import("./helpers");
  const page = await newPage(browser);
  await page.goto("/signin");
  // Opened as a window of its own, its parent is itself: another window that holds it (here its opener,
  // as a page framing it beside the editor's would) cannot fill it.
  const [shell] = await Promise.all([page.waitForEvent("popup"), page.evaluate((src) => void ((window as unknown as { shell: Window | null }).shell = window.open(src)), LAYOUT_PREVIEW_SRC)]);
  await shell.waitForLoadState();
  const message = { type: LAYOUT_PREVIEW_MESSAGE, html: '<!DOCTYPE html><p id="shown">filled</p>' };
  await page.evaluate((m) => (window as unknown as { shell: Window }).shell.postMessage(m, "*"), message);
  await page.waitForTimeout(500);
  await expect(shell.locator("#shown")).toHaveCount(0);
  // From its parent (itself, here) the same message is shown.
  await shell.evaluate((m) => window.postMessage(m, "*"), message);
  await expect(shell.locator("#shown")).toHaveText("filled");
});
