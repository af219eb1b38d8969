// Routes MTurk API calls. An SDK whose endpoint is the site's root URL POSTs to "/" (as to MTurk's own
// endpoint), where the landing page lives; those requests, and "/api/mturk/" with its trailing slash,
// are rewritten to the API route without a redirect (SDKs do not follow redirects on POST). Because
// Next's own trailing-slash redirect is switched off for this (next.config.ts), it is redone here for pages.
import { NextResponse, type NextRequest } from "next/server";
import { API_PATH, SIGNED_PATH_HEADER, TARGET_HEADER } from "@/lib/api/signed-path";

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
  return NextResponse.next();
}

export const config = {
  // Only the root and paths ending in a slash pass through here; everything else never runs this code.
  matcher: ["/", "/((?!_next/).*/)"],
};
