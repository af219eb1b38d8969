import { Alert } from "@/components/ui/alert";
import { TIME_RAN_OUT_REASON } from "@/lib/qualifications/requests";
import type { testAttemptOfWorker } from "@/lib/qualifications/worker-view";
import { formatQualificationValue } from "./qualification-value";

type Attempt = Awaited<ReturnType<typeof testAttemptOfWorker>>;

/** What became of a test attempt that is no longer open: scored and granted, waiting, rejected or out of time. */
export function TestOutcome({ attempt }: { attempt: Attempt }) {
  const name = attempt.type.name;
  if (attempt.status === "Approved") {
    const value = attempt.held?.status === "Granted" ? formatQualificationValue(attempt.held.value) : null;
    return (
      <Alert tone="success" title={attempt.score !== null ? `Your score: ${attempt.score}` : "The requester accepted your answers"}>
        {value !== null ? (
          <>
            You were granted “{name}” with the value <strong>{value}</strong>. HITs that require it look at this value.
          </>
        ) : (
          <>You were granted “{name}”, but you no longer hold it.</>
        )}
      </Alert>
    );
  }
  if (attempt.status === "Pending") {
    return (
      <Alert tone="info" title="Submitted: waiting for the requester">
        This test has no answer key, so the requester reviews your answers and decides. You will see the decision under My requests.
      </Alert>
    );
  }
  if (attempt.status === "TestStarted" || attempt.reason === TIME_RAN_OUT_REASON) {
    return (
      <Alert tone="warning" title="Time ran out">
        The time for this test ran out before it was submitted, so it was not scored.
      </Alert>
    );
  }
  return (
    <Alert tone="danger" title="Not granted">
      {attempt.reason ? `The requester's reason: ${attempt.reason}` : "The requester rejected your answers without giving a reason."}
    </Alert>
  );
}
