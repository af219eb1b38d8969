// MTurk's errors for an assignment id: one that is not the caller's (or not submitted yet) "does not
// exist", and one in the wrong state for the call is AWS.MechanicalTurk.InvalidAssignmentState.
import { isDomainError } from "@/lib/errors";
import { requestError } from "../errors";

export const assignmentDoesNotExist = (assignmentId: string) => requestError(`Assignment ${assignmentId} does not exist.`, "AWS.MechanicalTurk.AssignmentDoesNotExist");

/** Runs a domain call on one assignment, answering its NotFound and Conflict in MTurk's terms. */
export async function onAssignment<T>(assignmentId: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") throw assignmentDoesNotExist(assignmentId);
    if (isDomainError(e) && e.code === "Conflict") throw requestError(e.message, "AWS.MechanicalTurk.InvalidAssignmentState");
    throw e;
  }
}
