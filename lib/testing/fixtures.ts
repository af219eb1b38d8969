// MTurk-format fixtures (templates, CSVs, XML) kept in the repo so the suite runs from any clone.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const fixturesDir = join(__dirname, "..", "..", "e2e", "fixtures", "mturk");

export function fixture(relativePath: string): string {
  return readFileSync(join(fixturesDir, relativePath), "utf8");
}
