import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAskImage, imageCommand, ImageMetaSchema } from '../adapters/cli/build-image.js';
import { createEngine } from '../src/engine.js';
import { AnswerSchema } from '../src/types.js';
import { CORPUS } from './helpers.js';
import { alive, collect, descendants, eventually, killAll } from './shared/npm-process.js';

// The CLI's start-up image: a V8 heap snapshot of the loaded engine (adapters/cli/ask-image.ts).
// Built here for a copy of the seed corpus, then run as `npm run ask` runs it.
const dir = mkdtempSync(join(tmpdir(), 'image-'));
const corpus = join(dir, 'corpus');
const image = join(dir, 'ask.blob');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], input?: string) => spawnSync(process.execPath, imageCommand(image, args), { cwd: dir, input, encoding: 'utf8', timeout: 60_000 });

describe('start-up image for npm run ask', () => {
  beforeAll(async () => {
    cpSync(CORPUS, corpus, { recursive: true });
    await buildAskImage({ corpus, out: image });
  }, 180_000);

  it('records the Node version, flags and corpus it was built for', () => {
    const meta = ImageMetaSchema.parse(JSON.parse(readFileSync(`${image}.json`, 'utf8')));
    expect(meta).toMatchObject({ node: process.version, arch: process.arch, corpus, jsonl: [] });
    expect(existsSync(image)).toBe(true);
  });

  it('answers exactly as the engine loaded the usual way', async () => {
    const engine = await createEngine(corpus, { warn: () => {}, log: () => {} });
    for (const q of ['Who runs Emennet Pasargad?', 'How old is Sajjad Kashian?', 'What is the capital of France?']) {
      const r = run(['--json', '--corpus', corpus, '--verbose', q]);
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/index: from the start-up image \(3 articles\)/);
      expect(AnswerSchema.parse(JSON.parse(r.stdout))).toEqual(engine.ask(q));
    }
    await engine.close();
  }, 120_000);

  it('prints the readable form, and refuses an empty question with status 1', () => {
    const r = run(['--corpus', corpus, 'Who runs Emennet Pasargad?']);
    expect(r.stdout).toMatch(/^Answer: Mohammad Bagher Shirinkar/);
    const empty = run(['--corpus', corpus, '   ']);
    expect(empty.status).toBe(1);
    expect(empty.stdout).toMatch(/^Sorry: /);
  }, 60_000);

  it('answers stdin line by line with --json', () => {
    const r = run(['--json', '--corpus', corpus], 'Who runs Emennet Pasargad?\n\nHow old is Sajjad Kashian?\n');
    const lines = r.stdout.trim().split('\n').map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(lines.map((a) => a.answer)).toEqual(['Mohammad Bagher Shirinkar', null, '27']);
    expect(lines[1]!.error).toMatch(/type a question/);
  }, 60_000);

  it('answers from the changed corpus, not the image, once an article changes', () => {
    const file = join(corpus, 'us-sanctions-emennet-pasargad-2021.md');
    const before = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, `${before.trimEnd()}\n\nThe Zorblat Institute is run by Michael Thompson.\n`);
      const r = run(['--json', '--corpus', corpus, '--verbose', 'Who runs the Zorblat Institute?']);
      expect(r.stderr).toMatch(/start-up image holds an older version of this corpus/);
      expect(JSON.parse(r.stdout).answer).toBe('Michael Thompson');
    } finally {
      writeFileSync(file, before);
    }
    // back to the bytes the image holds (a newer modification time): the image serves again
    const again = run(['--json', '--corpus', corpus, '--verbose', 'Who runs Emennet Pasargad?']);
    expect(again.stderr).toMatch(/from the start-up image/);
  }, 60_000);

  it('loads another corpus the usual way', () => {
    const other = mkdtempSync(join(dir, 'other-'));
    writeFileSync(join(other, 'a.md'), '---\nid: harbour\ntitle: Harbour news\n---\nThe harbour master is Ada Quill.\n');
    const r = run(['--json', '--corpus', other, '--verbose', 'Who is the harbour master?']);
    expect(r.stderr).toMatch(/start-up image holds another corpus/);
    expect(JSON.parse(r.stdout).answer).toBe('Ada Quill');
  }, 60_000);

  it('npm run ask answers the usual way, and says why, when the image is damaged', () => {
    const damaged = join(dir, 'damaged.blob');
    writeFileSync(damaged, readFileSync(image).subarray(0, 1_000_000));
    writeFileSync(`${damaged}.json`, readFileSync(`${image}.json`));
    const r = spawnSync(process.execPath, ['scripts/run.mjs', 'ask', '--json', 'Who runs Emennet Pasargad?'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...process.env, ASK_IMAGE: damaged },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/start-up image .*damaged\.blob could not be loaded/);
    expect(JSON.parse(r.stdout).answer).toBe('Mohammad Bagher Shirinkar');
  }, 120_000);

  it('npm run ask started from the image stops, image process and all, on SIGTERM to npm', async () => {
    // stdin a FIFO held open (as a terminal or `sleep | npm run ask` would be): the image process
    // waits for questions. (Node's own 'pipe' is a socket, whose end a dying parent takes along.)
    const fifo = join(dir, 'questions.fifo');
    spawnSync('mkfifo', [fifo]);
    const questions = openSync(fifo, 'r+');
    const ask = collect(
      spawn('npm', ['run', '--silent', 'ask', '--', '--json', '--corpus', corpus], {
        cwd: new URL('..', import.meta.url).pathname,
        env: { ...process.env, ASK_IMAGE: image },
        stdio: [questions, 'pipe', 'pipe'],
      }),
    );
    let tree: number[] = [];
    try {
      // stdin stays open: the image process waits for questions
      const started = await eventually(() => {
        tree = descendants(ask.child.pid!);
        return tree.some((pid) => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--snapshot-blob'); } catch { return false; } });
      }, 120_000);
      expect(started).toBe(true);
      process.kill(ask.child.pid!, 'SIGTERM');
      await ask.exit;
      await eventually(() => !tree.some(alive), 30_000);
      expect(tree.filter(alive)).toEqual([]);
      expect(ask.output()).not.toMatch(/answering the usual way/);
    } finally {
      killAll(tree);
      closeSync(questions);
    }
  }, 180_000);

  it('npm run ask --no-image answers without the image', () => {
    const r = spawnSync(process.execPath, ['scripts/run.mjs', 'ask', '--no-image', '--verbose', '--json', '--corpus', corpus, 'Who runs Emennet Pasargad?'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...process.env, ASK_IMAGE: image },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/start-up image/);
    expect(JSON.parse(r.stdout).answer).toBe('Mohammad Bagher Shirinkar');
  }, 120_000);
});
