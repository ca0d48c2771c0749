// /healthz and /readyz of the Slack front end: on its own port in HTTP mode, on HEALTH_PORT in
// Socket Mode; ready only with articles loaded, the connection up and no shutdown under way.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LogLevel, type Logger } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { type AnswerEngine, type SlackFrontEnd, createSlackApp } from '../../adapters/slack/app.js';
import { parseSlackConfig } from '../../adapters/slack/config.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { createEngine } from '../../src/engine.js';
import { FakeSlack, httpTestConfig } from './helpers.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));
const quiet: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {}, setLevel: () => {}, getLevel: () => LogLevel.ERROR, setName: () => {} };

let engine: AnswerEngine;
let articles: number;
let fake: FakeSlack;
let dir: string;

beforeAll(async () => {
  engine = await createEngine(CORPUS_DIR, { warn: () => {} });
  articles = engine.sources().length;
  fake = await new FakeSlack().start();
  dir = await mkdtemp(join(tmpdir(), 'slack-health-'));
});

afterAll(async () => {
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function probe(port: number, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: await response.json() };
}

describe('HTTP mode: probes on the app\'s own port', () => {
  it('answers /healthz and /readyz with the article count, and /readyz 503 once shutdown starts', async () => {
    const slack = createSlackApp({ config: httpTestConfig(fake.apiUrl, join(dir, 'http.jsonl')), engine, feedback: new FeedbackLog(join(dir, 'http.jsonl')), logger: quiet });
    const port = (await slack.start())!;
    let release!: () => void;
    let stopping: Promise<boolean> | undefined;
    try {
      expect(await probe(port, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await probe(port, '/readyz')).toEqual({ status: 200, body: { status: 'ok', articles } });
      // A question in flight holds shutdown open; meanwhile the server still answers probes.
      const held = slack.gate.track(new Promise<void>((r) => (release = r)));
      stopping = slack.stop();
      await vi.waitFor(async () => expect(await probe(port, '/readyz')).toEqual({ status: 503, body: { status: 'unavailable', reason: 'shutting down', articles } }));
      expect(await probe(port, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
      release();
      await held;
    } finally {
      release?.();
      await (stopping ?? slack.stop());
    }
  });

  it('is not ready with no articles loaded', async () => {
    const empty: AnswerEngine = { ask: (q) => engine.ask(q), sources: () => [] };
    const slack = createSlackApp({ config: httpTestConfig(fake.apiUrl, join(dir, 'empty.jsonl')), engine: empty, feedback: new FeedbackLog(join(dir, 'empty.jsonl')), logger: quiet });
    const port = (await slack.start())!;
    try {
      expect(await probe(port, '/readyz')).toEqual({ status: 503, body: { status: 'unavailable', reason: 'no articles loaded', articles: 0 } });
    } finally {
      await slack.stop();
    }
  });
});

describe('Socket Mode: probes on HEALTH_PORT', () => {
  let wss: WebSocketServer;
  let sayHello!: () => void;
  const helloSaid = new Promise<void>((resolve) => (sayHello = resolve));

  beforeAll(async () => {
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => wss.once('listening', resolve));
    fake.apiResponses.set('apps.connections.open', { ok: true, url: `ws://127.0.0.1:${(wss.address() as { port: number }).port}/` });
    // The connection counts as up only after Slack's hello, held back here until the test says.
    wss.on('connection', (socket: WebSocket) => {
      void helloSaid.then(() => socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'test' }, connection_info: { app_id: 'A123' } })));
    });
  });

  afterAll(async () => {
    for (const client of wss?.clients ?? []) client.terminate();
    await new Promise((resolve) => (wss ? wss.close(resolve) : resolve(undefined)));
  });

  it('is live at once, ready only once Socket Mode is connected, and not ready after stop begins', async () => {
    const config = parseSlackConfig({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_APP_TOKEN: 'xapp-test-token',
      SLACK_API_URL: fake.apiUrl,
      FEEDBACK_PATH: join(dir, 'socket.jsonl'),
      HEALTH_PORT: '0',
    });
    const slack = createSlackApp({ config, engine, feedback: new FeedbackLog(config.feedbackPath), logger: quiet });
    const starting = slack.start();
    try {
      await vi.waitFor(() => expect(slack.healthPort).toBeTypeOf('number'));
      const port = slack.healthPort!;
      expect(await probe(port, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await probe(port, '/readyz')).toEqual({ status: 503, body: { status: 'unavailable', reason: 'Slack Socket Mode not connected', articles } });
      sayHello();
      await starting;
      expect(await probe(port, '/readyz')).toEqual({ status: 200, body: { status: 'ok', articles } });
    } finally {
      sayHello();
      await starting.catch(() => undefined);
      await slack.stop();
    }
  });
});
