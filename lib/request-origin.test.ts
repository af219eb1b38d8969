import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

const origin = (h: Record<string, string>) => requestOrigin(new Headers(h));

describe("requestOrigin", () => {
  it("prefers the proxy's forwarded scheme and host, then Host", () => {
    expect(origin({ host: "localhost:3000" })).toBe("http://localhost:3000");
    expect(origin({ host: "10.0.0.5:3000", "x-forwarded-proto": "https", "x-forwarded-host": "work.example.org" })).toBe("https://work.example.org");
    expect(origin({ host: "work.example.org", "x-forwarded-proto": "https, http" })).toBe("https://work.example.org");
    expect(origin({ host: "[::1]:3000" })).toBe("http://[::1]:3000");
  });

  it("ignores values that are not a plain host, so nothing odd reaches a header or URL", () => {
    expect(origin({ host: "ok.example", "x-forwarded-host": "evil.example; script-src *" })).toBe("http://ok.example");
    expect(origin({ host: "a b", "x-forwarded-proto": "javascript" })).toBe("http://localhost");
  });
});
