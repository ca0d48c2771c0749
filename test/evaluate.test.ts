import { describe, expect, it } from 'vitest';
import { score } from '../src/evaluate.js';
import type { Answer } from '../src/types.js';

const body = 'Alice runs the bakery. Bob owns the mill.';
const src = () => ({ body, origin: 'corpus/001_x.md' });
const answer = (over: Partial<Answer>): Answer => ({ question: 'q', answered: true, answer: 'Alice', confidence: 0.8, citations: [{ document: '001-bakery', title: 'T', quote: 'Alice runs the bakery.', start: 0, end: 22 }], ...over });

describe('score', () => {
  it('counts an answer correct only when it holds the phrase and cites a gold source', () => {
    const r = score(
      [{ q: 'a', any: ['Alice'], sources: ['001'] }, { q: 'b', any: ['Alice'], sources: ['002'] }, { q: 'c', any: ['Bob'] }],
      [answer({}), answer({}), answer({})],
      src,
    );
    expect(r.verdicts.map((v) => v.ok)).toEqual([true, false, false]);
    expect(r.correct).toBe(1);
  });

  it('needs every phrase for "all" and an abstention for unanswerable questions', () => {
    const r = score(
      [{ q: 'a', all: ['Alice', 'Bob'] }, { q: 'b', unanswerable: true }, { q: 'c', unanswerable: true }],
      [answer({ answer: 'Alice and Bob' }), answer({ answered: false, answer: null, citations: [] }), answer({})],
      src,
    );
    expect(r.verdicts.map((v) => v.ok)).toEqual([true, true, false]);
    expect(r.abstained).toBe(1);
  });

  it('flags a quote that does not match the article text', () => {
    const r = score([{ q: 'a', any: ['Alice'] }], [answer({ citations: [{ document: 'd', title: 'T', quote: 'Alice ran the bakery.', start: 0, end: 22 }] })], src);
    expect(r.verbatimQuotes).toBe(0);
    expect(r.quotes).toBe(1);
  });
});
