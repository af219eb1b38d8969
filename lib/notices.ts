// One-time notices after an action that redirects ("?notice=approved"), shown by components/ui/notice.
// Only known codes render, so a crafted link cannot put arbitrary text on a page.
export const NOTICES = {
  approved: { tone: "success", text: "Approved and paid." },
  rejected: { tone: "info", text: "Rejected. The reward and fee went back to your available balance." },
  "deposit-approved": { tone: "success", text: "Deposit approved. The requester's balance shows it now." },
  "deposit-declined": { tone: "info", text: "Deposit declined. The requester sees your reason." },
  "withdrawal-approved": { tone: "success", text: "Withdrawal approved. It left the worker's balance and is recorded in the ledger." },
  "withdrawal-declined": { tone: "info", text: "Withdrawal declined. The worker sees your reason; the money stays in their balance." },
  "user-suspended": { tone: "success", text: "Account suspended. They cannot sign in, their API keys are refused and their HITs take no new workers." },
  "user-reactivated": { tone: "success", text: "Account reactivated. They were told." },
  "user-roles-changed": { tone: "success", text: "Roles saved." },
  "report-dismissed": { tone: "info", text: "Report dismissed. The worker who reported it sees your reason." },
  "hit-group-taken-down": { tone: "success", text: "HIT group taken down. Escrow went back to the requester, accepted work was settled, and the requester got your reason." },
  "appeal-overturned": { tone: "success", text: "Rejection overturned: the assignment is approved and the worker was paid." },
  "appeal-upheld": { tone: "info", text: "Rejection upheld. The worker and the requester see your reason." },
  "settings-saved": { tone: "success", text: "Settings saved. They apply to HITs created from now on." },
  "hit-expired": { tone: "success", text: "The HIT has expired. Its unused assignments' reward and fee went back to your available balance." },
  "hit-expiration-updated": { tone: "success", text: "New expiration saved." },
  "assignments-added": { tone: "success", text: "Assignments added. Their reward and fee are held in escrow." },
  "hit-reviewing": { tone: "success", text: "The HIT is marked Reviewing." },
  "hit-reviewable": { tone: "success", text: "The HIT is Reviewable again." },
  "hit-type-changed": { tone: "success", text: "The HIT moved to the new HIT type; escrow follows the new reward." },
  "hit-deleted": { tone: "success", text: "The HIT was deleted. Anything it still held in escrow went back to your available balance." },
  "bonus-paid": { tone: "success", text: "Bonus paid. The worker sees it with your reason." },
  "override-approved": { tone: "success", text: "Approved anyway: the worker was paid from your available balance." },
  "worker-blocked": { tone: "success", text: "Worker blocked. They no longer see your HITs; your reason stays private." },
  "worker-unblocked": { tone: "success", text: "Worker unblocked. They can find your HITs again." },
  "message-sent": { tone: "success", text: "Message sent." },
  "apikey-revoked": { tone: "success", text: "Key revoked. Requests signed with it are refused from now on." },
  "qualification-type-deactivated": { tone: "success", text: "Qualification type deactivated. Its owner got your reason in their messages." },
  "qualification-type-reactivated": { tone: "success", text: "Qualification type reactivated. Workers can request it again, and its owner was told." },
  "masters-granted": { tone: "success", text: "Masters granted. The worker was notified." },
  "masters-revoked": { tone: "success", text: "Masters revoked. The worker sees your reason." },
  "qualification-requested": { tone: "success", text: "Request sent. The requester decides; you will see the answer under My requests." },
  "qualification-earned": { tone: "success", text: "Granted: the qualification is yours now." },
  "qualification-created": { tone: "success", text: "Qualification type created. Grant it to workers below, or use it in a HIT's requirements." },
  "qualification-updated": { tone: "success", text: "Settings saved." },
  "qualification-test-replaced": { tone: "success", text: "Test saved. Workers who already started keep the test they started." },
  "qualification-deleted": { tone: "success", text: "Qualification type deleted. Its pending requests were rejected; workers keep the values they hold." },
  "qualification-granted": { tone: "success", text: "Qualification granted. The worker was notified." },
  "qualification-value-updated": { tone: "success", text: "Value updated." },
  "qualification-revoked": { tone: "success", text: "Qualification revoked. The worker sees your reason." },
  "qualification-request-accepted": { tone: "success", text: "Request accepted: the worker holds the qualification now." },
  "qualification-request-rejected": { tone: "info", text: "Request rejected. The worker sees your reason." },
  "project-created": { tone: "success", text: "Project saved. Publish a batch from a CSV file whenever you are ready." },
  "project-updated": { tone: "success", text: "Project saved. New batches use these settings; HITs already published keep theirs." },
  "batch-published": { tone: "success", text: "Batch published: every row is a live HIT, and its reward and fees are held in escrow." },
  "batch-publishing": { tone: "info", text: "Publishing: the batch opens, all at once, when every row is written. You can leave this page; the progress is kept." },
  "batch-cancelled": { tone: "success", text: "Batch cancelled: its HITs are expiring, and the escrow of their unused assignments comes back to your available balance. Work already accepted can still be submitted and reviewed." },
  "batch-already-published": { tone: "info", text: "This file was already published from this project, so nothing new was created: here is that batch." },
  "notifications-saved": { tone: "success", text: "Notification settings saved. New events of this HIT type follow them." },
  "notification-resent": { tone: "success", text: "Queued: the event is sent again within a few seconds. Its attempts appear below." },
  "notification-secret-rotated": { tone: "success", text: "New signing secret made. Deliveries from now on are signed with it; update your receivers." },
} as const;

export type NoticeCode = keyof typeof NOTICES;

/** Appends ?notice= to a same-site path (falling back when the path is not one of ours). */
export function withNotice(path: string, fallback: string, code: string): string {
  const safe = path.startsWith("/") && !path.startsWith("//") ? path : fallback;
  const url = new URL(safe, "http://x");
  url.searchParams.set("notice", code);
  return url.pathname + url.search;
}
