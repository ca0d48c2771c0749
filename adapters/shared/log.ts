import { isatty } from 'node:tty';
import pino, { type DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import { z } from 'zod';
import { ConfigError } from '../../src/errors.js';

/** The logging surface the front ends need; `console` fits, and so do Bolt's loggers. */
export interface Log {
  info(...message: unknown[]): void;
  warn(...message: unknown[]): void;
  error(...message: unknown[]): void;
}

// Each pattern keeps a recognisable prefix so a log still says *what* was there.
const SECRETS: Array<[RegExp, string]> = [
  // Slack bot, user, app-level and refresh tokens.
  [/\b(xox[a-z])-[A-Za-z0-9-]+/g, '$1-[redacted]'],
  [/\bxapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]'],
  // Authorization headers, whichever platform.
  [/\b(Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{8,}/g, '$1 [redacted]'],
  // Discord bot tokens: base64 user id, timestamp and HMAC, dot-separated. Tried only where a run
  // of token characters starts (not at every \b, which `-` puts everywhere): each character is then
  // scanned a bounded number of times, so a megabyte line costs milliseconds, not minutes.
  [/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{10,}/g, '[redacted token]'],
  // Interaction and webhook tokens in Discord REST paths: each lets anyone post as the bot for 15 minutes.
  [/(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"']+/g, '$1[redacted]'],
  // Slack response_urls carry their own credential in the path.
  [/(hooks\.slack\.com\/(?:commands|actions|services|triggers)\/)[^\s"']+/g, '$1[redacted]'],
];

/**
 * Masks tokens and per-request secrets in text that is about to be logged.
 *
 * @example
 * redact('POST /api/v10/interactions/123/aW50ZXJhY3Rpb24/callback failed') // '… /interactions/123/[redacted]/callback failed'
 */
export function redact(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRETS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * One line describing an error for the log: name, message, HTTP method/URL/status when the error
 * carries them, and the first stack frames; with every secret masked.
 *
 * @example
 * logger.error(`discord: handler failed: ${describeError(error)}`);
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return redact(String(error));
  const e = error as Error & { method?: unknown; url?: unknown; status?: unknown; code?: unknown };
  const facts = [e.method, e.url, e.status, e.code].filter((f) => typeof f === 'string' || typeof f === 'number');
  const frames = (e.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim());
  const head = `${e.name}: ${e.message}${facts.length > 0 ? ` (${facts.join(' ')})` : ''}`;
  return redact([head, ...frames].join(' | '));
}

/**
 * A logger whose every line passes through `redact` (errors through `describeError`), so nothing a
 * library puts in a message or error can leak a token.
 *
 * @example
 * const logger = redactingLog(console);
 * logger.error('request failed', error);
 */
export function redactingLog(log: Log): Log {
  const clean = (message: unknown[]) => message.map((m) => (m instanceof Error ? describeError(m) : typeof m === 'string' ? redact(m) : redact(safeJson(m))));
  return {
    info: (...m) => log.info(...clean(m)),
    warn: (...m) => log.warn(...clean(m)),
    error: (...m) => log.error(...clean(m)),
  };
}

function safeJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * How a command logs: `LOG_LEVEL`, and `LOG_FORMAT`: json (one object a line, for machines), pretty
 * (for people), or auto (the default: pretty on a terminal, json otherwise, as under Docker).
 */
export interface LogSettings {
  level: LogLevel;
  format: 'json' | 'pretty' | 'auto';
}

const LogEnvSchema = z.object({
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: (i) => `expected one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(i.input)}` }).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty', 'auto'], { error: (i) => `expected json, pretty or auto, got ${JSON.stringify(i.input)}` }).default('auto'),
});

/**
 * Reads LOG_LEVEL (default info) and LOG_FORMAT (default auto) from an environment; throws a
 * ConfigError naming each bad one.
 *
 * @example
 * logSettingsFromEnv({ LOG_FORMAT: 'pretty' }) // { level: 'info', format: 'pretty' }
 */
export function logSettingsFromEnv(env: Record<string, string | undefined>): LogSettings {
  const present = { LOG_LEVEL: env.LOG_LEVEL?.trim() || undefined, LOG_FORMAT: env.LOG_FORMAT?.trim() || undefined };
  const parsed = LogEnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])} ${i.message}`);
    throw new ConfigError(`Log settings are invalid (see .env.example):\n${lines.join('\n')}`);
  }
  return { level: parsed.data.LOG_LEVEL, format: parsed.data.LOG_FORMAT };
}

/** A {@link Log} that also speaks Bolt's logger interface (debug, levels, a name). */
export interface Logger extends Log {
  debug(...message: unknown[]): void;
  getLevel(): LogLevel;
  setLevel(level: LogLevel): void;
  setName(name: string): void;
  /** The same logger with `fields` on every line. */
  child(fields: Record<string, unknown>): Logger;
}

/** Field names whose values are secrets wherever they appear (pino's redact paths). */
const SECRET_FIELDS = ['token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'cookie', 'password', 'secret'];
const SECRET_PATHS = SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

/** Applies `redact` to every string in a log record's fields (bounded depth: a log line, not a data dump). */
function redactFields(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (value instanceof Error) return describeError(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactFields(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactFields(v, depth + 1)]));
}

const isFields = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !(v instanceof Error) && !Array.isArray(v);

/**
 * The bots' and CLI's logger: pino writing one JSON object a line (`time`, `level`, `msg`, and any
 * fields), or readable lines with `format: 'pretty'`. Every message and field goes through
 * `redact` (and fields named like secrets are replaced outright), so no token reaches a log.
 * Called like `console` (`log.info('text', value)`) or like pino (`log.info({ field }, 'text')`).
 *
 * @example
 * const log = createLogger({ ...logSettingsFromEnv(process.env), base: { service: 'slack' } });
 * log.info('Slack front end running', { port });
 */
export function createLogger(
  options: Partial<LogSettings> & {
    /** Where lines go: a file descriptor (default 1, stdout; the CLI uses 2, its stdout being its output) or a stream. */
    destination?: number | DestinationStream;
    /** Fields on every line, such as `{ service: 'slack' }`. */
    base?: Record<string, unknown>;
  } = {},
): Logger {
  const level = options.level ?? 'info';
  const target = options.destination ?? 1;
  const format = options.format === 'auto' || options.format === undefined ? (typeof target === 'number' && isatty(target) ? 'pretty' : 'json') : options.format;
  const destination =
    format === 'pretty'
      ? pretty({ destination: target, sync: true, colorize: typeof target === 'number' && isatty(target), translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
      : typeof target === 'number'
        ? pino.destination({ dest: target, sync: true })
        : target;
  const root = pino(
    {
      level,
      base: options.base ?? null,
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: 'msg',
      formatters: { level: (label) => ({ level: label }), log: (fields) => redactFields(fields) as Record<string, unknown> },
      redact: { paths: SECRET_PATHS, censor: '[redacted]' },
    },
    destination,
  );
  return wrap(root);
}

function wrap(instance: pino.Logger): Logger {
  const clean = (m: unknown) => (m instanceof Error ? describeError(m) : typeof m === 'string' ? redact(m) : redact(safeJson(m)));
  const write = (method: LogLevel) => (...message: unknown[]) => {
    if (message.length > 1 && isFields(message[0])) {
      instance[method](message[0], message.slice(1).map(clean).join(' '));
    } else {
      instance[method](message.map(clean).join(' '));
    }
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    getLevel: () => instance.level as LogLevel,
    setLevel: (level) => void (instance.level = level),
    setName: (name) => void (instance.setBindings({ name })),
    child: (fields) => wrap(instance.child(fields)),
  };
}

