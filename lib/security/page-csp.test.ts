import { describe, expect, it } from "vitest";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { newNonce, pageCsp } from "./page-csp";

describe("page CSP", () => {
  it("allows scripts by nonce only, and keeps the framing, form and plugin rules", () => {
    const csp = pageCsp("abc123==");
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const d of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'", "style-src 'self' 'unsafe-inline'"]) expect(csp).toContain(d);
  });

  it("lets next dev evaluate code, and only next dev", () => {
    expect(pageCsp("n", true)).toMatch(/script-src [^;]*'unsafe-eval'/);
  });

  it("gives Next.js the nonce it puts on its scripts", () => {
    const nonce = newNonce();
    expect(getScriptNonceFromHeader(pageCsp(nonce))).toBe(nonce);
  });

  it("is new on every call", () => {
    const seen = new Set(Array.from({ length: 100 }, newNonce));
    expect(seen.size).toBe(100);
    for (const n of seen) expect(n).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
  });
});
