import MiniSearch from 'minisearch';
import type { Article } from './ingest.js';
import type { Passage } from './passages.js';
import { normalizeTerm, WORD } from './text.js';

/** Search options for {@link PassageIndex}; defaults in one place. */
export interface IndexOptions {
  /** How many passages a search returns at most. Default 40. */
  limit: number;
  /** Field boosts: the sentence itself counts most, its article's title a little. Default { text: 1, title: 0.25 }. */
  boost: { text: number; title: number };
  /** Fuzzy matching for longer terms (edit distance as a share of term length). Default 0.2 for terms of 6+ letters. */
  fuzzy: number;
}

export const INDEX_DEFAULTS: IndexOptions = { limit: 40, boost: { text: 1, title: 0.25 }, fuzzy: 0.2 };

/** A weighted query term: `term` is already normalised (see `normalizeTerm`). */
export interface WeightedTerm {
  term: string;
  weight: number;
  /** Allow typo matching for this term (only applied when the corpus lacks it as typed). */
  fuzzy?: boolean;
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
    readonly options: IndexOptions,
  ) {}

  /**
   * Indexes every non-duplicate passage and every article title. `onTerm(passageId, term)` sees
   * each index term of each passage as minisearch processes it, so callers can keep per-passage
   * terms without tokenising twice.
   */
  static build(articles: Article[], passages: Passage[], options: Partial<IndexOptions> = {}, onTerm?: (passage: number, term: string) => void): PassageIndex {
    const base = miniSearchOptions('text');
    let current = -1;
    const mini = new MiniSearch(onTerm
      ? { ...base, processTerm: (t: string) => { const r = processTerm(t); if (r) onTerm(current, r); return r; } }
      : base);
    const articleOf = new Int32Array(passages.length);
    for (const p of passages) {
      articleOf[p.id] = p.article;
      if (p.duplicateOf !== undefined) continue;
      current = p.id;
      mini.add({ id: p.id, text: p.text });
    }
    const titles = new MiniSearch(miniSearchOptions('title'));
    titles.addAll(articles.map((a, i) => ({ id: i, title: a.title })));
    return new PassageIndex(mini, titles, articleOf, { ...INDEX_DEFAULTS, ...options });
  }

  /** Restores an index saved with {@link toJSON}. */
  static fromJSON(json: string, options: Partial<IndexOptions> = {}): PassageIndex {
    const j = JSON.parse(json) as { passages: unknown; titles: unknown; articleOf: number[] };
    return new PassageIndex(
      MiniSearch.loadJS(j.passages as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions('text')),
      MiniSearch.loadJS(j.titles as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions('title')),
      Int32Array.from(j.articleOf),
      { ...INDEX_DEFAULTS, ...options },
    );
  }

  /** Serialises the index (minisearch's own JSON format for both parts). */
  toJSON(): string {
    return JSON.stringify({ passages: this.mini, titles: this.titles, articleOf: [...this.articleOf] });
  }

  /** Number of passages containing `term` (0 when the corpus never uses it). */
  documentFrequency(term: string): number {
    // minisearch has no public df accessor; its term index (a SearchableMap of
    // term -> fieldId -> docId -> tf) holds it. Field 0 is `text`.
    const entry = (this.mini as unknown as { _index: { get(t: string): Map<number, Map<number, number>> | undefined } })._index.get(term);
    return entry?.get(0)?.size ?? 0;
  }

  get documentCount(): number {
    return this.mini.documentCount;
  }

  /** Ranked passages for the weighted terms; a passage whose article's title matches ranks higher. */
  search(query: WeightedTerm[], limit = this.options.limit): Hit[] {
    if (query.length === 0) return [];
    const weights = new Map<string, number>();
    const typo = new Set<string>();
    for (const q of query) {
      weights.set(q.term, Math.max(weights.get(q.term) ?? 0, q.weight));
      if (q.fuzzy) typo.add(q.term);
    }
    const { fuzzy, boost } = this.options;
    const text = [...weights.keys()].join(' ');
    const boostTerm = (term: string) => weights.get(term) ?? 1;
    const results = this.mini.search(text, {
      combineWith: 'OR',
      // Fuzzy matching is for typos: only for terms the corpus does not contain as typed
      // (it is also the most expensive part of a search).
      fuzzy: (term) => (typo.has(term) && term.length >= 6 && !/^\d/.test(term) && this.documentFrequency(term) === 0 ? fuzzy : false),
      prefix: false,
      boostTerm,
    });
    const titleScore = new Map<number, number>();
    for (const r of this.titles.search(text, { combineWith: 'OR', prefix: false, fuzzy: false, boostTerm })) titleScore.set(r.id as number, r.score);
    const hits = results.map((r) => {
      const id = r.id as number;
      return { passage: id, score: boost.text * r.score + boost.title * (titleScore.get(this.articleOf[id]!) ?? 0) };
    });
    if (titleScore.size) hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }
}
