// Drives the real Bolt app over loopback HTTP with requests signed as Slack signs them,
// and checks what it sends back to response_urls and to the Web API (a fake behind SLACK_API_URL).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LogLevel, type Logger } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { type AnswerEngine, type SlackFrontEnd, createSlackApp } from '../../adapters/slack/app.js';
import { parseSlackConfig } from '../../adapters/slack/config.js';
import { ACTIONS, renderAnswer, renderNotice, renderSources, renderUsage } from '../../adapters/slack/render.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { createEngine } from '../../src/engine.js';
import {
  BOT_USER_ID,
  FakeSlack,
  SIGNING_SECRET,
  httpTestConfig,
  renderedStrings,
  buttonClickBody,
  formFixture,
  jsonFixture,
  postToApp,
  sign,
  slashCommandBody,
} from './helpers.js';

// Generous: the shared test machine can be slow; nothing here depends on timing.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const QUIET = { unfurl_links: false, unfurl_media: false };
const QUESTION = 'Who is the manager of Emennet Pasargad?';
const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** A logger that keeps what it is told, so the tests stay quiet. */
function quietLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (...msg: unknown[]) => void lines.push(msg.map(String).join(' '));
  return { lines, debug: () => {}, info: () => {}, warn: keep, error: keep, setLevel: () => {}, getLevel: () => LogLevel.WARN, setName: () => {} };
}

let engine: AnswerEngine;
const asked: string[] = [];
/** The engine the app sees: the same answers, with every question it is asked recorded. */
const countingEngine: AnswerEngine = {
  ask: (question) => (asked.push(question), engine.ask(question)),
  sources: () => engine.sources(),
};

let fake: FakeSlack;
const logger = quietLogger();
let slack: SlackFrontEnd;
let port: number;
let dir: string;
let feedbackPath: string;

beforeAll(async () => {
  engine = await createEngine(CORPUS_DIR);
  fake = await new FakeSlack().start();
  dir = await mkdtemp(join(tmpdir(), 'slack-test-'));
  feedbackPath = join(dir, 'data', 'feedback.jsonl');
  const config = httpTestConfig(fake.apiUrl, feedbackPath);
  slack = createSlackApp({ config, engine: countingEngine, feedback: new FeedbackLog(feedbackPath), logger });
  port = (await slack.start())!;
}, 120_000);

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

/** Sends `/ask text` and returns what arrived at its response_url. */
async function ask(text: string, id: string) {
  const response = await postToApp(port, slashCommandBody(text, fake.responseUrl(id)), FORM);
  expect(response).toEqual({ status: 200, body: '' });
  return (await fake.waitFor((c) => c.route === `response:${id}`)).body;
}

const shareIdOf = (payload: Record<string, any>): string => payload.blocks.at(-1).elements[0].value;

describe('request signing', () => {
  it('signs exactly as Slack\'s published test vector', () => {
    const vector = jsonFixture('signing-test-vector.official.json');
    expect(sign(vector.signing_secret, vector.headers['X-Slack-Request-Timestamp'], vector.raw_body)).toBe(vector.headers['X-Slack-Signature']);
  });

  it('rejects a request whose signature is wrong, without asking the engine', async () => {
    const before = asked.length;
    const body = slashCommandBody(QUESTION, fake.responseUrl('bad-signature'));
    const response = await postToApp(port, body, FORM, { signature: sign('not-the-secret', Math.floor(Date.now() / 1000), body) });
    expect(response.status).toBe(401);
    expect(asked.length).toBe(before);
    expect(fake.to('response:bad-signature')).toEqual([]);
  });

  it('rejects a correctly signed request more than 5 minutes old', async () => {
    const before = asked.length;
    const body = slashCommandBody(QUESTION, fake.responseUrl('stale'));
    const response = await postToApp(port, body, FORM, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(response.status).toBe(401);
    expect(asked.length).toBe(before);
    expect(fake.to('response:stale')).toEqual([]);
  });
});

describe('replays and retries', () => {
  it('answers a replayed /ask (the same signature and timestamp) once, acknowledging both', async () => {
    const question = 'Who was sanctioned by the Treasury in 2021?';
    const body = slashCommandBody(question, fake.responseUrl('replayed'));
    const timestamp = Math.floor(Date.now() / 1000);
    expect(await postToApp(port, body, FORM, { timestamp })).toEqual({ status: 200, body: '' });
    expect(await postToApp(port, body, FORM, { timestamp })).toEqual({ status: 200, body: '' });
    // Questions reach the engine in arrival order: once this later one is answered, a replay would have been asked.
    await ask(QUESTION, 'after-replay');
    await fake.waitFor((c) => c.route === 'response:replayed');
    expect(asked.filter((q) => q === question)).toHaveLength(1);
    expect(fake.to('response:replayed')).toHaveLength(1);
    await vi.waitFor(() => expect(logger.lines).toContainEqual(expect.stringMatching(/replayed request/)));
  });

  it('answers an app_mention once when Slack retries it (X-Slack-Retry-Num: 1, a new timestamp and signature)', async () => {
    const body = jsonFixture('app_mention.docs-example.json');
    const question = 'Who sanctioned the six Iranians?';
    Object.assign(body.event, { text: `<@${BOT_USER_ID}> ${question}`, ts: '1515449900.000100', event_ts: '1515449900.000100' });
    body.event_id = 'EvRETRY0001';
    const raw = JSON.stringify(body);
    const now = Math.floor(Date.now() / 1000);
    expect((await postToApp(port, raw, JSON_TYPE, { timestamp: now - 4 })).status).toBe(200);
    const retried = await postToApp(port, raw, JSON_TYPE, { timestamp: now, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retried.status).toBe(200);
    await ask(QUESTION, 'after-retry');
    await fake.waitFor((c) => c.route === 'api:chat.postMessage' && c.body.thread_ts === '1515449900.000100');
    expect(asked.filter((q) => q === question)).toHaveLength(1);
    expect(fake.to('api:chat.postMessage').filter((c) => c.body.thread_ts === '1515449900.000100')).toHaveLength(1);
  });
});

describe('HTTP endpoint', () => {
  it('answers Slack\'s URL verification challenge when the Request URL is saved', async () => {
    const body = JSON.stringify({ token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl', challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' });
    const response = await postToApp(port, body, JSON_TYPE);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });
});

describe('/ask', () => {
  it('acknowledges with an empty 200 and sends the answer privately to the response_url, asking the engine once', async () => {
    const before = asked.length;
    const payload = await ask(QUESTION, 'cmd-answer');
    const answer = engine.ask(QUESTION);
    expect(payload).toEqual({ response_type: 'ephemeral', ...renderAnswer(answer, { shareId: shareIdOf(payload) }), ...QUIET });
    expect(asked.slice(before)).toEqual([QUESTION]);
    expect(payload.blocks[0].elements[0].text).toBe(`*Question:* ${QUESTION}`);
    if (answer.answered) expect(payload.blocks[1].text.text).toBe(`*${answer.answer}*`);
    expect(payload.blocks.at(-1).elements.map((e: { action_id: string }) => e.action_id)).toEqual([ACTIONS.share, ACTIONS.helpful, ACTIONS.notHelpful]);
  });

  it('shows usage for a bare /ask and for /ask help, without asking the engine', async () => {
    const before = asked.length;
    expect(await ask('', 'cmd-empty')).toEqual({ response_type: 'ephemeral', ...renderUsage('/ask'), ...QUIET });
    expect(await ask('  HELP ', 'cmd-help')).toEqual({ response_type: 'ephemeral', ...renderUsage('/ask'), ...QUIET });
    expect(asked.length).toBe(before);
  });

  it('lists the indexed articles for /ask sources', async () => {
    const payload = await ask('sources', 'cmd-sources');
    expect(payload).toEqual({ response_type: 'ephemeral', ...renderSources(engine.sources()), ...QUIET });
    expect(payload.blocks[0].text.text).toBe(`*${engine.sources().length} articles indexed*`);
  });

  it('pings nobody when the question contains <!channel>, <!here> or a user mention', async () => {
    const question = `<!channel> <!here> <@U024BE7LH> ${QUESTION} R&D`;
    const payload = await ask(question, 'cmd-ping');
    for (const text of renderedStrings(payload)) expect(text).not.toMatch(/<[!@#]/);
    expect(payload.blocks[0].elements[0].text).toBe(`*Question:* &lt;!channel&gt; &lt;!here&gt; &lt;@U024BE7LH&gt; ${QUESTION} R&amp;D`);
  });
});

describe('response_urls', () => {
  let elsewhere: FakeSlack;
  beforeAll(async () => {
    elsewhere = await new FakeSlack().start();
  });
  afterAll(async () => {
    await elsewhere?.close();
  });

  it('never POSTs to a response_url outside SLACK_RESPONSE_URL_ORIGINS, and logs the refusal', async () => {
    const before = asked.length;
    const response = await postToApp(port, slashCommandBody(QUESTION, elsewhere.responseUrl('foreign')), FORM);
    expect(response).toEqual({ status: 200, body: '' });
    await vi.waitFor(() => expect(logger.lines).toContainEqual(expect.stringContaining(`response_url on http://127.0.0.1:${elsewhere.port}, outside SLACK_RESPONSE_URL_ORIGINS`)), {
      timeout: 30_000,
    });
    expect(asked.length).toBe(before + 1);
    expect(elsewhere.requests).toEqual([]);
  });

  it.each([302, 307])('does not follow a %i redirect from the allowed host', async (status) => {
    fake.faults = [{ match: (c) => c.route === `response:redirect-${status}`, status, headers: { location: elsewhere.responseUrl(`redirected-${status}`) } }];
    await postToApp(port, slashCommandBody(QUESTION, fake.responseUrl(`redirect-${status}`)), FORM);
    await vi.waitFor(() => expect(logger.lines).toContainEqual(expect.stringMatching(new RegExp(`Slack response_url .*refused: HTTP ${status}`))), { timeout: 30_000 });
    expect(fake.to(`response:redirect-${status}`)).toHaveLength(1);
    expect(elsewhere.requests).toEqual([]);
  });

  it('defaults to Slack\'s own host only', () => {
    expect(parseSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).responseUrlOrigins).toEqual(['https://hooks.slack.com']);
  });
});

describe('Share to channel', () => {
  it('posts the same answer in the channel and then removes the private copy', async () => {
    const privately = await ask(QUESTION, 'cmd-to-share');
    const before = asked.length;
    const click = buttonClickBody(ACTIONS.share, shareIdOf(privately), fake.responseUrl('share'), { is_ephemeral: true });
    expect(await postToApp(port, click, FORM)).toEqual({ status: 200, body: '' });
    await fake.waitFor((c) => c.route === 'response:share' && c.body.delete_original === true);
    const [posted, deleted] = fake.to('response:share').map((c) => c.body);
    expect(posted).toEqual({
      response_type: 'in_channel',
      replace_original: false,
      ...renderAnswer(engine.ask(QUESTION), { sharedBy: 'primary-owner' }),
      ...QUIET,
    });
    expect(deleted).toEqual({ delete_original: true });
    expect(asked.length).toBe(before); // the shared answer is the one shown, not a new one
  });

  it('says so when the answer to share is no longer kept', async () => {
    const click = buttonClickBody(ACTIONS.share, 'unknown-id', fake.responseUrl('share-expired'));
    await postToApp(port, click, FORM);
    const reply = await fake.waitFor((c) => c.route === 'response:share-expired');
    expect(reply.body).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      ...renderNotice('That answer has expired (answers can be shared for 30 minutes). Ask again to share it.'),
    });
  });
});

describe('feedback buttons', () => {
  it('append question, answer, user, channel and time to the feedback file and thank the clicker', async () => {
    const payload = await ask(QUESTION, 'cmd-to-rate');
    const [, helpful, notHelpful] = payload.blocks.at(-1).elements;
    await postToApp(port, buttonClickBody(ACTIONS.helpful, helpful.value, fake.responseUrl('rate-1')), FORM);
    const thanks = await fake.waitFor((c) => c.route === 'response:rate-1');
    expect(thanks.body).toEqual({ response_type: 'ephemeral', replace_original: false, ...renderNotice('Thanks: recorded as helpful.') });

    const inThread = { type: 'message', channel_id: 'C111', message_ts: '222.333', thread_ts: '111.000', is_ephemeral: false };
    await postToApp(port, buttonClickBody(ACTIONS.notHelpful, notHelpful.value, fake.responseUrl('rate-2'), inThread), FORM);
    const threadThanks = await fake.waitFor((c) => c.route === 'response:rate-2');
    expect(threadThanks.body).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      ...renderNotice('Thanks: recorded as not helpful, for an editor to review.'),
      thread_ts: '111.000',
    });

    const records = (await readFile(feedbackPath, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    const expected = { platform: 'slack', question: QUESTION, answer: engine.ask(QUESTION).answer, user: 'W111', channel: 'C111' };
    expect(records).toEqual([
      { time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), rating: 'helpful', ...expected },
      { time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), rating: 'not_helpful', ...expected },
    ]);
  });
});

describe('feedback that cannot be saved', () => {
  let broken: SlackFrontEnd;
  let brokenPort: number;

  beforeAll(async () => {
    const folder = join(dir, 'breaks-later');
    const config = httpTestConfig(fake.apiUrl, join(folder, 'feedback.jsonl'));
    broken = createSlackApp({ config, engine: countingEngine, feedback: new FeedbackLog(config.feedbackPath), logger: quietLogger() });
    brokenPort = (await broken.start())!;
    // After start-up, the folder becomes a file: a folder can't be made inside a file, so every append fails.
    await rm(folder, { recursive: true, force: true });
    await writeFile(folder, '');
  });

  afterAll(async () => {
    await broken?.stop().catch(() => undefined);
  });

  it('tells the clicker instead of thanking them', async () => {
    const value = JSON.stringify({ q: QUESTION, a: null });
    await postToApp(brokenPort, buttonClickBody(ACTIONS.helpful, value, fake.responseUrl('rate-broken')), FORM);
    const reply = await fake.waitFor((c) => c.route === 'response:rate-broken');
    expect(reply.body).toEqual({ response_type: 'ephemeral', replace_original: false, ...renderNotice('Sorry, your feedback could not be saved. Please tell an editor.') });
  });

  it('is found at start-up when the file cannot be written then: start fails naming FEEDBACK_PATH and the OS error', async () => {
    await writeFile(join(dir, 'not-a-folder'), '');
    const config = httpTestConfig(fake.apiUrl, join(dir, 'not-a-folder', 'feedback.jsonl'));
    const unstartable = createSlackApp({ config, engine: countingEngine, feedback: new FeedbackLog(config.feedbackPath), logger: quietLogger() });
    const error = await unstartable.start().catch((e: unknown) => e);
    if (!(error instanceof Error)) await unstartable.stop();
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('ConfigError');
    expect((error as Error).message).toMatch(/^FEEDBACK_PATH .*not-a-folder.*(ENOTDIR|EEXIST)/);
  });
});

describe('@mentions', () => {
  /** The docs' app_mention event with other text, ts and thread. */
  function mention(text: string, ts: string, threadTs?: string): string {
    const body = jsonFixture('app_mention.docs-example.json');
    Object.assign(body.event, { text, ts, event_ts: ts, ...(threadTs && { thread_ts: threadTs }) });
    body.event_id = `Ev${ts.replace('.', '')}`;
    return JSON.stringify(body);
  }

  it('answers in a thread under the question, without the bot\'s mention in the question', async () => {
    const before = asked.length;
    expect(await postToApp(port, mention(`<@${BOT_USER_ID}> ${QUESTION}`, '1515449522.000016'), JSON_TYPE)).toEqual({ status: 200, body: '' });
    const posted = await fake.waitFor((c) => c.route === 'api:chat.postMessage' && c.body.thread_ts === '1515449522.000016');
    expect(posted.headers.authorization).toBe('Bearer xoxb-test-token');
    expect(posted.body).toEqual({
      channel: 'C123ABC456',
      team_id: 'T123ABC456',
      thread_ts: '1515449522.000016',
      ...renderAnswer(engine.ask(QUESTION)),
      unfurl_links: 'false',
      unfurl_media: 'false',
    });
    expect(asked.slice(before)).toEqual([QUESTION]);
  });

  it('answers a mention inside a thread in that thread', async () => {
    await postToApp(port, mention(`<@${BOT_USER_ID}> sources`, '1515449600.000200', '1515449000.000100'), JSON_TYPE);
    const posted = await fake.waitFor((c) => c.route === 'api:chat.postMessage' && c.body.thread_ts === '1515449000.000100');
    expect(posted.body.blocks).toEqual(renderSources(engine.sources()).blocks);
  });

  it('answers once when Slack delivers the same event again', async () => {
    const body = mention(`<@${BOT_USER_ID}> Who sanctioned Emennet Pasargad?`, '1515449800.000400');
    const retry = (await postToApp(port, body, JSON_TYPE), await postToApp(port, body, JSON_TYPE));
    expect(retry.status).toBe(200);
    // A later question is answered after any duplicate would have reached the engine.
    await postToApp(port, mention(`<@${BOT_USER_ID}> help`, '1515449801.000500'), JSON_TYPE);
    await fake.waitFor((c) => c.route === 'api:chat.postMessage' && c.body.thread_ts === '1515449801.000500');
    await fake.waitFor((c) => c.route === 'api:chat.postMessage' && c.body.thread_ts === '1515449800.000400');
    expect(asked.filter((q) => q === 'Who sanctioned Emennet Pasargad?')).toHaveLength(1);
    expect(fake.to('api:chat.postMessage').filter((c) => c.body.thread_ts === '1515449800.000400')).toHaveLength(1);
  });

  it('pings nobody when the mention contains <!channel>', async () => {
    await postToApp(port, mention(`<@${BOT_USER_ID}> <!channel> ${QUESTION}`, '1515449700.000300'), JSON_TYPE);
    const posted = await fake.waitFor((c) => c.route === 'api:chat.postMessage' && c.body.thread_ts === '1515449700.000300');
    for (const text of renderedStrings(posted.body)) expect(text).not.toMatch(/<[!@#]/);
    expect(posted.body.blocks[0].elements[0].text).toBe(`*Question:* &lt;!channel&gt; ${QUESTION}`);
  });
});

describe('direct messages', () => {
  function directMessage(channel: string, text: string, ts: string, extra: Record<string, unknown> = {}): string {
    const body = jsonFixture('message_im.docs-example.json');
    Object.assign(body.event, { channel, text, ts, event_ts: ts, ...extra });
    body.event_id = `Ev${ts.replace('.', '')}`;
    return JSON.stringify(body);
  }

  it('answers in the DM, not in a thread, and ignores messages from bots', async () => {
    const before = asked.length;
    await postToApp(port, directMessage('D0DM00001', 'a bot talking', '1355517523.000001', { subtype: 'bot_message', bot_id: 'B999' }), JSON_TYPE);
    await postToApp(port, directMessage('D0DM00001', QUESTION, '1355517523.000005'), JSON_TYPE);
    await fake.waitFor((c) => c.route === 'api:chat.postMessage' && c.body.channel === 'D0DM00001');
    const posts = fake.to('api:chat.postMessage').filter((c) => c.body.channel === 'D0DM00001');
    expect(posts.map((c) => c.body)).toEqual([{ channel: 'D0DM00001', team_id: 'T061EG9R6', ...renderAnswer(engine.ask(QUESTION)), unfurl_links: 'false', unfurl_media: 'false' }]);
    expect(asked.slice(before)).toEqual([QUESTION]);
  });

  it('shows usage for "help" in a DM', async () => {
    await postToApp(port, directMessage('D0DM00002', 'help', '1355517524.000001'), JSON_TYPE);
    const posted = await fake.waitFor((c) => c.route === 'api:chat.postMessage' && c.body.channel === 'D0DM00002');
    expect(posted.body.blocks).toEqual(renderUsage('/ask').blocks);
  });
});

describe('Socket Mode', () => {
  let wss: WebSocketServer;
  let socketFake: FakeSlack;
  let socketSlack: SlackFrontEnd;
  const fromApp: unknown[] = [];

  beforeAll(async () => {
    socketFake = await new FakeSlack().start();
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => wss.once('listening', resolve));
    const wsPort = (wss.address() as { port: number }).port;
    socketFake.apiResponses.set('apps.connections.open', { ok: true, url: `ws://127.0.0.1:${wsPort}/` });
    wss.on('connection', (socket: WebSocket) => {
      socket.on('message', (data) => fromApp.push(JSON.parse(String(data))));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'test' }, connection_info: { app_id: 'A123' } }));
    });
    const config = parseSlackConfig({
      SLACK_MODE: 'socket',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_APP_TOKEN: 'xapp-test-token',
      SLACK_API_URL: socketFake.apiUrl,
      SLACK_RESPONSE_URL_ORIGINS: new URL(socketFake.apiUrl).origin,
      FEEDBACK_PATH: join(dir, 'socket-feedback.jsonl'),
    });
    socketSlack = createSlackApp({ config, engine: countingEngine, feedback: new FeedbackLog(config.feedbackPath), logger: quietLogger() });
    await socketSlack.start();
  }, 60_000);

  afterAll(async () => {
    await socketSlack?.stop();
    for (const client of wss?.clients ?? []) client.terminate();
    await new Promise((resolve) => (wss ? wss.close(resolve) : resolve(undefined)));
    await socketFake?.close();
  }, 60_000);

  it('opens the connection through SLACK_API_URL with the app token, then answers a slash command envelope', async () => {
    const open = await socketFake.waitFor((c) => c.route === 'api:apps.connections.open');
    expect(open.headers.authorization).toBe('Bearer xapp-test-token');

    const command = Object.fromEntries(formFixture('slash-command.docs-example.form.txt'));
    Object.assign(command, { command: '/ask', text: QUESTION, response_url: socketFake.responseUrl('socket-cmd') });
    for (const client of wss.clients) {
      client.send(JSON.stringify({ envelope_id: 'env-1', type: 'slash_commands', accepts_response_payload: true, payload: command }));
    }
    const payload = (await socketFake.waitFor((c) => c.route === 'response:socket-cmd')).body;
    expect(payload).toEqual({ response_type: 'ephemeral', ...renderAnswer(engine.ask(QUESTION), { shareId: shareIdOf(payload) }), ...QUIET });
    expect(fromApp).toContainEqual({ envelope_id: 'env-1', payload: {} });
  });
});
