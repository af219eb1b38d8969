// npm run apikey:create -- --email <requester email> [--label "what it is for"] [--json]
// Prints a new API key pair for a requester, for automation and scripts. The secret is shown only here.
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/client";
import { createApiKey } from "@/lib/api/keys";
import { isDomainError } from "@/lib/errors";

const { values } = parseArgs({ options: { email: { type: "string" }, label: { type: "string" }, json: { type: "boolean" } } });
if (!values.email) {
  console.error("usage: npm run apikey:create -- --email <requester email> [--label <label>] [--json]");
  process.exit(2);
}
const db = getDb();
const user = await db.user.findUnique({ where: { email: values.email.trim().toLowerCase() }, select: { id: true } });
if (!user) {
  console.error(`piecework: no account with the email ${values.email}.`);
  process.exit(1);
}
try {
  const key = await createApiKey(user.id, values.label ?? "created from the command line");
  if (values.json) console.log(JSON.stringify({ accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey }));
  else {
    console.log(`AWS_ACCESS_KEY_ID=${key.accessKeyId}`);
    console.log(`AWS_SECRET_ACCESS_KEY=${key.secretAccessKey}`);
    console.error("piecework: keep the secret safe; it is not shown again.");
  }
} catch (e) {
  console.error(`piecework: ${isDomainError(e) ? e.message : String(e)}`);
  process.exitCode = 1;
}
await db.$disconnect();
