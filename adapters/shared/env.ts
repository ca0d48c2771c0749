import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { ConfigError } from '../../src/errors.js';

/** What {@link loadEnvFile} did: which file, and which variables it set. */
export interface EnvFileResult {
  path: string;
  /** False when there is no such file (a .env is optional). */
  found: boolean;
  /** Variables taken from the file; those already in the environment are not among them. */
  applied: string[];
}

/**
 * Reads `.env` (or the file named by ENV_FILE) into `env`, for every command that reads settings:
 * `npm run slack`, `discord`, `discord:register`, `index`. The real environment wins: a variable
 * already set, even to an empty string, is left alone, so `PORT=4000 npm run slack` beats the file.
 * A missing file is fine; an unreadable one is a ConfigError.
 *
 * @example
 * loadEnvFile(); // then parse process.env
 * loadEnvFile({ path: '/etc/cited-answers.env' });
 */
export function loadEnvFile(options: { path?: string; env?: NodeJS.ProcessEnv } = {}): EnvFileResult {
  const env = options.env ?? process.env;
  const path = options.path ?? (env.ENV_FILE?.trim() || '.env');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { path, found: false, applied: [] };
    throw new ConfigError(`Cannot read the settings file ${path} (${code ?? (error as Error).message}): fix its permissions, or set ENV_FILE to another file.`);
  }
  const applied: string[] = [];
  for (const [key, value] of Object.entries(parseEnv(text))) {
    if (env[key] !== undefined) continue;
    env[key] = value;
    applied.push(key);
  }
  return { path, found: true, applied };
}
