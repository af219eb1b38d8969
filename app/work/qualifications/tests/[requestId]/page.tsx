import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { Countdown } from "@/components/work/countdown";
import { AnswerForm } from "@/components/work/answer-form";
import { TestOutcome } from "@/components/work/test-outcome";
import { qualificationTypeHref } from "@/components/work/qualification-paths";
import { requirePageUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { parseQuestionForm } from "@/lib/questions/question-form";
import { testAttemptOfWorker } from "@/lib/qualifications/worker-view";
import { now } from "@/lib/clock";
import { submitTestAction } from "../../actions";
import { safeWorkPath } from "../../form-schema";

export const metadata: Metadata = { title: "Qualification test" };

/**
 * One test attempt. While it is open the page shows the test with the time left; reloading it shows the
 * same attempt with the same deadline (the attempt, not the page, holds the start time). Once submitted
 * or out of time, it shows the outcome.
 */
export default async function QualificationTestPage({ params, searchParams }: { params: Promise<{ requestId: string }>; searchParams: Promise<{ returnTo?: string }> }) {
  const { requestId } = await params;
  const returnTo = safeWorkPath((await searchParams).returnTo);
  const user = await requirePageUser("worker", `/work/qualifications/tests/${requestId}`);
  let attempt;
  try {
    attempt = await testAttemptOfWorker(user.id, requestId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
  const t = now();
  const typeHref = qualificationTypeHref(attempt.type.id, returnTo);

  return (
    <div className="space-y-6">
      <PageHeader title={`Test: ${attempt.type.name}`} description={attempt.type.description} backHref={typeHref} backLabel={attempt.type.name} />
      {attempt.open ? (
        <>
          <Card>
            <CardBody className="flex flex-wrap items-center justify-between gap-3 text-sm">
              <div className="flex flex-wrap items-center gap-3">
                <Badge tone="info">Test in progress</Badge>
                <span className="text-muted">Submit by {formatDateTime(attempt.deadline)} UTC</span>
                <span className="text-muted">{attempt.scoredAutomatically ? "Scored as soon as you submit." : "The requester reviews your answers."}</span>
              </div>
              <Countdown deadline={attempt.deadline.toISOString()} serverNow={t.toISOString()} expiredText="The time for this test has run out. It can no longer be submitted." />
            </CardBody>
          </Card>
          <Card>
            <CardBody>
              <AnswerForm
                action={submitTestAction}
                form={parseQuestionForm(attempt.test)}
                hidden={returnTo ? { requestId: attempt.id, returnTo } : { requestId: attempt.id }}
                submitLabel="Submit test"
                hint={
                  <>
                    <kbd>Ctrl</kbd>+<kbd>Enter</kbd> submits
                  </>
                }
              />
            </CardBody>
          </Card>
        </>
      ) : (
        <Card>
          <CardBody className="space-y-4">
            <h2 className="text-base font-semibold">Outcome</h2>
            <TestOutcome attempt={attempt} />
            <div className="flex flex-wrap gap-2">
              {returnTo && <ButtonLink href={returnTo}>Back to the HIT</ButtonLink>}
              <ButtonLink href={typeHref} variant="secondary">About “{attempt.type.name}”</ButtonLink>
              <ButtonLink href="/work/qualifications?tab=mine" variant="secondary">My qualifications</ButtonLink>
            </div>
          </CardBody>
        </Card>
      )}
    </div>
  );
}
