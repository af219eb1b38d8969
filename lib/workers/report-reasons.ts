// Why a worker may report a HIT (shared by the report form and lib/workers/reports.ts).
export const REPORT_REASONS = {
  scam: "Scam or phishing (asks for personal data, money, or off-site sign-ups)",
  offensive: "Offensive or inappropriate content",
  underpaid: "Pay is far below the time it really takes",
  broken: "The task is broken or cannot be completed",
  other: "Something else",
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;
