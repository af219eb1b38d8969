// next-auth (v4, the stable line that supports Next 16 and React 19) with email + password and JWT
// sessions, so web servers keep no session state. The token carries only the user id; every request
// re-reads the user (roles, suspension) from the database in lib/auth/session.ts.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { verifyPassword, dummyHash } from "./password";
import { hitRateLimit, clearRateLimit, isRateLimited } from "./rate-limit";
import { emailSchema } from "./schema";

const SIGN_IN_LIMIT = { perEmail: 8, perIp: 100, windowSeconds: 15 * 60 };

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const fwd = headers?.["x-forwarded-for"];
  const first = Array.isArray(fwd) ? fwd[0] : fwd;
  return first?.split(",")[0]?.trim() || "local";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsedEmail = emailSchema.safeParse(credentials?.email ?? "");
        const password = credentials?.password ?? "";
        if (!parsedEmail.success || !password) throw new Error("Enter your email and password.");
        const email = parsedEmail.data;

        // Only failed attempts count, so people who sign in correctly are never slowed down, while guessing
        // a password is throttled per account and per address.
        const emailKey = `signin:email:${email}`;
        const ipKey = `signin:ip:${clientIp(req?.headers)}`;
        const [byEmail, byIp] = await Promise.all([
          isRateLimited(emailKey, SIGN_IN_LIMIT.perEmail, SIGN_IN_LIMIT.windowSeconds),
          isRateLimited(ipKey, SIGN_IN_LIMIT.perIp, SIGN_IN_LIMIT.windowSeconds),
        ]);
        if (byEmail.limited || byIp.limited) {
          const minutes = Math.ceil(Math.max(byEmail.retryAfterSeconds, byIp.retryAfterSeconds) / 60);
          throw new Error(`Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
        }

        const user = await db.user.findUnique({ where: { email } });
        const ok = await verifyPassword(password, user?.passwordHash ?? dummyHash);
        if (!user || !ok) {
          await Promise.all([
            hitRateLimit(emailKey, SIGN_IN_LIMIT.perEmail, SIGN_IN_LIMIT.windowSeconds),
            hitRateLimit(ipKey, SIGN_IN_LIMIT.perIp, SIGN_IN_LIMIT.windowSeconds),
          ]);
          throw new Error("Wrong email or password.");
        }
        if (user.status !== "Active") throw new Error("This account is suspended. Contact support if you think this is a mistake.");
        await clearRateLimit(emailKey);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
