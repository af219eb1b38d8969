import type { NextConfig } from "next";

// Security headers on every route. HTMLQuestion frames, the layout preview and the externalSubmit page set
// their own (stricter) ones. The pages' Content-Security-Policy is not here: it carries a nonce per
// request, so proxy.ts sets it (lib/security/page-csp.ts).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
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
    // Config headers replace a route's own, so the documents with their own headers are left out: the
    // frame's and the preview's sandboxing CSP and no-referrer, and the submit page's nonce CSP, must be
    // the ones the browser gets.
    return [{ source: "/:path((?!mturk/frame/|mturk/externalSubmit|requester/layout-preview).*)", headers: securityHeaders }];
  },
};

export default nextConfig;
