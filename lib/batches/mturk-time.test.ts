import { describe, expect, it } from "vitest";
import { mturkTime } from "./mturk-time";

// The reference: the same fields read through Date's own UTC getters.
function viaDate(d: Date): string {
  const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

describe("MTurk results dates", () => {
  it("writes dates as MTurk's results do, from a Date, SQLite's text or epoch milliseconds", () => {
    expect(mturkTime(new Date("2026-11-29T09:05:07Z"))).toBe("Sun Nov 29 09:05:07 UTC 2026");
    expect(mturkTime("2026-11-29T09:05:07.999+00:00")).toBe("Sun Nov 29 09:05:07 UTC 2026");
    expect(mturkTime("2026-11-29T11:05:07.000+02:00")).toBe("Sun Nov 29 09:05:07 UTC 2026");
    expect(mturkTime(Date.UTC(2024, 1, 29, 23, 59, 59))).toBe("Thu Feb 29 23:59:59 UTC 2024");
    expect(mturkTime(null)).toBe("");
    expect(mturkTime(undefined)).toBe("");
    expect(mturkTime("not a date")).toBe("");
  });

  it("agrees with Date's UTC fields across leap years, century rules, month ends and before 1970", () => {
    const fixed = ["1969-12-31T23:59:59.500Z", "1970-01-01T00:00:00Z", "2000-02-29T12:00:00Z", "2100-03-01T00:00:00Z", "1900-02-28T23:59:59Z", "2038-01-19T03:14:08Z", "9999-12-31T23:59:59Z"];
    for (const iso of fixed) expect(mturkTime(iso)).toBe(viaDate(new Date(iso)));
    // Ten thousand instants spread over five centuries, with odd milliseconds.
    let ms = Date.UTC(1800, 0, 1);
    const span = 15_779_232_013_370; // about 500 years
    for (let i = 0; i < 10_000; i++) {
      const t = ms + ((i * 7_919_131_003) % span);
      expect(mturkTime(t)).toBe(viaDate(new Date(t)));
    }
  });
});
