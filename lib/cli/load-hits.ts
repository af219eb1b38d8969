// loadHITs: one HIT per row of the input file, the question template filled from the row. Safe to run
// again with the same -label (see request-token.ts): rows already loaded are reported, not duplicated,
// and <label>.success is written complete each run, so getResults can always use it.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { CreateHITCommand, GetHITCommand, type MTurkClient } from "@aws-sdk/client-mturk";
import { UsageError } from "./args";
import { hitProperties } from "./hit-properties";
import { readProperties } from "./properties";
import { existingHitId, rowRequestToken } from "./request-token";
import { TableWriter, readTable, type Row } from "./tab-file";
import { fillTemplate, missingColumns, xmlEscape } from "./template";
import { messageOf, progress, type Verb } from "./verb";
import { mapInOrder } from "./in-order";
import { withRetry, type RetryOptions } from "./retry";

type Loaded = { hitId: string; hitTypeId: string; isNew: boolean };

async function loadRow(client: MTurkClient, params: CreateHITCommand["input"], retry: RetryOptions): Promise<Loaded> {
  try {
    const { HIT } = await withRetry(() => client.send(new CreateHITCommand(params)), retry);
    return { hitId: HIT!.HITId!, hitTypeId: HIT!.HITTypeId!, isNew: true };
  } catch (e) {
    const hitId = (e as { TurkErrorCode?: string }).TurkErrorCode === "AWS.MechanicalTurk.HitAlreadyExists" ? existingHitId(messageOf(e)) : undefined;
    if (!hitId) throw e;
    const { HIT } = await withRetry(() => client.send(new GetHITCommand({ HITId: hitId })), retry);
    return { hitId, hitTypeId: HIT!.HITTypeId!, isNew: false };
  }
}

/**
 * Requests in flight at once. One at a time spends most of a load waiting on the network and the server;
 * a few in flight keep both busy, and more gain nothing against a per-key rate limit but throttling.
 */
export const DEFAULT_CONCURRENCY = 6;
const MAX_CONCURRENCY = 32;

function concurrency(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CONCURRENCY;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY) throw new UsageError(`-concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, got "${value}"`);
  return n;
}

export const loadHITs: Verb = {
  name: "loadHITs",
  summary: "Create one HIT per row of a tab-delimited input file",
  options: [
    { name: "input", value: "file", help: "tab-delimited rows; the first line names the columns", required: true },
    { name: "question", value: "file", help: "HTMLQuestion, QuestionForm or ExternalQuestion XML with ${column} placeholders", required: true },
    { name: "properties", value: "file", help: "HIT properties: title, description, keywords, reward, assignments, ...", required: true },
    { name: "label", value: "name", help: "names the output files <label>.success and <label>.failure (default: the input's name)" },
    { name: "concurrency", value: "n", help: `requests in flight at once (default ${DEFAULT_CONCURRENCY}, at most ${MAX_CONCURRENCY}); throttled requests are retried` },
    { name: "preview", help: "check every row and print the first HIT's question; create nothing" },
  ],
  details: `Properties (key:value or key=value; values may use \${column}):
  title, description, keywords, reward (dollars), assignments, annotation,
  assignmentduration, hitlifetime, autoapprovaldelay (seconds),
  qualification.N (type id), qualification.comparator.N, qualification.value.N,
  qualification.locale.N (US or US-NY), qualification.private.N (true: unqualified workers cannot preview)
Output: <label>.success (hitid, hittypeid and the input columns) for getResults;
<label>.failure (the failed rows and the error), which can be the -input of a later run.
Rows are sent a few at a time (-concurrency); the output files keep the input's order. A request the
server throttles (ThrottlingException, ServiceUnavailable) waits and goes again, up to 10 times.
Running again with the same label loads only what is missing: a row's request token is its label
and row number, and the server keeps tokens for 24 hours.`,
  async run(ctx) {
    const { args } = ctx;
    const lanes = concurrency(args.get("concurrency"));
    const inputPath = ctx.path(args.need("input"));
    const input = readTable(inputPath);
    const question = readFileSync(ctx.path(args.need("question")), "utf8");
    const properties = readProperties(ctx.path(args.need("properties")));
    const unfilled = missingColumns(question + [...properties.values()].join("\n"), input.columns);
    if (unfilled.length > 0) throw new UsageError(`No input column for \${${unfilled.join("}, ${")}}; the columns are: ${input.columns.join(", ")}`);
    // Like the legacy tool, output lands where the command runs, named after the input by default.
    const label = args.get("label") ?? basename(inputPath).replace(/\.[^.]*$/, "");
    const hitFor = (row: Row, i: number): CreateHITCommand["input"] => ({
      ...hitProperties(properties, row),
      Question: fillTemplate(question, row, xmlEscape),
      UniqueRequestToken: rowRequestToken(basename(label), i + 1),
    });
    // Every row is checked before the first HIT is made, so a bad property stops the run at once.
    const hits = input.rows.map(hitFor);
    if (args.has("preview")) {
      ctx.out(hits[0]?.Question ?? "(the input has no rows)");
      ctx.err(`${hits.length} rows checked; nothing created (-preview)`);
      return 0;
    }

    const success = new TableWriter(ctx.path(`${label}.success`), ["hitid", "hittypeid", ...input.columns]);
    const failure = new TableWriter(ctx.path(`${label}.failure`), [...input.columns.filter((c) => c !== "error"), "error"]);
    const tick = progress(ctx, hits.length, "rows");
    let created = 0, existing = 0, failed = 0, throttled = 0;
    const client = ctx.client();
    const retry = { onRetry: () => throttled++ };
    const attempt = async (params: CreateHITCommand["input"]): Promise<Loaded | { error: unknown }> => {
      try {
        return await loadRow(client, params, retry);
      } catch (e) {
        return { error: e };
      }
    };
    await mapInOrder(hits, lanes, attempt, (r, i) => {
      const row = input.rows[i];
      if ("error" in r) {
        failed++;
        failure.add({ ...row, error: messageOf(r.error) });
        ctx.err(`Row ${i + 1}: ${messageOf(r.error)}`);
      } else {
        if (r.isNew) created++;
        else existing++;
        success.add({ ...row, hitid: r.hitId, hittypeid: r.hitTypeId });
      }
      tick();
    });
    if (throttled > 0) ctx.err(`The server asked to slow down ${throttled} times; those requests were sent again.`);
    ctx.out(`${created} HITs created, ${existing} already loaded, ${failed} failed; see ${success.path}${failed ? ` and ${failure.path}` : ""}`);
    return failed > 0 ? 1 : 0;
  },
};
