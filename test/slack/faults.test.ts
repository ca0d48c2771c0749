// Slack failing underneath the bot (429s, 500s, timeouts on response_urls and the Web API), people
// asking too fast, and a full engine queue: each question still gets its answer or a polite reply,
// failures are logged, and the app keeps serving.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LogLevel, type Logger } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AnswerEngine, type SlackFrontEnd, createSlackApp } from '../../adapters/slack/app.js';
import { RATE_LIMITED_MESSAGE, renderAnswer, renderNotice } from '../../adapters/slack/render.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { BUSY_MESSAGE, DEFAULT_LIMITS } from '../../adapters/shared/ratelimit.js';
import { createEngine } from '../../src/engine.js';
import { BOT_USER_ID, FakeSlack, httpTestConfig, jsonFixture, postToApp, slashCommandBody } from './helpers.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const FORM = 'application/x-www-form-urlencoded';
const QUESTION = 'Who runs Emennet Pasargad?';
const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (...msg: unknown[]) => void lines.push(`${level} ${msg.map(String).join(' ')}`);
  return { lines, debug: () => {}, info: keep('info'), warn: keep('warn'), error: keep('error'), setLevel: () => {}, getLevel: () => LogLevel.INFO, setName: () => {} };
}

let engine: AnswerEngine;
const asked: string[] = [];
let fake: FakeSlack;
let slack: SlackFrontEnd;
let port: number;
let dir: string;
let logger: ReturnType<typeof recordingLogger>;

beforeAll(async () => {
  const real = await createEngine(CORPUS_DIR, { warn: () => {} });
  engine = { ask: (q) => (asked.push(q), real.ask(q)), sources: () => real.sources() };
  fake = await new FakeSlack().start();
  dir = await mkdtemp(join(tmpdir(), 'slack-faults-'));
  const config = httpTestConfig(fake.apiUrl, join(dir, 'feedback.jsonl'));
  logger = recordingLogger();
  slack = createSlackApp({
    config,
    engine,
    feedback: new FeedbackLog(join(dir, 'feedback.jsonl')),
    logger,
    limits: { ...DEFAULT_LIMITS, perUserPerMinute: 3 },
    retry: { minDelayMs: 50, maxDelayMs: 200, timeoutMs: 1_000, retries: 3 },
  });
  port = (await slack.start())!;
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  fake.faults = [];
  logger.lines.length = 0;
});

let userCounter = 0;
/** Sends `/ask text` as a fresh user (so the rate limit does not interfere) unless one is given. */
async function ask(text: string, id: string, user = `U0FRESH${userCounter++}`) {
  const body = new URLSearchParams(slashCommandBody(text, fake.responseUrl(id)));
  body.set('user_id', user);
  const response = await postToApp(port, body.toString(), FORM);
  expect(response).toEqual({ status: 200, body: '' });
}

const to = (id: string) => fake.to(`response:${id}`);
const routeIs = (route: string) => (c: { route: string }) => c.route === route;

describe('response_url failures', () => {
  it('waits out a 429 for its Retry-After, then delivers the answer', async () => {
    fake.faults = [{ match: routeIs('response:r429'), status: 429, headers: { 'retry-after': '1' } }];
    await ask(QUESTION, 'r429');
    await fake.waitFor((c) => c.route === 'response:r429' && to('r429').length === 2);
    const [first, second] = to('r429');
    expect(second!.body).toEqual(first!.body);
    expect(second!.body.blocks[1].text.text).toBe(`*${engine.ask(QUESTION).answer}*`);
    expect(logger.lines).toContainEqual(expect.stringMatching(/^warn Slack response_url .*HTTP 429.*retry 1 of 3 in 1000 ms/));
  });

  it('retries a 500 and delivers the answer', async () => {
    fake.faults = [{ match: routeIs('response:r500'), status: 500 }];
    await ask(QUESTION, 'r500');
    await fake.waitFor(() => to('r500').length === 2);
    expect(to('r500')[1]!.body.response_type).toBe('ephemeral');
  });

  it('abandons an attempt that hangs and delivers on the next', async () => {
    let release!: () => void;
    fake.faults = [{ match: routeIs('response:hang'), status: 200, holdUntil: new Promise<void>((r) => (release = r)) }];
    try {
      await ask(QUESTION, 'hang');
      await fake.waitFor(() => to('hang').length === 2);
      expect(logger.lines).toContainEqual(expect.stringMatching(/^warn Slack response_url .*timed out: no answer within 1000 ms/));
    } finally {
      release();
    }
  });

  it('does not wait out a 429 asking for 30 s: gives up at once, logs it, and tells the asker through the Web API', async () => {
    fake.faults = [{ match: routeIs('response:r429-long'), status: 429, headers: { 'retry-after': '30' } }];
    await ask(QUESTION, 'r429-long', 'U0LONGWAIT');
    const told = await fake.waitFor((c) => c.route === 'api:chat.postEphemeral' && c.body.user === 'U0LONGWAIT', 20_000);
    expect(told.body).toMatchObject({ channel: 'C2147483705', text: RATE_LIMITED_MESSAGE });
    expect(to('r429-long')).toHaveLength(1);
    expect(logger.lines).toContainEqual(expect.stringMatching(/^error Slack response_url .* failed after 1 attempt\(s\): HTTP 429/));
  });

  it('logs the failure after the last retry and keeps answering', async () => {
    fake.faults = Array.from({ length: 4 }, () => ({ match: routeIs('response:down'), status: 503 }));
    await ask(QUESTION, 'down');
    await fake.waitFor(() => to('down').length === 4);
    await vi.waitFor(() => expect(logger.lines).toContainEqual(expect.stringMatching(/^error Slack response_url .* failed after 4 attempt\(s\): HTTP 503/)), { timeout: 10_000 });
    await ask(QUESTION, 'after-down');
    expect((await fake.waitFor(routeIs('response:after-down'))).body.response_type).toBe('ephemeral');
  });
});

describe('Web API failures', () => {
  function mention(text: string, ts: string): string {
    const body = jsonFixture('app_mention.docs-example.json');
    Object.assign(body.event, { text, ts, event_ts: ts, user: `U0MENTION${ts.replace('.', '')}` });
    body.event_id = `Ev${ts.replace('.', '')}`;
    return JSON.stringify(body);
  }
  const postedIn = (ts: string) => fake.to('api:chat.postMessage').filter((c) => c.body.thread_ts === ts);

  it('chat.postMessage: waits out a 429 for its Retry-After, then posts the answer', async () => {
    fake.faults = [{ match: routeIs('api:chat.postMessage'), status: 429, headers: { 'retry-after': '1' } }];
    await postToApp(port, mention(`<@${BOT_USER_ID}> ${QUESTION}`, '1700000001.000100'), 'application/json');
    await fake.waitFor(() => postedIn('1700000001.000100').length === 2);
    expect(postedIn('1700000001.000100')[1]!.body.blocks).toEqual(renderAnswer(engine.ask(QUESTION)).blocks);
  });

  it('chat.postMessage: a 429 asking for 90 s is not waited out; the asker is told privately, it is logged, and the next mention is answered', async () => {
    fake.faults = [{ match: routeIs('api:chat.postMessage'), status: 429, headers: { 'retry-after': '90' } }];
    await postToApp(port, mention(`<@${BOT_USER_ID}> ${QUESTION}`, '1700000003.000100'), 'application/json');
    const told = await fake.waitFor((c) => c.route === 'api:chat.postEphemeral' && c.body.user === 'U0MENTION1700000003000100');
    expect(told.body).toMatchObject({ channel: 'C123ABC456', thread_ts: '1700000003.000100', text: RATE_LIMITED_MESSAGE });
    expect(postedIn('1700000003.000100')).toHaveLength(1); // the refused attempt only
    expect(logger.lines).toContainEqual(expect.stringMatching(/^error chat\.postMessage: Slack asked to wait 90000 ms \(over the 10000 ms limit\); giving up/));
    // Nothing else is held up behind the rate-limited call.
    await postToApp(port, mention(`<@${BOT_USER_ID}> ${QUESTION}`, '1700000004.000100'), 'application/json');
    await fake.waitFor(() => postedIn('1700000004.000100').length === 1);
  });

  it('chat.postMessage: retries a 500 and posts the answer', async () => {
    fake.faults = [{ match: routeIs('api:chat.postMessage'), status: 500 }];
    await postToApp(port, mention(`<@${BOT_USER_ID}> ${QUESTION}`, '1700000002.000100'), 'application/json');
    await fake.waitFor(() => postedIn('1700000002.000100').length === 2);
  });
});

describe('rate limit and engine queue', () => {
  it('answers a person\'s first questions, then asks them to slow down without asking the engine', async () => {
    const user = 'U0QUICK01';
    for (const id of ['q1', 'q2', 'q3']) await ask(QUESTION, id, user);
    await Promise.all(['q1', 'q2', 'q3'].map((id) => fake.waitFor(routeIs(`response:${id}`))));
    const before = asked.length;
    await ask(QUESTION, 'q4', user);
    const refused = (await fake.waitFor(routeIs('response:q4'))).body;
    expect(refused.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', verbatim: true, text: expect.stringMatching(/^You are asking faster than I can keep up with \(3 questions a minute each\)\. Please try again in \d+ seconds?\.$/) } }]);
    expect(refused.response_type).toBe('ephemeral');
    expect(asked.length).toBe(before);
    // Someone else is not held back by it.
    await ask(QUESTION, 'other', 'U0SOMEONE');
    expect((await fake.waitFor(routeIs('response:other'))).body.blocks[1].text.text).toBe(`*${engine.ask(QUESTION).answer}*`);
  });

  it('tells a person who @mentions too fast privately (ephemeral), not in the channel', async () => {
    const body = (ts: string) => {
      const b = jsonFixture('app_mention.docs-example.json');
      Object.assign(b.event, { text: `<@${BOT_USER_ID}> ${QUESTION}`, ts, event_ts: ts, user: 'U0CHATTY1' });
      b.event_id = `Ev${ts.replace('.', '')}`;
      return JSON.stringify(b);
    };
    for (const ts of ['1700000101.000100', '1700000102.000100', '1700000103.000100', '1700000104.000100']) await postToApp(port, body(ts), 'application/json');
    const ephemeral = await fake.waitFor((c) => c.route === 'api:chat.postEphemeral' && c.body.user === 'U0CHATTY1');
    expect(ephemeral.body).toMatchObject({ channel: 'C123ABC456', user: 'U0CHATTY1', thread_ts: '1700000104.000100', text: expect.stringMatching(/asking faster/) });
    await fake.waitFor(() => fake.to('api:chat.postMessage').filter((c) => c.body.thread_ts?.startsWith('17000001')).length === 3);
    expect(fake.to('api:chat.postMessage').filter((c) => c.body.thread_ts === '1700000104.000100')).toEqual([]);
  });

  it('says it is busy when the engine queue is full', async () => {
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    // Take the engine's slots and fill its queue, as a burst of slow questions would.
    const { maxConcurrent, maxQueued } = slack.gate.work;
    const held = Array.from({ length: maxConcurrent + maxQueued }, () => slack.gate.work.run(() => hold));
    try {
      await ask(QUESTION, 'busy');
      expect((await fake.waitFor(routeIs('response:busy'))).body).toEqual({
        response_type: 'ephemeral',
        ...renderNotice(BUSY_MESSAGE),
        unfurl_links: false,
        unfurl_media: false,
      });
    } finally {
      release();
      await Promise.all(held);
    }
  });
});
