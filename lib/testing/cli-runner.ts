// The piecework command run in this process with an in-process SDK client, its output captured.
import type { MTurkClient } from "@aws-sdk/client-mturk";
import { run } from "@/lib/cli/run";

export type CliResult = { code: number; out: string; err: string };

export function cliFor(client: MTurkClient, cwd: string) {
  return async (...argv: string[]): Promise<CliResult> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(argv, { client, cwd, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
}
