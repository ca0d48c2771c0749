import { engineSettingsFromEnv, startBotEngine } from '../shared/engine.js';
import { parseCommandLine, SHARED_SETTINGS_HELP } from '../shared/command-line.js';
import { loadEnvFile } from '../shared/env.js';
import { FeedbackLog } from '../shared/feedback.js';
import { installProcessHandlers } from '../shared/lifecycle.js';
import { createLogger, logSettingsFromEnv, redact } from '../shared/log.js';
import { limitsFromEnv } from '../shared/ratelimit.js';
import { parseSettings } from '../shared/settings.js';
import { createDiscordBot } from './bot.js';
import { loadDiscordConfig } from './config.js';

/**
 * `npm run discord`: load the corpus, connect to the gateway, answer until SIGINT / SIGTERM, which
 * stop it gracefully; stray promise rejections are logged, not fatal.
 */
async function main(): Promise<void> {
  parseCommandLine(
    'discord',
    'Answer questions about the news corpus in Discord (/ask, /sources, mentions), each answer with its quotes.',
    `  DISCORD_TOKEN             bot token (required)
  DISCORD_APP_ID            application id (required)
  DISCORD_API_URL           REST base URL (default https://discord.com/api)
${SHARED_SETTINGS_HELP}`,
  );
  loadEnvFile(); // .env (or ENV_FILE) is optional; the real environment wins over it
  const [config, limits, , logSettings] = parseSettings([
    () => loadDiscordConfig(process.env),
    () => limitsFromEnv(process.env),
    () => engineSettingsFromEnv(process.env),
    () => logSettingsFromEnv(process.env),
  ] as const);
  const log = createLogger({ ...logSettings, base: { service: 'discord' } });
  // before the corpus loads (seconds on a large one) and before logging in: a bad path is a setting to fix
  const feedback = new FeedbackLog(config.FEEDBACK_PATH);
  await feedback.ensureWritable();
  const engine = await startBotEngine(config.CORPUS_DIR, process.env, (m) => log.info(m), (m) => log.warn(m));
  const bot = createDiscordBot({ engine, feedback, limits, logger: log, client: { rest: { api: config.DISCORD_API_URL } }, healthPort: config.HEALTH_PORT });
  installProcessHandlers({ log, onShutdown: () => bot.stop(), forceExitAfterMs: limits.shutdownGraceMs + 20_000 });
  await bot.start(config.DISCORD_TOKEN);
}

main().catch((error: unknown) => {
  // Configuration errors (ours and the shared limits') are written for people: print just the message.
  const forPeople = error instanceof Error && error.name === 'ConfigError';
  console.error(forPeople ? error.message : redact(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  process.exit(1);
});
