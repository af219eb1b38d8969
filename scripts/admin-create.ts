// npm run admin:create -- --email you@example.com --password '...' [--name "Your Name"]
// Creates an admin, or makes an existing user an admin (their password is left as it is).
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/auth/users";
import { emailSchema, passwordSchema } from "@/lib/auth/schema";

const { values } = parseArgs({ options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } } });
const email = emailSchema.safeParse(values.email ?? "");
if (!email.success) {
  console.error("usage: npm run admin:create -- --email <email> --password <password> [--name <name>]");
  process.exit(2);
}
const db = getDb();
const existing = await db.user.findUnique({ where: { email: email.data } });
if (existing) {
  await db.user.update({ where: { id: existing.id }, data: { isAdmin: true } });
  console.log(`piecework: ${email.data} is now an admin.`);
} else {
  const password = passwordSchema.safeParse(values.password ?? "");
  if (!password.success) {
    console.error(`piecework: ${password.error.issues[0].message}`);
    process.exit(2);
  }
  await createUser({ email: email.data, password: password.data, name: values.name ?? "Admin", isAdmin: true });
  console.log(`piecework: created admin ${email.data}.`);
}
await db.$disconnect();
