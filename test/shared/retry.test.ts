import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, HttpStatusError, backOffServerErrors, backoffMs, postJson, retryAfterMs } from '../../adapters/shared/retry.js';

/** What the flaky server does on each attempt, in order; past the end it answers 200. */
type Step = { status: number; headers?: Record<string, string>; hangMs?: number };

let server: Server;
let url: string;
let script: Step[] = [];
const arrivals: Array<{ at: number; body: string }> = [];

beforeAll(async () => {
  server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    arrivals.push({ at: performance.now(), body });
    const step = script.shift() ?? { status: 200 };
    if (step.hangMs) await new Promise((r) => setTimeout(r, step.hangMs));
    if (!res.destroyed) res.writeHead(step.status, step.headers).end(step.status === 200 ? 'ok' : 'nope');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/response/abc`;
}, 30_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

beforeEach(() => {
  script = [];
  arrivals.length = 0;
});

const quick = { minDelayMs: 20, maxDelayMs: 100, timeoutMs: 5_000 };
function logs() {
  const lines: string[] = [];
  return { lines, warn: (m: string) => void lines.push(`warn ${m}`), error: (m: string) => void lines.push(`error ${m}`) };
}

describe('postJson', () => {
  it('waits out a 429 for its Retry-After, then delivers', async () => {
    script = [{ status: 429, headers: { 'retry-after': '1' } }];
    const log = logs();
    const result = await postJson(url, { text: 'hi' }, { policy: quick, log });
    expect(result).toEqual({ status: 200, attempts: 2 });
    expect(arrivals.map((a) => JSON.parse(a.body))).toEqual([{ text: 'hi' }, { text: 'hi' }]);
    // The retry came no sooner than Retry-After said (a lower bound: safe on a slow machine).
    expect(arrivals[1]!.at - arrivals[0]!.at).toBeGreaterThanOrEqual(950);
    expect(log.lines).toEqual([expect.stringMatching(/^warn POST .*HTTP 429.*retry 1 of 4 in 1000 ms/)]);
  });

  it('retries 500s with backoff until one succeeds', async () => {
    script = [{ status: 500 }, { status: 503 }];
    expect(await postJson(url, {}, { policy: quick })).toEqual({ status: 200, attempts: 3 });
  });

  it('abandons an attempt that takes too long and tries again', async () => {
    script = [{ status: 200, hangMs: 3_000 }];
    const result = await postJson(url, {}, { policy: { ...quick, timeoutMs: 300 } });
    expect(result).toEqual({ status: 200, attempts: 2 });
  });

  it('does not retry a 4xx other than 429: the request itself is wrong', async () => {
    script = [{ status: 404 }];
    const log = logs();
    await expect(postJson(url, {}, { policy: quick, log })).rejects.toMatchObject({ name: 'HttpStatusError', status: 404 });
    expect(arrivals).toHaveLength(1);
    expect(log.lines).toEqual([expect.stringMatching(/^error POST .* refused: HTTP 404/)]);
  });

  it('gives up after the last retry and logs the failure once', async () => {
    script = Array.from({ length: 10 }, () => ({ status: 502 }));
    const log = logs();
    await expect(postJson(url, {}, { policy: { ...quick, retries: 2 }, log, what: 'Slack response_url' })).rejects.toBeInstanceOf(HttpStatusError);
    expect(arrivals).toHaveLength(3);
    expect(log.lines.filter((l) => l.startsWith('warn'))).toHaveLength(2);
    expect(log.lines.filter((l) => l.startsWith('error'))).toEqual([expect.stringMatching(/Slack response_url .* failed after 3 attempt\(s\): HTTP 502/)]);
  });

  it('by default does not wait out a Retry-After over 10 s: it fails at once, logged, after one request', async () => {
    script = [{ status: 429, headers: { 'retry-after': '30' } }];
    const log = logs();
    await expect(postJson(url, { text: 'hi' }, { policy: { minDelayMs: 20, maxDelayMs: 100 }, log })).rejects.toMatchObject({ status: 429, retryAfterMs: 30_000 });
    expect(arrivals).toHaveLength(1);
    expect(log.lines).toEqual([expect.stringMatching(/^error POST .* failed after 1 attempt\(s\): HTTP 429/)]);
    expect(DEFAULT_RETRY.maxRetryAfterMs).toBe(10_000);
  }, 60_000);

  it('does not follow a redirect: a 3xx is a refusal, logged, after one request', async () => {
    script = [{ status: 307, headers: { location: `${url}/elsewhere` } }];
    const log = logs();
    await expect(postJson(url, {}, { policy: quick, log })).rejects.toMatchObject({ status: 307 });
    expect(arrivals).toHaveLength(1);
    expect(log.lines).toEqual([expect.stringMatching(/^error POST .* refused: HTTP 307/)]);
  });

  it('fails at once when Retry-After asks for longer than it will wait', async () => {
    script = [{ status: 429, headers: { 'retry-after': '3600' } }];
    await expect(postJson(url, {}, { policy: { ...quick, maxRetryAfterMs: 60_000 } })).rejects.toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(arrivals).toHaveLength(1);
  });

  it('keeps trying through a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((r) => closed.close(r));
    const log = logs();
    await expect(postJson(deadUrl, {}, { policy: { ...quick, retries: 1 }, log })).rejects.toThrow();
    expect(log.lines).toEqual([expect.stringMatching(/^warn /), expect.stringMatching(/^error .*after 2 attempt/)]);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds (whole or fractional) and HTTP dates', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('0.25')).toBe(250);
    expect(retryAfterMs(new Date(10_000 + 3000).toUTCString(), 10_000)).toBeGreaterThanOrEqual(2000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});

describe('backoffMs', () => {
  it('doubles each retry, jittered within the upper half, never past the maximum', () => {
    const policy = { minDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, policy, () => 0))).toEqual([50, 100, 200, 400, 500]);
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, policy, () => 1))).toEqual([100, 200, 400, 800, 1000]);
  });
});

describe('backOffServerErrors', () => {
  it('holds back each 5xx answer longer than the last before discord.js retries, and forgets on success', async () => {
    const statuses = [500, 502, 200, 500];
    const calls: number[] = [];
    const wrapped = backOffServerErrors(async () => ({ status: statuses[calls.push(performance.now()) - 1]! }), { minDelayMs: 200, maxDelayMs: 10_000, timeoutMs: 15_000 });
    const timed = async () => {
      const start = performance.now();
      const res = await wrapped('https://discord.test/api/v10/x', { method: 'POST' });
      return { status: res.status, ms: performance.now() - start };
    };
    const first = await timed();
    const second = await timed();
    const third = await timed();
    const fourth = await timed();
    expect([first.status, second.status, third.status, fourth.status]).toEqual([500, 502, 200, 500]);
    expect(first.ms).toBeGreaterThanOrEqual(95); // attempt 1: 100-200 ms
    expect(second.ms).toBeGreaterThanOrEqual(195); // attempt 2: 200-400 ms
    expect(third.ms).toBeLessThan(first.ms + second.ms); // success is not held back
    expect(fourth.ms).toBeGreaterThanOrEqual(95); // counting started over after the success
  });
});
