import { existsSync } from 'node:fs';
import { z } from 'zod';

/** A configuration problem, naming the variable and how to fix it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    /** The environment variables at fault. */
    readonly variables: string[],
  ) {
    super(message);
  }
}

/** Unset and empty (`DISCORD_GUILD_ID=` copied from .env.example) mean the same: not set. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const snowflake = (what: string) =>
  z
    .string({ error: (i) => (i.input === undefined ? `is not set; expected ${what}` : `expected ${what}`) })
    .trim()
    .regex(/^\d{17,20}$/, {
      error: (i) => `expected ${what}: a numeric Discord id of 17–20 digits; got ${JSON.stringify(String(i.input).slice(0, 40))}`,
    });

/** The Discord front end's environment, parsed at the border; defaults live here. */
export const DiscordEnvSchema = z.object({
  // The token is a secret: its messages never echo the value.
  DISCORD_TOKEN: z
    .string({ error: (i) => (i.input === undefined ? 'is not set; copy the bot token from Developer Portal → Bot → Reset Token' : 'expected a string') })
    .trim()
    .min(1, { error: 'is empty; copy the bot token from Developer Portal → Bot → Reset Token' })
    .refine((t) => !/^bot\s/i.test(t), { error: 'starts with "Bot "; set only the token itself, without the prefix' })
    .refine((t) => /^bot\s/i.test(t) || /^[\w-]+\.[\w-]+\.[\w-]+$/.test(t), {
      error: 'does not look like a bot token (three dot-separated parts); copy it again from Developer Portal → Bot',
    }),
  DISCORD_APP_ID: snowflake('the Application ID from Developer Portal → General Information'),
  DISCORD_GUILD_ID: optional(snowflake('the server id (Developer Mode → right-click the server → Copy Server ID)')),
  /** REST base URL; the gateway address comes from its `/gateway/bot`. Change it only for a proxy (tests use a loopback). */
  DISCORD_API_URL: optional(
    z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://discord.com/api' }),
  ).transform((v) => v ?? 'https://discord.com/api'),
  CORPUS_DIR: optional(z.string()).transform((v) => v ?? 'corpus'),
  FEEDBACK_PATH: optional(z.string()).transform((v) => v ?? 'data/feedback.jsonl'),
  /** Port for /healthz and /readyz; unset: not served. */
  HEALTH_PORT: optional(
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error: (i) => `expected a port number 0-65535, got ${JSON.stringify(String(i.input).slice(0, 40))}` })
      .transform(Number)
      .refine((n) => n <= 65535, { error: 'expected a port number 0-65535' }),
  ),
});

/** The parsed configuration: `DISCORD_GUILD_ID` is undefined when commands are global. */
export type DiscordConfig = z.infer<typeof DiscordEnvSchema>;

/**
 * Parses the environment, throwing one ConfigError that names every bad variable.
 *
 * @example
 * const config = loadDiscordConfig(process.env);
 * config.DISCORD_GUILD_ID; // '290926798626357999' or undefined
 */
export function loadDiscordConfig(env: Record<string, string | undefined> = process.env): DiscordConfig {
  const parsed = DiscordEnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const variables = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'environment')))];
  const lines = parsed.error.issues.map((i) => `  ${String(i.path[0] ?? 'environment')} ${i.message}`);
  throw new ConfigError(`Discord configuration is invalid (see .env.example):\n${lines.join('\n')}`, variables);
}

/**
 * Loads `.env` from the working directory into `process.env` when the file exists; variables
 * already set in the environment win.
 *
 * @example
 * loadDotEnvFile(); // then loadDiscordConfig()
 */
export function loadDotEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
