import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Tagger } from '../src/tagging.js';
import { createEngine, writeSnapshot } from '../src/engine.js';
import { tempCorpus } from './helpers.js';

const article = (id: string, text: string) => `---\nid: ${id}\ntitle: ${id}\n---\n${text}`;

/** A one-article corpus about the festival, with its snapshot written. */
async function festival(): Promise<{ dir: string; snap: string }> {
  const dir = await tempCorpus({ 'a.md': article('a', 'The festival was organised by Maria Lopez.') });
  const snap = join(dir, '.snapshot.json');
  await writeSnapshot(dir, snap);
  return { dir, snap };
}

/** An engine started from `snap`, with what it logged. */
async function start(dir: string, snap: string) {
  const logs: string[] = [];
  const engine = await createEngine(dir, { snapshot: snap, log: (m) => logs.push(m), warn: () => {} });
  return { engine, log: () => logs.join('\n') };
}

describe('index snapshot', () => {
  it('round-trips: an engine started from the snapshot answers exactly like a freshly built one', async () => {
    const dir = await tempCorpus({
      'a.md': article('a', 'The festival was organised by Maria Lopez. It drew 4,000 visitors.'),
      'b.md': article('b', 'The bridge was designed by Tomas Berg in 1998.'),
    });
    const snap = join(dir, '.snapshot.json');
    await writeSnapshot(dir, snap);
    const logs: string[] = [];
    const fromSnap = await createEngine(dir, { snapshot: snap, log: (m) => logs.push(m), warn: () => {} });
    const fresh = await createEngine(dir, { warn: () => {} });
    expect(logs.join('\n')).toMatch(/loaded snapshot/);
    for (const q of ['Who organised the festival?', 'How many visitors did it draw?', 'Who designed the bridge?', 'Who painted the Mona Lisa?']) {
      expect(fromSnap.ask(q)).toEqual(fresh.ask(q));
    }
    expect(fromSnap.sources()).toEqual(fresh.sources());
  });

  it('rebuilds, and says so, when the corpus changed since the snapshot', async () => {
    const { dir, snap } = await festival();
    await writeFile(join(dir, 'a.md'), article('a', 'The festival was organised by Ana Silva.'));
    const { engine, log } = await start(dir, snap);
    expect(log()).toMatch(/rebuilding.*stale/);
    expect(engine.ask('Who organised the festival?').answer).toBe('Ana Silva');
  });

  it('rebuilds when the snapshot file is damaged', async () => {
    const { dir, snap } = await festival();
    await writeFile(snap, (await readFile(snap, 'utf8')).slice(0, 100));
    const { engine, log } = await start(dir, snap);
    expect(log()).toMatch(/rebuilding.*not valid JSON/);
    expect(engine.ask('Who organised the festival?').answer).toBe('Maria Lopez');
  });

  it('rebuilds when the snapshot is valid JSON for this corpus but its arrays do not fit together', async () => {
    const { dir, snap } = await festival();
    const data = JSON.parse(await readFile(snap, 'utf8')) as { terms: { ids: string; counts: string } };
    // a term id far outside the vocabulary, with a count beside it
    data.terms.ids = Buffer.from(new Int32Array([1_000_000]).buffer).toString('base64');
    data.terms.counts = Buffer.from(new Uint16Array([1]).buffer).toString('base64');
    await writeFile(snap, JSON.stringify(data));
    const { engine, log } = await start(dir, snap);
    expect(log()).toMatch(/rebuilding.*damaged/);
    expect(engine.ask('Who organised the festival?').answer).toBe('Maria Lopez');
  });

  it('matches the corpus however its folder is written (relative, absolute, with ./)', async () => {
    const { dir, snap } = await festival();
    const { engine, log } = await start(`${dir}/./`, snap);
    expect(log()).toMatch(/loaded snapshot/);
    expect(engine.ask('Who organised the festival?').answer).toBe('Maria Lopez');
  });

  it('keeps every sentence tagged beside the snapshot, and still loads the snapshot when that file is gone', async () => {
    const dir = await tempCorpus({ 'a.md': article('a', 'The festival was organised by Maria Lopez. It drew 4,000 visitors.') });
    const snap = join(dir, '.snapshot.json');
    await writeSnapshot(dir, snap);
    const logs: string[] = [];
    const tagged = await createEngine(dir, { snapshot: snap, log: (m) => logs.push(m), warn: () => {} });
    expect(logs.join('\n')).toMatch(/loaded snapshot .*every sentence tagged/);
    await rm(`${snap}.tags`);
    const later: string[] = [];
    const untagged = await createEngine(dir, { snapshot: snap, log: (m) => later.push(m), warn: () => {} });
    expect(later.join('\n')).toMatch(/loaded snapshot/);
    expect(later.join('\n')).toMatch(/tags file .* is missing or damaged/);
    for (const q of ['Who organised the festival?', 'How many visitors did it draw?']) expect(untagged.ask(q)).toEqual(tagged.ask(q));
  });

  it('keeps the tags of unchanged articles across a reload, and tags only what is new', async () => {
    const dir = await tempCorpus({
      'a.md': article('a', 'The festival was organised by Maria Lopez. It drew 4,000 visitors.'),
      'b.md': article('b', 'The bridge was designed by Tomas Berg in 1998.'),
    });
    const snap = join(dir, '.snapshot.json');
    await writeSnapshot(dir, snap);
    const engine = await createEngine(dir, { snapshot: snap, log: () => {}, warn: () => {} });
    await writeFile(join(dir, 'c.md'), article('c', 'The museum was founded by Ada Quill in 1901.'));
    await engine.reload();
    const fresh = vi.spyOn(Tagger, 'fresh');
    try {
      expect(engine.ask('Who organised the festival?').answer).toBe('Maria Lopez');
      expect(engine.ask('Who designed the bridge?').answer).toBe('Tomas Berg');
      expect(fresh).not.toHaveBeenCalled();
      expect(engine.ask('Who founded the museum?').answer).toBe('Ada Quill');
      expect(fresh).toHaveBeenCalled();
    } finally {
      fresh.mockRestore();
    }
  });
});
