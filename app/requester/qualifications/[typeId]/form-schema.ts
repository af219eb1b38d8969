// Parses the forms of a qualification type's page: its settings, its test, granting (one worker or a CSV
// file of them), changing a value and revoking. lib/qualifications checks every rule again.
import { z } from "zod";
import { parse } from "csv-parse/sync";
import { idPattern } from "@/lib/ids";
import { QUALIFICATION_LIMITS, QUALIFICATION_TYPE_STATUSES, updateQualificationTypeSchema, workerIdSchema, type UpdateQualificationTypeInput } from "@/lib/qualifications/schema";
import type { FormState } from "@/lib/auth/form-state";
import { checkboxField, minutesField, optionalXmlField, valueField } from "../form-fields";

export const typeIdSchema = z.string().regex(idPattern);

/**
 * Description, status, requestable, retries, and (for a type without a test) automatic granting. Name and
 * keywords are not fields: MTurk never changes them. A blank retry delay asks to keep retries off, which
 * the domain refuses once they are on.
 */
export const settingsFormSchema = z
  .object({
    description: updateQualificationTypeSchema.shape.description.unwrap(),
    status: z.enum(QUALIFICATION_TYPE_STATUSES, { error: "Status must be Active or Inactive" }),
    requestable: checkboxField,
    retryDelay: minutesField("The retry delay"),
    autoGranted: checkboxField,
    autoGrantedValue: valueField(1),
  })
  .transform(
    (f): UpdateQualificationTypeInput => ({
      description: f.description,
      status: f.status,
      isRequestable: f.requestable,
      retryDelaySeconds: f.retryDelay ?? null,
      autoGranted: f.autoGranted,
      ...(f.autoGranted ? { autoGrantedValue: f.autoGrantedValue } : {}),
    }),
  );

/** A new test replaces the old one whole: the XML, its duration and its answer key (none when blank). */
export const testFormSchema = z
  .object({
    test: optionalXmlField,
    testDuration: minutesField("The test duration"),
    answerKey: optionalXmlField,
  })
  .superRefine((f, ctx) => {
    if (f.test === undefined) ctx.addIssue({ code: "custom", path: ["test"], message: "Paste the new test's QuestionForm XML, or load it from a file. A test can be replaced, not removed." });
    if (f.testDuration === undefined) ctx.addIssue({ code: "custom", path: ["testDuration"], message: "Say how many minutes workers have for the test" });
  })
  .transform((f) => ({ test: f.test!, testDurationSeconds: f.testDuration!, answerKey: f.answerKey }));

export const grantFormSchema = z.object({ workerId: workerIdSchema, value: valueField(1) });

export const valueFormSchema = z.object({ workerId: workerIdSchema, value: valueField() });

export const revokeFormSchema = z.object({
  workerId: workerIdSchema,
  reason: z.string().trim().min(1, "Tell the worker why").max(QUALIFICATION_LIMITS.reasonMax, `At most ${QUALIFICATION_LIMITS.reasonMax} characters`),
});

/** One data line of a bulk-grant file: ready to grant, or what is wrong with it. */
export type CsvGrantRow = { line: number; workerId: string; value: number; error?: undefined } | { line: number; workerId: string; error: string };

/** What the bulk-grant form shows after a run: one result per data line of the file. */
export type BulkGrantRowResult = { line: number; workerId: string; ok: boolean; text: string };
export type BulkGrantState = FormState & { results?: BulkGrantRowResult[] };

const valueOfCell = valueField(1);

/**
 * A CSV file of WorkerId and (optionally) Value columns, headers in any case, in any order, other columns
 * ignored. A BOM and blank lines are skipped. Each bad line (worker id, value, a worker listed twice) is
 * reported with its line number and the others still go ahead; a file that cannot be read at all (no
 * header, bad quoting, no rows, too many) is refused whole.
 */
export const bulkGrantCsvSchema = z.string().transform((text, ctx): CsvGrantRow[] => {
  const fail = (message: string) => {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse types its result as plain rows whatever the options; with `info` each row comes with its line number.
    records = parse(text, { bom: true, trim: true, skip_empty_lines: true, skip_records_with_empty_values: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (e) {
    return fail(`The file is not readable CSV: ${e instanceof Error ? e.message : String(e)}`);
  }
  const [header, ...data] = records;
  const columns = (header?.record ?? []).map((c) => c.toLowerCase());
  const workerColumn = columns.indexOf("workerid");
  const valueColumn = columns.indexOf("value");
  if (workerColumn < 0) return fail("The first line must be a header naming the columns: WorkerId, and Value if you give values.");
  if (data.length === 0) return fail("The file has a header but no workers under it.");
  if (data.length > QUALIFICATION_LIMITS.bulkGrantMaxRows) return fail(`At most ${QUALIFICATION_LIMITS.bulkGrantMaxRows.toLocaleString("en-US")} workers at a time; split the file.`);

  const seen = new Map<string, number>();
  return data.map(({ record, info }): CsvGrantRow => {
    const line = info.lines;
    const workerId = (record[workerColumn] ?? "").trim();
    const id = workerIdSchema.safeParse(workerId);
    if (!id.success) return { line, workerId, error: workerId ? id.error.issues[0].message : "No worker id on this line" };
    const value = valueOfCell.safeParse(valueColumn < 0 ? "" : (record[valueColumn] ?? ""));
    if (!value.success) return { line, workerId, error: value.error.issues[0].message };
    const earlier = seen.get(id.data);
    if (earlier !== undefined) return { line, workerId, error: `This worker is already on line ${earlier}` };
    seen.set(id.data, line);
    return { line, workerId: id.data, value: value.data };
  });
});
