// `npm run slack`: reads .env and the environment, loads the corpus, connects to Slack.
import { createEngine } from '../../src/engine.js';
import { FeedbackLog } from '../shared/feedback.js';
import { createSlackApp } from './app.js';
import { ConfigError, parseSlackConfig } from './config.js';

/** Starts the Slack front end and stops it cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  try {
    process.loadEnvFile(); // .env is optional; the real environment wins over it
  } catch {
    // no .env file
  }
  const config = parseSlackConfig(process.env);
  const engine = await createEngine(config.corpusDir);
  const slack = createSlackApp({ config, engine, feedback: new FeedbackLog(config.feedbackPath) });
  const port = await slack.start();
  const where = config.mode === 'http' ? `HTTP on port ${port}, path /slack/events` : 'Socket Mode';
  console.log(`Slack front end running (${where}); ${engine.sources().length} articles from ${config.corpusDir}`);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: stopping`);
    await slack.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // Configuration and corpus errors are written for people: print just the message.
  const forPeople = error instanceof ConfigError || (error instanceof Error && error.name === 'CorpusError');
  console.error(forPeople ? (error as Error).message : error);
  process.exit(1);
});
