import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ButtonLink } from "@/components/ui/button";
import { formatDateTime, formatDuration, formatRelative } from "@/components/ui/format";
import { QualificationActionForm } from "@/components/work/qualification-action-form";
import { StandingBadge } from "@/components/work/qualification-standing";
import { formatQualificationValue } from "@/components/work/qualification-value";
import { howToGet, retryRule } from "@/components/work/qualification-how";
import { testAttemptHref } from "@/components/work/qualification-paths";
import { requirePageUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { qualificationTypeForWorker, type WorkerStanding } from "@/lib/qualifications/worker-view";
import { now } from "@/lib/clock";
import { safeWorkPath } from "../form-schema";

export const metadata: Metadata = { title: "Qualification" };

export default async function QualificationTypePage({ params, searchParams }: { params: Promise<{ typeId: string }>; searchParams: Promise<{ returnTo?: string; notice?: string }> }) {
  const { typeId } = await params;
  const sp = await searchParams;
  const returnTo = safeWorkPath(sp.returnTo);
  const user = await requirePageUser("worker", `/work/qualifications/${typeId}`);
  let view;
  try {
    view = await qualificationTypeForWorker(user.id, typeId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
  const { type, standing } = view;
  const t = now();

  return (
    <div className="space-y-6">
      <PageHeader
        title={type.name}
        description={type.system ? "A system qualification, computed by Piecework" : `by ${type.ownerName ?? "—"}`}
        backHref="/work/qualifications"
        backLabel="Qualifications"
      />
      <Notice code={sp.notice} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Card>
          <CardHeader title="About this qualification" />
          <CardBody className="space-y-4">
            <p className="text-sm whitespace-pre-line">{type.description}</p>
            <dl className="grid gap-x-8 gap-y-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-muted">Keywords</dt>
                <dd>{type.keywords && !type.system ? type.keywords : "—"}</dd>
              </div>
              {!type.system && (
                <div>
                  <dt className="text-muted">How you get it</dt>
                  <dd>{howToGet(type)}</dd>
                </div>
              )}
              {type.hasTest && (
                <div>
                  <dt className="text-muted">Test duration</dt>
                  <dd>{formatDuration(type.testDurationSeconds ?? 0)}, counted from when you start</dd>
                </div>
              )}
              {!type.system && (
                <div>
                  <dt className="text-muted">Retries</dt>
                  <dd>{retryRule(type.retryDelaySeconds)}</dd>
                </div>
              )}
            </dl>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Your status" actions={<StandingBadge standing={standing} />} />
          <CardBody className="space-y-4 text-sm">
            <YourValue standing={standing} />
            <NextStep standing={standing} typeId={type.id} hasTest={type.hasTest} testDurationSeconds={type.testDurationSeconds} returnTo={returnTo} at={t} />
            {returnTo && (
              <ButtonLink href={returnTo} variant={standing.held?.status === "Granted" ? "primary" : "secondary"}>
                Back to the HIT
              </ButtonLink>
            )}
          </CardBody>
        </Card>
      </div>
    </div>
  );
}

function YourValue({ standing }: { standing: WorkerStanding }) {
  const { held, latest } = standing;
  return (
    <dl className="space-y-2">
      <div className="flex justify-between gap-4">
        <dt className="text-muted">Your value</dt>
        <dd className="font-semibold tabular-nums">{held?.status === "Granted" ? formatQualificationValue(held.value) : "You do not have it"}</dd>
      </div>
      {held?.status === "Revoked" && (
        <div>
          <dt className="text-muted">Revoked</dt>
          <dd>{held.reason ? `Reason: ${held.reason}` : "No reason given."}</dd>
        </div>
      )}
      {latest?.status === "Rejected" && (
        <div>
          <dt className="text-muted">Your last request was rejected</dt>
          <dd>{latest.reason ? `Reason: ${latest.reason}` : "No reason given."}</dd>
        </div>
      )}
    </dl>
  );
}

/** The one thing the worker can do now, or when they can (never a button that would only fail). */
function NextStep({ standing, typeId, hasTest, testDurationSeconds, returnTo, at }: { standing: WorkerStanding; typeId: string; hasTest: boolean; testDurationSeconds: number | null; returnTo?: string; at: Date }) {
  const next = standing.next;
  switch (next.kind) {
    case "takeTest":
      return (
        <div className="space-y-2">
          <p className="text-muted">The {formatDuration(testDurationSeconds ?? 0)} timer starts when you click.</p>
          <QualificationActionForm kind="test" typeId={typeId} returnTo={returnTo} label={standing.latest ? "Take the test again" : "Take the test"} />
        </div>
      );
    case "request":
      return (
        <div className="space-y-2">
          <p className="text-muted">{next.autoGranted ? "It is granted at once." : "The requester decides; you will see the answer under My requests."}</p>
          <QualificationActionForm kind="request" typeId={typeId} returnTo={returnTo} label="Request" />
        </div>
      );
    case "continueTest":
      return (
        <div className="space-y-2">
          <p>
            Your test is in progress: submit it by <strong>{formatDateTime(next.deadline)} UTC</strong> ({formatRelative(next.deadline, at)}).
          </p>
          <ButtonLink href={testAttemptHref(next.requestId, returnTo)}>Continue the test</ButtonLink>
        </div>
      );
    case "pending":
      return <p>{hasTest ? "Your test answers are with the requester, who will score them." : "Your request is waiting for the requester's decision."}</p>;
    case "retryAt":
      return (
        <p>
          You can try again after <strong>{formatDateTime(next.at)} UTC</strong> ({formatRelative(next.at, at)}).
        </p>
      );
    case "onceOnly":
      return <p>This qualification can be requested only once, and you already did.</p>;
    case "held":
      return <p>You have this qualification.</p>;
    case "unavailable":
      return <p className="text-muted">{next.reason}</p>;
  }
}
