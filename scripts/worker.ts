// npm run worker — runs the sweeps (deadlines, expiry, auto-approval, notification delivery) in their own process, for
// deployments with several web servers (start those with PIECEWORK_SWEEPS=off, or not: both are safe).
import { startSweepTimer } from "@/lib/jobs/timer";
import { getDb } from "@/lib/db/client";

const stop = startSweepTimer();
console.log("piecework: sweep worker running");
const shutdown = async () => {
  stop();
  await getDb().$disconnect();
  process.exit(0);
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
setInterval(() => {}, 1 << 30); // keep the process alive; the timer itself is unref'd
