import Link from "next/link";

// The 403 and 404 pages. Next renders both into the payload of every page (they must be ready before a
// page calls forbidden() or notFound()), so they are static and small: no session read, no app shell.
export function StatusPage({ code, tone, title, message, href, linkLabel }: { code: 403 | 404; tone: "text-danger" | "text-primary"; title: string; message: string; href: string; linkLabel: string }) {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <p className={`text-sm font-semibold ${tone}`}>{code}</p>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-muted">{message}</p>
      <p className="mt-6">
        <Link href={href} className="inline-flex h-10 items-center rounded-lg bg-primary px-4 text-sm font-medium text-primary-fg no-underline shadow-sm hover:bg-primary/90">{linkLabel}</Link>
      </p>
    </main>
  );
}
