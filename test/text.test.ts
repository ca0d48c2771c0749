import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTerm, scanWords, similarity, terms, WORD } from '../src/text.js';

describe('normalizeTerm', () => {
  it('drops stop words but keeps "said", which questions ask about', () => {
    expect(normalizeTerm('the')).toBeNull();
    expect(normalizeTerm('said')).not.toBeNull();
    expect(normalizeTerm('said')).toBe(normalizeTerm('says'));
  });

  it('maps irregular forms to their lemma before stemming', () => {
    expect(normalizeTerm('ran')).toBe(normalizeTerm('run'));
    expect(normalizeTerm('men')).toBe(normalizeTerm('man'));
    expect(normalizeTerm('took')).toBe(normalizeTerm('take')); // both stop words
    expect(normalizeTerm('sanctioned')).toBe(normalizeTerm('sanctions'));
  });

  it('keeps acronyms apart from ordinary words', () => {
    expect(normalizeTerm('US')).not.toBe(normalizeTerm('use'));
    expect(normalizeTerm('FBI')).toBe('FBI');
  });

  it('reads numbers with thousands separators as one term', () => {
    expect(terms('about 100,000 voters')).toEqual(['100000', 'voter']);
  });
});

describe('similarity', () => {
  it('sees a caption repeated with other quote marks as the same sentence', () => {
    expect(similarity('Iran’s ambassador to Iraq', "Iran's ambassador to Iraq")).toBe(1);
    expect(similarity('The harbour reopened.', 'The council met.')).toBeLessThan(0.3);
  });
});

describe('scanWords', () => {
  const spans = (text: string) => {
    const out: Array<[number, number]> = [];
    scanWords(text, (a, b) => out.push([a, b]));
    return out;
  };
  const regex = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index!, m.index! + m[0].length]);

  it('finds exactly the words the WORD pattern matches', () => {
    for (const t of ['The U.S. said 1,000,000 people (3.5%) voted.', 'Pasargád’s “news” 2,5e3 4.x ,5 9.', '٣٫٤ ½ x² 𝐀𝐁 1.𝟐 a.b.c 12,,3', '']) expect(spans(t)).toEqual(regex(t));
  });

  it('agrees with the WORD pattern on random text, astral characters and lone surrogates included', () => {
    const alphabet = ['a', 'Z', '7', '0', '.', ',', ' ', '’', '“', 'é', '\u0301', 'ß', '٣', '²', '½', '𝐀', '𝟐', '😀', '\ud800', '-', '\n', 'İ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(spans(text)).toEqual(regex(text));
      }),
      { numRuns: 2000 },
    );
  });
});
