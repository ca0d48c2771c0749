import { answerQuestion, type AnswerOptions, type Corpus } from './answer.js';
import { loadCorpus, type Article, type CorpusProblem, type IngestOptions } from './ingest.js';
import { PassageIndex, type IndexOptions } from './index.js';
import { toPassages, type Passage } from './passages.js';
import { analyzeQuestion, QuestionTextSchema } from './question.js';
import { Tagger } from './tagging.js';
import { terms } from './text.js';
import type { Answer, Source } from './types.js';

export type { Answer, Citation, Source } from './types.js';
export type { CorpusProblem } from './ingest.js';

/** Options for {@link createEngine}; every field has a default. */
export interface EngineOptions {
  /** Extra JSONL article files loaded beside the corpus folder. */
  jsonl?: string[];
  /** Ingest limits (see IngestOptions). */
  ingest?: Omit<IngestOptions, 'jsonl'>;
  index?: Partial<IndexOptions>;
  answer?: Partial<AnswerOptions>;
  /** Where load problems are reported. Default: console.warn. Pass () => {} to silence. */
  warn?: (message: string) => void;
}

/** The question-answering engine over one corpus. */
export interface Engine {
  /**
   * Answers a question. Never throws: a refused question (empty, too long) comes back with
   * `error` set and `answered: false`.
   *
   * @example
   * engine.ask('Who runs Emennet Pasargad?').answer // 'Mohammad Bagher Shirinkar'
   */
  ask(question: unknown): Answer;
  /** The indexed articles. */
  sources(): Source[];
  /** Files (or JSONL lines) that failed to load, with the reason. */
  problems(): CorpusProblem[];
}

/** Everything built from one load of the corpus; replaced whole on reload. */
export class CorpusState implements Corpus {
  readonly tagger = new Tagger();
  private termCache = new Map<number, Set<string>>();
  private articleCache = new Map<number, Set<string>>();
  private ranges: Array<[number, number]> = [];

  constructor(
    readonly articles: Article[],
    readonly passages: Passage[],
    readonly index: PassageIndex,
    readonly loadProblems: CorpusProblem[],
  ) {
    let at = 0;
    for (let a = 0; a < articles.length; a++) {
      const start = at;
      while (at < passages.length && passages[at]!.article === a) at++;
      this.ranges.push([start, at]);
    }
  }

  /** Splits articles into passages and indexes them. */
  static build(articles: Article[], problems: CorpusProblem[], options: Partial<IndexOptions> = {}): CorpusState {
    const passages: Passage[] = [];
    articles.forEach((a, i) => passages.push(...toPassages(a, i, passages.length)));
    return new CorpusState(articles, passages, PassageIndex.build(articles, passages, options), problems);
  }

  passageTerms(id: number): Set<string> {
    let s = this.termCache.get(id);
    if (!s) {
      s = new Set(terms(this.passages[id]!.text));
      if (this.termCache.size > 50_000) this.termCache.clear();
      this.termCache.set(id, s);
    }
    return s;
  }

  articleTerms(article: number): Set<string> {
    let s = this.articleCache.get(article);
    if (!s) {
      const a = this.articles[article]!;
      s = new Set([...terms(a.title), ...terms(a.body)]);
      if (this.articleCache.size > 5_000) this.articleCache.clear();
      this.articleCache.set(article, s);
    }
    return s;
  }

  articleRange(article: number): [number, number] {
    return this.ranges[article] ?? [0, 0];
  }

  sources(): Source[] {
    return this.articles.map((a, i) => {
      const [s, e] = this.articleRange(i);
      const src: Source = { id: a.id, title: a.title, origin: a.origin, passages: e - s };
      if (a.publisher) src.publisher = a.publisher;
      if (a.date) src.date = a.date;
      if (a.url) src.url = a.url;
      return src;
    });
  }
}

/** Answers one question against one corpus state; never throws. */
export function ask(state: CorpusState, question: unknown, options: Partial<AnswerOptions> = {}): Answer {
  const parsed = QuestionTextSchema.safeParse(question);
  const shown = typeof question === 'string' ? question.slice(0, 500) : '';
  if (!parsed.success) {
    const error = parsed.error.issues[0]?.message ?? 'That question cannot be answered.';
    return { question: shown, answered: false, answer: null, confidence: 0, citations: [], reason: error, error };
  }
  try {
    return answerQuestion(analyzeQuestion(parsed.data), state, options);
  } catch (e) {
    // A bug must cost one answer, never the bot.
    const error = `Something went wrong answering this question (${(e as Error).message}).`;
    return { question: parsed.data, answered: false, answer: null, confidence: 0, citations: [], reason: error, error };
  }
}

/**
 * Loads the corpus folder (plus any JSONL files), indexes it, and returns the engine.
 * Bad files are reported through `options.warn` and `engine.problems()`; the rest load.
 *
 * @example
 * const engine = await createEngine('corpus');
 * const answer = engine.ask('Who runs Emennet Pasargad?');
 */
export async function createEngine(corpusDir: string, options: EngineOptions = {}): Promise<Engine> {
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const { articles, problems } = await loadCorpus(corpusDir, { ...options.ingest, jsonl: options.jsonl });
  for (const p of problems) warn(`corpus: skipped ${p.file}: ${p.message}`);
  const state = CorpusState.build(articles, problems, options.index);
  return {
    ask: (q) => ask(state, q, options.answer),
    sources: () => state.sources(),
    problems: () => [...state.loadProblems],
  };
}
