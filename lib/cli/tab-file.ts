// The legacy tools' data files: tab-delimited, first line the column names, UTF-8. Quotes are honoured
// when present (spreadsheets add them around values with tabs or newlines) but not required.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

export type Row = Record<string, string>;
export type Table = { columns: string[]; rows: Row[] };

export function readTable(path: string): Table {
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const records: string[][] = parse(text, { delimiter: "\t", relax_quotes: true, relax_column_count: true, skip_empty_lines: true });
  const [header = [], ...body] = records;
  const columns = header.map((c) => c.trim());
  return { columns, rows: body.map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ""]))) };
}

function line(cells: string[]): string {
  return stringify([cells], { delimiter: "\t", record_delimiter: "\n" });
}

/** A file written row by row, so a run that stops half way leaves what it did on disk. */
export class TableWriter {
  constructor(
    readonly path: string,
    readonly columns: string[],
  ) {
    writeFileSync(path, line(columns));
  }
  add(row: Row): void {
    appendFileSync(this.path, line(this.columns.map((c) => row[c] ?? "")));
  }
}

/** The whole file's text, for writing a table to stdout instead of a file. */
export function formatTable(table: Table): string {
  return [table.columns, ...table.rows.map((r) => table.columns.map((c) => r[c] ?? ""))].map(line).join("");
}

export function writeTable(path: string, table: Table): void {
  const w = new TableWriter(path, table.columns);
  for (const row of table.rows) w.add(row);
}

/** The value of a column, tolerating the case differences of hand-edited headers. */
export function cell(row: Row, name: string): string | undefined {
  const key = Object.keys(row).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : row[key];
}
