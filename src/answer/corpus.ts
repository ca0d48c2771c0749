import type { Article } from '../ingest.js';
import type { PassageIndex } from '../index.js';
import type { Passage } from '../passages.js';
import type { Token } from '../tagging.js';

/** The answer stages, the default first (see {@link AnswerOptions.scorer}). */
export const ANSWER_STAGES = ['checked', 'rules', 'learned', 'combined'] as const;
export type AnswerStage = (typeof ANSWER_STAGES)[number];

/** Tuning of the answer stage; defaults in one place. */
export interface AnswerOptions {
  /**
   * Which answer stage answers: 'checked' (the default: the rules stage's answer, given only when
   * the learned ranker's own best candidate names the same thing), 'rules' (the hand-tuned one,
   * src/answer/rules.ts), 'learned' (soft evidence and the scorer `npm run train` learns, with a
   * calibrated confidence), or 'combined' (the learned answer when confident, else the rules'
   * answer unless the learned model rules it out). See src/answer/index.ts.
   */
  scorer: AnswerStage;
  /** Citations returned at most (adapters show a few and page through the rest). Default 6. */
  maxCitations: number;
  /** Related passages returned when abstaining. Default 3. */
  maxRelated: number;
  /** Passages tagged and searched for a short answer. Default 8. */
  candidatePassages: number;
  /**
   * Lowest confidence (the scorer's probability that the answer is right) still given as an
   * answer. Default: the threshold `npm run train` chose on the dev split (see model.json).
   */
  minConfidence?: number;
  /** Longest short answer, in words. Default 15. */
  maxAnswerWords: number;
  /** Articles of the best hits whose other sentences are also weighed. Default 3. */
  expandArticles: number;
}

export const ANSWER_DEFAULTS: AnswerOptions = {
  scorer: 'checked',
  maxCitations: 6,
  maxRelated: 3,
  candidatePassages: 8,
  maxAnswerWords: 15,
  expandArticles: 3,
};

/** What the answer stage reads: the corpus, its index, and cached per-passage terms. */
export interface Corpus {
  articles: Article[];
  passages: Passage[];
  index: PassageIndex;
  /** A passage's tokens with their tags (tagged ahead of time, or now and kept). */
  tokens(passage: Passage): Token[];
  /** Index terms of a passage. */
  passageTerms(id: number): TermSet;
  /** The distinct index terms of a passage, as ids into {@link termsById} (for soft matching by word vectors). */
  termIdsOf(id: number): Int32Array;
  /** Every index term, by id (the same array for as long as the corpus is loaded). */
  termsById(): readonly string[];
  /** An index term's id (-1: no passage uses it). */
  termId(term: string): number;
  /** In how many of an article's sentences a term appears. */
  mentions(article: number, term: string): number;
  /** Index terms of an article's title. */
  titleTerms(article: number): TermSet;
  /** First passage id of each article, and one past the last (`[start, end)`). */
  articleRange(article: number): [number, number];
}

/** Membership test for index terms. */
export interface TermSet {
  has(term: string): boolean;
}
