import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { currentUser, homeOf } from "@/lib/auth/session";

export default async function LandingPage() {
  const user = await currentUser();
  return (
    <div className="py-8 sm:py-14">
      <section className="max-w-2xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Work that is paid fairly. Tasks that get done.</h1>
        <p className="mt-4 text-lg text-muted">
          Piecework is an open marketplace for human work. Requesters post small tasks (HITs), workers pick the ones they
          like, and every cent is accounted for. It speaks the Mechanical Turk API, so your existing scripts work as they are.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          {user ? (
            <ButtonLink href={homeOf(user)}>Go to your dashboard</ButtonLink>
          ) : (
            <>
              <ButtonLink href="/signup">Create an account</ButtonLink>
              <ButtonLink href="/signin" variant="secondary">
                Sign in
              </ButtonLink>
            </>
          )}
        </div>
      </section>
      <section aria-label="How it works" className="mt-14 grid gap-4 sm:grid-cols-3">
        {[
          ["For workers", "Browse HIT groups with the estimated hourly pay up front, accept, submit, and see your earnings grow."],
          ["For requesters", "Post HITs with a form builder or the MTurk API, review the answers, and pay with one click."],
          ["Honest money", "Every payment moves through a double-entry ledger that an admin can audit at any time."],
        ].map(([title, text]) => (
          <Card key={title}>
            <CardBody>
              <h2 className="font-semibold">{title}</h2>
              <p className="mt-1 text-sm text-muted">{text}</p>
            </CardBody>
          </Card>
        ))}
      </section>
    </div>
  );
}
