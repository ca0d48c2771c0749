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
