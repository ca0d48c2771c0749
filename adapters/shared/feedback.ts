import { appendFile, mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../../src/errors.js';

/** One line of the feedback log that editors review; Slack and Discord write the same shape. */
export const FeedbackRecordSchema = z.object({
  time: z.string(),
  platform: z.enum(['slack', 'discord']),
  rating: z.enum(['helpful', 'not_helpful']),
  question: z.string(),
  answer: z.string().nullable(),
  user: z.string(),
  channel: z.string().nullable(),
});
export type FeedbackRecord = z.infer<typeof FeedbackRecordSchema>;

/**
 * Appends feedback records to a JSONL file, one object per line, serialised so
 * concurrent clicks never interleave.
 *
 * @example
 * const log = new FeedbackLog('data/feedback.jsonl');
 * await log.record({ platform: 'slack', rating: 'helpful', question, answer, user: 'U1', channel: 'C1' });
 */
export class FeedbackLog {
  private queue: Promise<void> = Promise.resolve();
  constructor(readonly path: string) {}

  /**
   * Checks at start-up that records can be written: creates the folder if missing and opens the file
   * for appending (creating it empty, keeping what it holds). Throws a ConfigError naming
   * FEEDBACK_PATH and the OS error, so a bad path stops the bot at once rather than at the first click.
   *
   * @example
   * await new FeedbackLog(config.feedbackPath).ensureWritable();
   */
  async ensureWritable(): Promise<void> {
    try {
      await mkdir(dirname(this.path), { recursive: true });
      const file = await open(this.path, 'a');
      await file.close();
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw new ConfigError(
        `FEEDBACK_PATH ${this.path} cannot be written (${e.code ?? 'error'}: ${e.message}). Set FEEDBACK_PATH to a file in a folder the bot may write to.`,
      );
    }
  }

  /** Validates and appends one record (time defaults to now); resolves once it is on disk. */
  record(entry: Omit<FeedbackRecord, 'time'> & { time?: string }): Promise<void> {
    const rec = FeedbackRecordSchema.parse({ time: new Date().toISOString(), ...entry });
    const line = JSON.stringify(rec) + '\n';
    const write = this.queue.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, line, 'utf8');
    });
    this.queue = write.catch(() => undefined);
    return write;
  }

  /** Resolves when every record accepted so far is written (for graceful shutdown). */
  flush(): Promise<void> {
    return this.queue;
  }
}
