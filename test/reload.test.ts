import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/engine.js';
import { eventually, tempCorpus } from './helpers.js';

const article = (id: string, text: string) => `---\nid: ${id}\ntitle: ${id}\n---\n${text}`;


let engine: Engine | null = null;
afterEach(async () => {
  await engine?.close();
  engine = null;
});

describe('live reload', () => {
  it('picks up an added, a changed and a removed article without a restart', async () => {
    const dir = await tempCorpus({ 'a.md': article('a', 'The festival was organised by Maria Lopez.') });
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
    const warnings: string[] = [];
    engine = await createEngine(dir, { watch: true, watchDebounceMs: 50, warn: (m) => warnings.push(m), log: () => {} });
    await writeFile(join(dir, 'a.md'), '---\nid: a\ntitle: [broken\n---\nThe festival was organised by Ana Silva.');
    await eventually(() => expect(warnings.join('\n')).toMatch(/a\.md is broken.*last good version/));
    expect(engine.ask('Who organised the festival?').answer).toBe('Maria Lopez');
    expect(engine.problems()[0]?.file).toMatch(/a\.md$/);
  });

  it('answers every question asked while a reload is under way', async () => {
    const dir = await tempCorpus({ 'a.md': article('a', 'The festival was organised by Maria Lopez.') });
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
});
