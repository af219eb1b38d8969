// HTTP helpers for the benchmarks: sign in like a browser (next-auth's credentials flow) and call server
// actions the way React does (the Next-Action header and React's reply encoding), so a benchmark measures
// the same requests a browser sends.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

// React's own reply encoder, from the copy Next ships, so the body is byte for byte what a browser sends.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.edge.js") as {
  encodeReply: (args: unknown[]) => Promise<FormData | string>;
};

export class Session {
  cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }

  async fetch(path: string, init: RequestInit = {}) {
    const res = await fetch(this.base + path, { ...init, redirect: "manual", headers: { ...(init.headers ?? {}), cookie: this.cookieHeader() } });
    this.keep(res);
    return res;
  }

  async signIn(email: string, password: string) {
    const csrf = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: "true" }),
    });
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed for ${email}: ${res.status}`);
  }

  /** Calls a useActionState server action with (previous state, form data), as React's client does. */
  async action(path: string, actionId: string, fields: Record<string, string>) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const body = await encodeReply([{ status: "idle" }, form]);
    return this.fetch(path, { method: "POST", headers: { "next-action": actionId, accept: "text/x-component" }, body });
  }
}

/** The id Next gave a server action in this build. */
export function actionId(root: string, filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!hit) throw new Error(`server action ${filename}#${exportedName} not found in the build`);
  return hit[0];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const v = await fn();
  return [v, performance.now() - t];
}
