import { describe, expect, it } from 'vitest';
import { normalizeTerm, similarity, terms, wordTerms } from '../src/text.js';

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

  it('gives a short verb and its inflections one term, where Porter cuts the -e with the ending', () => {
    expect(normalizeTerm('sued')).toBe(normalizeTerm('sue'));
    expect(normalizeTerm('suing')).toBe(normalizeTerm('sue'));
    expect(normalizeTerm('died')).toBe(normalizeTerm('die'));
    expect(normalizeTerm('tied')).toBe(normalizeTerm('tie'));
    expect(normalizeTerm('tries')).toBe(normalizeTerm('try'));
    expect(normalizeTerm('added')).toBe(normalizeTerm('add'));
    // longer stems keep Porter's reading: WordNet's base forms would guess "hop" for "hoping"
    expect(normalizeTerm('hoping')).toBe(normalizeTerm('hope'));
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

describe('wordTerms', () => {
  it('splits a word at a hyphen or an apostrophe as the index does, and a decimal from its unit, but keeps whole numbers whole', () => {
    expect(wordTerms('Kilroy-Silk')).toEqual(terms('Kilroy-Silk'));
    expect(wordTerms('Kilroy-Silk').length).toBe(2);
    expect(wordTerms("O'Sullivan")).toEqual(['o', 'sullivan']);
    expect(wordTerms('producer')).toEqual([normalizeTerm('producer')]);
    expect(wordTerms('1.6m')).toEqual(terms('1.6m'));
    expect(wordTerms('1.6m')).toEqual(['1.6', 'm']);
    expect(wordTerms('5000m')).toEqual([normalizeTerm('5000m')]);
    expect(wordTerms('the')).toEqual([]);
  });

  it('splits a name joined by a dot between words as the index does, but keeps initials whole', () => {
    expect(wordTerms('Bagle.AT')).toEqual(terms('Bagle.AT'));
    expect(wordTerms('Bagle.AT')).toEqual(['bagl', 'AT']);
    expect(wordTerms('georgewbush.com')).toEqual(['georgewbush', 'com']);
    expect(wordTerms('U.S.')).toEqual([normalizeTerm('U.S.')]);
    // code is no name: one term, as before
    expect(wordTerms('process.env.SLACK_BOT_TOKEN')).toHaveLength(1);
  });
});

describe('a plural the dictionary forms irregularly that is also a verb\'s form', () => {
  it('indexes "lives" as "live" and "leaves" as "leave" (and "left"), so that "Where does he live?" finds "who lives in Cleveland"', () => {
    expect(normalizeTerm('lives')).toBe(normalizeTerm('live'));
    expect(normalizeTerm('leaves')).toBe(normalizeTerm('leave'));
    expect(normalizeTerm('leaves')).toBe(normalizeTerm('left'));
    expect(normalizeTerm('wolves')).toBe(normalizeTerm('wolf'));
  });
});
