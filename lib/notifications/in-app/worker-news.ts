// What a worker is told when a requester (or the platform on the requester's behalf: auto-approval, a
// review policy) decides on their work or pays them. Each is called inside the transaction of the change.
// Approvals and rejections come in numbers (approve all, review by CSV, the auto-approval sweep), so they
// are coalesced per worker and HIT type while unread: one line "3 submissions ... approved", not three.
import type { Tx } from "@/lib/db/client";
import { centsToDollars } from "@/lib/money/schema";
import { notify, notifyCoalesced } from "./notify";

type Work = { workerId: string; hitTypeId: string; title: string };

const submissions = (n: number) => (n === 1 ? "Your submission" : `${n} of your submissions`);

export function tellApproved(tx: Tx, w: Work & { rewardCents: number }) {
  return notifyCoalesced(tx, {
    userId: w.workerId,
    kind: "assignment.approved",
    key: w.hitTypeId,
    href: "/work/dashboard",
    text: (n) => `${submissions(n)} to "${w.title}" ${n === 1 ? "was" : "were"} approved: $${centsToDollars(w.rewardCents * n)} paid.`,
  });
}

export function tellRejected(tx: Tx, w: Work & { feedback: string }) {
  return notifyCoalesced(tx, {
    userId: w.workerId,
    kind: "assignment.rejected",
    key: w.hitTypeId,
    href: "/work/dashboard",
    text: (n) => `${submissions(n)} to "${w.title}" ${n === 1 ? "was" : "were"} rejected. ${n === 1 ? "The requester's reason" : "The latest reason"}: ${w.feedback}`,
  });
}

export function tellBonus(tx: Tx, w: Work & { amountCents: number; reason: string }) {
  return notifyCoalesced(tx, {
    userId: w.workerId,
    kind: "bonus.paid",
    key: w.hitTypeId,
    href: "/work/dashboard",
    text: (n) => n === 1
      ? `You received a $${centsToDollars(w.amountCents)} bonus for "${w.title}": ${w.reason}`
      : `You received ${n} bonuses for "${w.title}"; the latest, $${centsToDollars(w.amountCents)}: ${w.reason}`,
  });
}

export function tellAppealAnswered(tx: Tx, a: { workerId: string; title: string; overturned: boolean; response: string | null }) {
  return notify(tx, {
    userId: a.workerId,
    kind: a.overturned ? "appeal.overturned" : "appeal.upheld",
    href: "/work/dashboard",
    text: a.overturned
      ? `Your appeal on "${a.title}" was accepted: the rejection was overturned and the reward paid.${a.response ? ` ${a.response}` : ""}`
      : `Your appeal on "${a.title}" was answered: the rejection stands. ${a.response ?? ""}`.trim(),
  });
}
