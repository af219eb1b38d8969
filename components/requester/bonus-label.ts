import { formatDateTime } from "@/components/ui/format";

/** How a bonus dialog names the one assignment it pays for: "… For the work submitted 29 Nov 2026, 14:05 UTC." */
export function bonusLabel(submittedAt: Date | null): string {
  return submittedAt ? `the work submitted ${formatDateTime(submittedAt)} UTC.` : "this assignment.";
}
