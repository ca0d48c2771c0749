import { ConfigError } from '../../src/errors.js';

/**
 * Runs every settings parser a command needs (its own, the shared limits, the engine's) and either
 * returns all their results or throws one ConfigError listing the problems of all of them, so a
 * single start names every bad or missing variable instead of one group per attempt.
 *
 * @example
 * const [config, limits] = parseSettings([() => parseSlackConfig(process.env), () => limitsFromEnv(process.env)] as const);
 */
export function parseSettings<const T extends readonly (() => unknown)[]>(parsers: T): { [K in keyof T]: ReturnType<T[K]> } {
  const results: unknown[] = [];
  const problems: string[] = [];
  for (const parse of parsers) {
    try {
      results.push(parse());
    } catch (error) {
      // both ConfigError classes (src/errors.ts and the Discord config's) carry the name
      if (!(error instanceof Error) || error.name !== 'ConfigError') throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n\n'));
  return results as { [K in keyof T]: ReturnType<T[K]> };
}
