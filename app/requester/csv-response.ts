// A CSV download: rows streamed as they are read (lib/csv-write.ts), with a byte-order mark first so
// Excel opens non-ASCII text as UTF-8, never cached, never sniffed as anything else. Compression is the
// server's (or the reverse proxy's): a route handler cannot send its own Content-Encoding through Next.js,
// which drops the header and would leave the client with gzip bytes it does not know to decode.
import { csvStream } from "@/lib/csv-write";

export function csvResponse(rows: Iterable<string[]> | AsyncIterable<string[]>, filename: string): Response {
  return new Response(csvStream(rows, { bom: true }), {
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
