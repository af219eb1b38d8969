import { describe, expect, it } from "vitest";
import { resultPage } from "./result-page";

describe("resultPage", () => {
  it("tells the parent page about a submission, under a nonce-only CSP", async () => {
    const res = resultPage({ status: 200, assignmentId: "3ASG0000000000000000000000000B" });
    const html = await res.text();
    const nonce = /script-src 'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    expect(res.status).toBe(200);
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<script nonce="${nonce}">parent.postMessage({"type":"piecework:submitted","assignmentId":"3ASG0000000000000000000000000B"}, "*");</script>`);
    expect(html).toContain("<h1>Submitted</h1>");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("shows a refusal as text and can never let its message close the script", async () => {
    const message = `Bad </script><script>alert(1)</script> & "quotes"`;
    const res = resultPage({ status: 400, message });
    const html = await res.text();
    expect(res.status).toBe(400);
    expect(html).toContain("<p>Bad &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</p>");
    expect(html).toContain('"message":"Bad \\u003c/script>\\u003cscript>alert(1)\\u003c/script> & \\"quotes\\""');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("gives no details of a failure on our side", async () => {
    const res = resultPage({ status: 500 });
    expect(res.status).toBe(500);
    expect(await res.text()).toContain("Something went wrong on our side");
  });
});
