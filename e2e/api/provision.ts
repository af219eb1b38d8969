// Run by the API tests (with the test server's database and data directory): a requester with funds and
// an API key, or a worker, made through the domain functions the pages use. Prints JSON.
//   requester <email> <dollars> | worker <email> | key <email> | revoke <email> <accessKeyId> | suspend <email>
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/auth/users";
import { requestDeposit, approveDeposit } from "@/lib/money/deposits";
import { createApiKey, revokeApiKey } from "@/lib/api/keys";

const [kind, email, dollars = "100"] = process.argv.slice(2);
const db = getDb();
const password = "api-test-password-1";
if (kind === "requester") {
  const user = await createUser({ email, password, name: `API ${email.split("@")[0]}`, isRequester: true });
  const admin = await db.user.findFirstOrThrow({ where: { isAdmin: true } });
  const deposit = await requestDeposit(user.id, Math.round(Number(dollars) * 100), "API test funds");
  await approveDeposit(admin.id, deposit.id);
  const key = await createApiKey(user.id, "API tests");
  console.log(JSON.stringify({ id: user.id, email, password, accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey }));
} else if (kind === "key") {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const key = await createApiKey(user.id, "API tests");
  console.log(JSON.stringify({ accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey }));
} else if (kind === "revoke") {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  await revokeApiKey(user.id, dollars);
  console.log("{}");
} else if (kind === "suspend") {
  await db.user.update({ where: { email }, data: { status: "Suspended" } });
  console.log("{}");
} else {
  const user = await createUser({ email, password, name: `Worker ${email.split("@")[0]}`, isWorker: true });
  console.log(JSON.stringify({ id: user.id, email, password }));
}
await db.$disconnect();
