// The PostgreSQL schema is derived from the SQLite source; this fails when someone edits one without
// regenerating the other (`npm run db:derive`).
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { derivePostgresSchema, sourcePath, derivedPath } from "./derive-postgres-schema.mjs";

describe("prisma schemas", () => {
  it("prisma/postgres/schema.prisma is exactly what the source derives", () => {
    expect(readFileSync(derivedPath, "utf8")).toBe(derivePostgresSchema(readFileSync(sourcePath, "utf8")));
  });

  it("the derived schema differs only in provider and output", () => {
    const derived = readFileSync(derivedPath, "utf8");
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).not.toContain('provider = "sqlite"');
    const strip = (s: string) => s.replace(/^\/\/ GENERATED.*\n/, "").replace(/provider = "\w+"/, "").replace(/output\s+=\s+"[^"]+"/, "");
    expect(strip(derived)).toBe(strip(readFileSync(sourcePath, "utf8")));
  });
});
