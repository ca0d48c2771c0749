import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  App,
  type BlockAction,
  type ButtonAction,
  HTTPReceiver,
  LogLevel,
  type Logger,
  type Receiver,
  type RespondArguments,
  SocketModeReceiver,
} from '@slack/bolt';
import type { FeedbackLog, FeedbackRecord } from '../shared/feedback.js';
import type { Answer, Source } from '../../src/types.js';
import type { SlackConfig } from './config.js';
import {
  ACTIONS,
  FeedbackValueSchema,
  type SlackMessage,
  renderAnswer,
  renderNotice,
  renderSources,
  renderUsage,
} from './render.js';

/** The part of the engine (src/engine.ts) the Slack front end uses. */
export interface AnswerEngine {
  ask(question: string): Answer;
  sources(): Source[];
}

/** What `createSlackApp` needs: configuration and the collaborators it talks to. */
export interface SlackAppOptions {
  config: SlackConfig;
  engine: AnswerEngine;
  feedback: FeedbackLog;
  /** Defaults to a console logger at `config.logLevel`. */
  logger?: Logger;
}

/** A running or startable Slack front end. */
export interface SlackFrontEnd {
  app: App;
  /** Connects (Socket Mode) or listens (HTTP); resolves with the HTTP port, if any. */
  start(): Promise<number | undefined>;
  /** Disconnects, closes the server and waits for pending feedback writes. */
  stop(): Promise<void>;
}

/** Where Slack sends every request in HTTP mode: commands, events and interactivity. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** Shared answers are kept as long as Slack keeps a response_url usable (30 minutes). */
const SHARE_TTL_MS = 30 * 60 * 1000;
const SHARE_CACHE_SIZE = 1000;
/** Slack retries an event for up to about an hour after the first attempt. */
const SEEN_EVENTS_TTL_MS = 2 * 60 * 60 * 1000;
const SEEN_EVENTS_SIZE = 10_000;

// Article links would otherwise unfurl into large previews under every answer.
const QUIET = { unfurl_links: false, unfurl_media: false } as const;

/**
 * Builds the Bolt app for `/ask`, @mentions, DMs and the answer buttons, on the
 * HTTP or Socket Mode receiver that `config.mode` names. Each question is one
 * `engine.ask` call; everything else is translation to and from Slack.
 *
 * @example
 * const slack = createSlackApp({ config, engine, feedback: new FeedbackLog(config.feedbackPath) });
 * const port = await slack.start();
 */
export function createSlackApp(options: SlackAppOptions): SlackFrontEnd {
  const { config, engine, feedback } = options;
  // Without a logger of our own, Bolt's console loggers are used at the configured level.
  const logging = options.logger !== undefined ? { logger: options.logger } : { logLevel: config.logLevel as LogLevel };
  const clientOptions = { slackApiUrl: config.slackApiUrl };
  const receiver = createReceiver(config, logging, clientOptions);
  const app = new App({ token: config.botToken, receiver, ...logging, clientOptions });
  const logger = app.logger;
  const shared = new Expiring<Answer>(SHARE_CACHE_SIZE, SHARE_TTL_MS);
  const seenEvents = new Expiring<true>(SEEN_EVENTS_SIZE, SEEN_EVENTS_TTL_MS);

  // Slack redelivers an event when our acknowledgement was late (say, while the engine was busy);
  // answering the same question twice in a thread would be noise.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      if (seenEvents.get(eventId)) return;
      seenEvents.set(eventId, true);
    }
    await next();
  });

  /** Turns a question text into a message; the only place the engine is called. */
  const reply = (text: string, commandName: string, shareable: boolean): SlackMessage => {
    const request = parseRequest(text);
    if (request.kind === 'help') return renderUsage(commandName);
    if (request.kind === 'sources') return renderSources(engine.sources());
    const answer = engine.ask(request.question);
    return renderAnswer(answer, shareable ? { shareId: shared.add(answer) } : {});
  };

  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    await ack();
    await nextTurn(); // let the acknowledgement leave before the synchronous engine call
    const message = reply(slackTextToPlain(command.text), command.command, true);
    await respond({ response_type: 'ephemeral', ...message, ...QUIET });
  });

  app.event('app_mention', async ({ event, context, say }) => {
    // Mentions inside a DM arrive as message.im too; that handler answers them.
    if (event.bot_id !== undefined || event.channel.startsWith('D')) return;
    await nextTurn();
    const message = reply(questionFrom(event.text, context.botUserId), '/ask', false);
    await say({ ...message, ...QUIET, thread_ts: event.thread_ts ?? event.ts });
  });

  app.message(async ({ message, context, say }) => {
    // Edits, deletions, joins and bot posts carry a subtype; only people's new messages are questions.
    if (message.subtype !== undefined || message.channel_type !== 'im' || message.bot_id !== undefined) return;
    await nextTurn();
    const response = reply(questionFrom(message.text ?? '', context.botUserId), '/ask', false);
    await say({ ...response, ...QUIET, ...(message.thread_ts !== undefined && { thread_ts: message.thread_ts }) });
  });

  app.action<BlockAction<ButtonAction>>(ACTIONS.share, async ({ ack, body, action, respond }) => {
    await ack();
    const answer = shared.get(action.value ?? '');
    if (answer === undefined) {
      await respond(notice('That answer has expired (answers can be shared for 30 minutes). Ask again to share it.'));
      return;
    }
    // Ephemeral messages can't become public: post the same answer in the channel, then remove the private copy.
    const sharedBy = body.user.name ?? body.user.username;
    await respond({ response_type: 'in_channel', replace_original: false, ...renderAnswer(answer, { sharedBy }), ...QUIET });
    await respond({ delete_original: true });
  });

  const ratings: Array<[string, FeedbackRecord['rating'], string]> = [
    [ACTIONS.helpful, 'helpful', 'Thanks: recorded as helpful.'],
    [ACTIONS.notHelpful, 'not_helpful', 'Thanks: recorded as not helpful, for an editor to review.'],
  ];
  for (const [actionId, rating, thanks] of ratings) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const value = parseFeedbackValue(action.value);
      if (value === undefined) {
        logger.warn(`Ignoring a ${actionId} click whose value is not ours: ${JSON.stringify(action.value)}`);
        return;
      }
      const channel = body.channel?.id ?? stringField(body.container, 'channel_id') ?? null;
      const threadTs = stringField(body.container, 'thread_ts') ?? stringField(body.message, 'thread_ts');
      const inThread = threadTs !== undefined ? { thread_ts: threadTs } : {};
      try {
        await feedback.record({ platform: 'slack', rating, question: value.q, answer: value.a, user: body.user.id, channel });
      } catch (error) {
        logger.error(`Could not append feedback to ${feedback.path}: ${(error as Error).message}`);
        await respond({ ...notice('Sorry, your feedback could not be saved. Please tell an editor.'), ...inThread });
        return;
      }
      await respond({ ...notice(thanks), ...inThread });
    });
  }

  app.error(async (error) => {
    logger.error(`Slack listener failed: ${error.message}`);
  });

  return {
    app,
    async start() {
      if (config.mode === 'socket') {
        await app.start();
        return undefined;
      }
      const server = await app.start(config.port);
      return (server.address() as AddressInfo).port;
    },
    async stop() {
      await app.stop();
      await feedback.flush();
    },
  };
}

/** What a message asks for: usage, the article list, or an answer. */
export type SlackRequest = { kind: 'help' } | { kind: 'sources' } | { kind: 'ask'; question: string };

/**
 * Reads the words after `/ask` (or a mention): empty or `help` → usage, `sources` → articles.
 *
 * @example
 * parseRequest('  Sources ') // → { kind: 'sources' }
 */
export function parseRequest(text: string): SlackRequest {
  const question = text.trim();
  const word = question.toLowerCase();
  if (word === '' || word === 'help') return { kind: 'help' };
  if (word === 'sources') return { kind: 'sources' };
  return { kind: 'ask', question };
}

/**
 * The question in a mention or DM: the bot's own `<@U…>` mention removed, Slack's
 * escaping undone (it is applied again when we reply).
 *
 * @example
 * questionFrom('<@U0LAN0Z89> who runs the port?', 'U0LAN0Z89') // → 'who runs the port?'
 */
export function questionFrom(text: string, botUserId: string | undefined): string {
  const own = botUserId === undefined ? /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/ : new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g');
  return slackTextToPlain(text.replace(own, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * Undoes the escaping Slack applies to `&`, `<` and `>` in the text it sends apps.
 *
 * @example
 * slackTextToPlain('R&amp;D &lt;3') // → 'R&D <3'
 */
export function slackTextToPlain(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function parseFeedbackValue(value: string | undefined) {
  try {
    const parsed = FeedbackValueSchema.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function notice(message: string): RespondArguments {
  return { response_type: 'ephemeral', replace_original: false, ...renderNotice(message) };
}

function stringField(record: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' ? value : undefined;
}

type Logging = { logger: Logger } | { logLevel: LogLevel };

function createReceiver(config: SlackConfig, logging: Logging, clientOptions: { slackApiUrl: string }): Receiver {
  if (config.mode === 'socket') {
    // The Socket Mode client opens its connection through the Web API, so it gets the same base URL.
    return new SocketModeReceiver({ appToken: config.appToken ?? '', ...logging, installerOptions: { clientOptions } });
  }
  return new HTTPReceiver({ signingSecret: config.signingSecret ?? '', endpoints: SLACK_EVENTS_PATH, ...logging });
}

/** A bounded map whose entries expire: the answers kept for sharing, the event ids already handled. */
class Expiring<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();
  constructor(
    private readonly size: number,
    private readonly ttlMs: number,
  ) {}

  /** Stores a value under a fresh random key and returns the key. */
  add(value: T): string {
    const key = randomUUID();
    this.set(key, value);
    return key;
  }

  set(key: string, value: T): void {
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    // Maps iterate oldest first, so the oldest entries go when it is full.
    for (const old of this.entries.keys()) {
      if (this.entries.size <= this.size) break;
      this.entries.delete(old);
    }
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expires < Date.now()) return undefined;
    return entry.value;
  }
}
