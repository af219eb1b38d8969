// Totals per UTC day over the last `days` days (today included), zero-filled, for the charts.
export function dailySeries(days: number, at: Date, items: { at: Date; value: number }[]): { day: string; value: number }[] {
  const start = seriesStart(days, at);
  const series = Array.from({ length: days }, (_, i) => ({ day: new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10), value: 0 }));
  const index = new Map(series.map((d, i) => [d.day, i]));
  for (const item of items) {
    const i = index.get(item.at.toISOString().slice(0, 10));
    if (i !== undefined) series[i].value += item.value;
  }
  return series;
}

/** Midnight UTC of the first day of a `days`-day series ending on `at`'s day. */
export const seriesStart = (days: number, at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - (days - 1)));
