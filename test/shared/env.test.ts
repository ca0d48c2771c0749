import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadEnvFile } from '../../adapters/shared/env.js';
import { npmRun, tempCorpus } from './npm-process.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'env-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadEnvFile', () => {
  it('sets the variables of the file that the environment does not already have', () => {
    writeFileSync(join(dir, '.env'), '# comment\nPORT=4000\nCORPUS_DIR="my corpus"\nLOG_LEVEL=debug\nEMPTY_IN_ENV=from-file\n');
    const env: NodeJS.ProcessEnv = { ENV_FILE: join(dir, '.env'), LOG_LEVEL: 'warn', EMPTY_IN_ENV: '' };
    const r = loadEnvFile({ env });
    expect({ ...r, applied: r.applied.sort() }).toEqual({ path: join(dir, '.env'), found: true, applied: ['CORPUS_DIR', 'PORT'] });
    expect(env).toMatchObject({ PORT: '4000', CORPUS_DIR: 'my corpus', LOG_LEVEL: 'warn', EMPTY_IN_ENV: '' });
  });

  it('is fine without a file', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadEnvFile({ path: join(dir, 'none.env'), env })).toEqual({ path: join(dir, 'none.env'), found: false, applied: [] });
    expect(env).toEqual({});
  });

  it.skipIf(process.getuid?.() === 0)('names an unreadable file and how to fix it', () => {
    writeFileSync(join(dir, '.env'), 'A=1\n');
    chmodSync(join(dir, '.env'), 0o000);
    expect(() => loadEnvFile({ path: join(dir, '.env'), env: {} })).toThrow(/Cannot read the settings file .*\.env \(EACCES\)/);
  });
});

describe('.env for npm run index', () => {
  it('takes CORPUS_DIR and the snapshot path from the .env file', async () => {
    const corpus = await tempCorpus();
    try {
      const out = join(dir, 'index.snapshot.json');
      writeFileSync(join(dir, '.env'), `CORPUS_DIR=${corpus.dir}\nINDEX_SNAPSHOT=${out}\n`);
      const index = npmRun('index', { ENV_FILE: join(dir, '.env') }, ['--no-image']);
      expect(await index.exit).toEqual({ code: 0, signal: null });
      expect(index.output()).toContain(`wrote ${out}: 1 articles`);
    } finally {
      await corpus.remove();
    }
  }, 240_000);
});
