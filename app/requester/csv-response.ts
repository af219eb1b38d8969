// A CSV download: rows streamed through csv-stringify, with a byte-order mark first so Excel opens
// non-ASCII text as UTF-8, never cached, never sniffed as anything else.
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";

export function csvResponse(rows: Iterable<string[]> | AsyncIterable<string[]>, filename: string): Response {
  const csv = Readable.from(rows).pipe(stringify({ bom: true }));
  return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The plain 404 a download answers to anyone it is not for (the same as for something that does not exist). */
export const downloadNotFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
