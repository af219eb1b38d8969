// Reading an uploaded CSV table: UTF-8 with or without a byte-order mark (Excel writes one), RFC 4180
// quoting (commas, quotes and newlines inside fields), a header row naming the columns. Every problem is
// a DomainError on the "file" field that says where it is, because people fix their files from that message.
import { parse, CsvError } from "csv-parse/sync";
import { DomainError } from "@/lib/errors";

export interface CsvTable {
  columns: string[];
  rows: Record<string, string>[];
}

export const csvFileError = (message: string) => new DomainError("InvalidInput", message, { fieldErrors: { file: message } });

/** The table, or a DomainError: unreadable, empty, unnamed or repeated columns, no rows, more than `maxRows` (`tooMany` says so). */
export function parseCsvTable(input: string | Buffer, limit: { maxRows: number; tooMany: string }): CsvTable {
  let records: string[][];
  try {
    records = parse(input, { bom: true, skip_empty_lines: true, relax_column_count: false, to: limit.maxRows + 2 });
  } catch (e) {
    if (e instanceof CsvError) throw csvFileError(`The CSV could not be read: ${e.message}`);
    throw e;
  }
  if (records.length === 0) throw csvFileError("The CSV is empty: the first line must name the columns.");
  const columns = records[0].map((c) => c.trim());
  const blank = columns.findIndex((c) => c === "");
  if (blank >= 0) throw csvFileError(`Column ${blank + 1} of the header has no name.`);
  const dup = columns.find((c, i) => columns.indexOf(c) !== i);
  if (dup) throw csvFileError(`The header names the column "${dup}" twice.`);
  const body = records.slice(1);
  if (body.length === 0) throw csvFileError("The CSV has a header but no rows.");
  if (body.length > limit.maxRows) throw csvFileError(limit.tooMany);
  const rows = body.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ""])));
  return { columns, rows };
}

/** The row number a spreadsheet shows for the `index`th data row (the header is row 1). */
export const sheetRow = (index: number) => index + 2;
