// Discord failing underneath the bot (429s, 500s, timeouts), people asking too fast, a full engine
// queue and a graceful stop, against the real discord.js Client on a loopback Discord.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDiscordBot, type DiscordBot } from '../../adapters/discord/bot.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { BUSY_MESSAGE, CLOSING_MESSAGE, DEFAULT_LIMITS } from '../../adapters/shared/ratelimit.js';
import { buttonPress, messageCreate, slashCommand } from './dispatches.js';
import { LoopbackDiscord, ids, type RecordedRequest } from './loopback-discord.js';
import { ScriptedEngine, quotes } from './scripted-engine.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

type Body = Record<string, any>;
const QUESTION = 'Who did the US sanction over the 2020 election?';
const answered = { answered: true, answer: 'Six Iranians and one Iranian-owned company', confidence: 0.82, citations: [quotes.treasury] };
const RETRY = { minDelayMs: 50, maxDelayMs: 200, timeoutMs: 1_000, retries: 3 };

function recordingLog() {
  const lines: string[] = [];
  const keep = (level: string) => (...m: unknown[]) => void lines.push(`${level} ${m.map(String).join(' ')}`);
  return { lines, info: keep('info'), warn: keep('warn'), error: keep('error') };
}

async function startBot(options: Partial<Parameters<typeof createDiscordBot>[0]> = {}) {
  const discord = await LoopbackDiscord.start();
  const dir = await mkdtemp(join(tmpdir(), 'discord-faults-'));
  const feedbackPath = join(dir, 'feedback.jsonl');
  const engine = new ScriptedEngine({ [QUESTION]: answered });
  const log = recordingLog();
  const bot = createDiscordBot({
    engine,
    feedback: new FeedbackLog(feedbackPath),
    client: { rest: { api: discord.api } },
    logger: log,
    retry: RETRY,
    ...options,
  });
  await bot.start(discord.token);
  return { discord, bot, engine, log, dir, feedbackPath };
}

async function stopBot(setup: { bot: DiscordBot; discord: LoopbackDiscord; dir: string } | undefined) {
  if (!setup) return;
  await setup.bot.stop();
  await setup.discord.close();
  await rm(setup.dir, { recursive: true, force: true });
}

const callbackOf = (d: Body) => (r: RecordedRequest) => r.method === 'POST' && r.path === `/api/v10/interactions/${d.id}/${d.token}/callback`;

describe('Discord REST failures', () => {
  let setup: Awaited<ReturnType<typeof startBot>>;
  const tokensSeen: string[] = [];

  beforeAll(async () => {
    setup = await startBot();
  });
  afterAll(async () => {
    // Nothing the bot logged, through all of the failures below, holds a token.
    const logged = setup.log.lines.join('\n');
    expect(logged).not.toContain(setup.discord.token);
    for (const token of tokensSeen) expect(logged).not.toContain(token);
    await stopBot(setup);
  });
  beforeEach(() => {
    setup.discord.reset();
    setup.engine.questions.length = 0;
  });

  /** Dispatches /ask and waits until the interaction callback has been attempted `n` times. */
  async function askExpectingAttempts(n: number): Promise<RecordedRequest[]> {
    const d = slashCommand('ask', { question: QUESTION });
    tokensSeen.push(String(d.token));
    setup.discord.dispatch('INTERACTION_CREATE', d);
    await vi.waitFor(() => expect(setup.discord.requests.filter(callbackOf(d)).length).toBeGreaterThanOrEqual(n), { timeout: 30_000, interval: 50 });
    return setup.discord.requests.filter(callbackOf(d));
  }

  it('waits out a 429 on the interaction callback for its Retry-After, then answers', async () => {
    let limited = false;
    setup.discord.respond = (r) => {
      if (!r.path.endsWith('/callback') || limited) return undefined;
      limited = true;
      return { status: 429, headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' }, body: { message: 'You are being rate limited.', retry_after: 1, global: false } };
    };
    const attempts = await askExpectingAttempts(2);
    expect(attempts).toHaveLength(2);
    expect((attempts[1]!.body as Body).data.embeds[0].title).toBe(QUESTION);
    expect(attempts[1]!.body).toEqual(attempts[0]!.body);
    expect(setup.engine.questions).toEqual([QUESTION]); // retried the post, not the question
    expect(setup.log.lines).toContainEqual(expect.stringMatching(/^warn discord: POST \/interactions\/\d+\/\[redacted\]\/callback answered 429; retrying/));
  });

  it('retries a 500 on the interaction callback, then answers', async () => {
    let failed = false;
    setup.discord.respond = (r) => (r.path.endsWith('/callback') && !failed ? ((failed = true), { status: 500, body: { message: 'oops', code: 0 } }) : undefined);
    const attempts = await askExpectingAttempts(2);
    expect((attempts[1]!.body as Body).type).toBe(4);
  });

  it('abandons a callback that hangs past the REST timeout and tries again', async () => {
    let release!: () => void;
    const hang = new Promise<void>((r) => (release = r));
    let hung = false;
    setup.discord.respond = (r) => (r.path.endsWith('/callback') && !hung ? ((hung = true), { status: 204, holdUntil: hang }) : undefined);
    try {
      const attempts = await askExpectingAttempts(2);
      expect(attempts).toHaveLength(2);
    } finally {
      release();
    }
  });

  it('logs the failure once retries are spent, and keeps answering', async () => {
    setup.discord.respond = (r) => (r.path.includes('/interactions/') ? { status: 503, body: { message: 'down', code: 0 } } : undefined);
    await askExpectingAttempts(RETRY.retries + 1);
    await vi.waitFor(() => expect(setup.log.lines).toContainEqual(expect.stringMatching(/^error discord: handler failed: HTTPError/)), { timeout: 30_000 });
    setup.discord.respond = undefined;
    const [ok] = await askExpectingAttempts(1);
    expect((ok!.body as Body).data.embeds[0].title).toBe(QUESTION);
  });
});

describe('Discord rate limit and engine queue', () => {
  let setup: Awaited<ReturnType<typeof startBot>>;

  beforeAll(async () => {
    setup = await startBot({ limits: { ...DEFAULT_LIMITS, perUserPerMinute: 2 } });
  });
  afterAll(() => stopBot(setup));
  beforeEach(() => {
    setup.discord.reset();
    setup.engine.questions.length = 0;
  });

  async function interact(d: Body): Promise<Body> {
    setup.discord.dispatch('INTERACTION_CREATE', d);
    return (await setup.discord.waitForRequest(callbackOf(d))).body as Body;
  }

  it('answers a person\'s first questions, then privately asks them to slow down', async () => {
    const user = { id: '53908232506183999', username: 'quick', discriminator: '0', avatar: null, global_name: null };
    const asUser = () => slashCommand('ask', { question: QUESTION }, { overrides: { member: { user, roles: [], permissions: '0' }, user } });
    expect((await interact(asUser())).data.embeds[0].title).toBe(QUESTION);
    expect((await interact(asUser())).data.embeds[0].title).toBe(QUESTION);
    const refused = await interact(asUser());
    expect(refused).toEqual({
      type: 4,
      data: {
        content: expect.stringMatching(/^You are asking faster than I can keep up with \(2 questions a minute each\)\. Please try again in \d+ seconds?\.$/),
        tts: false,
        enforce_nonce: false,
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    expect(setup.engine.questions).toHaveLength(2);
    // The fixture's usual user is not held back by it.
    expect((await interact(slashCommand('ask', { question: QUESTION }))).data.embeds[0].title).toBe(QUESTION);
  });

  it('replies to a mention from someone asking too fast, without pinging them', async () => {
    const author = { id: '53908099506183999', username: 'chatty', discriminator: '0', avatar: null, global_name: null };
    for (let i = 0; i < 3; i++) setup.discord.dispatch('MESSAGE_CREATE', messageCreate(`<@${ids.bot}> ${QUESTION}`, { author }));
    await vi.waitFor(() => expect(setup.discord.requests.filter((r) => r.path === `/api/v10/channels/${ids.channel}/messages`)).toHaveLength(3), { timeout: 30_000 });
    // The refusal needs no engine, so it may be sent before the two answers.
    const replies = setup.discord.requests.filter((r) => r.path === `/api/v10/channels/${ids.channel}/messages`).map((r) => r.body as Body);
    expect(replies.filter((b) => b.embeds?.[0]?.title === QUESTION)).toHaveLength(2);
    expect(replies.filter((b) => b.content !== undefined)).toEqual([
      expect.objectContaining({ content: expect.stringMatching(/asking faster/), allowed_mentions: { parse: [], replied_user: false } }),
    ]);
    expect(setup.engine.questions).toHaveLength(2);
  });

  it('says it is busy, privately, when the engine queue is full', async () => {
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const { maxConcurrent, maxQueued } = setup.bot.gate.work;
    const held = Array.from({ length: maxConcurrent + maxQueued }, () => setup.bot.gate.work.run(() => hold));
    try {
      const body = await interact(slashCommand('ask', { question: QUESTION }));
      expect(body.data).toMatchObject({ content: BUSY_MESSAGE, flags: 64, allowed_mentions: { parse: [] } });
    } finally {
      release();
      await Promise.all(held);
    }
  });
});

describe('Discord graceful stop', () => {
  let setup: Awaited<ReturnType<typeof startBot>> | undefined;

  afterAll(async () => {
    await setup?.discord.close();
    if (setup) await rm(setup.dir, { recursive: true, force: true });
  });

  it('refuses new questions, finishes the answer in flight, writes out feedback, then disconnects', async () => {
    setup = await startBot();
    const { discord, bot, feedbackPath } = setup;
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const inFlight = slashCommand('ask', { question: QUESTION });
    discord.respond = (r) => (r.path === `/api/v10/interactions/${inFlight.id}/${inFlight.token}/callback` ? { status: 204, holdUntil: hold } : undefined);
    discord.dispatch('INTERACTION_CREATE', inFlight);
    await discord.waitForRequest(callbackOf(inFlight));

    // Feedback clicked just before the stop.
    const press = buttonPress(`ask:helpful:${inFlight.id}`, discord.messageFrom({ embeds: [{ title: QUESTION, description: `**${answered.answer}**` }] }));
    discord.dispatch('INTERACTION_CREATE', press);
    await discord.waitForRequest(callbackOf(press));

    let stopped = false;
    const stopping = bot.stop().then((clean) => ((stopped = true), clean));
    const late = slashCommand('ask', { question: QUESTION });
    discord.dispatch('INTERACTION_CREATE', late);
    const refused = (await discord.waitForRequest(callbackOf(late))).body as Body;
    expect(refused.data).toMatchObject({ content: CLOSING_MESSAGE, flags: 64 });
    expect(stopped).toBe(false); // still waiting for the answer in flight

    release();
    expect(await stopping).toBe(true);
    expect(bot.client.isReady()).toBe(false);
    const lines = (await readFile(feedbackPath, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([expect.objectContaining({ platform: 'discord', rating: 'helpful', question: QUESTION })]);
  });
});
