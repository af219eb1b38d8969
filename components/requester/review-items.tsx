import type { ReactNode } from "react";
import { approvalRates } from "@/lib/workers/queries";
import { SubmittedAnswers, type SubmittedFile } from "./submitted-answers";
import type { ReviewItemData } from "./review-item";

type Submission = {
  id: string;
  workerId: string;
  submittedAt: Date | null;
  workSeconds: number | null;
  answer: string | null;
  worker: { name: string };
  files: SubmittedFile[];
};
type Hit = { id: string; question: string; questionType: string; rewardCents: number; hitType: { title: string } };

/** Submitted assignments as review-queue items: answers rendered here on the server, with each worker's lifetime approval rate. */
export async function reviewItems(submissions: (Submission & { hit: Hit })[], extra?: (s: Submission & { hit: Hit }) => ReactNode): Promise<ReviewItemData[]> {
  const rates = await approvalRates([...new Set(submissions.map((s) => s.workerId))]);
  return submissions.map((s) => {
    const rate = rates.get(s.workerId);
    return {
      id: s.id,
      workerId: s.workerId,
      workerName: s.worker.name,
      hitId: s.hit.id,
      hitTitle: s.hit.hitType.title,
      rewardCents: s.hit.rewardCents,
      submittedAt: s.submittedAt,
      workSeconds: s.workSeconds,
      approvalRate: rate?.approvalRate ?? null,
      reviewedCount: (rate?.approved ?? 0) + (rate?.rejected ?? 0),
      answers: <SubmittedAnswers question={s.hit.question} questionType={s.hit.questionType} answerXml={s.answer} files={s.files} />,
      extra: extra?.(s),
    };
  });
}
