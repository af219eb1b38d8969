import { SHORTCUTS } from "./review-shortcuts";

/** The review queue's shortcuts as a definition list (shown by "?" and the "Keyboard shortcuts" button). */
export function ShortcutList({ id }: { id: string }) {
  return (
    <div id={id} role="region" aria-label="Keyboard shortcuts" className="rounded-lg border border-border bg-surface-muted/60 px-4 py-3">
      <dl className="grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-2">
        {SHORTCUTS.map((s) => (
          <div key={s.key} className="flex items-center gap-2">
            <dt>
              <kbd className="inline-grid min-w-6 place-items-center rounded border border-border-strong bg-surface px-1.5 font-mono text-xs shadow-xs">{s.key}</kbd>
            </dt>
            <dd className="text-muted">{s.description}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-muted">Shortcuts are off while you type in a text field; press Esc in a feedback box to get back to the list.</p>
    </div>
  );
}
