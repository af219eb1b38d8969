import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Three projects: pure unit tests, and the database tests on SQLite and (when TEST_POSTGRES_URL is set)
// on PostgreSQL. Database tests are named *.db.test.ts; each test file gets a fresh, migrated database.
const dbTests = ["lib/**/*.db.test.ts", "app/**/*.db.test.ts"];
const dbProject = (provider: "sqlite" | "postgresql") => ({
  extends: true as const,
  test: {
    name: `db:${provider}`,
    include: dbTests,
    env: { TEST_DB_PROVIDER: provider },
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/db-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    environment: "node",
    // Vitest would use one worker on a 2-core machine; the database tests mostly wait on I/O, so two
    // halve the run.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts", "app/**/*.test.ts"], exclude: dbTests } },
      dbProject("sqlite"),
      ...(process.env.TEST_POSTGRES_URL ? [dbProject("postgresql")] : []),
    ],
  },
});
