// Hostile and odd questions (and articles) through the Slack front end: every one gets a polite
// reply, nothing pings, no markup from a question or an article reaches Slack unescaped.
import { request } from 'node:http';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LogLevel, type Logger } from '@slack/bolt';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_REQUEST_BYTES, type SlackFrontEnd, createSlackApp } from '../../adapters/slack/app.js';
import { SLACK_LIMITS, renderAnswer } from '../../adapters/slack/render.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { DEFAULT_LIMITS } from '../../adapters/shared/ratelimit.js';
import { createEngine, type Engine } from '../../src/engine.js';
import { anyText, hostileQuestion } from '../hardening/arbitraries.js';
import { tempCorpus } from '../helpers.js';
import { BOT_USER_ID, FakeSlack, httpTestConfig, jsonFixture, postToApp, renderedStrings, slashCommandBody } from './helpers.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const FORM = 'application/x-www-form-urlencoded';
const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** An article whose every field is hostile, beside the real corpus's. */
const HOSTILE_ARTICLE = [
  '---',
  'id: hostile-article',
  'title: "<!channel> *Breaking* <@U123> [x](https://evil.example) & more"',
  'publisher: "@everyone <script>alert(1)</script>"',
  'date: "<!here>"',
  'url: "javascript:alert(1)"',
  '---',
  'The mayor of Springfield is Joe Quimby <!channel> <@U024BE7LH> *bold* <https://evil.example|click> @everyone.',
].join('\n');

/** The questions of issue 6, one of each kind. */
const CASES: Array<[string, string]> = [
  ['empty', ''],
  ['whitespace only', ' \t  \n '],
  ['100 KB', 'Who runs Emennet Pasargad? '.repeat(3800)],
  ['control and zero-width characters', 'Who\u200b runs\u0007 Emennet\u202e Pasargad\u0000?'],
  ['only invisible characters', '\u200b\u200d\u2060\u0007'],
  ['right-to-left', 'من يدير شركة إيمينت باسارجاد؟'],
  ['emoji', '🤔🤔 who runs Emennet Pasargad? 👍🏽👩‍👩‍👧'],
  ['Slack mentions', '<!channel> <!here> <!everyone> <@U123> <@W0ABC|bob> <!subteam^S123|@editors> <#C123|general> who runs Emennet Pasargad?'],
  ['Discord-style mentions', '@everyone @here <@&123456789012345678> who was sanctioned?'],
  ['mrkdwn and link syntax', '*bold* _it_ ~st~ `code` ```block``` > quote <https://evil.example|click> [x](https://evil.example) who runs it?'],
  ['escaped markup as Slack sends it', '&lt;!channel&gt; R&amp;D &lt;script&gt;'],
  ['SQL', "'; DROP TABLE articles; -- who runs Emennet Pasargad?"],
  ['HTML and script', '<script>alert(1)</script><img src=x onerror=alert(1)> who was sanctioned?'],
  ['German', 'Wer leitet Emennet Pasargad?'],
  ['Chinese', '谁经营 Emennet Pasargad？'],
  ['a question the articles answer with the hostile article', 'Who is the mayor of Springfield?'],
];

let engine: Engine;
let fake: FakeSlack;
let slack: SlackFrontEnd;
let port: number;
let dir: string;
let corpus: string;
let counter = 0;
const errors: string[] = [];

beforeAll(async () => {
  corpus = await tempCorpus({ 'hostile.md': HOSTILE_ARTICLE });
  for (const name of ['dailymail-2020-iran-election-sanctions.md', 'us-sanctions-emennet-pasargad-2021.md', 'us-sanctions-six-iranians-2021.md']) {
    await copyFile(join(CORPUS_DIR, name), join(corpus, name));
  }
  engine = await createEngine(corpus, { warn: () => {} });
  expect(engine.problems()).toEqual([]);
  fake = await new FakeSlack().start();
  dir = await mkdtemp(join(tmpdir(), 'slack-hostile-'));
  const config = httpTestConfig(fake.apiUrl, join(dir, 'feedback.jsonl'));
  const keep = (...m: unknown[]) => void errors.push(m.map(String).join(' '));
  const logger: Logger = { debug: () => {}, info: () => {}, warn: keep, error: keep, setLevel: () => {}, getLevel: () => LogLevel.WARN, setName: () => {} };
  slack = createSlackApp({ config, engine, feedback: new FeedbackLog(join(dir, 'feedback.jsonl')), logger, limits: { ...DEFAULT_LIMITS, perUserPerMinute: 0 } });
  port = (await slack.start())!;
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
  for (const d of [dir, corpus]) if (d) await rm(d, { recursive: true, force: true });
});

/** Links we make: `<https://…|label>`, to article URLs only. */
const OUR_LINK = /<(https?:\/\/[^|<>\s]+)\|[^<>]*>/g;
const articleUrls = () => new Set(engine.sources().flatMap((s) => (s.url ? [s.url.replace(/&/g, '&amp;')] : [])));

/** What must hold of anything the bot sends to Slack: nothing pings, links or formats but what we made. */
function safeForSlack(payload: unknown): void {
  const urls = articleUrls();
  for (const text of renderedStrings(payload)) {
    for (const [, href] of text.matchAll(OUR_LINK)) expect(urls.has(href!), `link to ${href}`).toBe(true);
    // `>` opening a line is our block-quote markup; text from people and articles has `&gt;` there.
    const rest = text.replace(OUR_LINK, '').replace(/^>/gm, '');
    expect(rest, 'unescaped < or >').not.toMatch(/[<>]/);
    expect(rest, 'unescaped &').not.toMatch(/&(?!amp;|lt;|gt;)/);
  }
}

/** The reply is one of the four things the bot says, never silence or a stack trace. */
function polite(payload: Record<string, any>): string {
  const all = renderedStrings(payload.blocks).join('\n');
  expect(all).not.toMatch(/Error:|at .*\.ts:\d+|undefined|\[object Object\]/);
  if (all.includes('Ask questions about our articles')) return 'usage';
  if (all.includes("*Can't take that question.*")) return 'refused';
  if (all.includes("*The sources don't say.*")) return 'abstained';
  expect(all).toMatch(/Confidence: (high|medium|low)/);
  return 'answered';
}

async function slash(text: string): Promise<Record<string, any>> {
  const id = `hostile-${counter++}`;
  const response = await postToApp(port, slashCommandBody(text, fake.responseUrl(id)), FORM);
  expect(response).toEqual({ status: 200, body: '' });
  return (await fake.waitFor((c) => c.route === `response:${id}`)).body;
}

describe('hostile questions through /ask', () => {
  it.each(CASES)('%s: a polite reply that pings nobody', async (_kind, text) => {
    const payload = await slash(text);
    safeForSlack(payload);
    const kind = polite(payload);
    if (text.trim() === '') expect(kind).toBe('usage');
    if (text.length > 1000) {
      expect(kind).toBe('refused');
      expect(renderedStrings(payload.blocks).join(' ')).toContain('at most 500 characters');
    }
    expect(payload.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  });

  it('answers from the hostile article with its markup escaped and its javascript: URL not linked', async () => {
    const payload = await slash('Who is the mayor of Springfield?');
    expect(polite(payload)).toBe('answered');
    const all = renderedStrings(payload).join('\n');
    expect(all).toContain('&lt;!channel&gt; *Breaking* &lt;@U123&gt;');
    expect(all).not.toContain('javascript:');
  });

  it('for any hostile text: a reply arrives, safe for Slack (property, through the real Bolt app)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuestion, async (text) => {
        const payload = await slash(text);
        safeForSlack(payload);
        polite(payload);
      }),
      { numRuns: 25 },
    );
    expect(errors).toEqual([]);
  });
});

describe('hostile questions through @mentions and DMs', () => {
  const mentionOf = (text: string, ts: string) => {
    const body = jsonFixture('app_mention.docs-example.json');
    Object.assign(body.event, { text: `<@${BOT_USER_ID}> ${text}`, ts, event_ts: ts });
    body.event_id = `Ev${ts.replace('.', '')}`;
    return JSON.stringify(body);
  };
  const dmOf = (text: string, ts: string) => {
    const body = jsonFixture('message_im.docs-example.json');
    Object.assign(body.event, { channel: 'D0HOSTILE', text, ts, event_ts: ts });
    body.event_id = `Ev${ts.replace('.', '')}`;
    return JSON.stringify(body);
  };

  it.each(CASES.filter(([, text]) => text.length < 5000))('%s, as a mention and as a DM: a polite, safe reply', async (_kind, text) => {
    const ts = `17100000${String(counter++).padStart(2, '0')}.000100`;
    await postToApp(port, mentionOf(text, ts), 'application/json');
    const inThread = await fake.waitFor((c) => c.route === 'api:chat.postMessage' && c.body.thread_ts === ts);
    safeForSlack(inThread.body);
    polite(inThread.body);

    const dms = () => fake.to('api:chat.postMessage').filter((c) => c.body.channel === 'D0HOSTILE');
    const before = dms().length;
    await postToApp(port, dmOf(text, `17200000${String(counter++).padStart(2, '0')}.000100`), 'application/json');
    await vi.waitFor(() => expect(dms().length).toBe(before + 1), { timeout: 30_000, interval: 20 });
    const inDm = dms().at(-1)!;
    safeForSlack(inDm.body);
    polite(inDm.body);
  });
});

describe('oversized requests', () => {
  it(`refuses a body over ${MAX_REQUEST_BYTES / 1024} KB before reading it, and keeps serving`, async () => {
    const huge = slashCommandBody('x'.repeat(MAX_REQUEST_BYTES + 10), fake.responseUrl('huge'));
    const response = await postToApp(port, huge, FORM);
    expect(response.status).toBe(413);
    expect(fake.to('response:huge')).toEqual([]);
    expect(polite(await slash('Who runs Emennet Pasargad?'))).toBe('answered');
  });

  it('refuses a POST without a Content-Length (a chunked body of unknown size)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers: { 'content-type': FORM, 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('token=x');
      req.end();
    });
    expect(status).toBe(411);
  });
});

describe('the Slack renderer on the engine\'s answer to any text', () => {
  it('stays within Block Kit limits, escapes everything and shows the question verbatim up to the cut', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, hostileQuestion), (question) => {
        const answer = engine.ask(question);
        const message = renderAnswer(answer, { shareId: 'share-1' });
        safeForSlack(message);
        expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
        for (const text of renderedStrings(message.blocks)) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        const shown = (message.blocks[0] as any).elements[0].text as string;
        expect(shown.startsWith('*Question:* ')).toBe(true);
        const unescaped = shown.slice('*Question:* '.length).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        const verbatim = unescaped.endsWith('…') && !answer.question.endsWith('…') ? unescaped.slice(0, -1) : unescaped;
        expect(answer.question.startsWith(verbatim)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
