// What a requester is told: work waiting for review, a batch that reached its end, a worker asking for one
// of their qualifications, and event deliveries that gave up. Each is written in the transaction of the
// change, and each that can come in numbers is coalesced while unread (per HIT type or qualification type).
import type { Tx } from "@/lib/db/client";
import { notify, notifyCoalesced } from "./notify";

export function tellHitReviewable(tx: Tx, r: { requesterId: string; hitTypeId: string; title: string }) {
  return notifyCoalesced(tx, {
    userId: r.requesterId,
    kind: "hit.reviewable",
    key: r.hitTypeId,
    href: "/requester/review",
    text: (n) => `${n === 1 ? "A HIT" : `${n} HITs`} of "${r.title}" ${n === 1 ? "has" : "have"} all ${n === 1 ? "its" : "their"} work in and ${n === 1 ? "is" : "are"} ready for review.`,
  });
}

export function tellBatchFinished(tx: Tx, b: { requesterId: string; batchId: string; name: string; waiting: number }) {
  return notify(tx, {
    userId: b.requesterId,
    kind: "batch.finished",
    href: `/requester/batches/${b.batchId}`,
    text: `Batch "${b.name}" is finished: every HIT has its work in or has expired.${b.waiting > 0 ? ` ${b.waiting} ${b.waiting === 1 ? "submission waits" : "submissions wait"} for your review.` : ""}`,
  });
}

export function tellQualificationRequested(tx: Tx, q: { ownerId: string; qualificationTypeId: string; typeName: string }) {
  return notifyCoalesced(tx, {
    userId: q.ownerId,
    kind: "qualification.requested",
    key: q.qualificationTypeId,
    href: "/requester/qualifications/requests",
    text: (n) => `${n === 1 ? "A worker asks" : `${n} workers ask`} for your qualification "${q.typeName}".`,
  });
}

/**
 * One line per HIT type while unread, however many attempts fail: said when an event keeps failing, and
 * said again (on the same line) when one is given up.
 */
export function tellDeliveryFailing(tx: Tx, d: { requesterId: string; hitTypeId: string; title: string; gaveUp: boolean; lastError: string | null }) {
  const state = d.gaveUp ? "an event was given up after every retry" : "the destination keeps refusing events; Piecework keeps retrying";
  return notifyCoalesced(tx, {
    userId: d.requesterId,
    kind: "delivery.failing",
    key: d.hitTypeId,
    href: `/requester/notifications/${d.hitTypeId}`,
    text: () => `Event notifications for "${d.title}" are failing: ${state}.${d.lastError ? ` Last answer: ${d.lastError.slice(0, 200)}` : ""} Check the destination and resend.`,
  });
}
