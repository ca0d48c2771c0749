// Hostile and odd questions (and articles) through the Discord front end: every one gets a polite
// reply, nothing pings, no markdown from a question or an article reaches Discord unescaped.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDiscordBot, type DiscordBot } from '../../adapters/discord/bot.js';
import { DISCORD_LIMITS, embedLength, renderAnswer, unescapeMarkdown } from '../../adapters/discord/render.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { DEFAULT_LIMITS } from '../../adapters/shared/ratelimit.js';
import { createEngine, type Engine } from '../../src/engine.js';
import { anyText, hostileQuestion } from '../hardening/arbitraries.js';
import { tempCorpus } from '../helpers.js';
import { messageCreate, slashCommand } from './dispatches.js';
import { LoopbackDiscord, ids, type RecordedRequest } from './loopback-discord.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

type Body = Record<string, any>;
const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));

const HOSTILE_ARTICLE = [
  '---',
  'id: hostile-article',
  'title: "@everyone **Breaking** <@&123456789012345678> [x](https://evil.example) # big"',
  'publisher: "<@1000000000000000001> ||spoiler||"',
  'url: "javascript:alert(1)"',
  '---',
  'The mayor of Springfield is Joe Quimby @everyone <@&123456789012345678> **bold** [click](https://evil.example) <t:1700000000:R>.',
].join('\n');

const CASES: Array<[string, string]> = [
  ['empty', ''],
  ['whitespace only', ' \t  \n '],
  ['100 KB', 'Who runs Emennet Pasargad? '.repeat(3800)],
  ['control and zero-width characters', 'Who\u200b runs\u0007 Emennet\u202e Pasargad\u0000?'],
  ['right-to-left', 'من يدير شركة إيمينت باسارجاد؟'],
  ['emoji', '🤔🤔 who runs Emennet Pasargad? 👍🏽👩‍👩‍👧'],
  ['Discord mentions', '@everyone @here <@&123456789012345678> <@53908232506183680> <#290926798999357250> who was sanctioned?'],
  ['Slack mentions', '<!channel> <!here> <@U123> who runs Emennet Pasargad?'],
  ['markdown and link syntax', '**bold** __u__ ~~s~~ `code` ```js\nx\n``` > quote # Heading -# sub ||spoiler|| [x](https://evil.example) <https://evil.example> who runs it?'],
  ['SQL', "'; DROP TABLE articles; -- who runs Emennet Pasargad?"],
  ['HTML and script', '<script>alert(1)</script><img src=x onerror=alert(1)> who was sanctioned?'],
  ['German', 'Wer leitet Emennet Pasargad?'],
  ['Chinese', '谁经营 Emennet Pasargad？'],
  ['a question answered from the hostile article', 'Who is the mayor of Springfield?'],
];

let engine: Engine;
let discord: LoopbackDiscord;
let bot: DiscordBot;
let dir: string;
let corpus: string;
const logged: string[] = [];

beforeAll(async () => {
  corpus = await tempCorpus({ 'hostile.md': HOSTILE_ARTICLE });
  for (const name of ['dailymail-2020-iran-election-sanctions.md', 'us-sanctions-emennet-pasargad-2021.md', 'us-sanctions-six-iranians-2021.md']) {
    await copyFile(join(CORPUS_DIR, name), join(corpus, name));
  }
  engine = await createEngine(corpus, { warn: () => {} });
  expect(engine.problems()).toEqual([]);
  discord = await LoopbackDiscord.start();
  dir = await mkdtemp(join(tmpdir(), 'discord-hostile-'));
  const keep = (...m: unknown[]) => void logged.push(m.map(String).join(' '));
  bot = createDiscordBot({
    engine,
    feedback: new FeedbackLog(join(dir, 'feedback.jsonl')),
    client: { rest: { api: discord.api } },
    logger: { info: () => {}, warn: keep, error: keep },
    limits: { ...DEFAULT_LIMITS, perUserPerMinute: 0 },
  });
  await bot.start(discord.token);
});

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
  for (const d of [dir, corpus]) if (d) await rm(d, { recursive: true, force: true });
});

beforeEach(() => discord.reset());

/**
 * Markdown that means something in Discord, unescaped: mentions, masked links, autolinks,
 * timestamps, emphasis, code, spoilers, headings. A backslash before a character escapes it.
 */
function unescapedMarkup(text: string): string[] {
  const found: string[] = [];
  const plain = text.replace(/\\./gsu, '  '); // escaped characters are inert
  for (const m of plain.matchAll(/@(everyone|here)|<[@#][!&]?\d+>|<t:\d+(:\w)?>|<https?:[^>]*>|\[[^\]]*\]\([^)]*\)|\*\*|__|~~|\|\||`|^#{1,3} |^-# |^> /gmu)) found.push(m[0]);
  return found;
}

/** Everything the bot sends: never pings, markdown inert except our bold and article links. */
function safeForDiscord(body: Body): void {
  const data = body.data ?? body;
  expect(data.allowed_mentions?.parse).toEqual([]);
  const articleUrls = new Set(engine.sources().flatMap((s) => (s.url ? [s.url] : [])));
  const texts: string[] = [data.content ?? ''];
  for (const e of data.embeds ?? []) {
    texts.push(e.title ?? '', e.footer?.text ?? '');
    // Our own markup: the bold answer or heading, and "[Read the article](url)" to an article's http(s) URL.
    texts.push((e.description ?? '').replace(/^\*\*|\*\*(?=\n|$)/gm, ''));
    for (const f of e.fields ?? []) {
      texts.push(f.name);
      const links = [...f.value.matchAll(/\[Read the article\]\(([^)]+)\)/g)].map((m: RegExpMatchArray) => m[1]!);
      for (const href of links) expect(articleUrls.has(href), `link to ${href}`).toBe(true);
      texts.push(f.value.replace(/\[Read the article\]\([^)]+\)/g, ''));
    }
  }
  for (const text of texts) expect(unescapedMarkup(text), text).toEqual([]);
  expect(JSON.stringify(data)).not.toContain('javascript:');
}

function polite(body: Body): string {
  const data = body.data ?? body;
  const all = JSON.stringify(data);
  expect(all).not.toMatch(/Error:|\.ts:\d+|\[object Object\]|Something went wrong/);
  const description: string = data.embeds?.[0]?.description ?? '';
  if (data.embeds?.[0]?.color === 0xc92a2a) return 'refused';
  if (description.startsWith("**The sources don't say.**")) return 'abstained';
  if (data.content) return 'hint';
  expect(description).toMatch(/^\*\*.+\*\*$/s);
  return 'answered';
}

async function slash(question: string): Promise<Body> {
  const d = slashCommand('ask', { question });
  discord.dispatch('INTERACTION_CREATE', d);
  const callback = await discord.waitForRequest((r) => r.path === `/api/v10/interactions/${d.id}/${d.token}/callback`);
  const body = callback.body as Body;
  if (body.type !== 5) return body;
  return (await discord.waitForRequest((r: RecordedRequest) => r.method === 'PATCH' && r.path.includes(`/${d.token}/`))).body as Body;
}

describe('hostile questions through /ask', () => {
  it.each(CASES)('%s: a polite reply that pings nobody', async (_kind, question) => {
    const body = await slash(question);
    safeForDiscord(body);
    const kind = polite(body);
    if (question.trim() === '' || question.length > 1000) expect(kind).toBe('refused');
    const embeds = (body.data ?? body).embeds;
    if (embeds) expect(embedLength(embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
  });

  it('answers from the hostile article with its markdown escaped and its javascript: URL not linked', async () => {
    const body = await slash('Who is the mayor of Springfield?');
    expect(polite(body)).toBe('answered');
    const field = (body.data ?? body).embeds[0].fields[0];
    expect(field.name).toContain('\\@everyone \\*\\*Breaking\\*\\* \\<\\@&123456789012345678>');
    expect(JSON.stringify(body)).not.toContain('javascript:');
  });

  it('for any hostile text: a reply arrives, safe for Discord (property, through the real discord.js client)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuestion, async (question) => {
        const body = await slash(question);
        safeForDiscord(body);
        polite(body);
      }),
      { numRuns: 25 },
    );
    expect(logged).toEqual([]);
  });
});

describe('hostile questions through mentions', () => {
  it.each(CASES.filter(([, q]) => q.trim() !== '' && q.length < 2000))('%s: a polite reply that pings nobody', async (_kind, question) => {
    const d = messageCreate(`<@${ids.bot}> ${question}`);
    discord.dispatch('MESSAGE_CREATE', d);
    const sent = await discord.waitForRequest((r) => r.path === `/api/v10/channels/${ids.channel}/messages` && (r.body as Body).message_reference?.message_id === d.id);
    const body = sent.body as Body;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    safeForDiscord(body);
    polite(body);
  });
});

describe('the Discord renderer on the engine\'s answer to any text', () => {
  it('stays within embed limits, escapes everything and shows the question verbatim up to the cut', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, hostileQuestion), (question) => {
        const answer = engine.ask(question);
        const message = renderAnswer(answer, { key: '1234567890123456789' });
        safeForDiscord({ ...message, allowed_mentions: { parse: [] } });
        expect(embedLength(message.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
        const title = message.embeds[0]?.title;
        if (title !== undefined) {
          expect(title.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
          const shown = unescapeMarkdown(title.endsWith('…') ? title.slice(0, -1) : title);
          expect(answer.question.replace(/\s+/g, ' ').trim().startsWith(shown.trimEnd())).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
