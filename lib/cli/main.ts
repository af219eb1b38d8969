// The piecework command's process entry (bin/piecework.mjs runs it): argv in, exit code out.
import { run } from "./run";

process.exitCode = await run(process.argv.slice(2));
