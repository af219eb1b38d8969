// npm run build — a production build of the web app (what `npm start` and the e2e tests serve).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, sourceStamp } from "./env.mjs";

export function build() {
  const stamp = sourceStamp();
  const res = spawnSync(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (res.status !== 0) return false;
  writeFileSync(join(root, ".next", "piecework-source-stamp"), stamp);
  return true;
}

if (process.argv[1] && process.argv[1].endsWith("build.mjs")) {
  process.exit(build() ? 0 : 1);
}
