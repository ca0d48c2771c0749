import { cp, mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/engine.js';
import { eventually, tempCorpus } from './helpers.js';

const article = (id: string, text: string) => `---\nid: ${id}\ntitle: ${id}\n---\n${text}`;


let engine: Engine | null = null;
const temp: string[] = [];
afterEach(async () => {
  await engine?.close();
  engine = null;
  await Promise.all(temp.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A folder holding `corpus/` (with `a.md`, Maria Lopez) and `backup/` (with `b.md`, Tomas Berg). */
async function corpusWithBackup(): Promise<{ root: string; corpus: string; backup: string }> {
  const root = await mkdtemp(join(tmpdir(), 'corpus-swap-'));
  temp.push(root);
  const corpus = join(root, 'corpus');
  const backup = join(root, 'backup');
  await mkdir(corpus);
  await mkdir(backup);
  await writeFile(join(corpus, 'a.md'), article('a', 'The festival was organised by Maria Lopez.'));
  await writeFile(join(backup, 'b.md'), article('b', 'The bridge was designed by Tomas Berg.'));
  return { root, corpus, backup };
}

describe('live reload', () => {
  it('picks up an added, a changed and a removed article without a restart', async () => {
    const dir = await tempCorpus({ 'a.md': article('a', 'The festival was organised by Maria Lopez.') });
    temp.push(dir);
    engine = await createEngine(dir, { watch: true, watchDebounceMs: 50, warn: () => {}, log: () => {} });
    expect(engine.ask('Who designed the bridge?').answered).toBe(false);

    await writeFile(join(dir, 'b.md'), article('b', 'The bridge was designed by Tomas Berg.'));
    await eventually(() => expect(engine!.ask('Who designed the bridge?').answer).toBe('Tomas Berg'));
    expect(engine.sources().map((s) => s.id).sort()).toEqual(['a', 'b']);

    await writeFile(join(dir, 'b.md'), article('b', 'The bridge was designed by Ines Kahn.'));
    await eventually(() => expect(engine!.ask('Who designed the bridge?').answer).toBe('Ines Kahn'));

    await rm(join(dir, 'b.md'));
    await eventually(() => expect(engine!.sources().map((s) => s.id)).toEqual(['a']));
    expect(engine.ask('Who designed the bridge?').answered).toBe(false);
  });

  it('keeps serving the last good version of a file that breaks, and logs why', async () => {
    const dir = await tempCorpus({ 'a.md': article('a', 'The festival was organised by Maria Lopez.') });
    temp.push(dir);
    const warnings: string[] = [];
    engine = await createEngine(dir, { watch: true, watchDebounceMs: 50, warn: (m) => warnings.push(m), log: () => {} });
    await writeFile(join(dir, 'a.md'), '---\nid: a\ntitle: [broken\n---\nThe festival was organised by Ana Silva.');
    await eventually(() => expect(warnings.join('\n')).toMatch(/a\.md is broken.*last good version/));
    expect(engine.ask('Who organised the festival?').answer).toBe('Maria Lopez');
    expect(engine.problems()[0]?.file).toMatch(/a\.md$/);
  });

  it('answers every question asked while a reload is under way', async () => {
    const dir = await tempCorpus({ 'a.md': article('a', 'The festival was organised by Maria Lopez.') });
    temp.push(dir);
    engine = await createEngine(dir, { warn: () => {}, log: () => {} });
    await writeFile(join(dir, 'b.md'), article('b', 'The bridge was designed by Tomas Berg.'));
    const reloading = engine.reload();
    const during = [engine.ask('Who organised the festival?'), engine.ask('Who organised the festival?')];
    await reloading;
    const after = engine.ask('Who organised the festival?');
    for (const a of [...during, after]) {
      expect(a.error).toBeUndefined();
      expect(a.answer).toBe('Maria Lopez');
    }
    expect(engine.ask('Who designed the bridge?').answer).toBe('Tomas Berg');
  });

  it('keeps serving while the folder is deleted, then follows the copy put in its place (rm -rf && cp -r)', async () => {
    const { corpus, backup } = await corpusWithBackup();
    const warnings: string[] = [];
    engine = await createEngine(corpus, { watch: true, watchDebounceMs: 50, warn: (m) => warnings.push(m), log: () => {} });

    await rm(corpus, { recursive: true });
    await eventually(() => expect(warnings.join('\n')).toMatch(/corpus.*missing.*still serving 1 article/));
    expect(engine.ask('Who organised the festival?').answer).toBe('Maria Lopez');

    await cp(backup, corpus, { recursive: true });
    await eventually(() => expect(engine!.ask('Who designed the bridge?').answer).toBe('Tomas Berg'));
    expect(engine.sources().map((s) => s.id)).toEqual(['b']);
    // and the new folder is watched: a later edit in it is picked up
    await writeFile(join(corpus, 'c.md'), article('c', 'The harbour was rebuilt by Ana Silva.'));
    await eventually(() => expect(engine!.ask('Who rebuilt the harbour?').answer).toBe('Ana Silva'));
  });

  it('follows a new folder renamed into place (mv corpus old && mv new corpus)', async () => {
    const { root, corpus, backup } = await corpusWithBackup();
    engine = await createEngine(corpus, { watch: true, watchDebounceMs: 50, warn: () => {}, log: () => {} });

    await rename(corpus, join(root, 'old'));
    await rename(backup, corpus);
    await eventually(() => expect(engine!.ask('Who designed the bridge?').answer).toBe('Tomas Berg'));
    expect(engine.sources().map((s) => s.id)).toEqual(['b']);
    await writeFile(join(corpus, 'c.md'), article('c', 'The harbour was rebuilt by Ana Silva.'));
    await eventually(() => expect(engine!.ask('Who rebuilt the harbour?').answer).toBe('Ana Silva'));
    // the old folder, moved away, is no longer followed
    await writeFile(join(root, 'old', 'd.md'), article('d', 'The museum was opened by Lee Park.'));
    await new Promise((r) => setTimeout(r, 500));
    expect(engine.sources().map((s) => s.id).sort()).toEqual(['b', 'c']);
  });

  it('follows a corpus symlink swapped to another folder (ln -sfn backup corpus)', async () => {
    const { root, corpus, backup } = await corpusWithBackup();
    await rename(corpus, join(root, 'v1'));
    await symlink(join(root, 'v1'), corpus);
    engine = await createEngine(corpus, { watch: true, watchDebounceMs: 50, warn: () => {}, log: () => {} });
    expect(engine.sources().map((s) => s.id)).toEqual(['a']);

    await symlink(backup, join(root, 'next'));
    await rename(join(root, 'next'), corpus); // how ln -sfn swaps a link in one step
    await eventually(() => expect(engine!.sources().map((s) => s.id)).toEqual(['b']));
    await writeFile(join(backup, 'c.md'), article('c', 'The harbour was rebuilt by Ana Silva.'));
    await eventually(() => expect(engine!.ask('Who rebuilt the harbour?').answer).toBe('Ana Silva'));
  });

  it('starts with the folder missing and loads it once it appears', async () => {
    const { corpus, backup } = await corpusWithBackup();
    await rm(corpus, { recursive: true });
    engine = await createEngine(corpus, { watch: true, watchDebounceMs: 50, warn: () => {}, log: () => {} });
    expect(engine.sources()).toEqual([]);
    expect(engine.problems()[0]?.message).toMatch(/cannot read the corpus folder/);
    await cp(backup, corpus, { recursive: true });
    await eventually(() => expect(engine!.ask('Who designed the bridge?').answer).toBe('Tomas Berg'));
  });

  it('refuses a new file that reuses a live article\'s id, naming both files, and keeps answering from the live one', async () => {
    const dir = await tempCorpus({ 'b.md': article('bridge', 'The bridge was designed by Tomas Berg.') });
    temp.push(dir);
    const warnings: string[] = [];
    engine = await createEngine(dir, { warn: (m) => warnings.push(m), log: () => {} });
    // a.md sorts before b.md: on a fresh start it would win, but b.md's article is the one live
    await writeFile(join(dir, 'a.md'), article('bridge', 'The bridge was designed by Ines Kahn.'));
    await engine.reload();
    expect(engine.ask('Who designed the bridge?').answer).toBe('Tomas Berg');
    expect(engine.sources().map((s) => s.origin)).toEqual([join(dir, 'b.md')]);
    expect(engine.problems()).toEqual([{ file: join(dir, 'a.md'), message: `id "bridge" is already used by ${join(dir, 'b.md')}; skipped (give this article another id)` }]);
    expect(warnings.join('\n')).toContain(`${join(dir, 'a.md')}: id "bridge" is already used by ${join(dir, 'b.md')}`);

    // an edit to the live article still applies; the newcomer stays refused
    await writeFile(join(dir, 'b.md'), article('bridge', 'The bridge was designed by Tomas Berg and Eva Lind.'));
    await engine.reload();
    expect(engine.sources().map((s) => s.origin)).toEqual([join(dir, 'b.md')]);
    expect(engine.problems().map((p) => p.file)).toEqual([join(dir, 'a.md')]);

    // once the live article's file is gone, the id is free for the other
    await rm(join(dir, 'b.md'));
    await engine.reload();
    expect(engine.ask('Who designed the bridge?').answer).toBe('Ines Kahn');
    expect(engine.problems()).toEqual([]);
  });

  it('keeps the last good version of a broken article even when a new file takes its id meanwhile', async () => {
    const dir = await tempCorpus({ 'b.md': article('bridge', 'The bridge was designed by Tomas Berg.') });
    temp.push(dir);
    engine = await createEngine(dir, { warn: () => {}, log: () => {} });
    await writeFile(join(dir, 'b.md'), '---\nid: bridge\ntitle: [broken\n---\nThe bridge was designed by Tomas Berg.');
    await writeFile(join(dir, 'c.md'), article('bridge', 'The bridge was designed by Ines Kahn.'));
    await engine.reload();
    expect(engine.ask('Who designed the bridge?').answer).toBe('Tomas Berg');
    expect(engine.problems().map((p) => [p.file, p.message])).toEqual([
      [join(dir, 'b.md'), expect.stringMatching(/not valid YAML/)],
      [join(dir, 'c.md'), `id "bridge" is already used by ${join(dir, 'b.md')}; skipped (give this article another id)`],
    ]);
  });
});

