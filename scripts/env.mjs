// Environment shared by the npm scripts: where data lives, and secrets generated on first start and
// kept in the data directory, so a fresh clone needs no configuration at all.
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const dataDir = process.env.PIECEWORK_DATA_DIR ?? join(root, "data");

function secretFile(name) {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

export function prepareEnv(port) {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.NEXTAUTH_SECRET ??= secretFile("nextauth-secret");
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  return process.env;
}

/** Newest modification time under the source folders: a build older than this is stale. */
export function sourceStamp() {
  let newest = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
      const p = join(dir, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else newest = Math.max(newest, s.mtimeMs);
    }
  };
  for (const d of ["app", "components", "lib", "public"]) if (existsSync(join(root, d))) walk(join(root, d));
  for (const f of ["next.config.ts", "package-lock.json", "postcss.config.mjs", "instrumentation.ts", "proxy.ts"]) {
    if (existsSync(join(root, f))) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  }
  return String(Math.floor(newest));
}

/** True when .next holds a build of the current sources. */
export function buildIsFresh() {
  const stampFile = join(root, ".next", "piecework-source-stamp");
  return existsSync(join(root, ".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === sourceStamp();
}
