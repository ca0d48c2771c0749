/** A corpus file that could not be loaded; the rest of the corpus still loads. */
export class CorpusError extends Error {
  constructor(readonly file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'CorpusError';
  }
}

/** A missing or malformed setting (environment variable, option). */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
