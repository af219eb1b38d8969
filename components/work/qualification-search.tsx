import { Input } from "@/components/ui/input";
import { Button } from "@/components/ui/button";

/** A plain GET form: works without JavaScript, and the search lives in the URL (shareable, back button). */
export function QualificationSearch({ query }: { query?: string }) {
  return (
    <form role="search" action="/work/qualifications" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <Input label="Search qualifications" name="q" type="search" defaultValue={query} placeholder="Name, description or keywords" className="flex-1" />
      <Button type="submit">Search</Button>
    </form>
  );
}
