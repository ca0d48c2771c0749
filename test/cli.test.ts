import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../src/types.js';

const ROOT = new URL('..', import.meta.url).pathname;
const ask = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'adapters/cli/ask.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });

describe('npm run ask', () => {
  it('runs as the bundle npm scripts use (built by npm ci, rebuilt when a source is newer) with the same answer', () => {
    const bundled = spawnSync(process.execPath, ['scripts/run.mjs', 'ask', '--json', 'Who runs Emennet Pasargad?'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(bundled.status).toBe(0);
    const fromSource = ask(['--json', 'Who runs Emennet Pasargad?']);
    expect(AnswerSchema.parse(JSON.parse(bundled.stdout))).toEqual(AnswerSchema.parse(JSON.parse(fromSource.stdout)));
    expect(JSON.parse(bundled.stdout).answer).toBe('Mohammad Bagher Shirinkar');
  });

  it('builds once and answers when several commands start together on a stale build', async () => {
    utimesSync(`${ROOT}dist/.built`, new Date(0), new Date(0)); // older than every source: each run wants a rebuild
    // started a little apart, as test files and compose services are: one is still loading the
    // bundle while the next decides to build
    const runs = Array.from({ length: 6 }, (_, i) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => setTimeout(resolve, i * 150)).then(() => new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['scripts/run.mjs', 'ask', '--no-image', '--json', 'Who runs Emennet Pasargad?'], { cwd: ROOT });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c) => (stdout += String(c)));
        child.stderr.on('data', (c) => (stderr += String(c)));
        child.on('exit', (code) => resolve({ code, stdout, stderr }));
      })),
    );
    for (const r of await Promise.all(runs)) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).answer).toBe('Mohammad Bagher Shirinkar');
    }
  }, 180_000);

  it('rebuilds when the trained model is newer than the build (`npm run train` then `npm run eval` must not run the old model)', () => {
    const model = `${ROOT}src/answer/model.json`;
    const was = statSync(model);
    const now = Date.now() / 1000;
    utimesSync(`${ROOT}dist/.built`, now + 5, now + 5); // newer than every .ts source…
    const built = statSync(`${ROOT}dist/.built`).mtimeMs;
    utimesSync(model, now + 10, now + 10); // …but not than the model
    try {
      const r = spawnSync(process.execPath, ['scripts/run.mjs', 'ask', '--no-image', '--json', 'Who runs Emennet Pasargad?'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      expect(r.status).toBe(0);
      expect(statSync(`${ROOT}dist/.built`).mtimeMs).not.toBe(built);
    } finally {
      utimesSync(model, was.atime, was.mtime);
    }
  }, 180_000);

  it('names the commands when run.mjs is given an unknown one', () => {
    const r = spawnSync(process.execPath, ['scripts/run.mjs', 'nope'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: node scripts\/run\.mjs <ask\|eval\|index/);
  });

  it('prints a readable answer with numbered quotes and their articles', () => {
    const r = ask(['Who runs Emennet Pasargad?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Answer: Mohammad Bagher Shirinkar/);
    expect(r.stdout).toMatch(/\[1\] “.*Shirinkar.*”/);
    expect(r.stdout).toMatch(/— The United States sanctioned six citizens/);
  });

  it('answers with the stage --stage names, and refuses an unknown one', () => {
    // the rules stage answers this; the default (checked) stage abstains, as the learned ranker picks another candidate
    const q = 'What kind of company is Emennet Pasargad?';
    expect(JSON.parse(ask(['--json', q]).stdout).answered).toBe(false);
    expect(JSON.parse(ask(['--json', '--stage', 'rules', q]).stdout).answer).toMatch(/company$/);
    const bad = ask(['--stage', 'fast', q]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--stage: expected checked, rules, learned, combined/);
  });

  it('prints one JSON object with --json', () => {
    const r = ask(['--json', 'How old is Sajjad Kashian?']);
    const a = AnswerSchema.parse(JSON.parse(r.stdout));
    expect(a).toMatchObject({ question: 'How old is Sajjad Kashian?', answered: true, answer: '27' });
    expect(a.citations[0]).toHaveProperty('start');
  });

  it('answers stdin line by line in order, with an error for a bad line and the rest answered', () => {
    const lines = ['Who runs Emennet Pasargad?', '', 'x'.repeat(501), 'What is the capital of France?', 'How old is Sajjad Kashian?'];
    const r = ask(['--json'], lines.join('\n') + '\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(out).toHaveLength(5);
    expect(out[0]!.answer).toMatch(/Shirinkar/);
    expect(out[1]!.error).toMatch(/type a question/);
    expect(out[2]!.error).toMatch(/500 characters/);
    expect(out[3]).toMatchObject({ answered: false });
    expect(out[3]!.error).toBeUndefined();
    expect(out[4]!.answer).toBe('27');
  });

  it('refuses an empty question with a clear message and exit status 1', () => {
    const r = ask(['   ']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Please type a question/);
  });
});

describe('ask --jsonl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ask-jsonl-'));
  const article = (id: string, body: string) => `${JSON.stringify({ id, title: id, body })}\n`;
  writeFileSync(join(dir, 'a.jsonl'), article('harbour-a', 'The harbour master is Ada Quill. She took the post in May.'));
  writeFileSync(join(dir, 'b.jsonl'), article('lighthouse-b', 'The lighthouse keeper is Bram Okoro. He has kept the light for ten years.'));
  const empty = mkdtempSync(join(tmpdir(), 'ask-jsonl-empty-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });
  const answers = (r: ReturnType<typeof ask>) => r.stdout.trim().split('\n').map((l) => JSON.parse(l).answer);
  const questions = 'Who is the harbour master?\nWho is the lighthouse keeper?\n';

  it('takes several files after one --jsonl', () => {
    const r = ask(['--json', '--corpus', empty, '--jsonl', join(dir, 'a.jsonl'), join(dir, 'b.jsonl')], questions);
    expect(r.stderr).toBe('');
    expect(answers(r)).toEqual(['Ada Quill', 'Bram Okoro']);
  });

  it('takes --jsonl repeated', () => {
    const r = ask(['--json', '--corpus', empty, '--jsonl', join(dir, 'a.jsonl'), '--jsonl', join(dir, 'b.jsonl')], questions);
    expect(answers(r)).toEqual(['Ada Quill', 'Bram Okoro']);
  });

  it('says which file is missing, and where the question goes', () => {
    const r = ask(['--corpus', empty, '--jsonl', join(dir, 'a.jsonl'), 'Who is the harbour master?']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--jsonl: no such file "Who is the harbour master\?"/);
    expect(r.stderr).toMatch(/a question goes before --jsonl, or after --/);
  });
});

describe('npm run index', () => {
  it('--no-image writes the snapshot and no start-up image', () => {
    const dir = mkdtempSync(join(tmpdir(), 'index-no-image-'));
    try {
      const r = spawnSync(process.execPath, ['scripts/run.mjs', 'index', '--out', join(dir, 'snap.json'), '--image', join(dir, 'ask.blob'), '--no-image'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/wrote .*snap\.json: 3 articles/);
      expect(r.stdout).not.toMatch(/start-up image/);
      expect(existsSync(join(dir, 'snap.json'))).toBe(true);
      expect(existsSync(join(dir, 'ask.blob'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 200_000);
});
