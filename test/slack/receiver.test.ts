// The HTTP receiver under abuse: oversize, slow and trickled requests are cut off by size and time
// limits instead of being held; over loopback against the real Bolt app.
import { mkdtemp, rm } from 'node:fs/promises';
import { type Socket, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LogLevel, type Logger } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES_IN_FLIGHT, MAX_REQUEST_BYTES, type SlackFrontEnd, createSlackApp } from '../../adapters/slack/app.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { createEngine, type Engine } from '../../src/engine.js';
import { FakeSlack, httpTestConfig, postToApp, slashCommandBody } from './helpers.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const FORM = 'application/x-www-form-urlencoded';
const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));
/** Far longer than any limit set here, far shorter than Node's own defaults (60 s headers, 300 s request). */
const CUT_OFF_WITHIN_MS = 20_000;

const quiet: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {}, setLevel: () => {}, getLevel: () => LogLevel.ERROR, setName: () => {} };

let engine: Engine;
let fake: FakeSlack;
let dir: string;
const apps: SlackFrontEnd[] = [];

async function startApp(env: Record<string, string> = {}): Promise<number> {
  const feedbackPath = join(dir, `feedback-${apps.length}.jsonl`);
  const slack = createSlackApp({ config: httpTestConfig(fake.apiUrl, feedbackPath, env), engine, feedback: new FeedbackLog(feedbackPath), logger: quiet });
  apps.push(slack);
  return (await slack.start())!;
}

beforeAll(async () => {
  engine = await createEngine(CORPUS_DIR, { warn: () => {} });
  fake = await new FakeSlack().start();
  dir = await mkdtemp(join(tmpdir(), 'slack-receiver-'));
});

afterAll(async () => {
  for (const slack of apps) await slack.stop();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A raw TCP connection to the app: what came back, and a promise that settles when the server closes it. */
function rawConnection(port: number): { socket: Socket; received: () => string; closed: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => (received += String(chunk)));
  socket.on('error', () => {}); // a reset is one way of being cut off
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  return { socket, received: () => received, closed };
}

/** Resolves when the connection is closed by the server, or rejects after CUT_OFF_WITHIN_MS. */
async function cutOff(connection: { closed: Promise<void> }, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: the server still held the connection after ${CUT_OFF_WITHIN_MS} ms`)), CUT_OFF_WITHIN_MS);
  });
  try {
    await Promise.race([connection.closed, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Writes `byte` every 100 ms until the socket closes. */
function trickle(socket: Socket, byte: string): void {
  const timer = setInterval(() => {
    if (socket.destroyed || !socket.writable) clearInterval(timer);
    else socket.write(byte);
  }, 100);
  socket.on('close', () => clearInterval(timer));
}

const head = (contentLength: number) =>
  `POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${FORM}\r\nContent-Length: ${contentLength}\r\n` +
  `X-Slack-Request-Timestamp: ${Math.floor(Date.now() / 1000)}\r\nX-Slack-Signature: v0=00\r\n\r\n`;

describe('request size', () => {
  it(`answers a body declared over ${MAX_REQUEST_BYTES / 1024} KB with 413 at once and closes the connection, without reading the rest`, async () => {
    const port = await startApp();
    const connection = rawConnection(port);
    connection.socket.write(head(MAX_REQUEST_BYTES + 100 * 1024) + 'x'.repeat(1024));
    await cutOff(connection, 'oversize body');
    expect(connection.received()).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('refuses a signed /ask over the limit (413), then answers the next one', async () => {
    const port = await startApp();
    const huge = slashCommandBody('x'.repeat(MAX_REQUEST_BYTES), fake.responseUrl('receiver-huge'));
    expect((await postToApp(port, huge, FORM)).status).toBe(413);
    expect((await postToApp(port, slashCommandBody('sources', fake.responseUrl('receiver-after')), FORM)).status).toBe(200);
    await fake.waitFor((c) => c.route === 'response:receiver-after');
    expect(fake.to('response:receiver-huge')).toEqual([]);
  });

  it(`answers 503 once ${MAX_BODY_BYTES_IN_FLIGHT / 1024 / 1024} MB of bodies are being received at once, and serves again when they are gone`, async () => {
    const port = await startApp();
    const holders = Array.from({ length: MAX_BODY_BYTES_IN_FLIGHT / MAX_REQUEST_BYTES }, () => rawConnection(port));
    for (const holder of holders) holder.socket.write(head(MAX_REQUEST_BYTES) + 'x');
    // Each holder's request is accepted (its body is awaited): give the server time to see them all.
    await vi.waitFor(async () => {
      const extra = rawConnection(port);
      extra.socket.write(head(1024) + 'x');
      await cutOff(extra, 'request over the budget');
      expect(extra.received()).toMatch(/^HTTP\/1\.1 503 /);
    }, { timeout: 30_000, interval: 200 });
    for (const holder of holders) holder.socket.destroy();
    await vi.waitFor(async () => expect((await postToApp(port, slashCommandBody('sources', fake.responseUrl('receiver-budget')), FORM)).status).toBe(200), {
      timeout: 30_000,
      interval: 200,
    });
  });
});

describe('request timeouts (SLACK_REQUEST_TIMEOUT_MS=1000)', () => {
  let port: number;
  beforeAll(async () => {
    port = await startApp({ SLACK_REQUEST_TIMEOUT_MS: '1000' });
  });

  it('cuts off headers trickled a byte at a time (slowloris)', async () => {
    const connection = rawConnection(port);
    connection.socket.write('POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    trickle(connection.socket, 'a');
    await cutOff(connection, 'trickled headers');
  });

  it('cuts off a body trickled a byte at a time', async () => {
    const connection = rawConnection(port);
    connection.socket.write(head(100_000));
    trickle(connection.socket, 'a');
    await cutOff(connection, 'trickled body');
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408 |^$/);
  });

  it('cuts off a connection that never sends a request', async () => {
    await cutOff(rawConnection(port), 'silent connection');
  });

  it('still answers a request sent at once', async () => {
    expect((await postToApp(port, slashCommandBody('sources', fake.responseUrl('receiver-timeouts')), FORM)).status).toBe(200);
    await fake.waitFor((c) => c.route === 'response:receiver-timeouts');
  });
});
