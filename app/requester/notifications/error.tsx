"use client";

// When the notification pages cannot load (the database is unreachable, ...): say so, and offer a retry.
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function NotificationsError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-4" role="alert">
      <Alert tone="danger" title="The notification settings could not be loaded">Nothing was changed. Try again in a moment.</Alert>
      <Button variant="secondary" onClick={reset}>Try again</Button>
    </div>
  );
}
