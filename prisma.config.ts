// Prisma CLI configuration. The runtime picks its client and driver adapter in lib/db/client.ts;
// migrations are applied by lib/db/migrate.mjs. This file only tells the CLI where the schema is.
import "dotenv/config";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
