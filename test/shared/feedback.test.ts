import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { ConfigError } from '../../src/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'feedback-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('FeedbackLog.ensureWritable (run at start-up)', () => {
  it('creates the missing folders and the file, and a record appends to it', async () => {
    const path = join(dir, 'new', 'deeper', 'feedback.jsonl');
    const log = new FeedbackLog(path);
    await log.ensureWritable();
    expect(await readFile(path, 'utf8')).toBe('');
    await log.record({ platform: 'slack', rating: 'helpful', question: 'q', answer: null, user: 'U1', channel: null });
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ question: 'q', rating: 'helpful' });
  });

  it('keeps what the file already holds', async () => {
    const path = join(dir, 'kept.jsonl');
    await writeFile(path, '{"earlier":true}\n');
    await new FeedbackLog(path).ensureWritable();
    expect(await readFile(path, 'utf8')).toBe('{"earlier":true}\n');
  });

  it('fails with a ConfigError naming FEEDBACK_PATH, the path and the OS error when a folder on the way is a file', async () => {
    await writeFile(join(dir, 'a-file'), '');
    const path = join(dir, 'a-file', 'feedback.jsonl');
    const error = await new FeedbackLog(path).ensureWritable().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^FEEDBACK_PATH /);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(/ENOTDIR|EEXIST/);
  });

  it('fails the same way when the path is a folder', async () => {
    const path = join(dir, 'a-folder');
    await mkdir(path);
    await expect(new FeedbackLog(path).ensureWritable()).rejects.toThrow(/^FEEDBACK_PATH .*a-folder.*EISDIR/);
  });
});
