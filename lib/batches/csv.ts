// Reading a batch's CSV upload (see lib/csv.ts for the format and its messages).
import { parseCsvTable, type CsvTable } from "@/lib/csv";

export const MAX_BATCH_ROWS = 100_000;

export type BatchCsv = CsvTable;

export function parseBatchCsv(input: string | Buffer): BatchCsv {
  return parseCsvTable(input, { maxRows: MAX_BATCH_ROWS, tooMany: `A batch has at most ${MAX_BATCH_ROWS.toLocaleString("en-US")} rows; split the file.` });
}
