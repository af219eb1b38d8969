// The piecework command: finds the verb, parses its options, runs it, and turns every failure into a
// readable line and an exit code (1: the work failed in part or whole; 2: the command line was wrong).
import type { MTurkClient } from "@aws-sdk/client-mturk";
import { UsageError, describeOptions, parseArgs } from "./args";
import { CONNECTION_OPTIONS, clientFor, resolveConnection, type Env } from "./config";
import { VERBS } from "./verbs";
import { messageOf, resolveFrom, type Verb } from "./verb";

export type RunOptions = {
  /** A ready client (tests use the in-process one); otherwise one is made from the options and config. */
  client?: MTurkClient;
  env?: Env;
  cwd?: string;
  out?: (line: string) => void;
  err?: (line: string) => void;
};

const HELP_FLAGS = new Set(["-help", "--help", "-h", "-?", "help"]);

export function commandHelp(): string {
  const width = Math.max(...VERBS.map((v) => v.name.length)) + 2;
  return [
    "Usage: piecework <verb> [-option value ...]",
    "",
    "The MTurk command line tools' verbs and files, for a Piecework server.",
    "",
    ...VERBS.map((v) => `  ${v.name.padEnd(width)}${v.summary}`),
    "",
    "Connection (every verb):",
    describeOptions(CONNECTION_OPTIONS),
    "",
    "piecework <verb> --help shows a verb's options.",
  ].join("\n");
}

export function verbHelp(verb: Verb): string {
  const options = verb.options.length > 0 ? describeOptions(verb.options) : "  (none besides the connection options)";
  return [`Usage: piecework ${verb.name} [options]`, "", verb.summary, "", "Options:", options, ...(verb.details ? ["", verb.details] : [])].join("\n");
}

export async function run(argv: string[], opts: RunOptions = {}): Promise<number> {
  const out = opts.out ?? ((l: string) => process.stdout.write(`${l}\n`));
  const err = opts.err ?? ((l: string) => process.stderr.write(`${l}\n`));
  const [name, ...rest] = argv;
  if (!name || HELP_FLAGS.has(name)) {
    const verb = rest[0] && VERBS.find((v) => v.name.toLowerCase() === rest[0].toLowerCase());
    out(verb ? verbHelp(verb) : commandHelp());
    return 0;
  }
  // Verbs match in any case: the legacy tools were scripts named loadHITs.sh, often typed loadhits.
  const verb = VERBS.find((v) => v.name.toLowerCase() === name.toLowerCase());
  if (!verb) {
    err(`Unknown verb "${name}". Run piecework --help for the list.`);
    return 2;
  }
  if (rest.some((a) => HELP_FLAGS.has(a) && a !== "help")) {
    out(verbHelp(verb));
    return 0;
  }
  const env = opts.env ?? process.env;
  try {
    const args = parseArgs(rest, [...verb.options, ...CONNECTION_OPTIONS]);
    let client = opts.client;
    return await verb.run({
      args,
      client: () => (client ??= clientFor(resolveConnection(args, env))),
      out,
      err,
      path: resolveFrom(opts.cwd ?? process.cwd()),
    });
  } catch (e) {
    if (e instanceof UsageError) {
      err(`piecework ${verb.name}: ${e.message}`);
      err(`Run piecework ${verb.name} --help for its options.`);
      return 2;
    }
    err(`piecework ${verb.name} failed: ${explain(e)}`);
    return 1;
  }
}

/** The errors people meet most, said in their terms rather than Node's. */
function explain(e: unknown): string {
  const code = (e as { code?: string; cause?: { code?: string } }).code ?? (e as { cause?: { code?: string } }).cause?.code;
  if (code === "ENOENT") return `No such file: ${(e as { path?: string }).path}`;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND") return `Cannot reach the server (${code}); check -endpoint`;
  return messageOf(e);
}
