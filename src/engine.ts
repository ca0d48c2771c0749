import { readdir } from 'node:fs/promises';
import { answerQuestion, type AnswerOptions, type Corpus, type TermSet } from './answer.js';
import { duplicateId, loadCorpus, type Article, type CorpusProblem, type IngestOptions } from './ingest.js';
import { PassageIndex, type IndexOptions } from './index.js';
import { indexedTexts, toPassages, type Passage } from './passages.js';
import { analyzeQuestion, QuestionTextSchema } from './question.js';
import { lexicon } from './lexicon.js';
import { corpusHash, loadSnapshot, saveSnapshot } from './snapshot.js';
import { Tagger, TagStore, type Token } from './tagging.js';
import { PassageTerms, terms } from './text.js';
import type { Answer, Source } from './types.js';
import { watchFolder, type FolderWatch } from './watch.js';
import { VECTORS_FILE, wordVectors } from './answer/vectors.js';

export type { Answer, Citation, Source } from './types.js';
export type { CorpusProblem } from './ingest.js';
export { ANSWER_STAGES, type AnswerStage } from './answer.js';

/** Options for {@link createEngine}; every field has a default. */
export interface EngineOptions {
  /**
   * Load the sentence tags `npm run index` saves beside the snapshot (default true). The CLI's
   * start-up image leaves them out: it answers one question, and tagging that question's few
   * sentences costs less than restoring a tag for every sentence of the corpus.
   */
  snapshotTags?: boolean;
  /** Extra JSONL article files loaded beside the corpus folder. */
  jsonl?: string[];
  /** Ingest limits (see IngestOptions). */
  ingest?: Omit<IngestOptions, 'jsonl' | 'owners'>;
  index?: Partial<IndexOptions>;
  answer?: Partial<AnswerOptions>;
  /** Where load problems are reported. Default: console.warn. Pass () => {} to silence. */
  warn?: (message: string) => void;
  /** Where start-up and reload notes go ("loaded snapshot", "reloaded: 3 articles"). Default: console.error. */
  log?: (message: string) => void;
  /** Snapshot file (`npm run index` writes it): used when it matches the corpus, else the index is rebuilt. */
  snapshot?: string;
  /**
   * Watch the corpus folder and reload on change (for the bots). Default false. A folder deleted
   * and made again, renamed over or swapped by symlink is followed; while it is missing the last
   * good articles keep being served.
   */
  watch?: boolean;
  /** Quiet time after the last file change before reloading, in ms. Default 300. */
  watchDebounceMs?: number;
  /**
   * Tag passages in the background after start-up and after each reload, a few milliseconds at a
   * time between questions, so first questions about an article are as fast as later ones.
   * Default false; the bots turn it on. Up to `warmPassages` passages (default 2,000: about 10 MB of tags).
   */
  warm?: boolean;
  warmPassages?: number;
}

/** The question-answering engine over one corpus. */
export interface Engine {
  /**
   * Answers a question. Never throws: a refused question (empty, too long) comes back with
   * `error` set and `answered: false`.
   *
   * @example
   * engine.ask('Who runs Emennet Pasargad?').answer // 'Mohammad Bagher Shirinkar'
   * engine.ask('Who runs Emennet Pasargad?', { scorer: 'learned' }) // this question only, another answer stage
   */
  ask(question: unknown, options?: Partial<AnswerOptions>): Answer;
  /** The indexed articles. */
  sources(): Source[];
  /** Files (or JSONL lines) that failed to load, with the reason. */
  problems(): CorpusProblem[];
  /** Reloads the corpus now; questions keep being answered from the old index until the new one is ready. */
  reload(): Promise<void>;
  /** Tags up to `maxPassages` passages now, yielding to other work every few milliseconds. */
  warm(maxPassages?: number): Promise<void>;
  /** Stops watching the corpus folder and any background warming. */
  close(): Promise<void>;
}

// Term views are classes, not closures: they are made for every passage a question weighs.
class PassageTermView implements TermSet {
  constructor(private readonly terms: PassageTerms, private readonly passage: number) {}
  has(t: string): boolean {
    return this.terms.has(this.passage, t);
  }
}

/** Everything built from one load of the corpus; replaced whole on reload. */
export class CorpusState implements Corpus {
  tagger = new Tagger();
  /** New passage id → the passage of `tagStore` with the same article and text (-1: none); null: the same ids. */
  private tagIds: Int32Array | null = null;
  private ranges: Array<[number, number]> = [];
  private titleCache = new Map<number, Set<string>>();

  /**
   * @param termIds per-passage index terms as sorted term ids (CSR layout: passage p's ids are
   *   `ids[offsets[p]] .. ids[offsets[p + 1] - 1]`), with `vocabulary` mapping term → id.
   */
  constructor(
    readonly articles: Article[],
    readonly passages: Passage[],
    readonly index: PassageIndex,
    readonly loadProblems: CorpusProblem[],
    readonly termIds: PassageTerms,
    /** Every passage's tags, when the engine was started from a snapshot that holds them. */
    private tagStore: TagStore | null = null,
  ) {
    let at = 0;
    for (let a = 0; a < articles.length; a++) {
      const start = at;
      while (at < passages.length && passages[at]!.article === a) at++;
      this.ranges.push([start, at]);
    }
  }

  /** Splits articles into passages and indexes them, keeping each passage's terms as it goes. */
  static build(articles: Article[], problems: CorpusProblem[], options: Partial<IndexOptions> = {}): CorpusState {
    const passages: Passage[] = [];
    // one push a passage: spreading an article's passages overflows the stack past ~100,000
    articles.forEach((a, i) => {
      for (const p of toPassages(a, i, passages.length)) passages.push(p);
    });
    const collected = PassageTerms.collect(indexedTexts(passages));
    return new CorpusState(articles, passages, PassageIndex.fromTerms(articles, passages, collected, options), problems, collected);
  }

  tokens(passage: Passage): Token[] {
    return (this.tagStore && this.storedTokens(passage)) || this.tagger.tag(passage.text);
  }

  private storedId(passage: Passage): number {
    return this.tagIds ? this.tagIds[passage.id]! : passage.id;
  }

  private storedTokens(passage: Passage): Token[] | null {
    const id = this.storedId(passage);
    return id >= 0 ? this.tagStore!.tokens(id, passage.text) : null;
  }

  private hasStoredTags(passage: Passage): boolean {
    return this.tagStore !== null && this.tagStore.has(this.storedId(passage));
  }

  /** Whether every sentence came tagged (from the snapshot, or kept from before a reload). */
  get tagged(): boolean {
    return this.tagStore !== null;
  }

  /**
   * Keeps the tags of `previous` (a reload's old state) for the passages that did not change: the
   * stored tags of a sentence whose article and text are the same, and every sentence tagged since.
   */
  inheritTags(previous: CorpusState): void {
    this.tagger = previous.tagger;
    if (!previous.tagStore) return;
    const key = (state: CorpusState, p: Passage) => `${state.articles[p.article]!.id}\u0000${p.start}\u0000${p.text}`;
    const old = new Map<string, number>();
    for (const p of previous.passages) {
      const id = previous.storedId(p);
      if (id >= 0) old.set(key(previous, p), id);
    }
    this.tagStore = previous.tagStore;
    this.tagIds = Int32Array.from(this.passages, (p) => old.get(key(this, p)) ?? -1);
  }

  passageTerms(id: number): TermSet {
    return new PassageTermView(this.termIds, id);
  }

  private vocabulary: string[] | null = null;
  termsById(): readonly string[] {
    return (this.vocabulary ??= this.termIds.terms());
  }

  termId(term: string): number {
    return this.termIds.vocabulary.get(term) ?? -1;
  }

  termIdsOf(id: number): Int32Array {
    const { offsets, ids } = this.termIds;
    return ids.subarray(offsets[id]!, offsets[id + 1] ?? offsets[id]!);
  }

  titleTerms(article: number): TermSet {
    let s = this.titleCache.get(article);
    if (!s) {
      s = new Set(terms(this.articles[article]!.title));
      if (this.titleCache.size > 20_000) this.titleCache.clear();
      this.titleCache.set(article, s);
    }
    return s;
  }

  /** In how many of an article's sentences `term` appears (repeated captions once: they are not indexed). */
  mentions(article: number, term: string): number {
    const range = this.articleRange(article);
    return this.termIds.countIn(term, range[0], range[1]);
  }

  /**
   * Tags passages ahead of questions in slices of about 8 ms, yielding between slices, until
   * `maxPassages` are done or `cancelled()` says stop.
   */
  async warm(maxPassages: number, cancelled: () => boolean = () => false): Promise<number> {
    let done = 0;
    const limit = Math.min(maxPassages, this.passages.length);
    while (done < limit && !cancelled()) {
      const until = performance.now() + 8;
      while (done < limit && performance.now() < until) {
        const p = this.passages[done++]!;
        if (p.duplicateOf === undefined && !this.hasStoredTags(p)) this.tagger.tag(p.text);
      }
      await new Promise<void>((r) => setImmediate(r));
    }
    return done;
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
 * Builds a corpus state from the files, keeping the last good version of any file that used to
 * load and now fails (a half-saved edit must not take an article away).
 */
async function buildState(corpusDir: string, options: EngineOptions, previous: CorpusState | null, warn: (m: string) => void): Promise<CorpusState> {
  // The live articles keep their ids: a new file reusing one is refused, whatever its name.
  const owners = previous ? new Map(previous.articles.map((a) => [a.id, a.origin])) : undefined;
  const { articles, problems } = await loadCorpus(corpusDir, { ...options.ingest, jsonl: options.jsonl, owners });
  const kept: Article[] = [];
  // problems already reported before this reload are not reported again
  const known = new Set(previous?.loadProblems.map((p) => `${p.file}\u0000${p.message}`));
  if (previous) {
    const loaded = new Set(articles.map((a) => a.origin));
    for (const p of problems) {
      const old = previous.articles.filter((a) => (a.origin === p.file || a.origin.startsWith(`${p.file}:`)) && !loaded.has(a.origin));
      if (old.length) {
        warn(`corpus: ${p.file} is broken (${p.message}); still serving its last good version`);
        for (const a of old) kept.push(a);
      } else if (!known.has(`${p.file}\u0000${p.message}`)) {
        warn(`corpus: skipped ${p.file}: ${p.message}`);
      }
    }
  }
  // A last good version still holds its id: a file that took the id meanwhile is refused too.
  const keptIds = new Map(kept.map((a) => [a.id, a.origin]));
  const fresh = articles.filter((a) => {
    const owner = keptIds.get(a.id);
    if (owner === undefined) return true;
    const problem = duplicateId(a, owner);
    problems.push(problem);
    if (!known.has(`${problem.file}\u0000${problem.message}`)) warn(`corpus: skipped ${problem.file}: ${problem.message}`);
    return false;
  });
  const next = CorpusState.build([...fresh, ...kept], problems, options.index);
  if (previous) next.inheritTags(previous);
  return next;
}

/** Why `dir` cannot be listed ("is missing", "cannot be read (EACCES)"), or null when it can. */
async function folderProblem(dir: string): Promise<string | null> {
  try {
    await readdir(dir);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'is missing' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${code ?? (e as Error).message})`;
  }
}

/**
 * Loads the corpus folder (plus any JSONL files), indexes it — or loads a matching snapshot —
 * and returns the engine. Bad files are reported through `options.warn` and
 * `engine.problems()`; the rest load. With `watch: true` it follows changes to the folder.
 *
 * @example
 * const engine = await createEngine('corpus');
 * const answer = engine.ask('Who runs Emennet Pasargad?');
 */
export async function createEngine(corpusDir: string, options: EngineOptions = {}): Promise<Engine> {
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const log = options.log ?? ((m: string) => console.error(m));
  let state: CorpusState | null = null;

  if (options.snapshot) {
    const started = performance.now();
    const hash = await corpusHash(corpusDir, options.jsonl);
    const { contents, reason } = await loadSnapshot(options.snapshot, hash, options.index, { tags: options.snapshotTags !== false });
    if (contents) {
      state = new CorpusState(contents.articles, contents.passages, contents.index, contents.problems, contents.termIds, contents.tagStore);
      log(`index: loaded snapshot ${options.snapshot} (${contents.articles.length} articles${state.tagged ? ', every sentence tagged' : ''}) in ${Math.round(performance.now() - started)} ms`);
      if (!contents.tagStore && /tags file/.test(reason)) log(`index: ${reason}`);
    } else {
      log(`index: rebuilding (${reason})`);
    }
  }
  if (!state) state = await buildState(corpusDir, options, null, warn);
  for (const p of state.loadProblems) warn(`corpus: skipped ${p.file}: ${p.message}`);
  // (answers still come without them, by exact words, stems and WordNet, but fewer are right and
  // more wrong: the operator should know rather than find out from the answers)
  if (wordVectors().size === 0) warn(`answers: ${VECTORS_FILE} not found, so question words are matched without word vectors (fewer right answers, more wrong); restore it from the repository or run \`npm run vectors\``);

  let current = state;
  let reloading: Promise<void> | null = null;
  let again = false;
  let unreadable: string | null = null; // why the corpus folder cannot be read, while it cannot
  const reload = async (): Promise<void> => {
    if (reloading) {
      again = true; // a change arrived mid-reload: run once more after it
      return reloading;
    }
    reloading = (async () => {
      do {
        again = false;
        try {
          // A folder that is gone (being replaced) or unreadable would load as no articles at all:
          // keep the last good ones until it is back.
          const missing = await folderProblem(corpusDir);
          if (missing) {
            const n = current.articles.length;
            if (unreadable !== missing) warn(`corpus: ${corpusDir} ${missing}; still serving ${n} article${n === 1 ? '' : 's'} loaded before, until the folder is back`);
            unreadable = missing;
            continue;
          }
          if (unreadable) log(`corpus: ${corpusDir} is back`);
          unreadable = null;
          const next = await buildState(corpusDir, options, current, warn);
          const before = new Set(current.articles.map((a) => a.id));
          const after = new Set(next.articles.map((a) => a.id));
          const added = [...after].filter((id) => !before.has(id)).length;
          const removed = [...before].filter((id) => !after.has(id)).length;
          current = next; // one assignment: a question sees the old state or the new, never a mix
          log(`corpus: reloaded ${next.articles.length} articles (+${added} −${removed})`);
          if (options.warm) void warmCurrent();
        } catch (e) {
          warn(`corpus: reload failed, still serving the previous index: ${(e as Error).message}`);
        }
      } while (again);
    })().finally(() => {
      reloading = null;
    });
    return reloading;
  };

  let watcher: FolderWatch | null = null;
  if (options.watch) {
    watcher = watchFolder(corpusDir, { debounceMs: options.watchDebounceMs ?? 300, onChange: () => void reload(), warn });
  }

  let closed = false;
  const warmLimit = options.warmPassages ?? 2_000;
  const warmCurrent = (limit = warmLimit) => {
    const target = current;
    return target.warm(limit, () => closed || current !== target).then(() => undefined);
  };
  if (options.warm) {
    lexicon().preload();
    void warmCurrent();
  }

  return {
    ask: (q, o) => ask(current, q, o ? { ...options.answer, ...o } : options.answer),
    warm: (limit) => warmCurrent(limit),
    sources: () => current.sources(),
    problems: () => [...current.loadProblems],
    reload,
    close: async () => {
      closed = true;
      watcher?.close();
      watcher = null;
      await reloading;
    },
  };
}

/**
 * Builds the index for a corpus and writes it as a snapshot `createEngine({ snapshot })` can load.
 *
 * @example
 * await writeSnapshot('corpus', '.cache/index.json')
 */
export async function writeSnapshot(corpusDir: string, path: string, options: Pick<EngineOptions, 'jsonl' | 'ingest' | 'index'> & { tags?: boolean } = {}): Promise<{ articles: number; passages: number; problems: CorpusProblem[] }> {
  const hash = await corpusHash(corpusDir, options.jsonl);
  const state = await buildState(corpusDir, options, null, () => {});
  // Tag every sentence now (about a millisecond each), so an engine started from the snapshot never
  // tags one while a question waits; `tags: false` leaves that to question time.
  const tagStore = options.tags === false ? null : TagStore.build(indexedTexts(state.passages));
  await saveSnapshot(path, hash, { articles: state.articles, problems: state.loadProblems, passages: state.passages, index: state.index, termIds: state.termIds, tagStore });
  return { articles: state.articles.length, passages: state.passages.length, problems: state.loadProblems };
}
