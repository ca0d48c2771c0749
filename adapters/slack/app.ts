import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerOptions, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
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
  webApi,
} from '@slack/bolt';
import type { FeedbackLog, FeedbackRecord } from '../shared/feedback.js';
import { HEALTH_PATHS, type HealthServer, type ReadinessFacts, answerProbe, startHealthServer } from '../shared/health.js';
import { shutdown } from '../shared/lifecycle.js';
import { describeError, redact } from '../shared/log.js';
import { DEFAULT_LIMITS, QuestionGate, type QuestionLimits } from '../shared/ratelimit.js';
import { DEFAULT_RETRY, HttpStatusError, postJson, type RetryPolicy } from '../shared/retry.js';
import type { Answer } from '../../src/types.js';
import { ConfigError, type SlackConfig } from './config.js';
import {
  ACTIONS,
  FeedbackValueSchema,
  RATE_LIMITED_MESSAGE,
  type SlackMessage,
  renderAnswer,
  renderNotice,
  renderSources,
  renderUsage,
} from './render.js';
import type { AnswerEngine } from '../shared/engine.js';

export type { AnswerEngine } from '../shared/engine.js';


/** What `createSlackApp` needs: configuration and the collaborators it talks to. */
export interface SlackAppOptions {
  config: SlackConfig;
  engine: AnswerEngine;
  feedback: FeedbackLog;
  /** Defaults to a console logger at `config.logLevel`. */
  logger?: Logger;
  /** Per-person rate limit, engine queue bound and shutdown grace; default `DEFAULT_LIMITS` (env: see `limitsFromEnv`). */
  limits?: QuestionLimits;
  /** Retries of Web API and response_url calls; default `DEFAULT_RETRY`. */
  retry?: Partial<RetryPolicy>;
}

/** A running or startable Slack front end. */
export interface SlackFrontEnd {
  app: App;
  /** Connects (Socket Mode) or listens (HTTP); resolves with the HTTP port, if any. */
  start(): Promise<number | undefined>;
  /**
   * Shuts down gracefully: new questions get a "restarting" reply, those in flight are answered
   * (up to `limits.shutdownGraceMs`), then it disconnects, flushes the feedback log and closes the
   * engine. Resolves false if a step failed or questions were left unanswered.
   */
  stop(): Promise<boolean>;
  /** The rate limit and engine queue every question goes through. */
  gate: QuestionGate;
  /** The port /healthz and /readyz are served on when HEALTH_PORT is set, once `start()` opened it. */
  readonly healthPort: number | undefined;
}

/** Where Slack sends every request in HTTP mode: commands, events and interactivity. */
export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Largest request body accepted in HTTP mode (512 KB). Bolt reads the whole body before checking its
 * signature, with no limit, so without this anyone could make the bot buffer gigabytes. Slack's own
 * requests stay far below it: the largest, an event carrying a 40,000-character message of 3-byte
 * characters twice (text and rich-text blocks), is about 240 KB.
 */
export const MAX_REQUEST_BYTES = 512 * 1024;

/**
 * Bodies being received at once may add up to this much (16 MB, 32 of the largest); past it a new
 * request gets 503 (Slack retries events). Bounds what slow senders can make the bot hold.
 */
export const MAX_BODY_BYTES_IN_FLIGHT = 16 * 1024 * 1024;

/** Largest request head (request line and headers); Slack's are under 2 KB. Node's default, stated. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** Shared answers are kept as long as Slack keeps a response_url usable (30 minutes). */
const SHARE_TTL_MS = 30 * 60 * 1000;
const SHARE_CACHE_SIZE = 1000;
/**
 * Signed requests already handled, kept while Bolt would still accept them again: their timestamp
 * is at most 5 minutes old (a minute more for clock skew). At most 50,000 (~166 requests a second
 * for 5 minutes; a few MB); past that the oldest are forgotten first.
 */
const REPLAY_WINDOW_MS = 6 * 60 * 1000;
const SEEN_REQUESTS_SIZE = 50_000;
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
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  // Without a logger of our own, Bolt's console loggers are used at the configured level.
  const logging = options.logger !== undefined ? { logger: options.logger } : { logLevel: config.logLevel as LogLevel };
  // The Web API client retries 5xx/network errors with backoff (p-retry); by default for ~30 minutes
  // with no request timeout. Bounded here, so a reply is either delivered within a couple of minutes
  // or logged as failed. A 429 it would wait out however long Retry-After says, pausing every other
  // call meanwhile: rejected instead, and waited out by `withinRateLimit` only up to maxRetryAfterMs.
  const clientOptions = {
    slackApiUrl: config.slackApiUrl,
    timeout: retry.timeoutMs,
    retryConfig: { retries: retry.retries, factor: 2, minTimeout: retry.minDelayMs, maxTimeout: retry.maxDelayMs, randomize: true },
    rejectRateLimitedCalls: true,
  };
  // Up once the HTTP server listens or Socket Mode has said hello; reported by /readyz.
  let connected = false;
  const probeFacts = (): ReadinessFacts => ({
    articles: engine.sources().length,
    connected,
    connection: config.mode === 'socket' ? 'Slack Socket Mode' : 'Slack HTTP receiver',
    closing: gate.closed,
  });
  const receiver = createReceiver(config, logging, clientOptions, probeFacts);
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on('connected', () => (connected = true));
    for (const down of ['connecting', 'reconnecting', 'disconnecting', 'disconnected']) receiver.client.on(down, () => (connected = false));
  }
  let health: HealthServer | undefined;
  // Initialised in start(), not here: Bolt's own check of the token (auth.test) would otherwise run
  // unawaited, and a refused token would surface only as an unhandled rejection in a bot that says it runs.
  const app = new App({ token: config.botToken, receiver, ...logging, clientOptions, deferInitialization: true });
  const logger = app.logger;
  const gate = new QuestionGate(options.limits ?? DEFAULT_LIMITS);
  const shared = new Expiring<Answer>(SHARE_CACHE_SIZE, SHARE_TTL_MS);
  const seenEvents = new Expiring<true>(SEEN_EVENTS_SIZE, SEEN_EVENTS_TTL_MS);
  const seenRequests = new Expiring<true>(SEEN_REQUESTS_SIZE, REPLAY_WINDOW_MS);

  // Every request is counted while it is handled, so shutdown can wait for it.
  app.use(async ({ next }) => {
    await gate.track(next());
  });

  // A signed request is valid for 5 minutes: anyone who captured one (a proxy log, a leaked trace)
  // could send it again. The same signature and timestamp twice is acknowledged, not answered again.
  app.use(async (args) => {
    const { slackSignature, slackTimestamp } = args.context as { slackSignature?: string; slackTimestamp?: string };
    if (slackSignature !== undefined && slackTimestamp !== undefined) {
      const key = `${slackTimestamp}:${slackSignature}`;
      if (seenRequests.get(key)) {
        logger.warn(`Ignoring a replayed request (signature and timestamp ${slackTimestamp} already seen)`);
        await (args as { ack?: () => Promise<void> }).ack?.();
        return;
      }
      // Kept until Bolt would refuse it as stale, however far ahead its timestamp is.
      const timestampMs = Number(slackTimestamp) * 1000;
      seenRequests.set(key, true, Number.isFinite(timestampMs) ? Math.max(Date.now(), timestampMs) + REPLAY_WINDOW_MS : undefined);
    }
    await args.next();
  });

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

  /**
   * Turns a question text into a message; the only place the engine is called. `refused` is set
   * when the rate limit, the queue bound or shutdown kept the question from the engine.
   */
  const reply = async (user: string, text: string, commandName: string, shareable: boolean): Promise<SlackMessage & { refused?: true }> => {
    const request = parseRequest(text);
    await nextTurn(); // let the acknowledgement leave before any synchronous engine call
    if (request.kind === 'help') return renderUsage(commandName);
    if (request.kind === 'sources') return renderSources(engine.sources());
    const outcome = await gate.ask(user, () => engine.ask(request.question));
    if (outcome.kind !== 'answered') return { ...renderNotice(outcome.message), refused: true };
    return renderAnswer(outcome.value, shareable ? { shareId: shared.add(outcome.value) } : {});
  };

  /**
   * Runs a Web API call, waiting out a 429 and trying again when Slack asks for at most
   * `retry.maxRetryAfterMs`; a longer wait is not taken: it throws `RateLimitedError` (logged).
   */
  const withinRateLimit = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const waitMs = rateLimitWait(error);
        if (waitMs === undefined) throw error;
        if (waitMs > retry.maxRetryAfterMs || attempt > retry.retries) {
          const why = waitMs > retry.maxRetryAfterMs ? `over the ${retry.maxRetryAfterMs} ms limit` : `after ${attempt} attempt(s)`;
          logger.error(`${what}: Slack asked to wait ${waitMs} ms (${why}); giving up on this call`);
          throw new RateLimitedError(what, waitMs);
        }
        logger.warn(`${what}: Slack asked to wait ${waitMs} ms; retry ${attempt} of ${retry.retries} in ${waitMs} ms`);
        await sleep(waitMs);
      }
    }
  };

  /** Tells one person privately that their answer could not be posted because Slack is rate-limiting the bot. */
  const tellRateLimited = async (channel: string, user: string, thread_ts?: string): Promise<void> => {
    try {
      await app.client.chat.postEphemeral({ channel, user, ...(thread_ts !== undefined && { thread_ts }), ...renderNotice(RATE_LIMITED_MESSAGE) });
    } catch (error) {
      logger.error(`Could not tell ${user} in ${channel} that Slack is rate-limiting the bot: ${describeError(error)}`);
    }
  };

  /**
   * Posts to a response_url with retries (Bolt's respond() tries once); false once it gave up
   * (logged). When it gave up on a 429 and `asker` is given, they are told through the Web API.
   */
  const respondTo = async (url: string, message: RespondArguments, asker?: { channel: string; user: string }): Promise<boolean> => {
    const origin = originOf(url);
    if (origin === undefined || !config.responseUrlOrigins.includes(origin)) {
      // Anyone who can get a request signed (or a payload altered) must not make the bot POST elsewhere.
      logger.warn(`Not posting to a response_url on ${origin ?? 'an unreadable URL'}, outside SLACK_RESPONSE_URL_ORIGINS (${config.responseUrlOrigins.join(', ')})`);
      return false;
    }
    try {
      await postJson(url, message, { policy: retry, log: logger, what: 'Slack response_url' });
      return true;
    } catch (error) {
      // postJson logged why
      if (asker !== undefined && error instanceof HttpStatusError && error.status === 429) await tellRateLimited(asker.channel, asker.user);
      return false;
    }
  };

  /** Posts a message with `say`, telling the asker privately when Slack asks the bot to wait too long. */
  const sayOrTell = async (say: () => Promise<unknown>, asker: { channel: string; user: string | undefined; thread_ts?: string }): Promise<void> => {
    try {
      await withinRateLimit('chat.postMessage', say);
    } catch (error) {
      if (!(error instanceof RateLimitedError) || asker.user === undefined) throw error;
      await tellRateLimited(asker.channel, asker.user, asker.thread_ts);
    }
  };

  app.command(/^\/.+/, async ({ command, ack }) => {
    await ack();
    const { refused, ...message } = await reply(userKey(command.team_id, command.user_id), slackTextToPlain(command.text), command.command, true);
    await respondTo(command.response_url, { response_type: 'ephemeral', ...message, ...QUIET }, { channel: command.channel_id, user: command.user_id });
  });

  app.event('app_mention', async ({ event, context, say, client }) => {
    // Mentions inside a DM arrive as message.im too; that handler answers them.
    if (event.bot_id !== undefined || event.channel.startsWith('D')) return;
    const { refused, ...message } = await reply(userKey(context.teamId, event.user), questionFrom(event.text, context.botUserId), '/ask', false);
    const thread_ts = event.thread_ts ?? event.ts;
    const asker = event.user;
    if (refused && asker !== undefined) {
      // "Slow down" is for the asker, not the whole channel.
      await withinRateLimit('chat.postEphemeral', () => client.chat.postEphemeral({ channel: event.channel, user: asker, thread_ts, ...message }));
      return;
    }
    await sayOrTell(() => say({ ...message, ...QUIET, thread_ts }), { channel: event.channel, user: event.user, thread_ts });
  });

  app.message(async ({ message, context, say }) => {
    // Edits, deletions, joins and bot posts carry a subtype; only people's new messages are questions.
    if (message.subtype !== undefined || message.channel_type !== 'im' || message.bot_id !== undefined) return;
    const { refused, ...response } = await reply(userKey(context.teamId, message.user), questionFrom(message.text ?? '', context.botUserId), '/ask', false);
    const inThread = message.thread_ts !== undefined ? { thread_ts: message.thread_ts } : {};
    await sayOrTell(() => say({ ...response, ...QUIET, ...inThread }), { channel: message.channel, user: message.user, ...inThread });
  });

  app.action<BlockAction<ButtonAction>>(ACTIONS.share, async ({ ack, body, action }) => {
    await ack();
    const respond = (message: RespondArguments) => respondTo(body.response_url, message);
    const answer = shared.get(action.value ?? '');
    if (answer === undefined) {
      await respond(notice('That answer has expired (answers can be shared for 30 minutes). Ask again to share it.'));
      return;
    }
    // Ephemeral messages can't become public: post the same answer in the channel, then remove the private copy.
    const sharedBy = body.user.name ?? body.user.username;
    if (await respond({ response_type: 'in_channel', replace_original: false, ...renderAnswer(answer, { sharedBy }), ...QUIET })) {
      await respond({ delete_original: true });
    }
  });

  const ratings: Array<[string, FeedbackRecord['rating'], string]> = [
    [ACTIONS.helpful, 'helpful', 'Thanks: recorded as helpful.'],
    [ACTIONS.notHelpful, 'not_helpful', 'Thanks: recorded as not helpful, for an editor to review.'],
  ];
  for (const [actionId, rating, thanks] of ratings) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action }) => {
      await ack();
      const respond = (message: RespondArguments) => respondTo(body.response_url, message);
      const value = parseFeedbackValue(action.value);
      if (value === undefined) {
        logger.warn(`Ignoring a ${actionId} click whose value is not ours: ${JSON.stringify(action.value?.slice(0, 200))}`);
        return;
      }
      const channel = body.channel?.id ?? stringField(body.container, 'channel_id') ?? null;
      const threadTs = stringField(body.container, 'thread_ts') ?? stringField(body.message, 'thread_ts');
      const inThread = threadTs !== undefined ? { thread_ts: threadTs } : {};
      try {
        await feedback.record({ platform: 'slack', rating, question: value.q, answer: value.a, user: body.user.id, channel });
      } catch (error) {
        logger.error(`Could not append feedback to ${feedback.path}: ${describeError(error)}`);
        await respond({ ...notice('Sorry, your feedback could not be saved. Please tell an editor.'), ...inThread });
        return;
      }
      await respond({ ...notice(thanks), ...inThread });
    });
  }

  app.error(async (error) => {
    logger.error(`Slack listener failed: ${redact(error.message)}`);
  });

  const connect = async (): Promise<number | undefined> => {
    await checkToken(app);
    if (config.mode === 'socket') {
      await app.start();
      return undefined;
    }
    const server = await app.start(config.port, serverLimits(config.requestTimeoutMs));
    connected = true;
    return (server.address() as AddressInfo).port;
  };

  return {
    app,
    gate,
    get healthPort() {
      return health?.port;
    },
    async start() {
      await feedback.ensureWritable();
      // Probes answer while it connects: live, not yet ready.
      if (config.healthPort !== undefined) health = await startHealthServer(config.healthPort, probeFacts);
      try {
        return await connect();
      } catch (error) {
        await health?.close();
        throw error;
      }
    },
    async stop() {
      const stopTransport = async () => {
        connected = false;
        await app.stop();
      };
      const clean = await shutdown({ gate, stopTransport, feedback, engine, log: logger });
      await health?.close().catch((error: unknown) => logger.error(`Could not close the health server: ${describeError(error)}`));
      return clean;
    },
  };
}

/**
 * Runs Bolt's deferred initialisation, which asks Slack (auth.test) whether SLACK_BOT_TOKEN is good;
 * a refusal or an unreachable Slack becomes a ConfigError a person can act on (the token never shown).
 */
async function checkToken(app: App): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const e = error as { code?: string; data?: { error?: string }; original?: { message?: string }; message?: string };
    if (e.code === 'slack_webapi_platform_error' && e.data?.error) {
      throw new ConfigError(`SLACK_BOT_TOKEN was refused by Slack (${e.data.error}): copy the Bot User OAuth Token (xoxb-…) from the app's "OAuth & Permissions" page again`);
    }
    if (e.code === 'slack_webapi_request_error') {
      throw new ConfigError(`Slack could not be reached to check SLACK_BOT_TOKEN (${redact(e.original?.message ?? e.message ?? 'request failed')}): check the network, or SLACK_API_URL if it is set`);
    }
    throw error;
  }
}

/** A Web API call given up because Slack asked the bot to wait longer than it will (already logged). */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  constructor(
    readonly what: string,
    readonly retryAfterMs: number,
  ) {
    super(`${what}: rate limited by Slack for ${retryAfterMs} ms`);
  }
}

/** How long a Web API client error says to wait (rejectRateLimitedCalls), or undefined for any other error. */
function rateLimitWait(error: unknown): number | undefined {
  const e = error as { code?: unknown; retryAfter?: unknown } | null;
  return e?.code === webApi.ErrorCode.RateLimitedError && typeof e.retryAfter === 'number' ? e.retryAfter * 1000 : undefined;
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

/** `https://host[:port]` of a URL, or undefined when it is not one. */
function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Whose allowance a question counts against: one person in one workspace. */
function userKey(team: string | undefined, user: string | undefined): string {
  return `slack:${team ?? '?'}:${user ?? '?'}`;
}

function notice(message: string): RespondArguments {
  return { response_type: 'ephemeral', replace_original: false, ...renderNotice(message) };
}

function stringField(record: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' ? value : undefined;
}

type Logging = { logger: Logger } | { logLevel: LogLevel };

function createReceiver(config: SlackConfig, logging: Logging, clientOptions: { slackApiUrl: string; timeout: number }, probeFacts: () => ReadinessFacts): Receiver {
  if (config.mode === 'socket') {
    // The Socket Mode client opens its connection through the Web API, so it gets the same base URL.
    return new SocketModeReceiver({ appToken: config.appToken ?? '', ...logging, installerOptions: { clientOptions } });
  }
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret ?? '',
    endpoints: SLACK_EVENTS_PATH,
    // Load balancers and orchestrators probe the same port Slack posts to.
    customRoutes: Object.values(HEALTH_PATHS).map((path) => ({
      path,
      method: ['GET', 'HEAD'],
      handler: (req: IncomingMessage, res: ServerResponse) => void answerProbe(req, res, probeFacts),
    })),
    // Called once the signature is verified: the replay check keys on it (see createSlackApp).
    customPropertiesExtractor: (req) => ({ slackSignature: headerOf(req, 'x-slack-signature'), slackTimestamp: headerOf(req, 'x-slack-request-timestamp') }),
    ...logging,
  });
  receiver.requestListener = limitRequestBodies(receiver.requestListener, MAX_REQUEST_BYTES, MAX_BODY_BYTES_IN_FLIGHT);
  return receiver;
}

/** One header's value (the first, if it was sent more than once). */
function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Refuses, before anything is read, a POST without a Content-Length (411), one over `maxBytes` (413)
 * and one that would take the bodies being received past `maxInFlight` (503). Node's parser never
 * delivers more body than Content-Length says, so the declared lengths bound what Bolt buffers.
 */
function limitRequestBodies(listener: RequestListener, maxBytes: number, maxInFlight: number): RequestListener {
  let inFlight = 0;
  return (req, res) => {
    const declared = req.headers['content-length'];
    const bytes = Number(declared ?? 0);
    const refuse = req.method === 'POST' && declared === undefined ? 411 : bytes > maxBytes ? 413 : inFlight + bytes > maxInFlight ? 503 : 0;
    if (refuse !== 0) {
      res.writeHead(refuse, { connection: 'close', ...(refuse === 503 && { 'retry-after': '1' }) }).end();
      return;
    }
    inFlight += bytes;
    let counted = true;
    const release = () => {
      if (counted) inFlight -= bytes;
      counted = false;
    };
    req.once('end', release);
    req.once('close', release);
    listener(req, res);
  };
}

/**
 * Time limits for the HTTP server: the request line, headers and body must all arrive within
 * `requestTimeoutMs` (Node's defaults are 60 s for headers and 5 minutes for the whole request,
 * checked every 30 s), and an idle kept-alive connection is closed after 5 s.
 */
function serverLimits(requestTimeoutMs: number): ServerOptions {
  return {
    requestTimeout: requestTimeoutMs,
    headersTimeout: requestTimeoutMs,
    keepAliveTimeout: Math.min(5_000, requestTimeoutMs),
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(requestTimeoutMs / 4))),
    maxHeaderSize: MAX_HEADER_BYTES,
  };
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

  /** Stores a value until `expires` (epoch ms; default: the map's time to live from now). */
  set(key: string, value: T, expires: number = Date.now() + this.ttlMs): void {
    this.entries.set(key, { value, expires });
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
