import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/testing/fixtures";
import { MAX_BATCH_ROWS, parseBatchCsv } from "./csv";

describe("parseBatchCsv", () => {
  it("reads the sentiment fixture: quotes, commas, newlines, non-ASCII and markup as text", () => {
    const { columns, rows } = parseBatchCsv(fixture("projects/sentiment/rows.csv"));
    expect(columns).toEqual(["text", "source"]);
    expect(rows).toHaveLength(20);
    expect(rows[3]).toEqual({ text: 'He said "fine", but his face said otherwise.', source: "novel, chapter 3" });
    expect(rows[4].text).toBe("Line one\nLine two, with a comma\nLine three");
    expect(rows[6].text).toBe("这家餐厅的菜非常好吃，服务也很周到。");
    expect(rows[10]).toEqual({ text: "", source: "empty text (should still render)" });
  });
  it("drops a UTF-8 byte-order mark from the first column's name", () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("text,n\nhi,1\n")]);
    expect(parseBatchCsv(withBom).columns).toEqual(["text", "n"]);
  });
  it("refuses an empty file, a header alone, blank and duplicate column names", () => {
    expect(() => parseBatchCsv("")).toThrow(/empty/);
    expect(() => parseBatchCsv("a,b\n")).toThrow(/no rows/);
    expect(() => parseBatchCsv("a,,c\n1,2,3")).toThrow(/Column 2/);
    expect(() => parseBatchCsv("a,a\n1,2")).toThrow(/"a" twice/);
  });
  it("says which line has the wrong number of fields, or an unclosed quote", () => {
    expect(() => parseBatchCsv("a,b\n1,2\n1,2,3\n")).toThrow(/could not be read.*line 3/i);
    expect(() => parseBatchCsv('a\n"open')).toThrow(/could not be read/);
  });
  it("refuses more rows than a batch takes", { timeout: 30_000 }, () => {
    const big = "a\n" + "x\n".repeat(MAX_BATCH_ROWS + 1);
    expect(() => parseBatchCsv(big)).toThrow(/at most 100,000 rows/);
    expect(parseBatchCsv("a\n" + "x\n".repeat(MAX_BATCH_ROWS)).rows).toHaveLength(MAX_BATCH_ROWS);
  });
});
