// The one source of "now". Deadlines, expiry and auto-approval are compared with this clock, so tests
// move time instead of sleeping. The offset is shared by every process that reads the same file when
// PIECEWORK_CLOCK_FILE is set (test servers only); otherwise it lives in memory.
import { readFileSync, writeFileSync, statSync } from "node:fs";

let offsetMs = 0;
let fileMtimeMs = -1;
/** Tests may stop the clock so durations they create are exact; advancing moves it on from there. */
let frozenAtMs: number | null = null;

function refreshFromFile(): void {
  const file = process.env.PIECEWORK_CLOCK_FILE;
  if (!file) return;
  try {
    const mtime = statSync(file).mtimeMs;
    if (mtime !== fileMtimeMs) {
      fileMtimeMs = mtime;
      offsetMs = Number(readFileSync(file, "utf8").trim()) || 0;
    }
  } catch {
    offsetMs = 0;
  }
}

export function now(): Date {
  refreshFromFile();
  return new Date((frozenAtMs ?? Date.now()) + offsetMs);
}

/** Stops this process's clock at its current time (tests only); unfreezeClock() lets it run again. */
export function freezeClock(): void {
  frozenAtMs = Date.now();
}

export function unfreezeClock(): void {
  frozenAtMs = null;
}

export function clockOffsetMs(): number {
  refreshFromFile();
  return offsetMs;
}

/** Moves this process's clock (and, with PIECEWORK_CLOCK_FILE, every process sharing the file). */
export function setClockOffset(ms: number): void {
  offsetMs = ms;
  const file = process.env.PIECEWORK_CLOCK_FILE;
  if (file) {
    writeFileSync(file, String(ms));
    fileMtimeMs = statSync(file).mtimeMs;
  }
}

export function advanceClock(ms: number): void {
  setClockOffset(clockOffsetMs() + ms);
}

export function addSeconds(d: Date, seconds: number): Date {
  return new Date(d.getTime() + seconds * 1000);
}
