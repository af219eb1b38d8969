// Who is calling, read from the database on every request (never from what the client sends). Pages use
// requirePageUser (redirects to sign-in, or 403); server actions use requireActionUser (throws DomainError).
import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect, forbidden } from "next/navigation";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { authOptions } from "./options";

export type Role = "worker" | "requester" | "admin";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  isWorker: boolean;
  isRequester: boolean;
  isAdmin: boolean;
};

export function hasRole(user: SessionUser, role: Role): boolean {
  return role === "worker" ? user.isWorker : role === "requester" ? user.isRequester : user.isAdmin;
}

/**
 * The user id in the session cookie, or null. next-auth's getServerSession would run its whole session
 * endpoint on every render (callbacks, and re-encrypting a cookie a server component cannot even set);
 * decrypting the cookie is all a page needs, and getToken does exactly that (cookie name, chunks, expiry).
 */
async function sessionUserId(): Promise<string | null> {
  const store = await cookies();
  const jar = Object.fromEntries(store.getAll().map((c) => [c.name, c.value]));
  const token = await getToken({ req: { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"], secret: authOptions.secret });
  return typeof token?.sub === "string" ? token.sub : null;
}

/** The signed-in, active user, or null. Cached for the duration of one request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const id = await sessionUserId();
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, isWorker: true, isRequester: true, isAdmin: true, status: true },
  });
  if (!user || user.status !== "Active") return null;
  const { status: _status, ...rest } = user;
  return rest;
});

export async function requirePageUser(role: Role | null, returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (role && !hasRole(user, role)) forbidden();
  return user;
}

export async function requireActionUser(role: Role | null): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new DomainError("Unauthenticated", "Your session has ended. Sign in again.");
  if (role && !hasRole(user, role)) throw new DomainError("Forbidden", "You do not have access to this.");
  return user;
}

/** The home area of a user: where sign-in lands when no callback URL is given. */
export function homeOf(user: SessionUser): string {
  if (user.isAdmin) return "/admin";
  if (user.isRequester && !user.isWorker) return "/requester";
  if (user.isWorker) return "/work";
  return "/requester";
}
