import type { GroupQuery } from "@/lib/hits/groups";

const control = "block h-10 w-full rounded-lg border border-border-strong bg-surface px-3 text-sm";

/** A plain GET form: works without JavaScript, and every filter lives in the URL (shareable, back button). */
export function GroupFilters({ query }: { query: GroupQuery }) {
  return (
    <form role="search" action="/work" className="grid gap-3 rounded-xl border border-border bg-surface p-4 sm:grid-cols-[1fr_9rem_9rem_11rem_auto] sm:items-end">
      <div>
        <label htmlFor="q" className="mb-1 block text-sm font-medium">Search</label>
        <input id="q" name="q" type="search" defaultValue={query.q} placeholder="Title, keywords or requester" className={control} />
      </div>
      <div>
        <label htmlFor="minReward" className="mb-1 block text-sm font-medium">Min reward ($)</label>
        <input id="minReward" name="minReward" inputMode="decimal" defaultValue={query.minReward} placeholder="0.00" className={control} />
      </div>
      <div>
        <label htmlFor="minHourly" className="mb-1 block text-sm font-medium">Min $/hour</label>
        <input id="minHourly" name="minHourly" inputMode="decimal" defaultValue={query.minHourly} placeholder="e.g. 12" className={control} />
      </div>
      <div>
        <label htmlFor="sort" className="mb-1 block text-sm font-medium">Sort by</label>
        <select id="sort" name="sort" defaultValue={query.sort ?? "newest"} className={control}>
          <option value="newest">Newest</option>
          <option value="reward">Highest reward</option>
          <option value="hourly">Best hourly pay</option>
          <option value="available">Most HITs available</option>
        </select>
      </div>
      <button type="submit" className="h-10 rounded-lg bg-primary px-4 text-sm font-medium text-primary-fg hover:bg-primary/90">Apply</button>
      <label className="flex items-center gap-2 text-sm sm:col-span-5">
        <input type="checkbox" name="qualified" value="1" defaultChecked={query.qualified === "1"} className="size-4 accent-[var(--primary)]" />
        Only groups I qualify for
      </label>
    </form>
  );
}
