import { Skeleton } from "@/components/ui/skeleton";

// Shown while a worker page renders on the server, with the same shape as the list, so nothing jumps.
export default function WorkLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-20 w-full" />
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} className="h-36 w-full" />
      ))}
    </div>
  );
}
