import { startBotEngine } from '../shared/engine.js';
import { FeedbackLog } from '../shared/feedback.js';
import { installProcessHandlers } from '../shared/lifecycle.js';
import { redact } from '../shared/log.js';
import { limitsFromEnv } from '../shared/ratelimit.js';
import { createDiscordBot } from './bot.js';
import { loadDiscordConfig, loadDotEnvFile } from './config.js';

/**
 * `npm run discord`: load the corpus, connect to the gateway, answer until SIGINT / SIGTERM, which
 * stop it gracefully; stray promise rejections are logged, not fatal.
 */
async function main(): Promise<void> {
  loadDotEnvFile();
  const config = loadDiscordConfig();
  const limits = limitsFromEnv(process.env);
  const engine = await startBotEngine(config.CORPUS_DIR, process.env);
  const feedback = new FeedbackLog(config.FEEDBACK_PATH);
  const bot = createDiscordBot({ engine, feedback, limits, client: { rest: { api: config.DISCORD_API_URL } }, healthPort: config.HEALTH_PORT });
  installProcessHandlers({ log: console, onShutdown: () => bot.stop(), forceExitAfterMs: limits.shutdownGraceMs + 20_000 });
  await bot.start(config.DISCORD_TOKEN);
}

main().catch((error: unknown) => {
  // Configuration errors (ours and the shared limits') are written for people: print just the message.
  const forPeople = error instanceof Error && error.name === 'ConfigError';
  console.error(forPeople ? error.message : redact(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  process.exit(1);
});
