import { StatusPage } from "@/components/ui/status-page";

export default function NotFound() {
  return <StatusPage code={404} tone="text-primary" title="Nothing here" message="This page does not exist, or it is not yours to see." href="/" linkLabel="Back to Piecework" />;
}
