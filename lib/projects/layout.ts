// Project layouts: an HTML fragment with ${name} placeholders, filled from one CSV row per HIT. Values are
// HTML-escaped, so a row can never inject markup or script into a worker's page, and replacement is one
// pass over the layout, so a value that itself reads "${other}" stays literal text.

/** Placeholder names as MTurk's requester site accepts them: letters, digits and underscores. */
const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The distinct placeholder names of a layout, in the order they first appear. */
export function placeholdersOf(layout: string): string[] {
  const seen = new Set<string>();
  for (const m of layout.matchAll(PLACEHOLDER)) seen.add(m[1]);
  return [...seen];
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

type Row = Readonly<Record<string, string | undefined>>;

/**
 * The layout split once into text and placeholder names, so a 100,000-row batch fills by joining pieces
 * instead of running the placeholder pattern over the whole layout for every row.
 */
export function compileLayout(layout: string): (row: Row) => string {
  // split with a capturing group alternates text, name, text, name, ..., text.
  const parts = layout.split(PLACEHOLDER);
  return (row) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i];
      out += escapeHtml(Object.hasOwn(row, name) ? (row[name] ?? "") : "") + parts[i + 1];
    }
    return out;
  };
}

/** The layout with every placeholder replaced by its row value, escaped; a missing value becomes empty. */
export function fillLayout(layout: string, row: Row): string {
  return compileLayout(layout)(row);
}

/** The placeholders a set of CSV columns does not provide. */
export function missingColumns(layout: string, columns: readonly string[]): string[] {
  const have = new Set(columns);
  return placeholdersOf(layout).filter((p) => !have.has(p));
}
