import { connection } from "next/server";
import { StatusPage } from "@/components/ui/status-page";

export default async function NotFound() {
  // Rendered per request, never prerendered: the page CSP's nonce is new on every request, and a page
  // built ahead of time would carry scripts without it (blocked, so its links would lose client navigation).
  await connection();
  return <StatusPage code={404} tone="text-primary" title="Nothing here" message="This page does not exist, or it is not yours to see." href="/" linkLabel="Back to Piecework" />;
}
