// Assignment statuses (MTurk's). The API shows only Submitted, Approved and Rejected, as MTurk does.
export type AssignmentStatus = "Accepted" | "Submitted" | "Approved" | "Rejected" | "Returned" | "Abandoned";

/** A rejected assignment may be approved (override) within this long after it was submitted. */
export const OVERRIDE_WINDOW_SECONDS = 30 * 24 * 3600;

export const liveSlotKey = (hitId: string, workerId: string) => `${hitId}:${workerId}`;
