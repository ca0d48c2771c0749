import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordBot, type AnswerEngine, type DiscordBot } from '../../adapters/discord/bot.js';
import { DISCORD_LIMITS, embedLength, renderAnswer } from '../../adapters/discord/render.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { buttonPress, messageCreate, slashCommand } from './dispatches.js';
import { LoopbackDiscord, ids, snowflake, type RecordedRequest } from './loopback-discord.js';
import { ScriptedEngine, articles, quotes } from './scripted-engine.js';

const TIMEOUT = 60_000;
const silent = { info: () => {}, warn: () => {}, error: () => {} };

type Body = Record<string, any>;

/** A bot on the real discord.js Client, connected to a fresh loopback Discord. */
async function startBot(engine: AnswerEngine, extra: Partial<Parameters<typeof createDiscordBot>[0]> = {}) {
  const discord = await LoopbackDiscord.start();
  const dir = await mkdtemp(join(tmpdir(), 'discord-feedback-'));
  const feedbackPath = join(dir, 'feedback.jsonl');
  const bot = createDiscordBot({ engine, feedback: new FeedbackLog(feedbackPath), client: { rest: { api: discord.api } }, logger: silent, ...extra });
  await bot.start(discord.token);
  return { discord, bot, feedbackPath, dir };
}

async function stopBot(setup: { discord: LoopbackDiscord; bot: DiscordBot; dir: string } | undefined) {
  if (!setup) return;
  await setup.bot.stop();
  await setup.discord.close();
  await rm(setup.dir, { recursive: true, force: true });
}

/** Dispatches an interaction and resolves with its initial response (the callback). */
function interact(discord: LoopbackDiscord, d: Body): Promise<RecordedRequest> {
  discord.dispatch('INTERACTION_CREATE', d);
  return discord.waitForRequest((r) => r.method === 'POST' && r.path === `/api/v10/interactions/${d.id}/${d.token}/callback`);
}

const QUESTION = 'Who did the US sanction over the 2020 election?';
const answered = {
  answered: true,
  answer: 'Six Iranians and one Iranian-owned company',
  confidence: 0.82,
  citations: [quotes.treasury, quotes.emennet, quotes.defendants, quotes.dailymail],
};

describe('Discord bot against a loopback Discord', () => {
  let setup: Awaited<ReturnType<typeof startBot>>;
  let engine: ScriptedEngine;

  beforeAll(async () => {
    engine = new ScriptedEngine(
      {
        [QUESTION]: answered,
        'Did Iran win the 2022 World Cup?': {
          answered: false,
          answer: null,
          confidence: 0.12,
          citations: [],
          related: [quotes.dailymail],
          reason: 'No article says who won the World Cup.',
        },
        '': { answered: false, answer: null, confidence: 0, citations: [], error: 'The question is empty; ask something about the articles.' },
      },
      articles,
    );
    setup = await startBot(engine);
  }, TIMEOUT);
  afterAll(() => stopBot(setup), TIMEOUT);
  beforeEach(() => {
    setup.discord.reset();
    engine.questions.length = 0;
    engine.failWith = undefined;
  });

  it('identifies with only the Guilds and GuildMessages intents (no privileged MessageContent)', () => {
    expect(setup.discord.identifies).toHaveLength(1);
    expect(setup.discord.identifies[0]?.intents).toBe((1 << 0) | (1 << 9));
  });

  it(
    'answers /ask at once with a cited embed, buttons, and no pings',
    async () => {
      const d = slashCommand('ask', { question: QUESTION });
      const callback = await interact(setup.discord, d);
      expect(callback.query.get('with_response')).toBe('false');
      expect(callback.body).toEqual({
        type: 4,
        data: {
          tts: false,
          enforce_nonce: false,
          allowed_mentions: { parse: [] },
          embeds: [
            {
              title: QUESTION,
              description: '**Six Iranians and one Iranian-owned company**',
              color: 0x2b8a3e,
              fields: [
                {
                  name: '1\\. US Treasury sanctions six Iranians and indicts two over 2020 election meddling',
                  value:
                    '“The US Treasury on Thursday announced that it has sanctioned six Iranians, one Iranian-owned company and indicted two Iranian individuals allegedly for meddling with 2020 US presidential elections.”\n' +
                    'Republic World · 2021-11-19 · [Read the article](https://www.republicworld.com/world-news/us-news/us-sanctions-six-iranians.html)',
                },
                {
                  // Article text shows as typed: no bold, no masked link, no autolink, no pings.
                  name: '2\\. US sanctions Emennet Pasargad',
                  value: '“\\*\\*Emennet Pasargad\\*\\* ran it, \\@everyone — see \\[the list\\](https\\://evil.example) \\<\\@&1234>”\nWire \\*desk\\*',
                },
                {
                  name: '3\\. US Treasury sanctions six Iranians and indicts two over 2020 election meddling',
                  value:
                    '“Iranian defendants Seyyed Mohammad Hosein Musa Kazemi and Sajjad Kashian "participated in a coordinated and multi-faceted, cyber-enabled campaign to intimidate and influence American voters."”',
                },
              ],
              footer: { text: 'Confidence 82% · sources 1–3 of 4' },
            },
          ],
          components: [
            {
              type: 1,
              components: [
                { type: 2, style: 1, label: 'More sources', custom_id: `ask:more:${d.id}:3` },
                { type: 2, style: 3, label: 'Helpful', custom_id: `ask:helpful:${d.id}` },
                { type: 2, style: 2, label: 'Not helpful', custom_id: `ask:not_helpful:${d.id}` },
              ],
            },
          ],
        },
      });
      expect(engine.questions).toEqual([QUESTION]);
    },
    TIMEOUT,
  );

  it(
    'defers and then edits the original response when the interaction is already 2.5 s old',
    async () => {
      const d = slashCommand('ask', { question: QUESTION }, { agoMs: 2500 });
      const callback = await interact(setup.discord, d);
      expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
      const edit = await setup.discord.waitForRequest((r) => r.method === 'PATCH');
      expect(edit.path).toBe(`/api/v10/webhooks/${ids.application}/${d.token}/messages/@original`);
      const body = edit.body as Body;
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(body.embeds).toEqual(renderAnswer({ question: QUESTION, ...answered }, { key: String(d.id) }).embeds);
      expect(body.components[0].components[0].custom_id).toBe(`ask:more:${d.id}:3`);
      expect(engine.questions).toEqual([QUESTION]);
    },
    TIMEOUT,
  );

  it(
    'says "The sources don\'t say" with the related passages when the engine abstains',
    async () => {
      const d = slashCommand('ask', { question: 'Did Iran win the 2022 World Cup?' });
      const callback = await interact(setup.discord, d);
      const data = (callback.body as Body).data;
      expect(data.allowed_mentions).toEqual({ parse: [] });
      expect(data.embeds[0]).toMatchObject({
        title: 'Did Iran win the 2022 World Cup?',
        description: "**The sources don't say.**\nNo article says who won the World Cup.\nThe closest passages:",
        fields: [{ name: '1\\. Iran election sanctions', value: '“The sanctions target those accused of interfering in the election.”\n2020-10-22' }],
        footer: { text: 'Confidence 12% · related passages 1–1 of 1' },
      });
      expect(data.components[0].components.map((b: Body) => b.label)).toEqual(['Helpful', 'Not helpful']);
    },
    TIMEOUT,
  );

  it(
    'shows a refused question\'s reason without buttons',
    async () => {
      // Discord's min_length stops empty questions; the adapter still passes whatever comes to the engine.
      const d = slashCommand('ask', { question: '' });
      const data = ((await interact(setup.discord, d)).body as Body).data;
      expect(data.embeds).toEqual([{ description: 'The question is empty; ask something about the articles.', color: 0xc92a2a }]);
      expect(data.components).toEqual([]);
      expect(data.allowed_mentions).toEqual({ parse: [] });
    },
    TIMEOUT,
  );

  it(
    '"More sources" updates the message with the next quotes, then offers the first ones again',
    async () => {
      const d = slashCommand('ask', { question: QUESTION });
      const first = ((await interact(setup.discord, d)).body as Body).data;
      const message = setup.discord.messageFrom(first, ids.interactionChannel);

      const more = buttonPress(`ask:more:${d.id}:3`, message);
      const update = (await interact(setup.discord, more)).body as Body;
      expect(update.type).toBe(7);
      expect(update.data.allowed_mentions).toEqual({ parse: [] });
      expect(update.data.embeds[0].fields).toEqual([{ name: '4\\. Iran election sanctions', value: '“The sanctions target those accused of interfering in the election.”\n2020-10-22' }]);
      expect(update.data.embeds[0].footer).toEqual({ text: 'Confidence 82% · sources 4–4 of 4' });
      expect(update.data.components[0].components[0]).toEqual({ type: 2, style: 1, label: 'First sources', custom_id: `ask:more:${d.id}:0` });

      const back = buttonPress(`ask:more:${d.id}:0`, setup.discord.messageFrom(update.data));
      const again = (await interact(setup.discord, back)).body as Body;
      expect(again.data.embeds).toEqual(first.embeds);
      expect(engine.questions).toEqual([QUESTION]); // paging re-renders; it does not ask again
    },
    TIMEOUT,
  );

  it(
    '"More sources" on an answer the bot no longer remembers says so, privately',
    async () => {
      const stale = snowflake(60_000);
      const press = buttonPress(`ask:more:${stale}:3`, setup.discord.messageFrom({ embeds: [{ title: QUESTION }] }));
      const body = (await interact(setup.discord, press)).body as Body;
      expect(body).toEqual({
        type: 4,
        data: {
          content: 'That answer is no longer in memory (the bot restarted). Ask again with `/ask`.',
          tts: false,
          enforce_nonce: false,
          flags: 64,
          allowed_mentions: { parse: [] },
        },
      });
    },
    TIMEOUT,
  );

  it(
    'records helpful / not helpful in the shared feedback log and thanks the user privately',
    async () => {
      const d = slashCommand('ask', { question: QUESTION });
      const message = setup.discord.messageFrom(((await interact(setup.discord, d)).body as Body).data, ids.interactionChannel);

      const helpful = (await interact(setup.discord, buttonPress(`ask:helpful:${d.id}`, message))).body as Body;
      expect(helpful).toEqual({
        type: 4,
        data: { content: 'Thanks — noted as helpful.', tts: false, enforce_nonce: false, flags: 64, allowed_mentions: { parse: [] } },
      });
      const notHelpful = (await interact(setup.discord, buttonPress(`ask:not_helpful:${d.id}`, message))).body as Body;
      expect(notHelpful.data.content).toBe('Thanks — noted as not helpful; an editor will look at it.');
      expect(notHelpful.data.flags).toBe(64);

      const lines = (await readFile(setup.feedbackPath, 'utf8')).trim().split('\n').slice(-2).map((l) => JSON.parse(l));
      expect(lines).toEqual([
        { time: expect.any(String), platform: 'discord', rating: 'helpful', question: QUESTION, answer: answered.answer, user: ids.user, channel: ids.interactionChannel },
        { time: expect.any(String), platform: 'discord', rating: 'not_helpful', question: QUESTION, answer: answered.answer, user: ids.user, channel: ids.interactionChannel },
      ]);
      expect(engine.questions).toEqual([QUESTION]);
    },
    TIMEOUT,
  );

  it(
    'records feedback from the embed when the answer is no longer in memory',
    async () => {
      const old = snowflake(3_600_000);
      const { embeds } = renderAnswer({ question: 'Who is *Kazemi*?', answered: true, answer: 'An Iranian defendant', confidence: 0.7, citations: [quotes.defendants] }, { key: old });
      const press = buttonPress(`ask:helpful:${old}`, setup.discord.messageFrom({ embeds }));
      await interact(setup.discord, press);
      const last = JSON.parse((await readFile(setup.feedbackPath, 'utf8')).trim().split('\n').at(-1) ?? '{}');
      expect(last).toMatchObject({ platform: 'discord', rating: 'helpful', question: 'Who is *Kazemi*?', answer: 'An Iranian defendant' });
    },
    TIMEOUT,
  );

  it(
    'replies to a mention with the same embed, the bot mention stripped from the question',
    async () => {
      const d = messageCreate(`<@${ids.bot}>   ${QUESTION}`);
      setup.discord.dispatch('MESSAGE_CREATE', d);
      const sent = await setup.discord.waitForRequest((r) => r.method === 'POST' && r.path === `/api/v10/channels/${ids.channel}/messages`);
      expect(engine.questions).toEqual([QUESTION]);
      const { embeds, components } = renderAnswer({ question: QUESTION, ...answered }, { key: String(d.id) });
      expect(sent.body).toEqual({
        tts: false,
        enforce_nonce: false,
        embeds,
        components,
        allowed_mentions: { parse: [], replied_user: false },
        message_reference: { message_id: d.id, fail_if_not_exists: false },
      });
    },
    TIMEOUT,
  );

  it(
    'ignores messages from bots and messages that do not mention it',
    async () => {
      setup.discord.dispatch('MESSAGE_CREATE', messageCreate(`<@${ids.bot}> from a bot`, { author: { id: '42000000000000000', username: 'other', discriminator: '0', avatar: null, bot: true } }));
      setup.discord.dispatch('MESSAGE_CREATE', messageCreate('no mention here', { mentions: [] }));
      setup.discord.dispatch('MESSAGE_CREATE', messageCreate('@everyone ping', { mentions: [], mention_everyone: true }));
      const last = messageCreate(`<@${ids.bot}> ${QUESTION}`);
      setup.discord.dispatch('MESSAGE_CREATE', last);
      // Dispatches are handled in order, so by the time the last one is answered the others were seen.
      const sent = await setup.discord.waitForRequest((r) => r.path === `/api/v10/channels/${ids.channel}/messages`);
      expect((sent.body as Body).message_reference.message_id).toBe(last.id);
      expect(setup.discord.requests.filter((r) => r.path.startsWith('/api/v10/channels/'))).toHaveLength(1);
      expect(engine.questions).toEqual([QUESTION]);
    },
    TIMEOUT,
  );

  it(
    'answers a bare mention with a hint instead of asking the engine',
    async () => {
      const d = messageCreate(`<@!${ids.bot}>`);
      setup.discord.dispatch('MESSAGE_CREATE', d);
      const sent = await setup.discord.waitForRequest((r) => r.path === `/api/v10/channels/${ids.channel}/messages`);
      expect(sent.body).toMatchObject({
        content: 'Ask me a question after the mention, e.g. “@me who was sanctioned?”, or use `/ask`.',
        allowed_mentions: { parse: [], replied_user: false },
        message_reference: { message_id: d.id },
      });
      expect(engine.questions).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'degrades politely when Discord withholds the message content (no MESSAGE_CONTENT intent)',
    async () => {
      const d = messageCreate('');
      setup.discord.dispatch('MESSAGE_CREATE', d);
      const sent = await setup.discord.waitForRequest((r) => r.path === `/api/v10/channels/${ids.channel}/messages`);
      expect(sent.body).toMatchObject({
        content: "I can't read the text of that message. Ask with `/ask question:` instead, or mention me at the start of your question.",
        allowed_mentions: { parse: [], replied_user: false },
        message_reference: { message_id: d.id },
      });
      expect(engine.questions).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'lists the sources for /sources',
    async () => {
      const data = ((await interact(setup.discord, slashCommand('sources'))).body as Body).data;
      expect(data.allowed_mentions).toEqual({ parse: [] });
      expect(data.embeds).toEqual([
        {
          title: 'Sources (2 articles)',
          description:
            '1\\. [US Treasury sanctions six Iranians and indicts two over 2020 election meddling](https://www.republicworld.com/world-news/us-news/us-sanctions-six-iranians.html) — Republic World · 2021-11-19 · 14 passages\n' +
            '2\\. Iran election sanctions — 9 passages',
          color: 0x1c7ed6,
          footer: { text: 'Articles 1–2 of 2' },
        },
      ]);
      expect(data.components).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'tells the user privately when handling fails, instead of leaving the command hanging',
    async () => {
      engine.failWith = new Error('index missing');
      const body = (await interact(setup.discord, slashCommand('ask', { question: QUESTION }))).body as Body;
      expect(body).toMatchObject({
        type: 4,
        data: { content: 'Something went wrong answering that; please try again.', flags: 64, allowed_mentions: { parse: [] } },
      });
    },
    TIMEOUT,
  );

  it(
    'keeps every embed within Discord limits for a huge answer',
    async () => {
      const long = 'x'.repeat(3000);
      const many = Array.from({ length: 30 }, (_, i) => ({ ...quotes.treasury, title: `${i} ${long}`, quote: `${i} ${long}`, publisher: long }));
      const big = new ScriptedEngine({ [long]: { answered: true, answer: long, confidence: 1, citations: many } });
      const message = renderAnswer(big.ask(long), { key: snowflake(), options: { quotesPerPage: 25, sourcesPerPage: 15 } });
      const embed = message.embeds[0]!;
      expect(embedLength(message.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
      expect(embed.fields).toHaveLength(25);
      expect(embed.title?.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    },
    TIMEOUT,
  );
});

describe('Discord bot deferral with a slow engine', () => {
  let setup: Awaited<ReturnType<typeof startBot>> | undefined;
  const engine = new ScriptedEngine({ [QUESTION]: answered });

  beforeAll(async () => {
    setup = await startBot(engine, { replyWithinMs: 1000 });
  }, TIMEOUT);
  afterAll(() => stopBot(setup), TIMEOUT);

  it(
    'defers the next question once the engine has been slow',
    async () => {
      const discord = setup!.discord;
      engine.askMs = 600;
      await interact(discord, slashCommand('ask', { question: QUESTION })); // timed: 600 ms
      const d = slashCommand('ask', { question: QUESTION });
      const callback = await interact(discord, d);
      expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
      const edit = await discord.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(String(d.token)));
      expect((edit.body as Body).allowed_mentions).toEqual({ parse: [] });
      expect((edit.body as Body).embeds[0].title).toBe(QUESTION);
    },
    TIMEOUT,
  );
});

describe('Discord bot when a reply comes too late', () => {
  let setup: Awaited<ReturnType<typeof startBot>> | undefined;
  const engine = new ScriptedEngine({ [QUESTION]: answered });

  beforeAll(async () => {
    setup = await startBot(engine);
  }, TIMEOUT);
  afterAll(() => stopBot(setup), TIMEOUT);

  it(
    'posts the answer in the channel when Discord says the interaction expired (Unknown interaction)',
    async () => {
      const discord = setup!.discord;
      discord.respond = (r) => (r.path.endsWith('/callback') ? { status: 404, body: { message: 'Unknown interaction', code: 10062 } } : undefined);
      const d = slashCommand('ask', { question: QUESTION }, { overrides: { channel_id: ids.channel, channel: { id: ids.channel, type: 0 } } });
      discord.dispatch('INTERACTION_CREATE', d);
      const sent = await discord.waitForRequest((r) => r.path === `/api/v10/channels/${ids.channel}/messages`);
      expect(sent.body).toEqual({
        tts: false,
        enforce_nonce: false,
        ...renderAnswer({ question: QUESTION, ...answered }, { key: String(d.id) }),
        allowed_mentions: { parse: [] },
      });
    },
    TIMEOUT,
  );
});
