// Links between the worker's qualification pages. `returnTo` (an already validated /work path, usually
// the HIT group that needs the qualification) rides along so every step can lead back to it.

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}

export const qualificationTypeHref = (typeId: string, returnTo?: string, notice?: string) => withQuery(`/work/qualifications/${typeId}`, { returnTo, notice });

export const testAttemptHref = (requestId: string, returnTo?: string) => withQuery(`/work/qualifications/tests/${requestId}`, { returnTo });
