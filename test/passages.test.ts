import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/ingest.js';
import { toPassages } from '../src/passages.js';
import { CORPUS } from './helpers.js';

describe('toPassages', () => {
  it('cuts sentences whose offsets reproduce the article text exactly', async () => {
    const { articles } = await loadCorpus(CORPUS);
    for (const [i, a] of articles.entries()) {
      for (const p of toPassages(a, i, 0)) {
        expect(a.body.slice(p.start, p.end)).toBe(p.text);
        expect(a.body.slice(p.paragraphStart, p.paragraphEnd)).toContain(p.text);
      }
    }
  });

  it('does not split after abbreviations like Mr. or U.S.', () => {
    const a = { id: 'a', title: 'A', origin: 'a', body: 'Mr. Smith met the U.S. envoy on Monday. They spoke for an hour.' };
    expect(toPassages(a, 0, 0).map((p) => p.text)).toEqual(['Mr. Smith met the U.S. envoy on Monday.', 'They spoke for an hour.']);
  });

  it('marks a repeated photo caption as a duplicate of its first appearance', () => {
    const body = 'Pictured: the mayor at the harbour.\n\nThe harbour reopened.\n\nPictured: the mayor at the harbour. ';
    const ps = toPassages({ id: 'a', title: 'A', origin: 'a', body }, 0, 0);
    expect(ps).toHaveLength(3);
    expect(ps[2]!.duplicateOf).toBe(ps[0]!.id);
  });
});

describe('per-passage terms kept while indexing', () => {
  it('answers "does this sentence use this word" for every passage, repeated captions included', async () => {
    const { CorpusState } = await import('../src/engine.js');
    const body = 'The mayor opened the harbour.\n\nPictured: the mayor.\n\nBoats returned on Monday.\n\nPictured: the mayor.\n\nFishermen cheered loudly.';
    const state = CorpusState.build([{ id: 'a', title: 'Harbour', body, origin: 'a' }], []);
    const has = (text: string, term: string) => state.passageTerms(state.passages.find((p) => p.text === text && p.duplicateOf === undefined)!.id).has(term);
    expect(has('The mayor opened the harbour.', 'harbour')).toBe(true);
    expect(has('Boats returned on Monday.', 'boat')).toBe(true);
    expect(has('Boats returned on Monday.', 'harbour')).toBe(false);
    expect(has('Fishermen cheered loudly.', 'cheer')).toBe(true);
    expect(has('Fishermen cheered loudly.', 'boat')).toBe(false);
  });
});
