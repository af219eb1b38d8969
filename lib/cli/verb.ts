// What every verb is: its options (for parsing and help) and a run that talks to the server through
// the context, so tests can hand in an in-process client and capture the output.
import { resolve } from "node:path";
import type { MTurkClient } from "@aws-sdk/client-mturk";
import type { OptionSpec, ParsedArgs } from "./args";

export type VerbContext = {
  args: ParsedArgs;
  /** Made on first use, so help and makeTemplate work without keys. */
  client(): MTurkClient;
  /** Results, one line each (stdout). */
  out(line: string): void;
  /** Progress and problems (stderr). */
  err(line: string): void;
  /** A path the user gave, relative to where they ran the command. */
  path(p: string): string;
};

export type Verb = {
  name: string;
  summary: string;
  options: OptionSpec[];
  /** Extra help text after the options: file formats, examples. */
  details?: string;
  /** The exit code. */
  run(ctx: VerbContext): Promise<number>;
};

export const resolveFrom = (cwd: string) => (p: string) => resolve(cwd, p);

/** Progress for long runs: a line to stderr every `every` items, so a 10,000-row load shows it is alive. */
export function progress(ctx: VerbContext, total: number, what: string, every = 100) {
  let done = 0;
  return () => {
    done++;
    if (done % every === 0 && done < total) ctx.err(`${done}/${total} ${what}`);
  };
}

/** The message of an API error (the SDK's RequestError) or any other failure, for one line of output. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { TurkErrorCode?: string }).TurkErrorCode;
    return code ? `${e.message} (${code})` : e.message;
  }
  return String(e);
}
