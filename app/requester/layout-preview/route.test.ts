import { describe, expect, it } from "vitest";
import { htmlQuestionCsp } from "@/lib/questions/frame-document";
import { LAYOUT_PREVIEW_MESSAGE } from "@/lib/questions/layout-preview-shell";
import { GET } from "./route";

describe("the layout preview shell", () => {
  it("is served with the task frame's sandboxing policy, for this site's origin", async () => {
    const res = GET(new Request("http://localhost:3300/requester/layout-preview", { headers: { host: "pw.example:8443", "x-forwarded-proto": "https" } }));
    expect(res.headers.get("content-security-policy")).toBe(htmlQuestionCsp("https://pw.example:8443"));
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toMatch(/^private/);
  });

  it("is a document whose one script takes the document its parent posts", async () => {
    const html = await GET(new Request("http://localhost/requester/layout-preview")).text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain("event.source !== parent");
    expect(html).toContain(JSON.stringify(LAYOUT_PREVIEW_MESSAGE));
    expect(html).toContain("document.write(m.html)");
  });
});
