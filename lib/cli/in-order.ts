// Work on many items with a few in flight, reporting results in the items' order: the CLI's output files
// list rows as the input does, whichever request finishes first. A result waits only for the ones before
// it, so a run that stops half way has written every finished row up to the slowest one in flight.
export async function mapInOrder<I, R>(items: readonly I[], limit: number, work: (item: I, index: number) => Promise<R>, report: (result: R, index: number) => void): Promise<void> {
  const done = new Map<number, R>();
  let next = 0;
  let reported = 0;
  async function lane() {
    while (next < items.length) {
      const i = next++;
      done.set(i, await work(items[i], i));
      while (done.has(reported)) {
        const r = done.get(reported)!;
        done.delete(reported);
        report(r, reported++);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
