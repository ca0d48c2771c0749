import { describe, expect, it } from 'vitest';
import { PassageIndex } from '../src/index.js';
import { toPassages, type Passage } from '../src/passages.js';
import MiniSearch from 'minisearch';
import { normalizeTerm, WORD } from '../src/text.js';
import { loadCorpus } from '../src/ingest.js';
import { CORPUS } from './helpers.js';

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

  it('offers the nearest spelling first, the commonest among equally near ones', () => {
    const arts = [{ id: 'u', title: 'Talks', origin: 'u', body: 'The Ukrainian minister spoke. An Iranian envoy spoke. The Iranian side agreed. Iranian officials left.' }];
    const ps = toPassages(arts[0]!, 0, 0);
    const idx = PassageIndex.build(arts, ps);
    // "ukranian" is one letter from "ukrainian" and two from the commoner "iranian"
    expect(idx.spellings(normalizeTerm('ukranian')!)[0]).toBe(normalizeTerm('ukrainian'));
  });

  it('ranks a sentence whose article title also matches above an equal match elsewhere', () => {
    const hits = find('boats');
    expect(hits).toHaveLength(2);
    expect(hits[0]).toBe('The boats were on display.');
  });

  it('answers a repeated search from memory, and a different weight or limit afresh', () => {
    const q = [{ term: normalizeTerm('boats')!, weight: 1 }, { term: normalizeTerm('harbour')!, weight: 1 }];
    const first = index.search(q);
    expect(index.search(q.map((t) => ({ ...t })))).toBe(first); // same query: the same hits
    const heavier = index.search([{ ...q[0]!, weight: 1 }, { ...q[1]!, weight: 5 }]);
    expect(heavier).not.toBe(first);
    expect(passages[heavier[0]!.passage]!.text).toBe('The harbour reopened on Monday.');
    expect(index.search(q, 1)).toHaveLength(1);
    for (let k = 0; k < 6; k++) index.search([{ term: `word${k}`, weight: 1 }]); // pushes the first out
    const again = index.search(q);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('counts the passages that use a term', () => {
    expect(index.documentFrequency(normalizeTerm('boats')!)).toBe(2);
    expect(index.documentFrequency(normalizeTerm('harbour')!)).toBe(1);
    expect(index.documentFrequency('zebra')).toBe(0);
  });

  it('is built in bulk to the same index minisearch builds document by document', () => {
    // The bulk build fills minisearch's term map from collected terms; minisearch's own add() over
    // the same sentences, tokeniser and term processing must give the same hits and scores.
    const texts = [...articles.map((a) => a.body), 'The U.S. Treasury said on Monday it sanctioned 6 Iranians, 6 in all.', 'Sanctions, sanctions and more sanctions: the boats were sanctioned.'];
    const arts = texts.map((body, i) => ({ id: `t${i}`, title: i % 2 ? 'Sanctions on boats' : 'Budget news', origin: `t${i}`, body }));
    const ps: Passage[] = [];
    arts.forEach((a, i) => ps.push(...toPassages(a, i, ps.length)));
    const bulk = PassageIndex.build(arts, ps);
    const own = new MiniSearch({ fields: ['text'], tokenize: (t: string) => t.match(WORD) ?? [], processTerm: (t: string) => normalizeTerm(t), searchOptions: { tokenize: (q: string) => q.split(' '), processTerm: (t: string) => t || null } });
    own.addAll(ps.map((p) => ({ id: p.id, text: p.text })));
    const queries = [['sanctions', 'boats'], ['budget'], ['Treasury', 'Iranians', '6'], ['children', 'waved', 'monday'], ['council', 'sanctioned', 'spending', 'display']];
    for (const words of queries) {
      const q = words.map((w) => normalizeTerm(w)!).join(' ');
      const expected = own.search(q, { combineWith: 'OR', prefix: false, fuzzy: false });
      const got = (bulk as unknown as { mini: MiniSearch }).mini.search(q, { combineWith: 'OR', prefix: false, fuzzy: false });
      expect(got.map((r) => [r.id, r.score.toFixed(9), r.terms])).toEqual(expected.map((r) => [r.id, r.score.toFixed(9), r.terms]));
      expect(expected.length).toBeGreaterThan(0);
      for (const w of words) expect(bulk.documentFrequency(normalizeTerm(w)!)).toBe(own.search(normalizeTerm(w)!, { prefix: false, fuzzy: false }).length);
    }
    expect(bulk.documentCount).toBe(own.documentCount);
    // the titles index, one document per article, likewise
    const ownTitles = new MiniSearch({ fields: ['title'], tokenize: (t: string) => t.match(WORD) ?? [], processTerm: (t: string) => normalizeTerm(t), searchOptions: { tokenize: (q: string) => q.split(' '), processTerm: (t: string) => t || null } });
    ownTitles.addAll(arts.map((a, i) => ({ id: i, title: a.title })));
    const titleHits = (m: MiniSearch) => m.search(['sanction', 'boat', 'budget'].join(' '), { combineWith: 'OR', prefix: false, fuzzy: false }).map((r) => [r.id, r.score.toFixed(9)]);
    expect(titleHits((bulk as unknown as { titles: MiniSearch }).titles)).toEqual(titleHits(ownTitles));
    expect(titleHits(ownTitles).length).toBe(arts.length);
    // typo matching walks minisearch's term tree and reads the same postings
    const fuzzy = { combineWith: 'OR', prefix: false, fuzzy: 0.3 } as const;
    const typo = (m: MiniSearch) => m.search('sanctionz boatz', fuzzy).map((r) => [r.id, r.score.toFixed(9), r.terms]);
    expect(typo((bulk as unknown as { mini: MiniSearch }).mini)).toEqual(typo(own));
    expect(typo(own).length).toBeGreaterThan(0);
  });

  it("scores as minisearch's own search does: same passages, order and scores, typos and title boosts included", async () => {
    const { articles: arts } = await loadCorpus(CORPUS);
    const ps: Passage[] = [];
    arts.forEach((a, i) => ps.push(...toPassages(a, i, ps.length)));
    const seed = PassageIndex.build(arts, ps);
    // every third word of every tenth sentence as a query, with weights 0.5-2, plus typo'd names,
    // a title word and a word no article uses; small limits make the best-k selection matter
    const queries: Array<{ term: string; weight: number; fuzzy?: boolean }[]> = [];
    ps.forEach((p, i) => {
      if (i % 10) return;
      const words = (p.text.match(WORD) ?? []).map((w) => normalizeTerm(w)).filter((t): t is string => !!t);
      queries.push(words.filter((_, k) => k % 3 === 0).map((term, k) => ({ term, weight: 0.5 + (k % 4) * 0.5 })));
    });
    queries.push(
      [{ term: 'pasargard', weight: 1, fuzzy: true }, { term: 'sanction', weight: 2 }],
      [{ term: 'shirinkr', weight: 1.5, fuzzy: true }, { term: 'iran', weight: 1 }],
      [{ term: 'zebra', weight: 1 }],
      [{ term: 'elect', weight: 1 }, { term: 'the', weight: 1 }],
    );
    let compared = 0;
    for (const q of queries) {
      for (const limit of [40, 5, 1]) {
        const got = seed.search(q, limit);
        const expected = seed.searchWithMiniSearch(q, limit);
        expect(got).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(300);
    expect(seed.search(queries.at(-4)!).length).toBeGreaterThan(0); // the typo found its name
  });
});
