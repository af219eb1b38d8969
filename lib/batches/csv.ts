// Reading a batch's CSV upload: UTF-8 with or without a byte-order mark (Excel writes one), RFC 4180
// quoting (commas, quotes and newlines inside fields), a header row naming the columns. Every problem is
// a DomainError that says where it is, because requesters fix their files from that message.
import { parse, CsvError } from "csv-parse/sync";
import { DomainError } from "@/lib/errors";

export const MAX_BATCH_ROWS = 100_000;

export interface BatchCsv {
  columns: string[];
  rows: Record<string, string>[];
}

const bad = (message: string) => new DomainError("InvalidInput", message, { fieldErrors: { file: message } });

export function parseBatchCsv(input: string | Buffer): BatchCsv {
  let records: string[][];
  try {
    records = parse(input, { bom: true, skip_empty_lines: true, relax_column_count: false, to: MAX_BATCH_ROWS + 2 });
  } catch (e) {
    if (e instanceof CsvError) throw bad(`The CSV could not be read: ${e.message}`);
    throw e;
  }
  if (records.length === 0) throw bad("The CSV is empty: the first line must name the columns.");
  const columns = records[0].map((c) => c.trim());
  const blank = columns.findIndex((c) => c === "");
  if (blank >= 0) throw bad(`Column ${blank + 1} of the header has no name.`);
  const dup = columns.find((c, i) => columns.indexOf(c) !== i);
  if (dup) throw bad(`The header names the column "${dup}" twice.`);
  const body = records.slice(1);
  if (body.length === 0) throw bad("The CSV has a header but no rows.");
  if (body.length > MAX_BATCH_ROWS) throw bad(`A batch has at most ${MAX_BATCH_ROWS.toLocaleString("en-US")} rows; split the file.`);
  const rows = body.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ""])));
  return { columns, rows };
}
