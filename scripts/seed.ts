// npm run db:seed — demo data for a fresh database (skipped when it already has users).
import { seedDemo, DEMO_ACCOUNTS } from "@/lib/seed";
import { getDb } from "@/lib/db/client";

const result = await seedDemo();
if (result === "seeded") {
  console.log("piecework: seeded demo data. Sign in with:");
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(9)} ${a.email} / ${a.password}`);
} else {
  console.log("piecework: the database already has users; demo data not added.");
}
await getDb().$disconnect();
