// Which database Piecework talks to. SQLite (a file under data/) unless DATABASE_URL says PostgreSQL.
import { join } from "node:path";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export const defaultSqliteUrl = `file:${join(root, "data", "piecework.db")}`;

/** @returns {string} */
export function databaseUrl() {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : defaultSqliteUrl;
}

/** @param {string} url @returns {"sqlite" | "postgresql"} */
export function providerOf(url) {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.slice(0, 20)}..."`);
}
