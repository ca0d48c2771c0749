import { Command } from 'commander';

/**
 * The command line of a command configured by its environment (`npm run slack`, `discord`,
 * `discord:register`): no arguments, `--help` saying what it does and which variables it reads,
 * and an unknown option refused with that usage (exit 1) instead of ignored. Returns only when the
 * command should run.
 *
 * @example
 * parseCommandLine('slack', 'Answer questions in Slack.', SLACK_SETTINGS_HELP);
 */
export function parseCommandLine(name: string, description: string, settings: string, argv: string[] = process.argv): void {
  new Command(name)
    .description(description)
    .allowExcessArguments(false)
    .addHelpText('after', `\nSettings (environment variables, or a .env file in the working folder; ENV_FILE names another):\n${settings}`)
    .showHelpAfterError()
    .parse(argv);
}

/** The settings both bots read, for their --help. */
export const SHARED_SETTINGS_HELP = `  CORPUS_DIR                folder of articles (default corpus)
  CORPUS_JSONL              extra JSONL article files, comma-separated
  CORPUS_WATCH              follow changes to the corpus folder: true (default) or false
  INDEX_SNAPSHOT            snapshot from \`npm run index\` (default .cache/index.snapshot.json)
  FEEDBACK_PATH             where feedback clicks are appended (default data/feedback.jsonl)
  RATE_LIMIT_PER_MINUTE     questions per person per minute (default 10; 0 = no limit)
  MAX_CONCURRENT_QUESTIONS  questions answered at once (default 2)
  MAX_QUEUED_QUESTIONS      questions waiting beyond those (default 100)
  SHUTDOWN_GRACE_MS         on SIGTERM, wait this long for answers in flight (default 10000)
  HEALTH_PORT               serve GET /healthz and /readyz on this port (default: none)
  LOG_LEVEL                 debug, info (default), warn or error
  LOG_FORMAT                json (one object a line), pretty, or auto (default: pretty on a terminal)
See .env.example and docs/configuration.md for every setting.`;
