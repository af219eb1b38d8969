// The HITs a verb works on: -hitid A,B or the hitid column of a loadHITs success file, the way the
// legacy tools let analysts chain loadHITs -> getResults -> extendHITs/deleteHITs.
import { UsageError, type OptionSpec, type ParsedArgs } from "./args";
import { cell, readTable } from "./tab-file";

export const HIT_SELECTION: OptionSpec[] = [
  { name: "successfile", value: "file", help: "the <label>.success file of loadHITs (its hitid column)" },
  { name: "hitid", value: "ids", help: "HIT ids, comma-separated, instead of a success file" },
];

export function selectedHitIds(args: ParsedArgs, path: (p: string) => string): string[] {
  if (args.has("hitid")) return args.list("hitid");
  const file = args.get("successfile");
  if (!file) throw new UsageError("Give -successfile <file> or -hitid <ids>");
  const ids = readTable(path(file)).rows.map((r) => cell(r, "hitid") ?? "").filter(Boolean);
  if (ids.length === 0) throw new UsageError(`${file} has no hitid column or no rows`);
  return [...new Set(ids)];
}
