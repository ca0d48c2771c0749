import { z } from 'zod';
import { ConfigError } from '../../src/errors.js';

export { ConfigError };

/** Everything the Slack front end reads from the environment, parsed and typed. */
export interface SlackConfig {
  /** `http`: Slack POSTs to our URL (needs signingSecret); `socket`: we dial out (needs appToken). */
  mode: 'http' | 'socket';
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  /** HTTP mode only: where the receiver listens (0 = any free port). */
  port: number;
  /** Web API base URL, always ending in `/`. */
  slackApiUrl: string;
  corpusDir: string;
  feedbackPath: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** HTTP mode only: a request's headers and body must all arrive within this many ms. */
  requestTimeoutMs: number;
  /** The only origins (`https://hooks.slack.com`) the app POSTs response_urls to. */
  responseUrlOrigins: string[];
  /** Where /healthz and /readyz are served besides PORT (HTTP mode); unset: no health server of their own. */
  healthPort?: number;
}

/** Defaults in one place; `.env.example` documents the same values. */
export const SLACK_DEFAULTS = {
  SLACK_MODE: 'socket',
  PORT: '3000',
  SLACK_API_URL: 'https://slack.com/api/',
  CORPUS_DIR: 'corpus',
  FEEDBACK_PATH: 'data/feedback.jsonl',
  LOG_LEVEL: 'info',
  SLACK_REQUEST_TIMEOUT_MS: '10000',
  SLACK_RESPONSE_URL_ORIGINS: 'https://hooks.slack.com',
} as const;

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const EnvSchema = z
  .object({
    SLACK_MODE: z.enum(['http', 'socket'], {
      error: (i) => `expected "http" or "socket", got ${JSON.stringify(i.input)}`,
    }),
    SLACK_BOT_TOKEN: z
      .string({ error: 'is missing: set it to the Bot User OAuth Token (xoxb-…) from the app\'s "OAuth & Permissions" page' })
      .trim()
      .min(1, { error: 'is empty: set it to the Bot User OAuth Token (xoxb-…) from the app\'s "OAuth & Permissions" page' })
      // The token itself is never echoed back: it is a secret.
      .startsWith('xoxb-', { error: 'must be a bot token starting with "xoxb-" (the value given does not)' }),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText,
    PORT: z
      .string()
      .regex(/^\d+$/, { error: (i) => `expected a port number 0-65535, got ${JSON.stringify(i.input)}` })
      .transform(Number)
      .refine((n) => n <= 65535, { error: 'expected a port number 0-65535' }),
    SLACK_API_URL: z
      .url({ protocol: /^https?$/, error: (i) => `expected an http(s) URL such as https://slack.com/api/, got ${JSON.stringify(i.input)}` })
      .transform((u) => (u.endsWith('/') ? u : `${u}/`)),
    CORPUS_DIR: z.string().min(1, { error: 'is empty: set it to the folder of articles' }),
    FEEDBACK_PATH: z.string().min(1, { error: 'is empty: set it to a file path such as data/feedback.jsonl' }),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], {
      error: (i) => `expected one of debug, info, warn, error, got ${JSON.stringify(i.input)}`,
    }),
    SLACK_REQUEST_TIMEOUT_MS: z
      .string()
      .regex(/^[1-9]\d*$/, { error: (i) => `expected a whole number of milliseconds such as 10000, got ${JSON.stringify(i.input)}` })
      .transform(Number),
    HEALTH_PORT: optionalText.pipe(
      z
        .string()
        .regex(/^\d+$/, { error: (i) => `expected a port number 0-65535, got ${JSON.stringify(i.input)}` })
        .transform(Number)
        .refine((n) => n <= 65535, { error: 'expected a port number 0-65535' })
        .optional(),
    ),
    SLACK_RESPONSE_URL_ORIGINS: z
      .string()
      .transform((v) => v.split(',').map((o) => o.trim()).filter((o) => o !== ''))
      .pipe(z.array(z.string().refine(isOrigin, { error: (i) => `expected origins such as https://hooks.slack.com (scheme and host, no path), comma-separated; got ${JSON.stringify(i.input)}` })))
      .transform((origins) => origins.map((o) => new URL(o).origin)),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_MODE === 'http' && env.SLACK_SIGNING_SECRET === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'is missing: SLACK_MODE=http needs the Signing Secret from the app\'s "Basic Information" page',
      });
    }
    if (env.SLACK_MODE === 'socket') {
      if (env.SLACK_APP_TOKEN === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['SLACK_APP_TOKEN'],
          message:
            'is missing: SLACK_MODE=socket needs an app-level token (xapp-…) with connections:write, made under "Basic Information" → "App-Level Tokens" (or set SLACK_MODE=http)',
        });
      } else if (!env.SLACK_APP_TOKEN.startsWith('xapp-')) {
        ctx.addIssue({
          code: 'custom',
          path: ['SLACK_APP_TOKEN'],
          message: 'must be an app-level token starting with "xapp-" (the value given does not)',
        });
      }
    }
  });

/**
 * Reads the Slack settings from an environment, applying defaults; throws one
 * ConfigError naming every bad variable.
 *
 * @example
 * const config = parseSlackConfig(process.env);
 * // → { mode: 'socket', botToken: 'xoxb-…', appToken: 'xapp-…', port: 3000, … }
 */
export function parseSlackConfig(env: Record<string, string | undefined>): SlackConfig {
  const withDefaults: Record<string, string | undefined> = { ...env };
  for (const [key, value] of Object.entries(SLACK_DEFAULTS)) {
    if (withDefaults[key] === undefined || withDefaults[key]?.trim() === '') withDefaults[key] = value;
  }
  const parsed = EnvSchema.safeParse(withDefaults);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(
      `Slack configuration is invalid (see .env.example):\n${lines.join('\n')}`,
    );
  }
  const e = parsed.data;
  return {
    mode: e.SLACK_MODE,
    botToken: e.SLACK_BOT_TOKEN,
    ...(e.SLACK_SIGNING_SECRET !== undefined && { signingSecret: e.SLACK_SIGNING_SECRET }),
    ...(e.SLACK_APP_TOKEN !== undefined && { appToken: e.SLACK_APP_TOKEN }),
    port: e.PORT,
    slackApiUrl: e.SLACK_API_URL,
    corpusDir: e.CORPUS_DIR,
    feedbackPath: e.FEEDBACK_PATH,
    logLevel: e.LOG_LEVEL,
    requestTimeoutMs: e.SLACK_REQUEST_TIMEOUT_MS,
    responseUrlOrigins: e.SLACK_RESPONSE_URL_ORIGINS,
    ...(e.HEALTH_PORT !== undefined && { healthPort: e.HEALTH_PORT }),
  };
}

/** An http(s) URL with nothing after its host: what SLACK_RESPONSE_URL_ORIGINS lists. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '';
  } catch {
    return false;
  }
}
