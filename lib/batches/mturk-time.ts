// Dates in MTurk's results format ("Sun Nov 29 09:26:07 UTC 2026"), which spreadsheets written for MTurk
// parse. A 30,000-row results file holds about 200,000 of them, and inside the Next.js server every
// `new Date` goes through the framework's Date wrapper (it watches for clock reads during prerenders)
// while the wrapped objects' getUTC* calls are slow: formatting dates cost more than reading the rows.
// So a date is taken as epoch milliseconds (Date.parse for the text SQLite returns, getTime for the
// Date PostgreSQL returns) and its fields come from integer arithmetic, never a Date object.

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY_MS = 86_400_000;
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A date as the drivers hand it back: a Date on PostgreSQL, ISO text (or epoch ms) from SQLite. */
export type DateValue = Date | string | number | null | undefined;

function epochMs(v: Date | string | number): number {
  return typeof v === "number" ? v : typeof v === "string" ? Date.parse(v) : v.getTime();
}

/** Year, month (1–12) and day of a count of days since 1970-01-01 (Howard Hinnant's civil_from_days). */
function civil(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** The MTurk results text of a date, or "" for none (or one that cannot be read). */
export function mturkTime(v: DateValue): string {
  if (v === null || v === undefined) return "";
  const ms = epochMs(v);
  if (!Number.isFinite(ms)) return "";
  const days = Math.floor(ms / DAY_MS);
  const secondsOfDay = Math.floor((ms - days * DAY_MS) / 1000);
  const [year, month, day] = civil(days);
  // 1970-01-01 was a Thursday.
  const weekday = (((days + 4) % 7) + 7) % 7;
  const h = Math.floor(secondsOfDay / 3600);
  const min = Math.floor((secondsOfDay % 3600) / 60);
  const s = secondsOfDay % 60;
  return `${DAYS[weekday]} ${MONTHS[month - 1]} ${pad(day)} ${pad(h)}:${pad(min)}:${pad(s)} UTC ${year}`;
}
