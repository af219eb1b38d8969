"use client";

import { useEffect, useState } from "react";

function fmt(ms: number): string {
  if (ms <= 0) return "0:00";
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}` : `${m}:${String(sec).padStart(2, "0")}`;
}

/**
 * Time left until the deadline. The server's "now" comes with the page, so the countdown follows the
 * server's clock even when this device's clock is off.
 */
export function Countdown({
  deadline,
  serverNow,
  expiredText = "The time allotted has run out. This assignment can no longer be submitted.",
}: {
  deadline: string;
  serverNow: string;
  /** What to say once the time is up (an assignment, a qualification test). */
  expiredText?: string;
}) {
  const [skew] = useState(() => new Date(serverNow).getTime() - Date.now());
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState(() => end - (Date.now() + skew));

  useEffect(() => {
    const id = setInterval(() => setLeft(end - (Date.now() + skew)), 1000);
    return () => clearInterval(id);
  }, [end, skew]);

  const urgent = left < 60_000;
  return (
    <p className={urgent ? "font-semibold text-danger" : "text-muted"}>
      {left > 0 ? (
        <>
          Time left: <span className="tabular-nums" role="timer" aria-live={urgent ? "polite" : "off"}>{fmt(left)}</span>
        </>
      ) : (
        <span role="alert">{expiredText}</span>
      )}
    </p>
  );
}
