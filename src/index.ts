import MiniSearch from 'minisearch';
import type { Article } from './ingest.js';
import { indexedTexts, type Passage } from './passages.js';
import { normalizeTerm, PassageTerms, WORD } from './text.js';

/** Search options for {@link PassageIndex}; defaults in one place. */
export interface IndexOptions {
  /** How many passages a search returns at most. Default 40. */
  limit: number;
  /** Field boosts: the sentence itself counts most, its article's title a little. Default { text: 1, title: 0.25 }. */
  boost: { text: number; title: number };
  /** Fuzzy matching for longer terms (edit distance as a share of term length). Default 0.2 for terms of 6+ letters. */
  fuzzy: number;
}

/** Most edits a typo may need (minisearch's own cap for fuzzy search). */
const MAX_TYPO_EDITS = 6;

export const INDEX_DEFAULTS: IndexOptions = { limit: 40, boost: { text: 1, title: 0.25 }, fuzzy: 0.2 };

/** A weighted query term: `term` is already normalised (see `normalizeTerm`). */
export interface WeightedTerm {
  term: string;
  weight: number;
  /** Allow typo matching for this term (only applied when the corpus lacks it as typed). */
  fuzzy?: boolean;
}

/**
 * A term's passages, as minisearch reads them: `size`, `keys()` and `get(docId)` of a map
 * docId -> frequency. minisearch asks `get` for the id `keys()` just gave, so `get` looks there
 * first (a binary search otherwise).
 */
class Postings {
  private cursor = -1;
  constructor(
    private readonly docs: Int32Array,
    private readonly freqs: Uint16Array,
  ) {}
  get size(): number {
    return this.docs.length;
  }
  keys(): IterableIterator<number> {
    const docs = this.docs;
    let i = -1;
    const it: IterableIterator<number> = {
      next: () => {
        i++;
        if (i >= docs.length) return { done: true, value: undefined };
        this.cursor = i;
        return { done: false, value: docs[i]! };
      },
      [Symbol.iterator]: () => it,
    };
    return it;
  }
  get(doc: number): number | undefined {
    if (this.docs[this.cursor] === doc) return this.freqs[this.cursor];
    let lo = 0;
    let hi = this.docs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.docs[mid]!;
      if (v === doc) return this.freqs[mid];
      if (v < doc) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }
}

/**
 * A term's entry in minisearch's term map (fieldId -> postings; passages have the one field 0),
 * reading the shared inverted arrays: one small object a term instead of two maps and an entry per
 * passage, which makes building, loading and the CLI's start-up image several times cheaper.
 */
class TermEntry {
  constructor(
    private readonly inverted: { offsets: Int32Array; docs: Int32Array; freqs: Uint16Array },
    private readonly term: number,
  ) {}
  get size(): number {
    return 1;
  }
  get(field: number): Postings | undefined {
    if (field !== 0) return undefined;
    const { offsets, docs, freqs } = this.inverted;
    const from = offsets[this.term]!;
    const to = offsets[this.term + 1]!;
    return new Postings(docs.subarray(from, to), freqs.subarray(from, to));
  }
}

/**
 * The parts of a MiniSearch instance the bulk build fills (minisearch 7: `_index` is a radix tree
 * of term -> fieldId -> docId -> term frequency, read in search through `get`, `size` and `keys`,
 * which TermEntry and Postings provide; `_documentIds` maps shortId -> id, `_fieldLength` docId
 * -> lengths by field). Nothing is ever added to or removed from an index after it is built (a
 * reload builds a new one), so only the reading side of these is needed.
 */
/**
 * minisearch's shortId -> id map (and id -> shortId): here both are the passage id, for every
 * passage that is indexed, so a byte per passage answers `has` and `get`.
 */
class IndexedPassages {
  constructor(
    private readonly indexed: Uint8Array,
    readonly size: number,
  ) {}
  has(id: number): boolean {
    return this.indexed[id] === 1;
  }
  get(id: number): number | undefined {
    return this.indexed[id] === 1 ? id : undefined;
  }
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (let id = 0; id < this.indexed.length; id++) if (this.indexed[id] === 1) yield [id, id];
  }
}

/** minisearch's per-document field lengths (`get(docId)[fieldId]`; passages have one field), read from the collected lengths. */
class FieldLengths {
  private readonly one = [0];
  constructor(private readonly lengths: Int32Array) {}
  get(id: number): number[] {
    // minisearch reads the entry at once (`get(docId)[fieldId]`), so one array serves every call
    this.one[0] = this.lengths[id]!;
    return this.one;
  }
}

interface MiniSearchInternals {
  _index: { set(term: string, data: TermEntry): void; fuzzyGet(term: string, maxDistance: number): Map<string, unknown> };
  _documentIds: IndexedPassages;
  _idToShortId: IndexedPassages;
  _fieldLength: FieldLengths;
}

export interface Hit {
  passage: number;
  score: number;
}

const tokenize = (text: string): string[] => text.match(WORD) ?? [];
const processTerm = (t: string): string | null => normalizeTerm(t);

function miniSearchOptions(field: 'text' | 'title') {
  return {
    fields: [field],
    storeFields: [] as string[],
    tokenize,
    processTerm,
    // Query terms arrive normalised already; applying stemming twice would change them.
    searchOptions: { tokenize: (q: string) => q.split(' '), processTerm: (t: string) => t || null },
  };
}

/**
 * A MiniSearch over one field whose documents are 0..n-1 (`indexed[d]`: document d is in the
 * index), filled from collected terms: an empty index in minisearch's serialisation format
 * (version 2) gives the statistics, then its term map and document maps are set directly.
 */
function bulkIndex(field: 'text' | 'title', terms: PassageTerms, indexed: boolean[]): MiniSearch {
  let documents = 0;
  let totalLength = 0;
  const flags = new Uint8Array(indexed.length);
  indexed.forEach((yes, d) => {
    if (!yes) return;
    flags[d] = 1;
    documents++;
    totalLength += terms.lengths[d]!;
  });
  const mini = MiniSearch.loadJS(
    { documentCount: documents, nextId: indexed.length, documentIds: {}, fieldIds: { [field]: 0 }, fieldLength: {}, averageFieldLength: [documents ? totalLength / documents : 0], storedFields: {}, dirtCount: 0, index: [], serializationVersion: 2 },
    miniSearchOptions(field),
  );
  const m = mini as unknown as MiniSearchInternals;
  m._documentIds = m._idToShortId = new IndexedPassages(flags, documents);
  m._fieldLength = new FieldLengths(terms.lengths);
  const inverted = terms.invert();
  const vocabulary = terms.terms();
  for (let t = 0; t < vocabulary.length; t++) {
    if (inverted.offsets[t + 1]! > inverted.offsets[t]!) m._index.set(vocabulary[t]!, new TermEntry(inverted, t));
  }
  return mini;
}

/** Searches remembered by {@link PassageIndex.search}. */
const RECENT_SEARCHES = 4;

/**
 * Full-text index over passages (minisearch, BM25+): stop words removed, irregular forms
 * lemmatised and Porter-stemmed, fuzzy matching for long terms, per-term weights from the
 * question analysis. Repeated sentences (duplicate captions) are not indexed.
 *
 * @example
 * const index = PassageIndex.build(articles, passages);
 * index.search([{ term: 'sanction', weight: 1 }, { term: 'iran', weight: 1.5 }]) // [{ passage: 12, score: 8.1 }, ...]
 */
export class PassageIndex {
  private constructor(
    /** Sentences (field `text`). */
    private readonly mini: MiniSearch,
    /** Article titles, one document per article (field `title`): a title is indexed once, not once per sentence. */
    private readonly titles: MiniSearch,
    /** Article of each passage id. */
    private readonly articleOf: Int32Array,
    /** The passages' terms the index was built from (document frequencies come from here). */
    private readonly terms: PassageTerms,
    readonly options: IndexOptions,
  ) {}

  /** Indexes every non-duplicate passage and every article title. */
  static build(articles: Article[], passages: Passage[], options: Partial<IndexOptions> = {}): PassageIndex {
    return PassageIndex.fromTerms(articles, passages, PassageTerms.collect(indexedTexts(passages)), options);
  }

  /**
   * Builds the index from passages' already collected terms (see {@link PassageTerms.collect}),
   * without tokenising again: the same index minisearch's own `add` builds document by document
   * (same postings, term frequencies, field lengths and BM25 statistics; a test checks the two
   * agree), filled in bulk. This is also how a snapshot is loaded.
   */
  static fromTerms(articles: Article[], passages: Passage[], terms: PassageTerms, options: Partial<IndexOptions> = {}): PassageIndex {
    const articleOf = new Int32Array(passages.length);
    for (const p of passages) articleOf[p.id] = p.article;
    const mini = bulkIndex('text', terms, passages.map((p) => p.duplicateOf === undefined));
    const titleTerms = PassageTerms.collect(articles.map((a) => a.title));
    const titles = bulkIndex('title', titleTerms, articles.map(() => true));
    return new PassageIndex(mini, titles, articleOf, terms, { ...INDEX_DEFAULTS, ...options });
  }

  /** Number of passages containing `term` (0 when the corpus never uses it). */
  documentFrequency(term: string): number {
    return this.terms.documentFrequency(term);
  }

  get documentCount(): number {
    return this.mini.documentCount;
  }

  /**
   * Corpus terms within the index's typo distance of `term` (a name typed "Pasargard" → "pasargad"),
   * most used first; [] when none.
   *
   * @example
   * index.spellings('pasargard') // ['pasargad']
   */
  spellings(term: string): string[] {
    // The index's own typo distance (as its fuzzy search: a share of the length, at most
    // MAX_TYPO_EDITS), read straight from its term tree: no documents are scored.
    const distance = Math.min(MAX_TYPO_EDITS, Math.round(term.length * this.options.fuzzy));
    if (distance === 0) return [];
    // nearest first ("ukrainian" before the commoner "iranian" for "ukranian"), then commonest
    const found = [...(this.mini as unknown as MiniSearchInternals)._index.fuzzyGet(term, distance)].filter(([t]) => t !== term);
    const edits = (x: (typeof found)[number]) => (x[1] as [unknown, number])[1];
    return found.sort((a, b) => edits(a) - edits(b) || this.documentFrequency(b[0]) - this.documentFrequency(a[0])).map(([t]) => t);
  }

  /** The last few searches and their hits: answer stages that check each other search alike. */
  private readonly recent = new Map<string, readonly Hit[]>();

  /**
   * Ranked passages for the weighted terms; a passage whose article's title matches ranks higher.
   * The same query again (the checked stage's two readers of one question) is answered from the
   * last {@link RECENT_SEARCHES} searches; the hits are shared, and never to be changed.
   */
  search(query: WeightedTerm[], limit = this.options.limit): readonly Hit[] {
    if (query.length === 0) return [];
    const key = `${limit}\u0000${query.map((q) => `${q.term}\u0001${q.weight}\u0001${q.fuzzy ? 1 : 0}`).join('\u0000')}`;
    const known = this.recent.get(key);
    if (known) return known;
    const hits = this.searchNow(query, limit);
    if (this.recent.size >= RECENT_SEARCHES) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(key, hits);
    return hits;
  }

  /**
   * A query's terms with their highest weight, those that may match typos, and each article's
   * title score (what both ways of searching share).
   */
  private prepare(query: WeightedTerm[]) {
    const weights = new Map<string, number>();
    const typo = new Set<string>();
    for (const q of query) {
      weights.set(q.term, Math.max(weights.get(q.term) ?? 0, q.weight));
      if (q.fuzzy) typo.add(q.term);
    }
    const text = [...weights.keys()].join(' ');
    const boostTerm = (term: string) => weights.get(term) ?? 1;
    const titleScore = new Map<number, number>();
    for (const r of this.titles.search(text, { combineWith: 'OR', prefix: false, fuzzy: false, boostTerm })) titleScore.set(r.id as number, r.score);
    // Fuzzy matching is for typos: only for terms the corpus does not contain as typed (it is also
    // the most expensive part of a search).
    const typoMatched = (term: string) => typo.has(term) && term.length >= 6 && !/^\d/.test(term) && this.documentFrequency(term) === 0;
    return { weights, text, boostTerm, titleScore, typoMatched };
  }

  private searchNow(query: WeightedTerm[], limit: number): Hit[] {
    const { fuzzy, boost } = this.options;
    const { weights, titleScore, typoMatched } = this.prepare(query);
    const scorer = (this.scorer ??= new Scorer(this.terms, this.mini.documentCount));
    const tree = (this.mini as unknown as MiniSearchInternals)._index;
    for (const [term, termBoost] of weights) {
      scorer.startTerm();
      scorer.add(term, 1, termBoost);
      // minisearch's weighting of a typo match at edit distance d: FUZZY_WEIGHT × length / (length + d)
      if (typoMatched(term)) {
        const distance = Math.min(MAX_TYPO_EDITS, Math.round(term.length * fuzzy));
        if (distance > 0) {
          for (const [found, [, d]] of tree.fuzzyGet(term, distance) as Map<string, [unknown, number]>) {
            if (d > 0) scorer.add(found, (FUZZY_WEIGHT * found.length) / (found.length + d), termBoost);
          }
        }
      }
      scorer.endTerm();
    }
    return scorer.top(limit, boost.text, (doc) => boost.title * (titleScore.get(this.articleOf[doc]!) ?? 0));
  }

  /**
   * The same search through minisearch's own `search` (what {@link search} computed before its
   * scorer): the reference the tests compare the scorer with, and the benchmark's "bare" row.
   */
  searchWithMiniSearch(query: WeightedTerm[], limit = this.options.limit): Hit[] {
    if (query.length === 0) return [];
    const { fuzzy, boost } = this.options;
    const { text, boostTerm, titleScore, typoMatched } = this.prepare(query);
    const results = this.mini.search(text, { combineWith: 'OR', fuzzy: (term) => (typoMatched(term) ? fuzzy : false), prefix: false, boostTerm });
    const hits = results.map((r) => {
      const id = r.id as number;
      return { passage: id, score: boost.text * r.score + boost.title * (titleScore.get(this.articleOf[id]!) ?? 0) };
    });
    if (titleScore.size) hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }

  /** BM25+ scoring over the inverted arrays, made on the first search. */
  private scorer: Scorer | null = null;
}

/** minisearch's BM25+ parameters (its defaults) and weight of a typo match at distance 0. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const FUZZY_WEIGHT = 0.45;
/** Query terms are stamped 1, 2, … to tell "first match of this term" without clearing; restart well before int32 overflow. */
const STAMP_LIMIT = 2 ** 30;

/**
 * minisearch's own OR search (BM25+, a passage's score times the number of query terms it
 * matches, ties kept in the order passages were first matched), computed over the inverted typed
 * arrays with one score slot per passage instead of a map entry, a terms array and a match object
 * per matching passage, and only the best `limit` sorted. A query with a common word matches
 * thousands of sentences, which made that bookkeeping most of a search's time.
 * `test/index.test.ts` checks hits, order and scores equal minisearch's `search`.
 */
class Scorer {
  private readonly total: Float64Array;
  private readonly termScore: Float64Array;
  private readonly matchedTerms: Uint16Array;
  private readonly termStamp: Int32Array;
  /** Passages matched so far, in the order first matched; and those the current term matched. */
  private touched: Int32Array;
  private touchedCount = 0;
  private termTouched: Int32Array;
  private termTouchedCount = 0;
  private stamp = 0;
  private readonly inverted: { offsets: Int32Array; docs: Int32Array; freqs: Uint16Array };
  private readonly averageLength: number;

  constructor(
    private readonly terms: PassageTerms,
    private readonly documents: number,
  ) {
    const n = terms.lengths.length;
    this.total = new Float64Array(n);
    this.termScore = new Float64Array(n);
    this.matchedTerms = new Uint16Array(n);
    this.termStamp = new Int32Array(n);
    this.touched = new Int32Array(Math.min(n, 1024));
    this.termTouched = new Int32Array(Math.min(n, 1024));
    this.inverted = terms.invert();
    let sum = 0;
    for (let p = 0; p < n; p++) sum += terms.lengths[p]!;
    this.averageLength = documents ? sum / documents : 0;
  }

  startTerm(): void {
    if (++this.stamp === STAMP_LIMIT) {
      this.termStamp.fill(0);
      this.stamp = 1;
    }
    this.termTouchedCount = 0;
  }

  /** Scores the passages using index term `term` (the query term or a typo match of it). */
  add(term: string, weight: number, termBoost: number): void {
    const id = this.terms.vocabulary.get(term);
    if (id === undefined) return;
    const { offsets, docs, freqs } = this.inverted;
    const from = offsets[id]!;
    const to = offsets[id + 1]!;
    const matching = to - from;
    if (matching === 0) return;
    const { k, b, d } = BM25;
    const idf = Math.log(1 + (this.documents - matching + 0.5) / (matching + 0.5));
    const lengths = this.terms.lengths;
    const scale = weight * termBoost;
    for (let i = from; i < to; i++) {
      const doc = docs[i]!;
      const tf = freqs[i]!;
      const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * lengths[doc]!) / this.averageLength)));
      if (this.termStamp[doc] !== this.stamp) {
        this.termStamp[doc] = this.stamp;
        this.termScore[doc] = scale * raw;
        if (this.termTouchedCount === this.termTouched.length) this.termTouched = grow(this.termTouched);
        this.termTouched[this.termTouchedCount++] = doc;
      } else this.termScore[doc] = this.termScore[doc]! + scale * raw;
    }
  }

  /** Adds the current term's scores to the passages' totals (as minisearch sums term by term). */
  endTerm(): void {
    for (let i = 0; i < this.termTouchedCount; i++) {
      const doc = this.termTouched[i]!;
      if (this.matchedTerms[doc] === 0) {
        this.total[doc] = this.termScore[doc]!;
        if (this.touchedCount === this.touched.length) this.touched = grow(this.touched);
        this.touched[this.touchedCount++] = doc;
      } else this.total[doc] = this.total[doc]! + this.termScore[doc]!;
      this.matchedTerms[doc] = this.matchedTerms[doc]! + 1;
    }
  }

  /**
   * The best `limit` passages by `textBoost` × score × matched terms + `extra(passage)` (ties: the
   * higher text score, then the first matched), and clears the per-passage state for the next search.
   */
  top(limit: number, textBoost: number, extra: (doc: number) => number): Hit[] {
    const text = new Float64Array(this.touchedCount);
    const score = new Float64Array(this.touchedCount);
    for (let i = 0; i < this.touchedCount; i++) {
      const doc = this.touched[i]!;
      text[i] = this.total[doc]! * this.matchedTerms[doc]!;
      score[i] = textBoost * text[i]! + extra(doc);
    }
    // a is ranked after b
    const after = (a: number, b: number) => score[a]! < score[b]! || (score[a] === score[b] && (text[a]! < text[b]! || (text[a] === text[b] && a > b)));
    // the best `limit` in a min-heap (its root the worst kept), then sorted
    const heap: number[] = [];
    for (let i = 0; i < this.touchedCount; i++) {
      if (heap.length < limit) {
        heap.push(i);
        for (let c = heap.length - 1; c > 0; ) {
          const parent = (c - 1) >> 1;
          if (!after(heap[c]!, heap[parent]!)) break;
          [heap[c], heap[parent]] = [heap[parent]!, heap[c]!];
          c = parent;
        }
      } else if (limit > 0 && after(heap[0]!, i)) {
        heap[0] = i;
        for (let c = 0; ; ) {
          const l = 2 * c + 1;
          const r = l + 1;
          let worst = c;
          if (l < heap.length && after(heap[l]!, heap[worst]!)) worst = l;
          if (r < heap.length && after(heap[r]!, heap[worst]!)) worst = r;
          if (worst === c) break;
          [heap[c], heap[worst]] = [heap[worst]!, heap[c]!];
          c = worst;
        }
      }
    }
    heap.sort((a, b) => (after(a, b) ? 1 : after(b, a) ? -1 : 0));
    const hits = heap.map((i) => ({ passage: this.touched[i]!, score: score[i]! }));
    for (let i = 0; i < this.touchedCount; i++) this.matchedTerms[this.touched[i]!] = 0;
    this.touchedCount = 0;
    return hits;
  }
}

function grow(a: Int32Array): Int32Array {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}
