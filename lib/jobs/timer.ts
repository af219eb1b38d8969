// Runs the sweeps on a timer inside a process (the web server by default, or `npm run worker`).
import { runAllSweeps } from "./sweeps";

export function startSweepTimer(intervalMs = Number(process.env.PIECEWORK_SWEEP_INTERVAL_MS ?? 5000)): () => void {
  let running = false;
  const tick = async () => {
    if (running) return; // never overlap with ourselves; other processes are safe by design
    running = true;
    try {
      await runAllSweeps();
    } catch (e) {
      console.error("piecework: sweep failed", e);
    } finally {
      running = false;
    }
  };
  const handle = setInterval(tick, intervalMs);
  handle.unref?.();
  return () => clearInterval(handle);
}
