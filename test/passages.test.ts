import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../src/engine.js';
import { loadCorpus } from '../src/ingest.js';
import { MAX_SENTENCE_CHARS, sentenceSpans, toPassages } from '../src/passages.js';
import { CORPUS, tempCorpus } from './helpers.js';

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

describe('a very long line', () => {
  // Filler: one sentence (with an abbreviation, a quote and numbers) repeated, and a long run that
  // never ends a sentence (a table flattened onto one line).
  const SENTENCE = 'Mr. Jones said the harbour handled 1,200 ships in "a record year" for the U.S. port. ';
  const RUN = Array.from({ length: 8_000 }, (_, i) => `Cell${i}`).join(' | ');
  const oneMegabyteLine = () => {
    const half = SENTENCE.repeat(Math.ceil(480_000 / SENTENCE.length));
    return `${half}The bridge was designed by Tomas Berg. ${RUN} ${half}`;
  };

  let dir: string | null = null;
  afterEach(async () => {
    vi.restoreAllMocks();
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  it('never hands the sentence segmenter a whole 1 MB line, and cuts no passage longer than MAX_SENTENCE_CHARS', () => {
    const body = oneMegabyteLine();
    expect(body.length).toBeGreaterThan(1_000_000);
    const inputs: number[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, text: string) {
      inputs.push(text.length);
      return segment.call(this, text);
    });
    const ps = toPassages({ id: 'long', title: 'Long', origin: 'long.md', body }, 0, 0);
    // ICU's sentence iterator slows with the square of its input: it must see bounded pieces
    expect(Math.max(...inputs)).toBeLessThanOrEqual(64 * 1024);
    expect(MAX_SENTENCE_CHARS).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...ps.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    for (const p of ps) expect(body.slice(p.start, p.end)).toBe(p.text);
    expect(ps.filter((p) => p.text === SENTENCE.trim()).length).toBeGreaterThan(10_000);
    expect(ps.some((p) => p.text === 'The bridge was designed by Tomas Berg.')).toBe(true);
  });

  it('loads a 1 MB one-line article and answers from it in seconds, quoting exactly', async () => {
    dir = await tempCorpus({ 'long.md': `---\nid: long\ntitle: Harbour records\n---\n${oneMegabyteLine()}` });
    const started = performance.now();
    const engine = await createEngine(dir, { warn: () => {}, log: () => {} });
    const answer = engine.ask('Who designed the bridge?');
    const seconds = (performance.now() - started) / 1000;
    await engine.close();
    expect(answer.answer).toBe('Tomas Berg');
    expect(answer.citations[0]?.quote).toBe('The bridge was designed by Tomas Berg.');
    // About 0.3 s on the bench machine; the old quadratic segmentation took 25 s.
    expect(seconds).toBeLessThan(10);
  });

  it('indexes a one-line article of 200,000 tiny sentences, and a JSONL feed of 200,000 articles', async () => {
    const { CorpusState } = await import('../src/engine.js');
    const body = 'A. b. C? "D!" e... (F.) '.repeat(44_000);
    const state = CorpusState.build([{ id: 'tiny', title: 'Tiny', body, origin: 'tiny.md' }], []);
    expect(state.passages.length).toBeGreaterThan(200_000);
    expect(state.sources()[0]?.passages).toBe(state.passages.length);
    const feed = Array.from({ length: 200_000 }, (_, i) => JSON.stringify({ id: `n${i}`, title: `N${i}`, body: `Item ${i}.` })).join('\n');
    dir = await tempCorpus({ 'feed.jsonl': feed });
    const { articles, problems } = await loadCorpus(dir);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(200_000);
  });

  it('cuts an over-long sentence at a space, each piece an exact slice of the text', () => {
    const words = Array.from({ length: 2_000 }, (_, i) => `Word${i}`).join(' ');
    const text = `Short one. ${words}. Short two.`;
    const spans = sentenceSpans(text);
    const pieces = spans.map(([s, e]) => text.slice(s, e));
    expect(pieces[0]).toBe('Short one.');
    expect(pieces[pieces.length - 1]).toBe('Short two.');
    expect(pieces.slice(1, -1).join(' ')).toBe(`${words}.`); // nothing lost, nothing repeated
    for (const piece of pieces.slice(1, -1)) {
      expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(piece).toMatch(/^Word\d+( Word\d+)*\.?$/); // whole words: cut at a space
    }
  });

  it('segments a long line in windows exactly as in one piece when no sentence is over-long', async () => {
    const { articles } = await loadCorpus(CORPUS);
    const line = articles.map((a) => a.body.split(/\s*\n\s*/).join(' ')).join(' ');
    expect(line.length).toBeGreaterThan(3 * 2 * MAX_SENTENCE_CHARS); // several windows of the smallest size
    const whole = sentenceSpans(line, 7, { windowChars: Infinity });
    expect(sentenceSpans(line, 7, { windowChars: 0 })).toEqual(whole);
    expect(whole.length).toBeGreaterThan(50);
  });
});
