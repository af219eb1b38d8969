import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTime } from "@/components/ui/format";
import { SubmittedAnswers } from "./submitted-answers";
import { RequestDecision } from "./qualification-request-decision";

type PendingRequest = {
  id: string;
  workerId: string;
  qualificationTypeId: string;
  submittedAt: Date;
  /** The test as the worker took it (null when the type has no test). */
  test: string | null;
  answer: string | null;
  worker: { name: string };
  qualificationType: { name: string };
};

/** Requests awaiting a decision: who asked, for what, when, their test answers, and accept or reject. */
export function QualificationRequests({ requests, showType, returnTo, empty }: { requests: PendingRequest[]; showType: boolean; returnTo: string; empty: ReactNode }) {
  if (requests.length === 0) return <>{empty}</>;
  return (
    <ul aria-label="Pending qualification requests" className="space-y-3">
      {requests.map((r) => (
        <li key={r.id} aria-label={`Request of ${r.worker.name}${showType ? ` for ${r.qualificationType.name}` : ""}`} className="grid gap-4 rounded-xl border border-border bg-surface p-4 shadow-sm md:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="min-w-0 space-y-3">
            <div>
              <div className="font-semibold break-words">{r.worker.name}</div>
              <div className="font-mono text-xs text-muted">{r.workerId}</div>
              <div className="mt-1 text-xs text-muted">
                {showType && (
                  <>
                    For <Link href={`/requester/qualifications/${r.qualificationTypeId}`} className="font-medium">{r.qualificationType.name}</Link> ·{" "}
                  </>
                )}
                {r.test !== null ? "Test submitted" : "Asked"} {formatDateTime(r.submittedAt)} UTC
              </div>
            </div>
            {r.test !== null ? (
              <div className="rounded-lg bg-surface-muted/60 p-3">
                <h3 className="mb-2 text-xs font-medium tracking-wide text-muted uppercase">Test answers</h3>
                <SubmittedAnswers question={r.test} questionType="QuestionForm" answerXml={r.answer} />
              </div>
            ) : (
              <p className="text-sm text-muted">No test: the worker asked for the qualification.</p>
            )}
          </div>
          <RequestDecision requestId={r.id} workerName={r.worker.name} typeName={r.qualificationType.name} returnTo={returnTo} />
        </li>
      ))}
    </ul>
  );
}
