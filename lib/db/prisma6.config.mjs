// Configuration for Prisma 6's CLI, used only to apply migrations (lib/db/migrate.mjs). Prisma 6 can run
// its WebAssembly schema engine through a driver adapter, so migrations work on machines that cannot
// download Prisma 7's native engine. Machines with the native engine may use the regular Prisma 7 CLI on
// the same migration folders: they are ordinary Prisma migrations with the _prisma_migrations table.
import { defineConfig } from "prisma6/config";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// Paths in a Prisma config resolve against the config file; anchor them at the project root.
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const provider = process.env.PIECEWORK_MIGRATE_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
const url = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: process.env.PIECEWORK_MIGRATE_SCHEMA,
  migrations: { path: join(root, provider === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations") },
  adapter: async () => {
    if (provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSqlite3({ url });
  },
});
