import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/ingest.js';
import { toPassages, type Passage } from '../src/passages.js';
import { Tagger, TagStore } from '../src/tagging.js';
import { CORPUS } from './helpers.js';

describe('TagStore (tags computed by npm run index, kept compactly)', () => {
  it('gives back exactly the tokens compromise gives, for the passages it holds, and holds nearly all', async () => {
    const { articles } = await loadCorpus(CORPUS);
    const passages: Passage[] = [];
    articles.forEach((a, i) => passages.push(...toPassages(a, i, passages.length)));
    const texts = passages.map((p) => (p.duplicateOf === undefined ? p.text : null));
    // plus awkward ones: quotes, a possessive, leading punctuation, a number with a unit
    const extra = ['“It is over,” said Mr. O’Brien.', "Iran's envoy, (reluctantly) agreed.", '...and then $3.5bn went missing!', 'x'];
    const all = [...texts, ...extra];
    const store = TagStore.build(all);
    let held = 0;
    all.forEach((text, p) => {
      if (text === null) {
        expect(store.has(p)).toBe(false);
        return;
      }
      if (!store.has(p)) return;
      held++;
      expect(store.tokens(p, text)).toEqual(Tagger.fresh(text));
    });
    expect(held).toBeGreaterThanOrEqual(0.95 * all.filter((t) => t !== null).length);
    expect(store.tokens(all.length + 5, 'anything')).toBeNull();
  });
});

describe('Tagger: the month "May"', () => {
  const tagsOf = (text: string, word: string) => Tagger.fresh(text).find((t) => t.text === word)!.tags;
  it('reads a capitalised "May" after a day of the month or a word that leads a month as the month', () => {
    expect(tagsOf('The mock votes will take place around 5 May, widely expected to be the date.', 'May').has('Month')).toBe(true);
    expect(tagsOf('The vote is in early May', 'May').has('Month')).toBe(true);
    expect(tagsOf('The vote is in early May', 'May').has('Verb')).toBe(false);
  });
  it('leaves a surname and the modal alone', () => {
    expect(tagsOf('Theresa May said it.', 'May').has('Month')).toBe(false);
    expect(tagsOf('He said the talks may fail.', 'may').has('Month')).toBe(false);
  });
});
