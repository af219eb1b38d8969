// One-time notices after an action that redirects ("?notice=approved"), shown by components/ui/notice.
// Only known codes render, so a crafted link cannot put arbitrary text on a page.
export const NOTICES = {
  approved: { tone: "success", text: "Approved and paid." },
  rejected: { tone: "info", text: "Rejected. The reward and fee went back to your available balance." },
  "deposit-approved": { tone: "success", text: "Deposit approved. The requester's balance shows it now." },
  "deposit-declined": { tone: "info", text: "Deposit declined. The requester sees your reason." },
} as const;

export type NoticeCode = keyof typeof NOTICES;

/** Appends ?notice= to a same-site path (falling back when the path is not one of ours). */
export function withNotice(path: string, fallback: string, code: string): string {
  const safe = path.startsWith("/") && !path.startsWith("//") ? path : fallback;
  const url = new URL(safe, "http://x");
  url.searchParams.set("notice", code);
  return url.pathname + url.search;
}
