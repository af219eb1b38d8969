// A CSV download: rows streamed as they are read (lib/csv-write.ts), with a byte-order mark first so
// Excel opens non-ASCII text as UTF-8, never cached, never sniffed as anything else.
//
// Compressed here at gzip level 1 when the client takes gzip: CSV shrinks about as well at level 1 as at
// the server's default level, at a third of the CPU, and a 16 MB results file spent more time in the
// default compression than in producing its rows. "no-transform" keeps the server's own compression (and
// proxies) from encoding it a second time.
import { Readable } from "node:stream";
import { constants, createGzip } from "node:zlib";
import { csvStream } from "@/lib/csv-write";

// "gzip;q=0" is a refusal.
const acceptsGzip = (req: Request) => /\bgzip\b(?!\s*;\s*q=0(?:\.0*)?(?![.\d]))/i.test(req.headers.get("accept-encoding") ?? "");

export function csvResponse(req: Request, rows: Iterable<string[]> | AsyncIterable<string[]>, filename: string): Response {
  const csv = csvStream(rows, { bom: true });
  const gzip = acceptsGzip(req);
  const body = gzip
    ? (Readable.toWeb(Readable.fromWeb(csv as import("node:stream/web").ReadableStream).pipe(createGzip({ level: constants.Z_BEST_SPEED }))) as ReadableStream<Uint8Array>)
    : csv;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
      Vary: "Accept-Encoding",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store, no-transform",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The plain 404 a download answers to anyone it is not for (the same as for something that does not exist). */
export const downloadNotFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
