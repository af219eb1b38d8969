// Assignment statuses (MTurk's). The API shows only Submitted, Approved and Rejected, as MTurk does.
export type AssignmentStatus = "Accepted" | "Submitted" | "Approved" | "Rejected" | "Returned" | "Abandoned";

/** The statuses of work a requester has received: all the API ever shows of assignments. */
export const SUBMITTED_STATUSES = ["Submitted", "Approved", "Rejected"] as const;
export type SubmittedStatus = (typeof SUBMITTED_STATUSES)[number];

/** A rejected assignment may be approved (override) within this long after it was submitted. */
export const OVERRIDE_WINDOW_SECONDS = 30 * 24 * 3600;

export const liveSlotKey = (hitId: string, workerId: string) => `${hitId}:${workerId}`;

/** Whether a Rejected assignment may still be approved by an override at `at` (within 30 days of submission). */
export function overrideWindowOpen(a: { status: string; submittedAt: Date | null; acceptedAt: Date }, at: Date): boolean {
  return a.status === "Rejected" && (a.submittedAt ?? a.acceptedAt).getTime() + OVERRIDE_WINDOW_SECONDS * 1000 > at.getTime();
}
