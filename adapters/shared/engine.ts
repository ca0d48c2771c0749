import { existsSync } from 'node:fs';
import { z } from 'zod';
import { createEngine, type Engine } from '../../src/engine.js';
import { ConfigError } from '../../src/errors.js';
import type { Answer, Source } from '../../src/types.js';
import { ANSWER_STAGES } from '../../src/engine.js';

/** The part of the engine a front end uses: one `ask` per question, `sources` for the article list. */
export interface AnswerEngine {
  ask(question: string): Answer;
  sources(): Source[];
  /** Stops the engine's corpus watcher, when it has one; called on shutdown. */
  close?(): Promise<void>;
}

/** Engine settings shared by the bots, from the environment (CORPUS_DIR is each bot's own config). */
export const EngineEnvSchema = z.object({
  /** Snapshot written by `npm run index`; used when it matches the corpus, else the index is rebuilt. */
  INDEX_SNAPSHOT: z.string().trim().min(1).default('.cache/index.snapshot.json'),
  /** Extra JSONL article files, separated by commas. */
  CORPUS_JSONL: z.string().default(''),
  /** Follow changes to the corpus folder without a restart. */
  CORPUS_WATCH: z.enum(['true', 'false'], { error: 'expected "true" or "false"' }).default('true'),
  /**
   * Which answer stage answers: "checked" (default: the rules' answer when the learned ranker
   * agrees), "rules", "learned" (fewest wrong answers, fewer answers) or "combined" (see
   * docs/evaluation.md).
   */
  ANSWER_STAGE: z.string().trim().toLowerCase().pipe(z.enum(ANSWER_STAGES, { error: `expected ${ANSWER_STAGES.map((s) => `"${s}"`).join(', ')}` })).default(ANSWER_STAGES[0]),
});

/**
 * The engine settings from the environment (unset or empty → default); throws a ConfigError naming
 * each bad variable.
 *
 * @example
 * engineSettingsFromEnv({ CORPUS_WATCH: 'false' }) // { INDEX_SNAPSHOT: '.cache/index.snapshot.json', CORPUS_JSONL: '', CORPUS_WATCH: 'false', ANSWER_STAGE: 'checked' }
 */
export function engineSettingsFromEnv(env: Record<string, string | undefined>): z.infer<typeof EngineEnvSchema> {
  const present = Object.fromEntries(Object.keys(EngineEnvSchema.shape).map((k) => [k, env[k]?.trim() ? env[k] : undefined]));
  const parsed = EngineEnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Engine settings are invalid (see .env.example):\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/**
 * Starts the engine the way a long-running bot wants it: from the snapshot when it matches, watching
 * the corpus folder for added, changed and removed articles, and warming its caches in the background.
 *
 * @example
 * const engine = await startBotEngine('corpus', process.env);
 */
export async function startBotEngine(
  corpusDir: string,
  env: Record<string, string | undefined>,
  log: (m: string) => void = (m) => console.log(m),
  warn: (m: string) => void = (m) => console.warn(m),
): Promise<Engine> {
  const e = engineSettingsFromEnv(env);
  return createEngine(corpusDir, {
    snapshot: existsSync(e.INDEX_SNAPSHOT) ? e.INDEX_SNAPSHOT : undefined,
    jsonl: e.CORPUS_JSONL.split(',').map((f) => f.trim()).filter(Boolean),
    watch: e.CORPUS_WATCH === 'true',
    answer: { scorer: e.ANSWER_STAGE },
    warm: true,
    log,
    warn,
  });
}
