import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { QuestionFrame } from "@/components/questions/question-frame";
import { formatDuration } from "@/components/ui/format";
import { QuestionFormView } from "@/components/questions/question-form-view";
import { AcceptForm } from "@/components/work/accept-form";
import { RequesterCard } from "@/components/work/requester-card";
import { ReportDialog } from "@/components/work/report-dialog";
import { RequirementList } from "@/components/work/requirement-list";
import { qualificationTypeHref } from "@/components/work/qualification-paths";
import { requesterCard } from "@/lib/workers/requester-card";
import { describeRequirement } from "@/lib/qualifications/describe";
import { requirePageUser } from "@/lib/auth/session";
import { groupPreview } from "@/lib/hits/queries";
import { parseQuestionForm } from "@/lib/questions/question-form";
import { isDomainError } from "@/lib/errors";
import { PREVIEW_ASSIGNMENT_ID, isFrameKind, questionFrame } from "@/lib/questions/frame-src";
import { requestOrigin } from "@/lib/request-origin";

export const metadata: Metadata = { title: "Preview HIT" };

export default async function GroupPreviewPage({ params, searchParams }: { params: Promise<{ hitTypeId: string }>; searchParams: Promise<{ chain?: string }> }) {
  const { hitTypeId } = await params;
  const chaining = (await searchParams).chain === "1";
  const user = await requirePageUser("worker", `/work/groups/${hitTypeId}`);
  let preview;
  try {
    preview = await groupPreview(user.id, hitTypeId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
  const { type, hit, hitsAvailable, quals } = preview;
  const card = await requesterCard(type.requesterId);
  // As on MTurk, the preview frame gets the worker's id but no assignment id, so its page can tell.
  const frame =
    hit && isFrameKind(hit.questionType)
      ? questionFrame({
          kind: hit.questionType,
          hitId: hit.id,
          question: hit.question,
          assignmentId: PREVIEW_ASSIGNMENT_ID,
          workerId: user.id,
          origin: requestOrigin(await headers()),
        })
      : null;

  return (
    <div className="space-y-6">
      <PageHeader title={type.title} description={`by ${type.requester.name}`} backHref="/work" backLabel="All HITs" />
      <Card>
        <CardBody className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <dl className="grid grid-cols-2 gap-x-8 gap-y-2 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-muted">Reward</dt>
              <dd className="font-semibold"><Money cents={type.rewardCents} /></dd>
            </div>
            <div>
              <dt className="text-muted">Time allotted</dt>
              <dd className="font-semibold">{formatDuration(type.assignmentDurationSeconds)}</dd>
            </div>
            <div>
              <dt className="text-muted">HITs available</dt>
              <dd className="font-semibold">{hitsAvailable}</dd>
            </div>
          </dl>
          {hit && quals.canAccept && <AcceptForm hitTypeId={type.id} chaining={chaining} />}
        </CardBody>
      </Card>
      <p className="text-sm">{type.description}</p>
      <RequesterCard name={type.requester.name} card={card} />
      <RequirementList requirements={quals.requirements} />
      {quals.missing.length > 0 && (
        <Alert tone="warning" title={quals.canPreview ? "You can preview this HIT but not accept it yet" : "This HIT needs qualifications you do not have yet"}>
          <ul className="mt-1 list-disc pl-5">
            {quals.missing.map((m) => (
              <li key={m.qualificationTypeId}>
                <strong>{m.name}</strong>: {describeRequirement(m)}
                {m.value?.integerValue !== undefined ? ` (yours: ${m.value.integerValue})` : m.value ? "" : " (you do not have it)"}
                {m.isRequestable && (
                  <>
                    {" "}
                    <ButtonLink href={qualificationTypeHref(m.qualificationTypeId, `/work/groups/${type.id}`)} size="sm" variant="secondary" className="my-0.5 ml-1 h-7">
                      {m.hasTest ? "Take the test" : "Request"}
                    </ButtonLink>
                  </>
                )}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {!hit ? (
        quals.canPreview ? (
        <EmptyState
          title={chaining ? "You have worked through this group" : "No HITs left in this group for you"}
          description={chaining ? "There are no more HITs in it that you can accept. Nice work." : "Someone may have taken the last one, or you have already done them all."}
          action={<ButtonLink href="/work" variant="secondary">Find other HITs</ButtonLink>}
        />
        ) : null
      ) : (
        <Card>
          <CardHeader title="Preview" description="This is what you will work on. Accept the HIT to answer." />
          <CardBody>
            {hit.questionType === "QuestionForm" ? (
              <fieldset disabled className="space-y-6">
                <QuestionFormView form={parseQuestionForm(hit.question)} disabled />
              </fieldset>
            ) : frame ? (
              <QuestionFrame {...frame} title={`${type.title} (preview)`} />
            ) : (
              <Alert>This HIT opens in its own page once accepted.</Alert>
            )}
          </CardBody>
        </Card>
      )}
      {hit && <ReportDialog hitId={hit.id} />}
    </div>
  );
}
