// The authorization matrix of the pages, against the production server: every page under app/ (found on
// disk, so a new page joins the matrix by existing), requested by a signed-out visitor, the worker who did
// the work, another worker, the requester who owns it, another requester and an admin. Each must get what
// its role and ownership allow: the page, a redirect to sign in, 403, or 404 for someone else's object,
// and every page carries the security headers.
import { test, expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
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
        const missing = [
          h["x-content-type-options"] !== "nosniff" && "X-Content-Type-Options",
          !h["referrer-policy"] && "Referrer-Policy",
          !/frame-ancestors 'self'/.test(h["content-security-policy"] ?? "") && "CSP frame-ancestors",
          !/object-src 'none'/.test(h["content-security-policy"] ?? "") && "CSP object-src",
          !/form-action 'self'/.test(h["content-security-policy"] ?? "") && "CSP form-action",
        ].filter(Boolean);
        if (missing.length) wrong.push(`${path} as ${who}: no ${missing.join(", ")}`);
      }
    }
  }
  expect(wrong).toEqual([]);
  for (const ctx of Object.values(contexts)) await ctx.dispose();
});
