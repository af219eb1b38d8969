// Pure formatters, safe on server and client. Dates are formatted by hand in UTC so the
// server-rendered HTML and the hydrated client agree whatever the ICU data or time zone.

const usd = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 123456 -> "$1,234.56"; -100 -> "−$1.00" (a true minus sign, which lines up with digits). */
export function formatCents(cents: number): string {
  const rounded = Math.round(cents);
  const sign = rounded < 0 ? "\u2212" : "";
  return `${sign}$${usd.format(Math.abs(rounded) / 100)}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** 45 -> "45 s", 300 -> "5 min", 5400 -> "1 h 30 min", 259200 -> "3 days". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0));
  if (s < 60) return `${s} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const rest = s % 60;
    return rest ? `${m} min ${rest} s` : `${m} min`;
  }
  if (s < 86400) {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  return h ? `${plural(d, "day")} ${h} h` : plural(d, "day");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function toDate(d: Date | string): Date {
  return d instanceof Date ? d : new Date(d);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "29 Nov 2026" (UTC). */
export function formatDate(d: Date | string): string {
  const date = toDate(d);
  if (Number.isNaN(date.getTime())) return "—";
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "29 Nov 2026, 14:05" (UTC, 24-hour). */
export function formatDateTime(d: Date | string): string {
  const date = toDate(d);
  if (Number.isNaN(date.getTime())) return "—";
  return `${formatDate(date)}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** "in 5 min", "3 h ago", "just now"; past a month it falls back to the date. */
export function formatRelative(d: Date | string, now: Date = new Date()): string {
  const date = toDate(d);
  if (Number.isNaN(date.getTime())) return "—";
  const diff = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(diff);
  let text: string;
  if (abs < 10) return "just now";
  if (abs < 60) text = `${abs} s`;
  else if (abs < 3600) text = `${Math.floor(abs / 60)} min`;
  else if (abs < 86400) text = `${Math.floor(abs / 3600)} h`;
  else if (abs < 30 * 86400) text = plural(Math.floor(abs / 86400), "day");
  else return `on ${formatDate(date)}`;
  return diff > 0 ? `in ${text}` : `${text} ago`;
}

/** "2026-11-29T14:05": a Date as the value of an `<input type="datetime-local">` read as UTC. */
export function toUtcDateTimeLocal(d: Date | string): string {
  const date = toDate(d);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** 0.875 -> "88%"; null (nothing reviewed yet) -> "—". */
export function formatRate(rate: number | null): string {
  return rate === null || !Number.isFinite(rate) ? "—" : `${Math.round(rate * 100)}%`;
}
