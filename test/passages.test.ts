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
