"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

type Kind = "freetext" | "choice";
type Style = "radiobutton" | "checkbox" | "dropdown";
export type BuilderQuestion = { key: number; text: string; required: boolean; kind: Kind; style: Style; options: string; lines: number };

let nextKey = 1;
export const newQuestion = (kind: Kind = "freetext"): BuilderQuestion => ({
  key: nextKey++,
  text: "",
  required: true,
  kind,
  style: "radiobutton",
  options: "",
  lines: 1,
});

/** The builder's questions as the QuestionFormSpec the server validates and turns into QuestionForm XML. */
export function toSpec(questions: BuilderQuestion[], overview: string) {
  return {
    ...(overview.trim() ? { overview: overview.trim() } : {}),
    questions: questions.map((q, i) => {
      const base = { id: `q${i + 1}`, text: q.text, required: q.required };
      if (q.kind === "choice") {
        return { ...base, kind: "choice" as const, style: q.style, options: q.options.split("\n").map((o) => o.trim()).filter(Boolean) };
      }
      return { ...base, kind: "freetext" as const, ...(q.lines > 1 ? { lines: q.lines } : {}) };
    }),
  };
}

const control = "block w-full rounded-lg border border-border-strong bg-surface px-3 py-2 text-sm";

export function QuestionBuilder({ questions, onChange, error }: { questions: BuilderQuestion[]; onChange: (q: BuilderQuestion[]) => void; error?: string }) {
  const update = (key: number, patch: Partial<BuilderQuestion>) => onChange(questions.map((q) => (q.key === key ? { ...q, ...patch } : q)));
  const move = (i: number, by: number) => {
    const next = [...questions];
    const [q] = next.splice(i, 1);
    next.splice(i + by, 0, q);
    onChange(next);
  };
  return (
    <div className="space-y-4">
      {error && <p className="text-sm font-medium text-danger" role="alert">{error}</p>}
      <ol className="space-y-4">
        {questions.map((q, i) => (
          <li key={q.key} className="rounded-xl border border-border bg-surface-muted/40 p-4">
            <fieldset className="space-y-3">
              <legend className="text-sm font-semibold">Question {i + 1}</legend>
              <div>
                <label htmlFor={`q-text-${q.key}`} className="mb-1 block text-sm font-medium">Question text</label>
                <textarea id={`q-text-${q.key}`} rows={2} className={control} value={q.text} onChange={(e) => update(q.key, { text: e.target.value })} />
              </div>
              <div className="flex flex-wrap items-end gap-4">
                <div>
                  <label htmlFor={`q-kind-${q.key}`} className="mb-1 block text-sm font-medium">Answer type</label>
                  <select id={`q-kind-${q.key}`} className={control} value={q.kind} onChange={(e) => update(q.key, { kind: e.target.value as Kind })}>
                    <option value="freetext">Free text</option>
                    <option value="choice">Multiple choice</option>
                  </select>
                </div>
                {q.kind === "choice" ? (
                  <div>
                    <label htmlFor={`q-style-${q.key}`} className="mb-1 block text-sm font-medium">Shown as</label>
                    <select id={`q-style-${q.key}`} className={control} value={q.style} onChange={(e) => update(q.key, { style: e.target.value as Style })}>
                      <option value="radiobutton">Radio buttons (pick one)</option>
                      <option value="checkbox">Checkboxes (pick any)</option>
                      <option value="dropdown">Dropdown (pick one)</option>
                    </select>
                  </div>
                ) : (
                  <div>
                    <label htmlFor={`q-lines-${q.key}`} className="mb-1 block text-sm font-medium">Answer box</label>
                    <select id={`q-lines-${q.key}`} className={control} value={q.lines} onChange={(e) => update(q.key, { lines: Number(e.target.value) })}>
                      <option value={1}>One line</option>
                      <option value={4}>A paragraph</option>
                    </select>
                  </div>
                )}
                <label className="flex items-center gap-2 pb-2 text-sm">
                  <input type="checkbox" checked={q.required} onChange={(e) => update(q.key, { required: e.target.checked })} className="size-4 accent-[var(--primary)]" />
                  Required
                </label>
              </div>
              {q.kind === "choice" && (
                <div>
                  <label htmlFor={`q-options-${q.key}`} className="mb-1 block text-sm font-medium">Options, one per line</label>
                  <textarea id={`q-options-${q.key}`} rows={4} className={control} value={q.options} onChange={(e) => update(q.key, { options: e.target.value })} placeholder={"Positive\nNeutral\nNegative"} />
                </div>
              )}
              <div className="flex gap-2">
                <Button size="sm" variant="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move question ${i + 1} up`}>Move up</Button>
                <Button size="sm" variant="ghost" disabled={i === questions.length - 1} onClick={() => move(i, 1)} aria-label={`Move question ${i + 1} down`}>Move down</Button>
                <Button size="sm" variant="ghost" disabled={questions.length === 1} onClick={() => onChange(questions.filter((x) => x.key !== q.key))} aria-label={`Remove question ${i + 1}`}>Remove</Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" onClick={() => onChange([...questions, newQuestion("freetext")])}>Add a free-text question</Button>
        <Button variant="secondary" size="sm" onClick={() => onChange([...questions, newQuestion("choice")])}>Add a multiple-choice question</Button>
      </div>
    </div>
  );
}
