// Writing CSV downloads: RFC 4180 lines exactly as csv-stringify writes them with its defaults (a field is
// quoted when it holds a comma, a quote or a line break; quotes are doubled; "\n" ends a record), but as
// plain string work: a 30,000-row results file spent more time in the stream library's per-record
// machinery than in the database. Lines are gathered into chunks of about 64 KB, so memory stays flat.
const NEEDS_QUOTES = /[",\n\r]/;
const QUOTE = /"/g;

export function csvLine(cells: readonly string[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (i > 0) line += ",";
    line += NEEDS_QUOTES.test(c) ? `"${c.replace(QUOTE, '""')}"` : c;
  }
  return line + "\n";
}

const CHUNK = 64 * 1024;

/** The rows as a byte stream, a chunk of lines at a time, pulled as the client reads (backpressure). */
export function csvStream(rows: Iterable<string[]> | AsyncIterable<string[]>, options: { bom?: boolean } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : (rows as Iterable<string[]>)[Symbol.iterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = !started && options.bom ? "\uFEFF" : "";
      started = true;
      while (text.length < CHUNK) {
        const next = await it.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += csvLine(next.value);
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await it.return?.();
    },
  });
}
