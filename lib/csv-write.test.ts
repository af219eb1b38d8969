import { describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { csvLine, csvStream } from "./csv-write";

const pieces = ["", "a", ",", '"', "\n", "\r", " ", "\t", "é", "🎉", "=1+2", "x;y", '""'];

/** Cells made of every combination of a few awkward pieces, so quoting is checked where it matters. */
function* cells(): Generator<string> {
  for (const a of pieces) for (const b of pieces) for (const c of pieces) yield a + b + c;
}

describe("CSV lines", () => {
  it("are byte for byte what csv-stringify writes, for every awkward cell", () => {
    const all = [...cells()];
    for (let i = 0; i < all.length; i += 7) {
      const row = all.slice(i, i + 7);
      expect(csvLine(row)).toBe(stringify([row]));
    }
  });

  it("stream in chunks with a byte-order mark first, and stop reading rows when the client goes away", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`row ${i}`, "a,b", 'say "hi"']);
    // Bytes, not Response.text(): decoding UTF-8 drops the byte-order mark.
    const text = Buffer.from(await new Response(csvStream(rows, { bom: true })).arrayBuffer()).toString("utf8");
    expect(text).toBe("\uFEFF" + stringify(rows));
    let produced = 0;
    async function* endless() {
      for (;;) {
        produced++;
        yield ["x".repeat(100)];
      }
    }
    const reader = csvStream(endless()).getReader();
    await reader.read();
    await reader.cancel();
    const after = produced;
    await new Promise((r) => setTimeout(r, 20));
    expect(produced).toBe(after);
    expect(produced).toBeLessThan(2000);
  });
});
