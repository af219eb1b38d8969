"use client";

// Re-renders the server page every `seconds` while the tab is visible, so a check stays live.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

export function AutoRefresh({ seconds, checkedAt }: { seconds: number; checkedAt: string }) {
  const router = useRouter();
  useEffect(() => {
    const id = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(id);
  }, [router, seconds]);
  return <p className="text-xs text-muted">Checked at {checkedAt} UTC; re-checked every {seconds} seconds.</p>;
}
