import { StatusPage } from "@/components/ui/status-page";

// Only signed-in users reach this page (the role guards send everyone else to sign in), so it needs no
// session of its own: /start takes each user to their own area.
export default function Forbidden() {
  return <StatusPage code={403} tone="text-danger" title="You don't have access to this area" message="Your account doesn't have the role this page needs." href="/start" linkLabel="Go to your area" />;
}
