import { existsSync } from 'node:fs';
import { z } from 'zod';
import { createEngine, type Engine } from '../../src/engine.js';
import { ConfigError } from '../../src/errors.js';

/** Engine settings shared by the bots, from the environment. */
export const EngineEnvSchema = z.object({
  CORPUS_DIR: z.string().min(1).default('corpus'),
  /** Snapshot written by `npm run index`; used when it matches the corpus, else the index is rebuilt. */
  INDEX_SNAPSHOT: z.string().min(1).default('.cache/index.snapshot.json'),
  /** Extra JSONL article files, separated by commas. */
  CORPUS_JSONL: z.string().default(''),
  /** Follow changes to the corpus folder without a restart ("false" to turn off). */
  CORPUS_WATCH: z.enum(['true', 'false']).default('true'),
});

/**
 * Starts the engine the way a long-running bot wants it: from the snapshot when it matches, watching
 * the corpus folder for added, changed and removed articles, and warming its caches in the background.
 *
 * @example
 * const engine = await startBotEngine(process.env);
 */
export async function startBotEngine(env: NodeJS.ProcessEnv, log: (m: string) => void = (m) => console.log(m)): Promise<Engine> {
  const parsed = EngineEnvSchema.safeParse(env);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new ConfigError(`${String(i.path[0])}: ${i.message}`);
  }
  const e = parsed.data;
  return createEngine(e.CORPUS_DIR, {
    snapshot: existsSync(e.INDEX_SNAPSHOT) ? e.INDEX_SNAPSHOT : undefined,
    jsonl: e.CORPUS_JSONL.split(',').map((f) => f.trim()).filter(Boolean),
    watch: e.CORPUS_WATCH === 'true',
    warm: true,
    log,
    warn: (m) => console.warn(m),
  });
}
