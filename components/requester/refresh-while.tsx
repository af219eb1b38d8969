"use client";

// Re-renders the server page `ms` after each render of it: the batch page shows its publish and cancel
// progress from the database this way, so a reload (or another tab) sees the same progress. The next
// refresh is scheduled only once the last one has rendered (`renderedAt` changes with every server
// render), so slow renders never pile up into transitions that keep the page from updating at all.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function RefreshEvery({ ms, renderedAt }: { ms: number; renderedAt: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setTimeout(() => router.refresh(), ms);
    return () => clearTimeout(timer);
  }, [router, ms, renderedAt]);
  return null;
}
