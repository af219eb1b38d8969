// Routes MTurk API calls and gives every page its script policy.
// An SDK whose endpoint is the site's root URL POSTs to "/" (as to MTurk's own endpoint), where the
// landing page lives; those requests, and "/api/mturk/" with its trailing slash, are rewritten to the API
// route without a redirect (SDKs do not follow redirects on POST). Because Next's own trailing-slash
// redirect is switched off for this (next.config.ts), it is redone here for pages.
// Every other request that reaches this code is a page: it gets a fresh nonce in its Content-Security-Policy
// (lib/security/page-csp.ts), on the request so Next.js puts it on the scripts it renders, and on the response.
import { NextResponse, type NextRequest } from "next/server";
import { API_PATH, SIGNED_PATH_HEADER, TARGET_HEADER } from "@/lib/api/signed-path";
import { newNonce, pageCsp } from "@/lib/security/page-csp";

const DEV = process.env.NODE_ENV === "development";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isApiCall = (pathname === "/" && request.method === "POST" && request.headers.has(TARGET_HEADER)) || pathname === `${API_PATH}/`;
  if (isApiCall) {
    const headers = new Headers(request.headers);
    headers.set(SIGNED_PATH_HEADER, pathname);
    return NextResponse.rewrite(new URL(API_PATH, request.url), { request: { headers } });
  }
  if (pathname.length > 1 && pathname.endsWith("/")) {
    // A plain URL, not nextUrl: NextURL remembers the trailing slash it was parsed with and puts it
    // back, which made this redirect point at itself.
    const url = new URL(request.url);
    url.pathname = pathname.replace(/\/+$/, "") || "/";
    return NextResponse.redirect(url, 308);
  }
  const csp = pageCsp(newNonce(), DEV);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    // The root and paths ending in a slash: API calls and trailing-slash redirects (above).
    "/",
    "/((?!_next/).*/)",
    // Pages. Left out, because they render no page of ours: Next's assets, the API and next-auth
    // (/api/…), downloads (CSV, uploaded files), and the documents that carry their own policy — task
    // frames, the externalSubmit answer page and the layout preview. Prefetches skip it too, as the
    // Next.js guide advises: they fetch RSC payloads, not documents a policy would apply to.
    {
      source: "/((?!_next/static|_next/image|favicon\\.ico|api/|mturk/frame/|mturk/externalSubmit|requester/layout-preview|requester/files/|.*\\.csv$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
