import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.js';
import { CORPUS, tempCorpus } from './helpers.js';
import { useWordVectors, wordVectors, WordVectors } from '../src/answer/vectors.js';

describe('createEngine', () => {
  it('says when the word vectors file is missing, and still answers by the words themselves', async () => {
    const missing = /word-vectors\.bin not found/;
    const quiet: string[] = [];
    const engine = await createEngine(CORPUS, { warn: (m) => quiet.push(m) });
    await engine.close();
    expect(quiet.filter((m) => missing.test(m))).toEqual([]);
    const saved = wordVectors();
    useWordVectors(new WordVectors([], new Int8Array(0), 0));
    const warnings: string[] = [];
    try {
      const without = await createEngine(CORPUS, { warn: (m) => warnings.push(m) });
      try {
        expect(warnings.filter((m) => missing.test(m))).toHaveLength(1);
        // (by the article's own words; "Who runs …?" needs the vectors to reach "administrator")
        expect(without.ask('Who is the main administrator of Emennet Pasargad?').answer).toBe('Mohammad Bagher Shirinkar');
      } finally {
        await without.close();
      }
    } finally {
      useWordVectors(saved);
    }
  });

  it('answers from a new article dropped into a corpus folder', async () => {
    const dir = await tempCorpus({
      'harbour.md': [
        '---', 'id: harbour-2024', 'title: Harbour reopens after storm', 'publisher: Coastal Gazette', 'url: https://example.org/harbour', '---',
        'The harbour in Port Ellen reopened on Monday after three weeks of repairs.',
        '',
        'Harbour master Fiona MacLeod said 40 fishing boats had returned by the evening.',
      ].join('\n'),
      'notes.txt': 'Council notes\n\nThe council approved a budget of 2 million pounds for the new library.',
    });
    const engine = await createEngine(dir, { warn: () => {} });
    expect(engine.sources().map((s) => s.id).sort()).toEqual(['harbour-2024', 'notes']);
    const a = engine.ask('Who is the harbour master?');
    expect(a.answer).toBe('Fiona MacLeod');
    expect(a.citations[0]).toMatchObject({ document: 'harbour-2024', publisher: 'Coastal Gazette', url: 'https://example.org/harbour' });
    expect(engine.ask('How many fishing boats had returned?').answer).toBe('40');
  });

  it('keeps serving the good articles when one file is broken, and reports the broken one', async () => {
    const warnings: string[] = [];
    const dir = await tempCorpus({
      'ok.md': '---\nid: ok\ntitle: OK\n---\nThe festival was organised by Maria Lopez.',
      'broken.md': '---\ntitle: no id here\n---\nText.',
    });
    const engine = await createEngine(dir, { warn: (m) => warnings.push(m) });
    expect(engine.sources().map((s) => s.id)).toEqual(['ok']);
    expect(engine.problems()[0]?.file).toMatch(/broken\.md$/);
    expect(warnings.join('\n')).toMatch(/broken\.md.*id/);
    expect(engine.ask('Who organised the festival?').answer).toBe('Maria Lopez');
  });

  it('answers an empty, huge or non-string question politely instead of throwing', async () => {
    const engine = await createEngine(await tempCorpus({ 'a.md': '---\nid: a\ntitle: A\n---\nText.' }), { warn: () => {} });
    for (const q of ['', '   ', 'x'.repeat(100_000), 42, null, '<!channel> @everyone']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(false);
      expect(typeof (a.error ?? a.reason)).toBe('string');
    }
  });
});
