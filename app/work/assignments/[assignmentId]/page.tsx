import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Countdown } from "@/components/work/countdown";
import { TaskForm } from "@/components/work/task-form";
import { ReturnForm } from "@/components/work/return-form";
import { QuestionFrame } from "@/components/questions/question-frame";
import { requirePageUser } from "@/lib/auth/session";
import { assignmentOfWorker } from "@/lib/assignments/mutations";
import { parseQuestionForm } from "@/lib/questions/question-form";
import { isDomainError } from "@/lib/errors";
import { isFrameKind, questionFrame } from "@/lib/questions/frame-src";
import { requestOrigin } from "@/lib/request-origin";
import { now } from "@/lib/clock";
import { afterSubmitHref } from "@/lib/assignments/chain";

export const metadata: Metadata = { title: "Work on HIT" };

export default async function TaskPage({ params, searchParams }: { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ chain?: string }> }) {
  const { assignmentId } = await params;
  const chaining = (await searchParams).chain === "1";
  const user = await requirePageUser("worker", `/work/assignments/${assignmentId}`);
  let a;
  try {
    a = await assignmentOfWorker(user.id, assignmentId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
  const t = now();
  const open = a.status === "Accepted" && a.deadline > t;
  const kind = a.hit.questionType;
  const frame =
    open && isFrameKind(kind)
      ? questionFrame({ kind, hitId: a.hit.id, question: a.hit.question, assignmentId: a.id, workerId: user.id, origin: requestOrigin(await headers()) })
      : null;

  return (
    <div className="space-y-6">
      <PageHeader
        title={a.hit.hitType.title}
        description={a.hit.hitType.description}
        backHref="/work/assignments"
        backLabel="My queue"
      />
      {chaining && <Alert tone="info">Accept &amp; work is on: after you submit, the next HIT of this group is accepted for you. <a href="/work/assignments">Stop after this one</a>.</Alert>}
      <Card>
        <CardBody className="flex flex-wrap items-center justify-between gap-3 text-sm">
          <div className="flex items-center gap-3">
            <StatusBadge status={a.status} />
            <span>
              Reward <strong><Money cents={a.hit.rewardCents} /></strong>
            </span>
          </div>
          {a.status === "Accepted" && <Countdown deadline={a.deadline.toISOString()} serverNow={t.toISOString()} />}
        </CardBody>
      </Card>
      {!open ? (
        <Alert tone={a.status === "Accepted" ? "danger" : "info"} title={a.status === "Accepted" ? "Time is up" : `This assignment is ${a.status.toLowerCase()}`}>
          {a.status === "Accepted" ? "The time allotted ran out before it was submitted." : "There is nothing more to do here."}{" "}
          <ButtonLink href="/work" size="sm" variant="secondary">Find more HITs</ButtonLink>
        </Alert>
      ) : a.hit.questionType === "QuestionForm" ? (
        <Card>
          <CardBody>
            <TaskForm assignmentId={a.id} form={parseQuestionForm(a.hit.question)} chaining={chaining} />
          </CardBody>
        </Card>
      ) : frame ? (
        <Card>
          <CardBody className="space-y-4">
            <QuestionFrame {...frame} title={a.hit.hitType.title} onSubmittedHref={afterSubmitHref(a.hitTypeId, chaining)} />
            <div className="border-t border-border pt-4">
              <ReturnForm assignmentId={a.id} />
            </div>
          </CardBody>
        </Card>
      ) : (
        <Alert tone="warning">This question format is not supported on this page yet.</Alert>
      )}
    </div>
  );
}
