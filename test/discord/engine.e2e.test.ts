import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordBot, type AnswerEngine, type DiscordBot } from '../../adapters/discord/bot.js';
import { escapeMarkdown, renderAnswer, renderSources } from '../../adapters/discord/render.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { createEngine } from '../../src/engine.js';
import type { Answer } from '../../src/types.js';
import { buttonPress, messageCreate, slashCommand } from './dispatches.js';
import { LoopbackDiscord, ids, type RecordedRequest } from './loopback-discord.js';

const TIMEOUT = 60_000;
const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
type Body = Record<string, any>;

/**
 * End to end: the real engine on the real corpus, the real discord.js Client, a loopback Discord.
 * Expected embeds come from asking the same engine directly, so these pin the wiring, not the
 * engine's wording.
 */
describe('Discord front end on the real engine and corpus', () => {
  let discord: LoopbackDiscord;
  let bot: DiscordBot;
  let engine: AnswerEngine;
  let dir: string;
  let feedbackPath: string;
  const asked: string[] = [];
  /** What the engine answers, asked directly (not counted as a bot call). */
  let direct: (question: string) => Answer;

  beforeAll(async () => {
    const real = await createEngine(CORPUS, { warn: () => {} });
    direct = (q) => real.ask(q);
    // Count the bot's engine calls: each question must cost exactly one.
    engine = { ask: (q: string) => (asked.push(q), real.ask(q)), sources: () => real.sources() };
    discord = await LoopbackDiscord.start();
    dir = await mkdtemp(join(tmpdir(), 'discord-e2e-'));
    feedbackPath = join(dir, 'feedback.jsonl');
    bot = createDiscordBot({
      engine,
      feedback: new FeedbackLog(feedbackPath),
      client: { rest: { api: discord.api } },
      logger: { info: () => {}, warn: () => {}, error: () => {} },
    });
    await bot.start(discord.token);
  }, TIMEOUT);

  afterAll(async () => {
    await bot?.stop();
    await discord?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, TIMEOUT);

  /** The message an interaction ends with: the reply itself, or the edit after a deferral. */
  async function answerTo(d: Body): Promise<{ callback: RecordedRequest; data: Body }> {
    discord.dispatch('INTERACTION_CREATE', d);
    const callback = await discord.waitForRequest((r) => r.path === `/api/v10/interactions/${d.id}/${d.token}/callback`);
    const body = callback.body as Body;
    if (body.type !== 5) return { callback, data: body.data };
    const edit = await discord.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(`/${d.token}/`));
    return { callback, data: edit.body as Body };
  }

  it(
    'answers /ask with the engine\'s cited answer, one engine call, no pings',
    async () => {
      const question = 'Who runs Emennet Pasargad?';
      const expected = direct(question);
      expect(expected.answered).toBe(true);
      asked.length = 0;
      const d = slashCommand('ask', { question });
      const { callback, data } = await answerTo(d);
      expect([4, 5]).toContain((callback.body as Body).type);
      expect(asked).toEqual([question]);
      expect(data.allowed_mentions).toEqual({ parse: [] });
      expect(data.embeds).toEqual(renderAnswer(expected, { key: String(d.id) }).embeds);
      expect(data.embeds[0].description).toBe(`**${escapeMarkdown(expected.answer ?? '')}**`);
      for (const [i, c] of expected.citations.slice(0, 3).entries()) {
        expect(data.embeds[0].fields[i].value.startsWith(`“${escapeMarkdown(c.quote)}”`)).toBe(true);
      }
    },
    TIMEOUT,
  );

  it(
    'gives a mention the same embed as /ask',
    async () => {
      const question = 'Who runs Emennet Pasargad?';
      const viaSlash = await answerTo(slashCommand('ask', { question }));
      asked.length = 0;
      const m = messageCreate(`<@${ids.bot}> ${question}`);
      discord.dispatch('MESSAGE_CREATE', m);
      const sent = await discord.waitForRequest((r) => r.method === 'POST' && (r.body as Body)?.message_reference?.message_id === m.id);
      expect(sent.path).toBe(`/api/v10/channels/${ids.channel}/messages`);
      expect(asked).toEqual([question]);
      expect((sent.body as Body).embeds).toEqual(viaSlash.data.embeds);
      expect((sent.body as Body).allowed_mentions).toEqual({ parse: [], replied_user: false });
    },
    TIMEOUT,
  );

  it(
    'pages through the engine\'s further citations with "More sources" without asking again',
    async () => {
      const question = 'What group did the threatening emails claim to come from?';
      const expected = direct(question);
      expect(expected.citations.length).toBeGreaterThan(3);
      const d = slashCommand('ask', { question });
      const { data } = await answerTo(d);
      asked.length = 0;
      const more = data.components[0].components[0];
      expect(more).toMatchObject({ label: 'More sources', custom_id: `ask:more:${d.id}:3` });
      const press = buttonPress(more.custom_id, discord.messageFrom(data, ids.interactionChannel));
      discord.dispatch('INTERACTION_CREATE', press);
      const update = (await discord.waitForRequest((r) => r.path === `/api/v10/interactions/${press.id}/${press.token}/callback`)).body as Body;
      expect(update.type).toBe(7);
      expect(update.data.embeds).toEqual(renderAnswer(expected, { key: String(d.id), offset: 3 }).embeds);
      expect(update.data.allowed_mentions).toEqual({ parse: [] });
      expect(asked).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'says "The sources don\'t say" with related passages when the corpus has no answer',
    async () => {
      const question = 'Did Iran win the World Cup?';
      const expected = direct(question);
      expect(expected.answered).toBe(false);
      const { data } = await answerTo(slashCommand('ask', { question }));
      expect(data.embeds[0].description.startsWith("**The sources don't say.**")).toBe(true);
      expect(data.embeds[0].fields).toHaveLength(Math.min(3, expected.related?.length ?? 0));
    },
    TIMEOUT,
  );

  it(
    'lists the corpus for /sources',
    async () => {
      const { data } = await answerTo(slashCommand('sources'));
      expect(data.embeds).toEqual(renderSources(engine.sources()).embeds);
      expect(data.embeds[0].title).toBe('Sources (3 articles)');
    },
    TIMEOUT,
  );

  it(
    'records a helpful click in the shared JSONL feedback log',
    async () => {
      const question = 'Who runs Emennet Pasargad?';
      const d = slashCommand('ask', { question });
      const { data } = await answerTo(d);
      const press = buttonPress(`ask:helpful:${d.id}`, discord.messageFrom(data, ids.interactionChannel));
      discord.dispatch('INTERACTION_CREATE', press);
      const ack = (await discord.waitForRequest((r) => r.path === `/api/v10/interactions/${press.id}/${press.token}/callback`)).body as Body;
      expect(ack.data).toMatchObject({ content: 'Thanks — noted as helpful.', flags: 64, allowed_mentions: { parse: [] } });
      const record = JSON.parse((await readFile(feedbackPath, 'utf8')).trim().split('\n').at(-1) ?? '{}');
      expect(record).toEqual({
        time: expect.any(String),
        platform: 'discord',
        rating: 'helpful',
        question,
        answer: direct(question).answer,
        user: ids.user,
        channel: ids.interactionChannel,
      });
    },
    TIMEOUT,
  );
});
