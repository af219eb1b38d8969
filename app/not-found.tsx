import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <p className="text-sm font-semibold text-primary">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Nothing here</h1>
      <p className="mt-2 text-muted">This page does not exist, or it is not yours to see.</p>
      <div className="mt-6">
        <ButtonLink href="/">Back to Piecework</ButtonLink>
      </div>
    </main>
  );
}
