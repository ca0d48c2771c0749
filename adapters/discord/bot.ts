import {
  Client,
  DefaultRestOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  RESTEvents,
  RESTJSONErrorCodes,
  Status,
  cleanContent,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type Interaction,
  type Message,
  type MessageMentionOptions,
} from 'discord.js';
import type { FeedbackRecord } from '../shared/feedback.js';
import { type HealthServer, type ReadinessFacts, startHealthServer } from '../shared/health.js';
import { shutdown } from '../shared/lifecycle.js';
import { describeError, redact, redactingLog, type Log } from '../shared/log.js';
import { DEFAULT_LIMITS, QuestionGate, type QuestionLimits } from '../shared/ratelimit.js';
import { DEFAULT_RETRY, backOffServerErrors, type RetryPolicy } from '../shared/retry.js';
import type { Answer } from '../../src/types.js';
import {
  defaultRenderOptions,
  parseCustomId,
  renderAnswer,
  renderSources,
  unescapeMarkdown,
  type RenderOptions,
  type RenderedMessage,
} from './render.js';
import type { AnswerEngine } from '../shared/engine.js';

export type { AnswerEngine } from '../shared/engine.js';


/** Where helpful / not helpful clicks go; `FeedbackLog` from adapters/shared/feedback.ts fits. */
export interface FeedbackSink {
  record(entry: Omit<FeedbackRecord, 'time'>): Promise<void>;
  /** Resolves when every record so far is written; awaited on shutdown. */
  flush?(): Promise<void>;
  /** Throws (a ConfigError) when records cannot be written; checked before logging in. */
  ensureWritable?(): Promise<void>;
}

/** Options for `createDiscordBot`; everything but `engine` and `feedback` has a default. */
export interface DiscordBotOptions {
  engine: AnswerEngine;
  feedback: FeedbackSink;
  /** Extra discord.js Client options, merged over ours (tests set `rest.api` to a loopback server). */
  client?: Partial<ClientOptions>;
  /**
   * Reply directly only if the answer is expected within this many ms of the interaction's
   * creation; otherwise defer first and edit. Discord's hard limit is 3000. Default 2000.
   */
  replyWithinMs?: number;
  /** Assumed engine time before any question has been timed. Default 500. */
  assumedAskMs?: number;
  /** Answers kept in memory for "More sources" and feedback. Default 1000. */
  answersKept?: number;
  render?: RenderOptions;
  /** Every line is passed through `redact`, so tokens never reach it. Default console. */
  logger?: Log;
  /** Per-person rate limit, engine queue bound and shutdown grace; default `DEFAULT_LIMITS`. */
  limits?: QuestionLimits;
  /** REST retries: attempts, timeout, 5xx backoff, longest Retry-After waited for; default `DEFAULT_RETRY`. */
  retry?: Partial<RetryPolicy>;
  /** Serve /healthz and /readyz on this port (HEALTH_PORT; 0 = any free port); default: not served. */
  healthPort?: number;
}

/** The running bot: the discord.js Client and how to start and stop it. */
export interface DiscordBot {
  client: Client;
  /** Logs in and resolves once the gateway is ready. */
  start(token: string): Promise<void>;
  /**
   * Shuts down gracefully: new questions get a "restarting" reply, those in flight are answered
   * (up to `limits.shutdownGraceMs`), then it closes the gateway, flushes feedback and closes the
   * engine. Resolves false if a step failed or questions were left unanswered.
   */
  stop(): Promise<boolean>;
  /** The rate limit and engine queue every question goes through. */
  gate: QuestionGate;
  /** The port /healthz and /readyz are served on, once `start()` opened it (with `healthPort` set). */
  readonly healthPort: number | undefined;
}

/**
 * Guilds: guild and channel caches (discord.js drops messages from channels it has not cached).
 * GuildMessages: MESSAGE_CREATE for mentions. Not MessageContent: messages that mention the bot
 * carry their content without it. Slash commands and buttons need no intent at all.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];

/** No pings from anything the bot posts, whatever a question or an article says. */
const NO_PINGS: MessageMentionOptions = { parse: [] };
/** Replies to a message also leave the asker un-pinged. */
const NO_PINGS_REPLY: MessageMentionOptions = { parse: [], repliedUser: false };

const NO_CONTENT_HINT =
  "I can't read the text of that message. Ask with `/ask question:` instead, or mention me at the start of your question.";
const EMPTY_MENTION_HINT = 'Ask me a question after the mention, e.g. “@me who was sanctioned?”, or use `/ask`.';
const EXPIRED_HINT = 'That answer is no longer in memory (the bot restarted). Ask again with `/ask`.';

/**
 * Creates the Discord front end: `/ask`, `/sources`, mentions and the answer buttons, each a
 * translation between Discord and one engine call.
 *
 * @example
 * const bot = createDiscordBot({ engine: await createEngine('corpus'), feedback: new FeedbackLog('data/feedback.jsonl') });
 * await bot.start(process.env.DISCORD_TOKEN!);
 */
export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const {
    engine,
    feedback,
    replyWithinMs = 2000,
    assumedAskMs = 500,
    answersKept = 1000,
    render = defaultRenderOptions,
  } = options;
  const logger = redactingLog(options.logger ?? console);
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const client = new Client({
    intents: INTENTS,
    allowedMentions: NO_PINGS,
    ...options.client,
    // @discordjs/rest waits out 429s by their Retry-After / X-RateLimit headers and retries 5xx and
    // timeouts `retries` times (at once: backOffServerErrors spaces those out). A 429 asking for a
    // longer wait than maxRetryAfterMs fails instead of holding the reply indefinitely.
    rest: {
      retries: retry.retries,
      timeout: retry.timeoutMs,
      makeRequest: backOffServerErrors(DefaultRestOptions.makeRequest, retry),
      rejectOnRateLimit: (limit) => limit.retryAfter > retry.maxRetryAfterMs,
      ...options.client?.rest,
    },
  });
  const answers = new AnswerMemory(answersKept);
  const timing = new AskTiming(assumedAskMs);
  const gate = new QuestionGate(options.limits ?? DEFAULT_LIMITS);

  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429 && response.status < 500) return;
    const last = response.status >= 500 && request.retries >= retry.retries;
    logger.warn(`discord: ${request.method.toUpperCase()} ${request.path} answered ${response.status}${last ? '' : '; retrying'}`);
  });

  /** The one engine call for a question, timed so later interactions know whether to defer. */
  function ask(question: string, key: string): Answer {
    const started = performance.now();
    const answer = engine.ask(question);
    timing.add(performance.now() - started);
    answers.set(key, answer);
    return answer;
  }

  async function onAsk(interaction: ChatInputCommandInteraction): Promise<void> {
    const question = interaction.options.getString('question', true);
    const refusal = gate.admit(`discord:${interaction.user.id}`);
    if (refusal) {
      await interaction.reply({ content: refusal.message, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    // The engine is synchronous, so a timer cannot interrupt it: decide before calling it, counting
    // the questions queued ahead of this one.
    const age = Math.max(0, Date.now() - interaction.createdTimestamp);
    const defer = age + timing.expected() * (gate.work.load + 1) > replyWithinMs;
    if (defer) await interaction.deferReply();
    const outcome = await gate.run(() => ask(question, interaction.id));
    const message =
      outcome.kind === 'answered' ? renderAnswer(outcome.value, { key: interaction.id, options: render }) : { content: outcome.message, embeds: [], components: [] };
    if (defer) {
      await interaction.editReply({ ...message, allowedMentions: NO_PINGS });
      return;
    }
    try {
      await interaction.reply({ ...message, allowedMentions: NO_PINGS });
    } catch (error) {
      // The engine took longer than ever before and the 3 s window closed: post it in the channel.
      if (!(error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction)) throw error;
      logger.warn(`discord: /ask ${interaction.id} missed the 3 s window; posting the answer in the channel`);
      const channel = interaction.channel;
      if (channel?.isSendable()) await channel.send({ ...message, allowedMentions: NO_PINGS });
    }
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const action = parseCustomId(interaction.customId);
    if (!action) return;
    if (action.kind === 'sources') {
      await interaction.update({ ...renderSources(engine.sources(), { offset: action.offset, options: render }), allowedMentions: NO_PINGS });
      return;
    }
    if (action.kind === 'more') {
      const answer = answers.get(action.key);
      if (!answer) {
        await interaction.reply({ content: EXPIRED_HINT, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
        return;
      }
      const message = renderAnswer(answer, { key: action.key, offset: action.offset, options: render });
      await interaction.update({ ...message, allowedMentions: NO_PINGS });
      return;
    }
    const answer = answers.get(action.key) ?? answerFromEmbed(interaction);
    await feedback.record({
      platform: 'discord',
      rating: action.rating,
      question: answer.question,
      answer: answer.answer,
      user: interaction.user.id,
      channel: interaction.channelId ?? null,
    });
    const thanks = action.rating === 'helpful' ? 'Thanks — noted as helpful.' : 'Thanks — noted as not helpful; an editor will look at it.';
    await interaction.reply({ content: thanks, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  }

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) {
      if (interaction.commandName === 'ask') return onAsk(interaction);
      if (interaction.commandName === 'sources') {
        await interaction.reply({ ...renderSources(engine.sources(), { options: render }), allowedMentions: NO_PINGS });
      }
      return;
    }
    if (interaction.isButton()) return onButton(interaction);
  }

  async function onMessage(message: Message): Promise<void> {
    const me = client.user;
    if (!me || message.author.bot || message.webhookId || !message.mentions.users.has(me.id)) return;
    let reply: RenderedMessage | { content: string };
    if (!message.content) {
      // Content withheld (no MESSAGE_CONTENT intent, and Discord did not count this as a mention).
      reply = { content: NO_CONTENT_HINT };
    } else {
      const question = mentionedQuestion(message, me.id);
      const refusal = question ? gate.admit(`discord:${message.author.id}`) : undefined;
      if (!question) reply = { content: EMPTY_MENTION_HINT };
      else if (refusal) reply = { content: refusal.message };
      else {
        const outcome = await gate.run(() => ask(question, message.id));
        reply = outcome.kind === 'answered' ? renderAnswer(outcome.value, { key: message.id, options: render }) : { content: outcome.message };
      }
    }
    // failIfNotExists: false still posts the answer if the question was deleted meanwhile.
    await message.reply({ ...reply, allowedMentions: NO_PINGS_REPLY, failIfNotExists: false });
  }

  /** Runs a handler, logging failures and telling the user instead of leaving them waiting. */
  function guard<T extends Interaction | Message>(handler: (event: T) => Promise<void>) {
    return (event: T) => {
      // Tracked, so shutdown waits for the reply (and any failure report) to go out.
      void gate.track(handler(event).catch(async (error: unknown) => {
        logger.error(`discord: handler failed: ${describeError(error)}`);
        if (!('isRepliable' in event) || !event.isRepliable()) return;
        const sorry = { content: 'Something went wrong answering that; please try again.', allowedMentions: NO_PINGS };
        try {
          if (event.deferred) await event.editReply(sorry);
          else if (!event.replied) await event.reply({ ...sorry, flags: MessageFlags.Ephemeral });
        } catch (reportError) {
          logger.error(`discord: could not report the failure: ${describeError(reportError)}`);
        }
      }));
    };
  }

  client.on(Events.InteractionCreate, guard(onInteraction));
  client.on(Events.MessageCreate, guard(onMessage));
  client.on(Events.Error, (error) => logger.error(`discord: client error: ${describeError(error)}`));
  client.on(Events.ShardError, (error) => logger.error(`discord: gateway error (discord.js reconnects): ${describeError(error)}`));

  let health: HealthServer | undefined;
  const probeFacts = (): ReadinessFacts => ({
    articles: engine.sources().length,
    // Ready, and every shard's connection up (not resuming or reconnecting).
    connected: client.isReady() && client.ws.shards.size > 0 && client.ws.shards.every((shard) => shard.status === Status.Ready),
    connection: 'Discord gateway',
    closing: gate.closed,
  });

  return {
    client,
    gate,
    get healthPort() {
      return health?.port;
    },
    async start(token) {
      await feedback.ensureWritable?.();
      // Probes answer while it connects: live, not yet ready.
      if (options.healthPort !== undefined) health = await startHealthServer(options.healthPort, probeFacts);
      try {
        const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
        await client.login(token);
        await ready;
      } catch (error) {
        await health?.close();
        throw error;
      }
      logger.info(`discord: logged in as ${redact(client.user?.tag ?? 'unknown')}`);
    },
    async stop() {
      const clean = await shutdown({
        gate,
        stopTransport: () => client.destroy(),
        feedback: { flush: async () => feedback.flush?.() },
        engine,
        log: logger,
      });
      await health?.close().catch((error: unknown) => logger.error(`discord: could not close the health server: ${describeError(error)}`));
      return clean;
    },
  };
}

/**
 * The question in a message that mentions the bot: the bot's mention removed, other mentions
 * shown as names (so the engine never sees `<@123>`).
 */
export function mentionedQuestion(message: Message, botId: string): string {
  const withoutBot = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ');
  return cleanContent(withoutBot, message.channel).replace(/\s+/g, ' ').trim();
}

/** After a restart the answer is gone from memory; the embed still shows the question and answer. */
function answerFromEmbed(interaction: ButtonInteraction): Pick<Answer, 'question' | 'answer'> {
  const embed = interaction.message.embeds[0];
  const description = embed?.description ?? '';
  const bold = /^\*\*([\s\S]*)\*\*$/.exec(description);
  const answered = bold && !description.startsWith("**The sources don't say.**");
  return {
    question: unescapeMarkdown(embed?.title ?? ''),
    answer: answered ? unescapeMarkdown(bold[1] ?? '') : null,
  };
}

/** Recent answers by the id of the interaction or message that asked, oldest dropped first. */
class AnswerMemory {
  private answers = new Map<string, Answer>();
  constructor(private readonly capacity: number) {}

  get(key: string): Answer | undefined {
    return this.answers.get(key);
  }

  set(key: string, answer: Answer): void {
    this.answers.delete(key);
    this.answers.set(key, answer);
    for (const oldest of this.answers.keys()) {
      if (this.answers.size <= this.capacity) break;
      this.answers.delete(oldest);
    }
  }
}

/** How long the engine takes: twice the slowest of the last 20 questions, as a margin for GC and load. */
class AskTiming {
  private recent: number[] = [];
  constructor(private readonly assumedMs: number) {}

  add(ms: number): void {
    this.recent.push(ms);
    if (this.recent.length > 20) this.recent.shift();
  }

  expected(): number {
    return this.recent.length === 0 ? this.assumedMs : 2 * Math.max(...this.recent);
  }
}
