"use client";

// The retry delay in minutes, echoed in days and hours so a requester typing 10080 sees "7 days".
import { useState } from "react";
import { Input } from "@/components/ui/input";
import { formatDuration } from "@/components/ui/format";

export function RetryDelayInput({ defaultValue, error, retriesOn }: { defaultValue: string; error?: string; retriesOn: boolean }) {
  const [minutes, setMinutes] = useState(defaultValue);
  const n = Number(minutes);
  const echo =
    minutes.trim() === "" ? "Blank: one attempt only." : !(Number.isFinite(n) && n >= 0) ? "" : n === 0 ? "0: they may ask again at once." : `Workers wait ${formatDuration(n * 60)} between attempts.`;
  const rule = retriesOn ? "Retries are on and cannot be switched off again." : "Once retries are on they cannot be switched off.";
  return (
    <Input
      label="Retry delay (minutes)"
      name="retryDelay"
      inputMode="decimal"
      value={minutes}
      onChange={(e) => setMinutes(e.target.value)}
      error={error}
      hint={`How long before a worker may ask again. ${echo} ${rule}`}
      className="max-w-md"
    />
  );
}
