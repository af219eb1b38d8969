"use client";

import Link from "next/link";
import type { ReactNode, Ref } from "react";
import { Button } from "@/components/ui/button";
import { Money } from "@/components/ui/money";
import { cn } from "@/components/ui/cn";
import { formatDateTime, formatDuration, formatRate } from "@/components/ui/format";
import { controlClasses } from "@/components/ui/field";

export type ReviewItemData = {
  id: string;
  workerId: string;
  workerName: string;
  hitId: string;
  hitTitle: string;
  rewardCents: number;
  submittedAt: Date | null;
  workSeconds: number | null;
  /** The worker's lifetime approval rate across all requesters; null before anything of theirs was reviewed. */
  approvalRate: number | null;
  reviewedCount: number;
  /** The answers, rendered on the server. */
  answers: ReactNode;
  /** More actions for this submission (e.g. "Pay a bonus"). */
  extra?: ReactNode;
};

type Props = {
  item: ReviewItemData;
  showHit: boolean;
  current: boolean;
  selected: boolean;
  onToggle: () => void;
  onFocus: () => void;
  onEscape: () => void;
  action: (form: FormData) => void;
  pending: boolean;
  feedbackError?: string;
  failure?: string;
  typedFeedback?: string;
  itemRef: Ref<HTMLLIElement>;
};

/** One submission in the review queue: who, how long, the answers, and its own approve/reject form. */
export function ReviewItem({ item, showHit, current, selected, onToggle, onFocus, onEscape, action, pending, feedbackError, failure, typedFeedback, itemRef }: Props) {
  const label = `work of ${item.workerName}${showHit ? ` on “${item.hitTitle}”` : ""}`;
  const feedbackId = `feedback-${item.id}`;
  return (
    <li
      ref={itemRef}
      tabIndex={-1}
      aria-label={`Submission: ${label}`}
      aria-current={current ? "true" : undefined}
      data-assignment-id={item.id}
      onFocus={onFocus}
      className={cn(
        "grid scroll-mt-28 gap-4 rounded-xl border bg-surface p-4 shadow-sm transition-colors sm:p-5 md:grid-cols-[minmax(0,1fr)_18rem]",
        current ? "border-primary/60 ring-1 ring-primary/40" : "border-border",
        selected && "bg-primary/5",
        "focus:outline-2 focus:outline-offset-2 focus:outline-primary",
      )}
    >
      <div className="min-w-0 space-y-3">
        <div className="flex items-start gap-3">
          <input
            type="checkbox"
            id={`select-${item.id}`}
            checked={selected}
            onChange={onToggle}
            aria-keyshortcuts="x"
            className="mt-1 size-4 shrink-0 accent-primary"
          />
          <div className="min-w-0 text-sm">
            <label htmlFor={`select-${item.id}`} className="font-semibold">
              <span className="sr-only">Select </span>
              {item.workerName}
            </label>{" "}
            <span className="font-mono text-xs text-muted">{item.workerId}</span>
            {showHit && (
              <p className="mt-0.5 break-words">
                <Link href={`/requester/hits/${item.hitId}`}>{item.hitTitle}</Link>
              </p>
            )}
            <p className="mt-0.5 text-muted">
              <Money cents={item.rewardCents} />
              {item.workSeconds !== null && <> · worked {formatDuration(item.workSeconds)}</>}
              {item.submittedAt && <> · submitted {formatDateTime(item.submittedAt)}</>}
              {" · "}
              <span title={`${item.reviewedCount} reviewed assignments, all requesters`}>
                approval rate {formatRate(item.approvalRate)}
                {item.approvalRate !== null && <span className="sr-only"> over {item.reviewedCount} reviewed</span>}
              </span>
            </p>
          </div>
        </div>
        <div className="border-l-2 border-border pl-3">{item.answers}</div>
        {item.extra && <div className="flex flex-wrap gap-2">{item.extra}</div>}
      </div>

      <form action={action} className="space-y-2" aria-label={`Review ${label}`}>
        <input type="hidden" name="assignmentId" value={item.id} />
        <input type="hidden" name="origin" value={item.id} />
        <label htmlFor={feedbackId} className="block text-sm font-medium">
          Feedback to the worker <span className="font-normal text-muted">(required to reject)</span>
        </label>
        <textarea
          id={feedbackId}
          name="feedback"
          rows={2}
          maxLength={1024}
          defaultValue={typedFeedback}
          aria-invalid={feedbackError ? true : undefined}
          aria-describedby={feedbackError ? `${feedbackId}-error` : undefined}
          onKeyDown={(e) => e.key === "Escape" && onEscape()}
          className={cn(controlClasses, "min-h-16 py-2")}
        />
        {feedbackError && <p id={`${feedbackId}-error`} className="text-xs font-medium text-danger">{feedbackError}</p>}
        {failure && <p role="alert" className="text-xs font-medium text-danger">{failure}</p>}
        <div className="flex gap-2">
          <Button type="submit" name="decision" value="approve" size="sm" disabled={pending} aria-keyshortcuts="a" data-decision="approve">
            Approve
          </Button>
          <Button type="submit" name="decision" value="reject" size="sm" variant="danger" disabled={pending}>
            Reject
          </Button>
        </div>
      </form>
    </li>
  );
}
