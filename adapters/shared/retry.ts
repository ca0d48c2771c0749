import { setTimeout as sleep } from 'node:timers/promises';
import { type Log, redact } from './log.js';

/** How outbound calls to Slack and Discord are retried; every field has a default in `DEFAULT_RETRY`. */
export interface RetryPolicy {
  /** Attempts after the first. Default 4. */
  retries: number;
  /** Backoff before the first retry; it doubles each retry (with jitter). Default 500 ms. */
  minDelayMs: number;
  /** Longest backoff between attempts. Default 10 s. */
  maxDelayMs: number;
  /**
   * A 429 asking to wait longer than this fails at once (logged) instead of holding the reply: the
   * person asking is still waiting, and a 90 s Retry-After would stall them for 90 s. Default 10 s.
   */
  maxRetryAfterMs: number;
  /** One attempt is abandoned (and retried) after this long. Default 10 s. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 4,
  minDelayMs: 500,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 10_000,
  timeoutMs: 10_000,
};

/**
 * The wait before retry number `attempt` (1-based): exponential, half of it random so that
 * many clients failing together do not retry together.
 *
 * @example
 * backoffMs(1, DEFAULT_RETRY) // between 250 and 500
 */
export function backoffMs(attempt: number, policy: Pick<RetryPolicy, 'minDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  const full = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(full / 2 + (full / 2) * random());
}

/**
 * Reads a `Retry-After` header (seconds, possibly fractional as Discord sends them, or an HTTP date) as milliseconds.
 *
 * @example
 * retryAfterMs('1.5') // 1500
 */
export function retryAfterMs(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** An HTTP answer that is not a success; `retryable` for 429 and 5xx. */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError';
  constructor(
    readonly status: number,
    readonly body: string,
    /** From Retry-After, when the server sent one. */
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`);
  }

  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

/** Options for {@link postJson}. */
export interface PostJsonOptions {
  policy?: Partial<RetryPolicy>;
  /** Told of each retry (warn) and of a final failure (error), with the URL's secret part masked. */
  log?: Pick<Log, 'warn' | 'error'>;
  /** What the call is, for the log ("Slack response_url"). */
  what?: string;
}

/**
 * POSTs `body` as JSON, retrying 429s (after their Retry-After), 5xx, timeouts and network errors
 * with backoff; resolves with the status of the successful attempt and throws the last error
 * (already logged) once the retries are spent. For Slack's response_urls, which Bolt's
 * `respond()` posts once and never retries.
 *
 * @example
 * await postJson(command.response_url, { response_type: 'ephemeral', text: 'Hi' }, { log: logger });
 */
export async function postJson(url: string, body: unknown, options: PostJsonOptions = {}): Promise<{ status: number; attempts: number }> {
  const policy = { ...DEFAULT_RETRY, ...options.policy };
  const what = options.what ?? 'POST';
  const where = redact(url);
  for (let attempt = 1; ; attempt++) {
    let failure: unknown;
    let waitMs: number | undefined;
    // A timer of our own, cleared on completion: AbortSignal.timeout's would live on for the full
    // timeout after every request, which adds up at hundreds of replies a second.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`timed out: no answer within ${policy.timeoutMs} ms`)), policy.timeoutMs);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: controller.signal,
        // A redirect is answered as a refusal (HttpStatusError 3xx), never followed: the URL was
        // checked, where it points to was not.
        redirect: 'manual',
      });
      const text = await response.text();
      clearTimeout(timer);
      if (response.ok) return { status: response.status, attempts: attempt };
      const error = new HttpStatusError(response.status, text, retryAfterMs(response.headers.get('retry-after')));
      if (!error.retryable) throw error;
      failure = error;
      waitMs = error.retryAfterMs;
    } catch (error) {
      clearTimeout(timer);
      if (error instanceof HttpStatusError && !error.retryable) {
        options.log?.error(`${what} to ${where} refused: ${redact(error.message)}`);
        throw error;
      }
      failure = error;
    }
    const reason = failure instanceof Error ? redact(failure.message) : String(failure);
    const delay = waitMs ?? backoffMs(attempt, policy);
    if (attempt > policy.retries || delay > policy.maxRetryAfterMs) {
      options.log?.error(`${what} to ${where} failed after ${attempt} attempt(s): ${reason}`);
      throw failure;
    }
    options.log?.warn(`${what} to ${where} failed (${reason}); retry ${attempt} of ${policy.retries} in ${delay} ms`);
    await sleep(delay);
  }
}

/**
 * Wraps @discordjs/rest's request function so that its retries of 5xx answers back off.
 * @discordjs/rest waits out 429s by their headers itself but retries a 5xx at once; holding the
 * 5xx answer back for `backoffMs` before handing it over spaces those retries out. Attempts are
 * counted per method and URL (an interaction's URL is unique to it) and forgotten on success.
 *
 * @example
 * new Client({ intents, rest: { retries: 4, makeRequest: backOffServerErrors(DefaultRestOptions.makeRequest) } });
 */
export function backOffServerErrors<Init extends { method?: string | undefined; signal?: unknown }, Res extends { status: number }>(
  makeRequest: (url: string, init: Init) => Promise<Res>,
  policy: Pick<RetryPolicy, 'minDelayMs' | 'maxDelayMs' | 'timeoutMs'> = DEFAULT_RETRY,
): (url: string, init: Init) => Promise<Res> {
  const failures = new Map<string, number>();
  return async (url, init) => {
    const response = await makeRequest(url, init);
    const key = `${init.method ?? 'GET'} ${url}`;
    if (response.status < 500) {
      failures.delete(key);
      return response;
    }
    const attempt = (failures.get(key) ?? 0) + 1;
    failures.delete(key); // re-inserted last, so the oldest entries are dropped first
    failures.set(key, attempt);
    for (const oldest of failures.keys()) {
      if (failures.size <= 1000) break;
      failures.delete(oldest);
    }
    // The attempt's own timeout is still running: stay well inside it.
    const delay = Math.min(backoffMs(attempt, policy), policy.timeoutMs / 2);
    const signal = init.signal instanceof AbortSignal ? init.signal : undefined;
    await sleep(delay, undefined, signal ? { signal } : {}).catch(() => undefined);
    return response;
  };
}
