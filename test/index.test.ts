import { describe, expect, it } from 'vitest';
import { PassageIndex } from '../src/index.js';
import { toPassages, type Passage } from '../src/passages.js';
import { normalizeTerm } from '../src/text.js';

const articles = [
  { id: 'a', title: 'Harbour reopens', origin: 'a', body: 'The harbour reopened on Monday. Children waved as the boats sailed out.' },
  { id: 'b', title: 'Council budget', origin: 'b', body: 'The council approved the budget. The mayor sanctioned new spending.' },
  { id: 'c', title: 'Boat show opens', origin: 'c', body: 'Visitors came from far away. The boats were on display.' },
];
const passages: Passage[] = [];
articles.forEach((a, i) => passages.push(...toPassages(a, i, passages.length)));
const index = PassageIndex.build(articles, passages);
const find = (...words: string[]) => index.search(words.map((w) => ({ term: normalizeTerm(w)!, weight: 1, fuzzy: true }))).map((h) => passages[h.passage]!.text);

describe('PassageIndex', () => {
  it('matches other forms of a word through stemming and lemmas', () => {
    expect(find('sanctions')[0]).toBe('The mayor sanctioned new spending.');
    expect(find('child')[0]).toBe('Children waved as the boats sailed out.');
  });

  it('forgives a typo in a word the corpus does not contain', () => {
    expect(find('councel')[0]).toBe('The council approved the budget.');
  });

  it('ranks a sentence whose article title also matches above an equal match elsewhere', () => {
    const hits = find('boats');
    expect(hits).toHaveLength(2);
    expect(hits[0]).toBe('The boats were on display.');
  });

  it('counts the passages that use a term', () => {
    expect(index.documentFrequency(normalizeTerm('boats')!)).toBe(2);
    expect(index.documentFrequency(normalizeTerm('harbour')!)).toBe(1);
    expect(index.documentFrequency('zebra')).toBe(0);
  });

  it('survives a JSON round trip', () => {
    const again = PassageIndex.fromJSON(index.toJSON());
    const q = [{ term: normalizeTerm('budget')!, weight: 1 }];
    expect(again.search(q)).toEqual(index.search(q));
  });
});
