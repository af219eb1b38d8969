"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The notifications could not be read: say so, and offer to try again. */
export default function NotificationsError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-4" role="alert">
      <Alert tone="danger" title="Your notifications could not be loaded">Something went wrong on our side. Nothing was changed.</Alert>
      <Button variant="secondary" onClick={() => reset()}>Try again</Button>
    </div>
  );
}
