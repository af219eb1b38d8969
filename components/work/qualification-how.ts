// How a worker gets a qualification, and when they may try again, in words shared by the list and the type page.
import { formatDuration } from "@/components/ui/format";

export function howToGet(type: { hasTest: boolean; testDurationSeconds: number | null; autoGranted: boolean; scoredAutomatically: boolean }): string {
  if (type.hasTest) {
    const scoring = type.scoredAutomatically ? "scored as soon as you submit" : "reviewed by the requester";
    return `Take a test (${formatDuration(type.testDurationSeconds ?? 0)}), ${scoring}`;
  }
  return type.autoGranted ? "Granted at once when you request it" : "Request it; the requester decides";
}

export function retryRule(retryDelaySeconds: number | null): string {
  if (retryDelaySeconds === null) return "One attempt only: no retries";
  if (retryDelaySeconds === 0) return "You can retry at any time";
  return `You can retry ${formatDuration(retryDelaySeconds)} after your last attempt`;
}
