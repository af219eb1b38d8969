#!/usr/bin/env node
// The piecework command. The CLI is TypeScript (lib/cli); this launcher runs it through the tsx the
// package installs, found relative to this file so the command works from any directory.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsx = join(dirname(createRequire(join(root, "package.json")).resolve("tsx/package.json")), "dist", "cli.mjs");
const result = spawnSync(process.execPath, [tsx, "--tsconfig", join(root, "tsconfig.json"), join(root, "lib", "cli", "main.ts"), ...process.argv.slice(2)], {
  stdio: "inherit",
  // Piecework supports Node 20; the SDK's notice about its own future Node 22 requirement would only
  // clutter an analyst's output on every run.
  env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", ...process.env },
});
if (result.error) {
  console.error(`piecework: cannot start: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
