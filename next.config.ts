import type { NextConfig } from "next";

// Security headers on every page. HTMLQuestion frames and the externalSubmit page set their own (stricter) ones.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  // No plugins, no <base> hijacking, forms post only here, framed only by ourselves. Scripts are not
  // restricted: the project layout preview is a srcdoc frame, which inherits this policy, and must run
  // the requester's scripts as workers will.
  { key: "Content-Security-Policy", value: "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The MTurk API answers at "/api/mturk/" without a redirect; proxy.ts redirects pages itself.
  skipTrailingSlashRedirect: true,
  // forbidden() renders app/forbidden.tsx with a 403 when a signed-in user lacks the area's role.
  experimental: {
    authInterrupts: true,
    // Workers upload files for FileUploadAnswer questions through the submit action (lib/assignments/uploads.ts).
    serverActions: { bodySizeLimit: "21mb" },
  },
  // better-sqlite3 and pg are native/server-only: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "bcryptjs"],
  async headers() {
    // Config headers replace a route's own, so the two HTML-question routes are left out: the frame's
    // sandboxing CSP and the submit page's nonce CSP must be the ones the browser gets.
    return [{ source: "/:path((?!mturk/frame/|mturk/externalSubmit).*)", headers: securityHeaders }];
  },
};

export default nextConfig;
