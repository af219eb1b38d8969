// How a qualification type is granted, in the words its pages use.
type GrantSettings = { test: string | null; answerKey: string | null; autoGranted: boolean; autoGrantedValue: number | null };

export function howGranted(t: GrantSettings): string {
  if (t.test !== null) return t.answerKey !== null ? "Test, scored by its answer key" : "Test, you review the answers";
  if (t.autoGranted) return `Granted automatically (value ${t.autoGrantedValue ?? 1})`;
  return "You decide on each request";
}

export function retryLabel(retryDelaySeconds: number | null, formatDuration: (s: number) => string): string {
  if (retryDelaySeconds === null) return "One attempt only";
  return retryDelaySeconds === 0 ? "Any time" : `After ${formatDuration(retryDelaySeconds)}`;
}
