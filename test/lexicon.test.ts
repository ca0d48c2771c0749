import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/lexicon.js';

describe('Lexicon (WordNet)', () => {
  const wn = lexicon();
  it('finds the dictionary form of inflected words', () => {
    expect(wn.lemma('runs', 'verb')).toBe('run');
    expect(wn.lemma('took', 'verb')).toBe('take');
    expect(wn.lemma('companies', 'noun')).toBe('company');
  });

  it('knows what kind of thing a noun names', () => {
    expect(wn.nounClasses('ambassador')[0]).toBe('noun.person');
    expect(wn.nounClasses('company')[0]).toBe('noun.group');
    expect(wn.nounClasses('state')).toContain('noun.location');
  });

  it('relates a verb to its synonyms, derived nouns and more specific verbs', () => {
    const words = (w: string) => wn.related(w, 'verb').map((r) => r.word);
    expect(words('manage')).toContain('management');
    expect(words('call')).toContain('rename');
    expect(wn.related('call', 'verb').find((r) => r.word === 'rename')?.kind).toBe('specific');
  });

  it('finds the verbs WordNet defines by an idiom it has no entry for', () => {
    const words = wn.definedBy('in charge of').map((r) => r.word);
    expect(words).toEqual(expect.arrayContaining(['manage', 'direct', 'head', 'lead', 'manager']));
    expect(wn.definedBy('in zebra of')).toEqual([]);
  });

  it('tells dictionary words from names', () => {
    expect(wn.isDictionaryWord('Treasury')).toBe(true);
    expect(wn.isDictionaryWord('Shirinkar')).toBe(false);
  });
});
