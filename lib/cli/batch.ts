// The loop every bulk verb runs: one API call per item, a failure reported and counted without
// stopping the rest (the legacy tools' behaviour, so one bad id does not strand a whole file), progress
// on long runs, a summary line, and a non-zero exit when anything failed. An item the server says was
// already done by an earlier run (act returns "already") is counted apart, not as a failure, so a
// re-run of a file after an interruption ends cleanly.
import { messageOf, progress, type VerbContext } from "./verb";

export async function forEach<T>(
  ctx: VerbContext,
  items: T[],
  what: { done: string; label: (item: T) => string },
  act: (item: T) => Promise<void | "already">,
): Promise<number> {
  const tick = progress(ctx, items.length, "done");
  let failed = 0;
  let already = 0;
  for (const item of items) {
    try {
      if ((await act(item)) === "already") already++;
    } catch (e) {
      failed++;
      ctx.err(`${what.label(item)}: ${messageOf(e)}`);
    }
    tick();
  }
  ctx.out(`${items.length - failed - already} ${what.done}${already ? `, ${already} already done` : ""}${failed ? `, ${failed} failed` : ""}`);
  return failed > 0 ? 1 : 0;
}
