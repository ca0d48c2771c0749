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

function miniSearchOptions() {
  return {
    fields: ['text', 'title'],
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
    private readonly mini: MiniSearch,
    readonly options: IndexOptions,
  ) {}

  /**
   * Indexes every non-duplicate passage. `onTerm(passageId, term)` sees each index term of each
   * passage's text as minisearch processes it, so callers can keep per-passage terms without
   * tokenising twice.
   */
  static build(articles: Article[], passages: Passage[], options: Partial<IndexOptions> = {}, onTerm?: (passage: number, term: string) => void): PassageIndex {
    const base = miniSearchOptions();
    let current = -1;
    const mini = new MiniSearch(onTerm
      ? { ...base, processTerm: (t: string, field?: string) => { const r = processTerm(t); if (r && field === 'text') onTerm(current, r); return r; } }
      : base);
    const titleOf = articles.map((a) => a.title);
    for (const p of passages) {
      if (p.duplicateOf !== undefined) continue;
      current = p.id;
      mini.add({ id: p.id, text: p.text, title: titleOf[p.article] });
    }
    return new PassageIndex(mini, { ...INDEX_DEFAULTS, ...options });
  }

  /** Restores an index saved with {@link toJSON}. */
  static fromJSON(json: string, options: Partial<IndexOptions> = {}): PassageIndex {
    return new PassageIndex(MiniSearch.loadJSON(json, miniSearchOptions()), { ...INDEX_DEFAULTS, ...options });
  }

  /** Serialises the index (minisearch's own JSON format). */
  toJSON(): string {
    return JSON.stringify(this.mini);
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

  /** Ranked passages for the weighted terms. */
  search(query: WeightedTerm[], limit = this.options.limit): Hit[] {
    if (query.length === 0) return [];
    const weights = new Map<string, number>();
    const typo = new Set<string>();
    for (const q of query) {
      weights.set(q.term, Math.max(weights.get(q.term) ?? 0, q.weight));
      if (q.fuzzy) typo.add(q.term);
    }
    const { fuzzy, boost } = this.options;
    const results = this.mini.search([...weights.keys()].join(' '), {
      boost,
      combineWith: 'OR',
      // Fuzzy matching is for typos: only for terms the corpus does not contain as typed
      // (it is also the most expensive part of a search).
      fuzzy: (term) => (typo.has(term) && term.length >= 6 && !/^\d/.test(term) && this.documentFrequency(term) === 0 ? fuzzy : false),
      prefix: false,
      boostTerm: (term) => weights.get(term) ?? 1,
    });
    return results.slice(0, limit).map((r) => ({ passage: r.id as number, score: r.score }));
  }
}
