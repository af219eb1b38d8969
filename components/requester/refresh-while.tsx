"use client";

// Re-renders the server page every `ms` while it is mounted: the batch page shows its publish progress
// from the database this way, so a reload (or another tab) sees the same progress.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function RefreshEvery({ ms }: { ms: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), ms);
    return () => clearInterval(timer);
  }, [router, ms]);
  return null;
}
