import { createEngine } from '../../src/engine.js';
import { FeedbackLog } from '../shared/feedback.js';
import { createDiscordBot } from './bot.js';
import { ConfigError, loadDiscordConfig, loadDotEnvFile } from './config.js';

/** `npm run discord`: load the corpus, connect to the gateway, answer until SIGINT / SIGTERM. */
async function main(): Promise<void> {
  loadDotEnvFile();
  const config = loadDiscordConfig();
  const engine = await createEngine(config.CORPUS_DIR);
  const feedback = new FeedbackLog(config.FEEDBACK_PATH);
  const bot = createDiscordBot({ engine, feedback, client: { rest: { api: config.DISCORD_API_URL } } });

  const shutdown = async (signal: string) => {
    console.info(`discord: ${signal}, shutting down`);
    await bot.stop();
    await feedback.flush();
    // close() arrives with corpus reloading (issue 5); until then there is nothing to stop.
    await (engine as Partial<{ close(): Promise<void> }>).close?.();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await bot.start(config.DISCORD_TOKEN);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
