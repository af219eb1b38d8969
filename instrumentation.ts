// Next.js calls register() once when a server starts. The web server runs the sweeps itself unless
// PIECEWORK_SWEEPS=off (deployments with several web servers run `npm run worker` instead, or as well).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.PIECEWORK_SWEEPS === "off") return;
  const { startSweepTimer } = await import("./lib/jobs/timer");
  startSweepTimer();
}
