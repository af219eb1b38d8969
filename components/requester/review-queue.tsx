"use client";

// The review queue on the review page and the HIT page: approve or reject one submission, or select many
// and decide them at once with one feedback text. Keyboard: see review-shortcuts.ts.
import { useActionState, useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";
import { idleState } from "@/lib/auth/form-state";
import { reviewAssignmentsAction, type ReviewState } from "@/app/requester/review/actions";
import { ReviewItem, type ReviewItemData } from "./review-item";
import { ShortcutList } from "./shortcut-help";
import { shortcutFor } from "./review-shortcuts";

export type { ReviewItemData };

/** `empty` shows when nothing is left to review (below the report of what was just reviewed). */
export function ReviewQueue({ items, showHit, empty }: { items: ReviewItemData[]; showHit: boolean; empty: ReactNode }) {
  const [state, action, pending] = useActionState<ReviewState, FormData>(reviewAssignmentsAction, idleState);
  const [picked, setPicked] = useState<Set<string>>(() => new Set());
  const [current, setCurrent] = useState(-1);
  const [helpOpen, setHelpOpen] = useState(false);
  const refs = useRef(new Map<string, HTMLLIElement>());
  const selectAllRef = useRef<HTMLInputElement>(null);
  const helpId = useId();

  // Reviewed submissions leave the list; a selection or position never points past what is shown.
  const selected = items.filter((i) => picked.has(i.id)).map((i) => i.id);
  const at = Math.min(current, items.length - 1);
  const allSelected = items.length > 0 && selected.length === items.length;

  const toggle = useCallback((id: string) => {
    setPicked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const focusAt = useCallback(
    (index: number) => {
      const item = items[index];
      if (!item) return;
      setCurrent(index);
      const el = refs.current.get(item.id);
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block: "nearest" });
    },
    [items],
  );

  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = selected.length > 0 && !allSelected;
  }, [selected.length, allSelected]);

  // When the focused submission is reviewed and disappears, focus moves to the one that took its place.
  useEffect(() => {
    if (at >= 0 && (document.activeElement === document.body || document.activeElement === null)) focusAt(at);
  }, [items, at, focusAt]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const command = shortcutFor({ key: e.key, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, target: e.target as HTMLElement | null }, document.querySelector("dialog[open]") !== null);
      if (!command) return;
      const item = at >= 0 ? items[at] : undefined;
      e.preventDefault();
      if (command === "help") return setHelpOpen((o) => !o);
      if (command === "next") return focusAt(Math.min(at + 1, items.length - 1));
      if (command === "previous") return focusAt(Math.max(at - 1, 0));
      if (!item) return;
      const el = refs.current.get(item.id);
      if (command === "toggle") return toggle(item.id);
      if (command === "reject") return el?.querySelector<HTMLTextAreaElement>("textarea[name=feedback]")?.focus();
      if (command === "approve" && !pending) {
        const form = el?.querySelector("form");
        form?.requestSubmit(form.querySelector<HTMLButtonElement>('button[value="approve"]'));
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [items, at, pending, focusAt, toggle]);

  const origin = typeof state.values?.origin === "string" ? state.values.origin : undefined;
  const failures = new Map((state.report?.failed ?? []).map((f) => [f.assignmentId, f.message]));
  const nameOf = (id: string) => {
    const i = items.find((x) => x.id === id);
    return i ? `${i.workerName}${showHit ? ` (${i.hitTitle})` : ""}` : id;
  };

  return (
    <div className="space-y-4">
      {state.status !== "idle" && state.message && (state.report || !Object.values(state.fieldErrors ?? {}).includes(state.message)) && (
        <Alert tone={state.status === "ok" ? "success" : state.report && state.report.succeeded.length > 0 ? "warning" : "danger"}>
          <p>{state.message}</p>
          {failures.size > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {[...failures].map(([id, message]) => (
                <li key={id}>
                  {nameOf(id)}: {message}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}

      {items.length === 0 ? (
        empty
      ) : (
        <>
          <form action={action} aria-label="Review the selected submissions" className="space-y-3 rounded-xl border border-border bg-surface p-4 shadow-sm">
            {selected.map((id) => (
              <input key={id} type="hidden" name="assignmentId" value={id} />
            ))}
            <input type="hidden" name="origin" value="bulk" />
            <div className="flex flex-wrap items-center justify-between gap-3">
              <div className="flex items-center gap-2.5">
                <input
                  ref={selectAllRef}
                  id={`${helpId}-all`}
                  type="checkbox"
                  checked={allSelected}
                  onChange={() => setPicked(allSelected ? new Set() : new Set(items.map((i) => i.id)))}
                  className="size-4 accent-primary"
                />
                <label htmlFor={`${helpId}-all`} className="text-sm font-medium">
                  Select all <span className="font-normal text-muted">({items.length})</span>
                </label>
                <span className="text-sm text-muted" aria-live="polite">
                  · {selected.length} selected
                </span>
              </div>
              <Button variant="ghost" size="sm" aria-expanded={helpOpen} aria-controls={`${helpId}-help`} aria-keyshortcuts="?" onClick={() => setHelpOpen((o) => !o)}>
                Keyboard shortcuts <kbd className="rounded border border-border-strong px-1 font-mono text-xs">?</kbd>
              </Button>
            </div>
            {helpOpen && <ShortcutList id={`${helpId}-help`} />}
            <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
              <div className="space-y-1.5">
                <label htmlFor={`${helpId}-feedback`} className="block text-sm font-medium">
                  Feedback for the selected <span className="font-normal text-muted">(required to reject, at most 1024 characters)</span>
                </label>
                <textarea
                  id={`${helpId}-feedback`}
                  name="feedback"
                  rows={2}
                  maxLength={1024}
                  defaultValue={origin === "bulk" && typeof state.values?.feedback === "string" ? state.values.feedback : undefined}
                  aria-invalid={origin === "bulk" && state.fieldErrors?.feedback ? true : undefined}
                  className={cn(controlClasses, "min-h-16 py-2")}
                />
                {origin === "bulk" && state.fieldErrors && <p className="text-xs font-medium text-danger">{state.fieldErrors.feedback ?? state.fieldErrors.assignmentId}</p>}
              </div>
              <div className="flex gap-2">
                <Button type="submit" name="decision" value="approve" disabled={pending || selected.length === 0}>
                  Approve selected
                </Button>
                <Button type="submit" name="decision" value="reject" variant="danger" disabled={pending || selected.length === 0}>
                  Reject selected
                </Button>
              </div>
            </div>
            <p className="text-xs text-muted">
              Keys: <kbd className="font-mono">j</kbd>/<kbd className="font-mono">k</kbd> next/previous · <kbd className="font-mono">x</kbd> select · <kbd className="font-mono">a</kbd> approve ·{" "}
              <kbd className="font-mono">r</kbd> feedback to reject · <kbd className="font-mono">?</kbd> all shortcuts
            </p>
          </form>

          <ol aria-label="Submissions to review" className="space-y-4">
            {items.map((item, index) => (
              <ReviewItem
                key={item.id}
                item={item}
                showHit={showHit}
                current={index === at}
                selected={picked.has(item.id)}
                onToggle={() => toggle(item.id)}
                onFocus={() => setCurrent(index)}
                onEscape={() => focusAt(index)}
                action={action}
                pending={pending}
                feedbackError={origin === item.id ? state.fieldErrors?.feedback : undefined}
                failure={failures.get(item.id)}
                typedFeedback={origin === item.id && typeof state.values?.feedback === "string" ? state.values.feedback : undefined}
                itemRef={(el: HTMLLIElement | null) => {
                  if (el) refs.current.set(item.id, el);
                  else refs.current.delete(item.id);
                }}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
