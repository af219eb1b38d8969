// The review queue's keyboard shortcuts: one table for the handler and the help list, and the rule that
// keeps them quiet while someone types.

export type ShortcutCommand = "next" | "previous" | "toggle" | "approve" | "reject" | "help";

export const SHORTCUTS: { key: string; command: ShortcutCommand; description: string }[] = [
  { key: "j", command: "next", description: "Next submission" },
  { key: "k", command: "previous", description: "Previous submission" },
  { key: "x", command: "toggle", description: "Select or unselect the current submission" },
  { key: "a", command: "approve", description: "Approve the current submission" },
  { key: "r", command: "reject", description: "Write feedback to reject the current submission" },
  { key: "?", command: "help", description: "Show or hide this list" },
];

type Target = { tagName?: string; type?: string; isContentEditable?: boolean } | null;

const NOT_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "image", "file", "range", "color"]);

/** Whether keys pressed in `el` are someone typing (text inputs, text areas, selects, editable content). */
export function isTextEntry(el: Target): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = (el.tagName ?? "").toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !NOT_TEXT_INPUTS.has((el.type ?? "text").toLowerCase());
}

/** The command for a key press, or null: none while typing, with Ctrl/Alt/Meta, or while a dialog is open. */
export function shortcutFor(e: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean; target: Target }, dialogOpen = false): ShortcutCommand | null {
  if (dialogOpen || e.ctrlKey || e.altKey || e.metaKey || isTextEntry(e.target)) return null;
  return SHORTCUTS.find((s) => s.key === e.key)?.command ?? null;
}
