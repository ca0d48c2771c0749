// `npm run slack`: reads .env and the environment, loads the corpus, connects to Slack.
import { engineSettingsFromEnv, startBotEngine } from '../shared/engine.js';
import { parseCommandLine, SHARED_SETTINGS_HELP } from '../shared/command-line.js';
import { loadEnvFile } from '../shared/env.js';
import { FeedbackLog } from '../shared/feedback.js';
import { installProcessHandlers } from '../shared/lifecycle.js';
import type { Logger as BoltLogger } from '@slack/bolt';
import { createLogger, logSettingsFromEnv, redact } from '../shared/log.js';
import { limitsFromEnv } from '../shared/ratelimit.js';
import { parseSettings } from '../shared/settings.js';
import { createSlackApp } from './app.js';
import { ConfigError, parseSlackConfig } from './config.js';

/** Starts the Slack front end; SIGINT/SIGTERM stop it gracefully, stray rejections are logged, not fatal. */
async function main(): Promise<void> {
  parseCommandLine(
    'slack',
    'Answer questions about the news corpus in Slack (app mentions, /ask, DMs), each answer with its quotes.',
    `  SLACK_MODE                socket (default: the app dials out) or http (Slack POSTs to /slack/events)
  SLACK_BOT_TOKEN           Bot User OAuth Token, xoxb-… (required)
  SLACK_APP_TOKEN           socket mode: app-level token, xapp-…, with connections:write
  SLACK_SIGNING_SECRET      http mode: the app's Signing Secret
  PORT                      http mode: port to listen on (default 3000)
  SLACK_API_URL             Web API base URL (default https://slack.com/api/)
  SLACK_REQUEST_TIMEOUT_MS  http mode: headers and body must arrive within this (default 10000)
  SLACK_RESPONSE_URL_ORIGINS  the only origins answers are POSTed to (default https://hooks.slack.com)
${SHARED_SETTINGS_HELP}`,
  );
  loadEnvFile(); // .env (or ENV_FILE) is optional; the real environment wins over it
  const [config, limits, , { format }] = parseSettings([
    () => parseSlackConfig(process.env),
    () => limitsFromEnv(process.env),
    () => engineSettingsFromEnv(process.env),
    () => logSettingsFromEnv({ LOG_FORMAT: process.env.LOG_FORMAT }), // LOG_LEVEL is the Slack config's
  ] as const);
  const log = createLogger({ level: config.logLevel, format, base: { service: 'slack' } });
  // before the corpus loads (seconds on a large one) and before Slack is called: a bad path is a setting to fix
  const feedback = new FeedbackLog(config.feedbackPath);
  await feedback.ensureWritable();
  const engine = await startBotEngine(config.corpusDir, process.env, (m) => log.info(m), (m) => log.warn(m));
  // Bolt logs through it too (its Logger wants its own LogLevel enum, whose values are these strings)
  const slack = createSlackApp({ config, engine, feedback, limits, logger: log as unknown as BoltLogger });
  installProcessHandlers({ log, onShutdown: () => slack.stop(), forceExitAfterMs: limits.shutdownGraceMs + 20_000 });
  const port = await slack.start();
  const where = config.mode === 'http' ? `HTTP on port ${port}, path /slack/events` : 'Socket Mode';
  log.info(`Slack front end running (${where}); ${engine.sources().length} articles from ${config.corpusDir}`);
}

main().catch((error: unknown) => {
  // Configuration and corpus errors are written for people: print just the message.
  const forPeople = error instanceof ConfigError || (error instanceof Error && error.name === 'CorpusError');
  console.error(forPeople ? (error as Error).message : redact(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  process.exit(1);
});
