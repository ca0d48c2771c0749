import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import adjectiveExceptions from 'wink-lexicon/src/wn-adjective-exceptions.js';
import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import { lexicon } from './lexicon.js';

// Words that carry no retrieval signal in questions or articles. stopword's English list, plus the
// question words themselves (they say what kind of answer is wanted, not what it is about).
// "said" and "told" are on stopword's list, but "Who said ...?" is a question about exactly that.
const KEEP = new Set(['said', 'say', 'says', 'told', 'tell', 'tells']);
const STOP = new Set<string>([
  ...eng.filter((w) => !KEEP.has(w)),
  'who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'much', 'many',
  'did', 'does', 'do', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had',
]);

/** Whether a word is a stop word, in any case ("But", "the"). */
export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

/** Splits text into word tokens (letters, digits; apostrophes and hyphens split words). */
export const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;

/** WordNet's irregular forms ("took" → "take", "men" → "man"), as shipped by wink-lexicon. */
export const IRREGULAR = { verb: verbExceptions, noun: nounExceptions, adj: adjectiveExceptions };

/**
 * Porter stems this short (up to 3 letters) may have lost a verb's final -e with its ending
 * ("sued" → su); longer ones are left alone, for WordNet's base forms guess wrong there ("hoping"
 * read as "hop", "rating" as "rat").
 */
const SHORT_STEM = 3;

const termCache = new Map<string, string | null>();

/**
 * Turns one raw token into its index term: acronyms kept ("US" is not the pronoun "us"),
 * stop words dropped (null), irregular forms lemmatised ("took" → "take"), then Porter-stemmed.
 *
 * @example
 * normalizeTerm('Sanctioned') // 'sanction'
 * normalizeTerm('took')       // 'take'
 * normalizeTerm('the')        // null
 */
export function normalizeTerm(raw: string): string | null {
  const cached = termCache.get(raw);
  if (cached !== undefined) return cached;
  let out: string | null;
  const folded = foldDiacritics(raw);
  const lower = folded.toLowerCase();
  if (folded.length >= 2 && folded.length <= 6 && folded === folded.toUpperCase() && /\p{Lu}/u.test(folded)) {
    out = folded; // acronym, kept upper-case: "US" is neither the pronoun "us" nor the stem of "use"
  } else if (STOP.has(lower) || lower.length === 0) {
    out = null;
  } else if (/^\d/.test(lower)) {
    out = lower.replace(/,/g, '');
  } else {
    // Irregular forms first (Porter cannot know "took" is "take"); regular ones are Porter's job.
    // (a plural the dictionary forms irregularly that is also a verb's form is the verb's: "lives"
    // is "live" as "who lives in Cleveland" uses it, "leaves" "leave", the stem of "left")
    const base = IRREGULAR.verb[lower] ?? (IRREGULAR.noun[lower] !== undefined && !verbFormToo(lower) ? IRREGULAR.noun[lower] : undefined) ?? lower;
    // "took" is "take", and a stop word like it: both forms must index alike
    if (STOP.has(base)) {
      termCache.set(raw, null);
      return null;
    }
    out = stemmer(base);
    // Porter leaves the -e of a short verb but cuts it with the ending ("sue" → sue, "sued" → su;
    // "die"/"died", "tie"/"tied", "try"/"tries", "add"/"added"), so the inflected form matches
    // neither the question's word nor its own base: a stem this short comes from the verb's
    // WordNet base form when the word is an inflection of one.
    if (out.length <= SHORT_STEM) {
      const lemma = lexicon().lemma(base, 'verb');
      if (lemma !== base) out = stemmer(lemma);
    }
  }
  if (termCache.size > 200_000) termCache.clear();
  termCache.set(raw, out);
  return out;
}

/** Whether a word in -s is also a verb's form in the present ("lives" of "live", "leaves" of "leave"). */
function verbFormToo(word: string): boolean {
  if (!/s$/.test(word)) return false;
  const lemma = lexicon().lemma(word, 'verb');
  return lemma !== word && `${lemma}s` === word;
}

/** Removes combining marks so "Pasargád" and "Pasargad" index alike. */
export function foldDiacritics(s: string): string {
  return /[\u0300-\u036f]/.test(s.normalize('NFD')) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
}

/** A name of two words joined by one dot ("Bagle.AT", "Amazon.com"); not code ("process.env.SLACK_BOT_TOKEN"). */
const DOTTED_NAME = /^\p{L}{2,}\.\p{L}{2,}$/u;

/** A decimal or thousands-grouped number run into its unit ("9.2km", "1,500m"): the index reads the unit as a word of its own. */
const DECIMAL_WITH_UNIT = /\p{N}[.,]\p{N}+\p{L}/u;

/**
 * The index terms of one token: one term, but a word joined by a hyphen, an apostrophe, an
 * ampersand or a dot between words is several, as the index reads it ("co-producer" → co, produc;
 * "O'Sullivan" → o, sullivan; "AT&T" → AT, t; "Bagle.AT" → bagl, AT), its last part the word's own; so is a decimal run
 * into its unit ("9.2km" → 9.2, km). Whole numbers keep their unit ("5000m"), and initials stay whole ("U.S.").
 *
 * @example
 * wordTerms('Kilroy-Silk') // ['kilroi', 'silk']
 */
export function wordTerms(word: string): string[] {
  if (!/\p{L}['’&-]\p{L}/u.test(word) && !DOTTED_NAME.test(word) && !DECIMAL_WITH_UNIT.test(word)) {
    const t = normalizeTerm(word);
    return t ? [t] : [];
  }
  return terms(word);
}

/** Index terms of a text, in order, with duplicates. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = normalizeTerm(m[0]);
    if (t) out.push(t);
  }
  return out;
}

/** Text compared for containment: case, curly quotes, spacing and edge punctuation ignored. */
export function normalizeAnswer(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/^[\s"'.,;:()-]+|[\s"'.,;:()-]+$/g, '');
}

/** Normalises text for near-duplicate detection: case, quotes, dashes and spacing ignored. */
export function fingerprint(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * A 32-bit hash that is equal for texts with equal {@link fingerprint}s (it hashes the same
 * characters, treating any letter it does not recognise cheaply as a separator), without building
 * the fingerprint string: duplicate detection compares fingerprints only when hashes agree.
 */
export function fingerprintHash(text: string): number {
  const lower = text.toLowerCase();
  let h = 0x811c9dc5;
  let sep = false;
  let any = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const alnum = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : c < 0xd800 || c > 0xdfff ? ALNUM.test(lower[i]!) : false;
    if (!alnum) {
      sep = any;
      continue;
    }
    if (sep) h = Math.imul(h ^ 32, 16777619);
    sep = false;
    any = true;
    h = Math.imul(h ^ c, 16777619);
  }
  return h >>> 0;
}

/** Jaccard similarity of two texts' term sets (0..1). */
export function similarity(a: string, b: string): number {
  const A = new Set(terms(a));
  const B = new Set(terms(b));
  if (A.size === 0 && B.size === 0) return 1;
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  return inter / (A.size + B.size - inter);
}

/**
 * Each passage's distinct index terms, compactly: a vocabulary of term ids and, per passage, its
 * sorted ids in one shared array (about 4 bytes a term) with how often each occurs, so "does
 * passage p use term t" is a binary search without re-tokenising the sentence, and the full-text
 * index can be built (or rebuilt from a snapshot) from these arrays without tokenising again.
 */
export class PassageTerms {
  constructor(
    readonly vocabulary: Map<string, number>,
    /** offsets[p] .. offsets[p + 1] index passage p's ids. */
    readonly offsets: Int32Array,
    readonly ids: Int32Array,
    /** counts[k]: how often term ids[k] occurs in its passage. */
    readonly counts: Uint16Array,
    /** lengths[p]: passage p's number of distinct word tokens (0 for a passage not indexed). */
    readonly lengths: Int32Array,
  ) {}

  /** Collects the terms of each text (null: a passage that is not indexed, such as a repeated caption). */
  static collect(texts: ReadonlyArray<string | null>): PassageTerms {
    const vocabulary = new Map<string, number>();
    const n = texts.length;
    const offsets = new Int32Array(n + 1);
    const lengths = new Int32Array(n);
    let ids = new Int32Array(Math.max(1024, n * 16));
    let counts = new Uint16Array(ids.length);
    let size = 0;
    // Each distinct raw token once: its term id (-1: stop word) and the last passage it was seen in
    // (minisearch counts a passage's distinct raw tokens as its length), one map lookup a token.
    const tokenIds = new Map<string, number>();
    const tokenTerm: number[] = [];
    const tokenSeen: number[] = [];
    const found: number[] = [];
    const word = new RegExp(WORD);
    for (let p = 0; p < n; p++) {
      offsets[p] = size;
      const text = texts[p];
      if (text == null) continue;
      found.length = 0;
      let distinct = 0;
      word.lastIndex = 0;
      for (let m = word.exec(text); m; m = word.exec(text)) {
        const token = m[0];
        let k = tokenIds.get(token);
        if (k === undefined) {
          k = tokenTerm.length;
          tokenIds.set(token, k);
          const term = normalizeTerm(token);
          let id = -1;
          if (term !== null) {
            id = vocabulary.get(term) ?? -1;
            if (id < 0) vocabulary.set(term, (id = vocabulary.size));
          }
          tokenTerm.push(id);
          tokenSeen.push(-1);
        }
        if (tokenSeen[k] !== p) {
          tokenSeen[k] = p;
          distinct++;
        }
        const id = tokenTerm[k]!;
        if (id >= 0) found.push(id);
      }
      lengths[p] = distinct;
      if (found.length === 0) continue;
      found.sort((a, b) => a - b);
      if (size + found.length > ids.length) {
        const grown = new Int32Array(Math.max(ids.length * 2, size + found.length));
        grown.set(ids);
        ids = grown;
        const grownCounts = new Uint16Array(grown.length);
        grownCounts.set(counts);
        counts = grownCounts;
      }
      for (let k = 0; k < found.length; k++) {
        if (k > 0 && found[k] === found[k - 1]) {
          if (counts[size - 1]! < 65535) counts[size - 1]!++;
          continue;
        }
        ids[size] = found[k]!;
        counts[size] = 1;
        size++;
      }
    }
    offsets[n] = size;
    return new PassageTerms(vocabulary, offsets, ids.slice(0, size), counts.slice(0, size), lengths);
  }

  has(passage: number, term: string): boolean {
    const id = this.vocabulary.get(term);
    if (id === undefined || passage + 1 >= this.offsets.length) return false;
    let lo = this.offsets[passage]!;
    let hi = this.offsets[passage + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.ids[mid]!;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /**
   * The same pairs turned around: for each term id, the passages using it (ascending) and how
   * often — `docs[offsets[t]] .. docs[offsets[t + 1] - 1]` with `freqs` alongside. One counting
   * sort over typed arrays, no per-entry objects.
   */
  invert(): { offsets: Int32Array; docs: Int32Array; freqs: Uint16Array } {
    if (this.inverted) return this.inverted;
    const terms = this.vocabulary.size;
    const offsets = new Int32Array(terms + 1);
    for (let k = 0; k < this.ids.length; k++) offsets[this.ids[k]! + 1]!++;
    for (let t = 0; t < terms; t++) offsets[t + 1]! += offsets[t]!;
    const next = offsets.slice(0, terms);
    const docs = new Int32Array(this.ids.length);
    const freqs = new Uint16Array(this.ids.length);
    for (let p = 0; p + 1 < this.offsets.length; p++) {
      for (let k = this.offsets[p]!, end = this.offsets[p + 1]!; k < end; k++) {
        const at = next[this.ids[k]!]!++;
        docs[at] = p;
        freqs[at] = this.counts[k]!;
      }
    }
    this.inverted = { offsets, docs, freqs };
    return this.inverted;
  }

  private inverted: { offsets: Int32Array; docs: Int32Array; freqs: Uint16Array } | null = null;

  /** How many passages use `term` (0 when none does). */
  documentFrequency(term: string): number {
    const id = this.vocabulary.get(term);
    if (id === undefined) return 0;
    const { offsets } = this.invert();
    return offsets[id + 1]! - offsets[id]!;
  }

  /** How many passages in [from, to) use `term`: two binary searches in its passage list. */
  countIn(term: string, from: number, to: number): number {
    const id = this.vocabulary.get(term);
    if (id === undefined) return 0;
    const { offsets, docs } = this.invert();
    // no closure: this runs for each question word in each sentence weighed
    return lowerBound(docs, offsets[id]!, offsets[id + 1]!, to) - lowerBound(docs, offsets[id]!, offsets[id + 1]!, from);
  }

  /** The vocabulary in id order. */
  terms(): string[] {
    const out = new Array<string>(this.vocabulary.size);
    for (const [t, i] of this.vocabulary) out[i] = t;
    return out;
  }
}

/** The first place in sorted `docs[lo..hi)` holding a value ≥ `x` (hi when none does). */
function lowerBound(docs: Int32Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
