import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "../ui/cn";
import { NavLinks, type NavItem } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { NotificationBadge } from "./notification-badge";

export type ShellArea = "work" | "requester" | "admin";

export type ShellUser = {
  name: string;
  email: string;
  isWorker: boolean;
  isRequester: boolean;
  isAdmin: boolean;
};

export type AppShellProps = {
  area: ShellArea | null;
  user: ShellUser | null;
  nav: NavItem[];
  /** The signed-in user's unread notifications; the bell shows when given. */
  unreadNotifications?: number;
  children: ReactNode;
};

function Logo() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className="size-7 shrink-0">
      <rect width="32" height="32" rx="8" className="fill-primary" />
      {/* Three stacked "pieces" of work. */}
      <rect x="8" y="8" width="7" height="7" rx="1.5" className="fill-primary-fg" />
      <rect x="17" y="8" width="7" height="7" rx="1.5" className="fill-primary-fg" opacity="0.6" />
      <rect x="8" y="17" width="7" height="7" rx="1.5" className="fill-primary-fg" opacity="0.6" />
      <rect x="17" y="17" width="7" height="7" rx="1.5" className="fill-primary-fg" opacity="0.3" />
    </svg>
  );
}

function AreaSwitcher({ user, area }: { user: ShellUser; area: ShellArea | null }) {
  const areas = [
    user.isWorker && { key: "work", href: "/work", label: "Work" },
    user.isRequester && { key: "requester", href: "/requester", label: "Requester" },
    user.isAdmin && { key: "admin", href: "/admin", label: "Admin" },
  ].filter((a): a is { key: ShellArea; href: string; label: string } => Boolean(a));
  if (areas.length === 0) return null;

  return (
    <nav aria-label="Areas">
      <ul className="flex items-center gap-0.5 rounded-lg bg-surface-muted p-0.5">
        {areas.map((a) => {
          const current = a.key === area;
          return (
            <li key={a.key}>
              <Link
                href={a.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "block rounded-md px-2.5 py-1 text-sm no-underline transition-colors duration-100",
                  current ? "bg-surface font-medium text-fg shadow-sm ring-1 ring-border" : "text-muted hover:text-fg",
                )}
              >
                {a.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function AppShell({ area, user, nav, unreadNotifications, children }: AppShellProps) {
  const hasNav = nav.length > 0;
  return (
    <div className="flex min-h-dvh flex-col bg-bg text-fg">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-primary px-3 py-2 text-sm font-medium text-primary-fg focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>

      <header className="sticky top-0 z-40 border-b border-border bg-surface/85 backdrop-blur supports-[backdrop-filter]:bg-surface/75">
        <div className="mx-auto flex h-14 max-w-[90rem] items-center gap-3 px-4 sm:gap-5 sm:px-6">
          <Link href="/" className="flex items-center gap-2 rounded-md font-semibold tracking-tight text-fg no-underline">
            <Logo />
            {/* The mark alone keeps the link named on phones, where the wordmark is hidden. */}
            <span className="sr-only sm:not-sr-only">Piecework</span>
          </Link>

          {user && <AreaSwitcher user={user} area={area} />}

          <div className="ml-auto flex items-center gap-2 sm:gap-3">
            {user ? (
              <>
                {unreadNotifications !== undefined && <NotificationBadge unread={unreadNotifications} />}
                <span className="hidden max-w-48 truncate text-sm text-muted md:block" title={user.email}>
                  {user.name}
                </span>
                <SignOutButton />
              </>
            ) : (
              <>
                <Link href="/signin" className="rounded-md px-2 py-1 text-sm font-medium text-fg no-underline hover:text-primary">
                  Sign in
                </Link>
                <Link
                  href="/signup"
                  className="inline-flex h-8 items-center rounded-lg bg-primary px-3 text-sm font-medium text-primary-fg no-underline shadow-sm hover:bg-primary/90"
                >
                  Sign up
                </Link>
              </>
            )}
          </div>
        </div>

        {hasNav && (
          <div className="overflow-x-auto border-t border-border px-2 py-1.5 lg:hidden [scrollbar-width:none]">
            <NavLinks items={nav} orientation="horizontal" />
          </div>
        )}
      </header>

      <div className={cn("mx-auto flex w-full max-w-[90rem] flex-1 gap-8 px-4 sm:px-6", !hasNav && "justify-center")}>
        {hasNav && (
          <aside className="hidden w-52 shrink-0 lg:block">
            <div className="sticky top-14 py-8">
              <NavLinks items={nav} />
            </div>
          </aside>
        )}
        <main id="main" tabIndex={-1} className="w-full max-w-6xl min-w-0 flex-1 py-6 outline-none sm:py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
