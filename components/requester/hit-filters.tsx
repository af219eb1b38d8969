import { Input, Checkbox } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Button, ButtonLink } from "@/components/ui/button";
import { HIT_STATUS_FILTERS, isFiltered, type HitListFilters } from "@/app/requester/hits/filters";

/** The HIT list's filter bar: a plain GET form, so filtered lists are links that can be shared and reloaded. */
export function HitFilters({ filters }: { filters: HitListFilters }) {
  return (
    <form role="search" aria-label="Filter HITs" action="/requester/hits" className="flex flex-wrap items-end gap-3 rounded-xl border border-border bg-surface p-4 shadow-sm">
      <Input label="Title contains" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="e.g. sentiment" className="min-w-0 flex-1 basis-48" />
      <Select
        label="Status"
        name="status"
        defaultValue={filters.status ?? ""}
        options={[{ value: "", label: "Any status" }, ...HIT_STATUS_FILTERS.map((s) => ({ value: s, label: s }))]}
        className="w-full sm:w-44"
      />
      <Checkbox label="Has work to review" name="review" value="1" defaultChecked={filters.review === "1"} className="pb-2.5" />
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">Filter</Button>
        {isFiltered(filters) && <ButtonLink href="/requester/hits" variant="ghost">Clear</ButtonLink>}
      </div>
    </form>
  );
}
