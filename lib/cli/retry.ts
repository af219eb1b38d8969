// Retrying a request the server turned away for load: MTurk's ThrottlingException (a key over its rate)
// and ServiceUnavailable. Both mean "not now", never "not this", so the same request (its
// UniqueRequestToken makes a repeat harmless) goes again after an exponential, jittered wait; the jitter
// keeps several requests in flight from coming back in step and being throttled together again.
const RETRYABLE = new Set(["ThrottlingException", "Throttling", "TooManyRequestsException", "ServiceUnavailable", "ServiceUnavailableException"]);

export function isRetryable(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return RETRYABLE.has(err?.name ?? "") || err?.$metadata?.httpStatusCode === 503 || err?.$metadata?.httpStatusCode === 429;
}

export type RetryOptions = {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** The first wait; each later one doubles, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Told of each retry (the CLI counts them for its summary). */
  onRetry?: (e: unknown, attempt: number) => void;
};

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 10, baseDelayMs = 100, maxDelayMs = 5000, sleep = wait, onRetry } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= attempts || !isRetryable(e)) throw e;
      onRetry?.(e, attempt);
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      await sleep(ceiling / 2 + Math.random() * (ceiling / 2));
    }
  }
}
