import { stemmer } from 'stemmer';
import { createRequire } from 'node:module';
import { eng } from 'stopword';

// Words that carry no retrieval signal in questions or articles. stopword's English list, plus the
// question words themselves (they say what kind of answer is wanted, not what it is about).
// "said" and "told" are on stopword's list, but "Who said ...?" is a question about exactly that.
const KEEP = new Set(['said', 'say', 'says', 'told', 'tell', 'tells']);
const STOP = new Set<string>([
  ...eng.filter((w) => !KEEP.has(w)),
  'who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'much', 'many',
  'did', 'does', 'do', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had',
]);

/** Splits text into word tokens (letters, digits; apostrophes and hyphens split words). */
export const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;

const require = createRequire(import.meta.url);
/** WordNet's irregular forms ("took" → "take", "men" → "man"), as shipped by wink-lexicon. */
export const IRREGULAR = {
  verb: require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>,
  noun: require('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string>,
  adj: require('wink-lexicon/src/wn-adjective-exceptions.js') as Record<string, string>,
};

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
    const base = IRREGULAR.verb[lower] ?? IRREGULAR.noun[lower] ?? lower;
    // "took" is "take", and a stop word like it: both forms must index alike
    if (STOP.has(base)) {
      termCache.set(raw, null);
      return null;
    }
    out = stemmer(base);
  }
  if (termCache.size > 200_000) termCache.clear();
  termCache.set(raw, out);
  return out;
}

/** Removes combining marks so "Pasargád" and "Pasargad" index alike. */
export function foldDiacritics(s: string): string {
  return /[\u0300-\u036f]/.test(s.normalize('NFD')) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
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

/** Normalises text for near-duplicate detection: case, quotes, dashes and spacing ignored. */
export function fingerprint(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
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
 * sorted ids in one shared array (about 4 bytes a term), so "does passage p use term t" is a
 * binary search without re-tokenising the sentence.
 */
export class PassageTerms {
  constructor(
    readonly vocabulary: Map<string, number>,
    /** offsets[p] .. offsets[p + 1] index passage p's ids. */
    readonly offsets: Int32Array,
    readonly ids: Int32Array,
  ) {}

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

  /** Plain arrays for a JSON snapshot. */
  toJSON(): { vocabulary: string[]; offsets: number[]; ids: number[] } {
    const vocabulary: string[] = [];
    for (const [t, i] of this.vocabulary) vocabulary[i] = t;
    return { vocabulary, offsets: [...this.offsets], ids: [...this.ids] };
  }

  static fromJSON(j: { vocabulary: string[]; offsets: number[]; ids: number[] }): PassageTerms {
    return new PassageTerms(new Map(j.vocabulary.map((t, i) => [t, i])), Int32Array.from(j.offsets), Int32Array.from(j.ids));
  }
}

/** Collects terms passage by passage (in any order) and packs them into {@link PassageTerms}. */
export class PassageTermsBuilder {
  private vocabulary = new Map<string, number>();
  private perPassage: Array<number[] | undefined>;
  constructor(private readonly count: number) {
    this.perPassage = new Array(count);
  }

  add(passage: number, term: string): void {
    let id = this.vocabulary.get(term);
    if (id === undefined) {
      id = this.vocabulary.size;
      this.vocabulary.set(term, id);
    }
    (this.perPassage[passage] ??= []).push(id);
  }

  finish(): PassageTerms {
    const offsets = new Int32Array(this.count + 1);
    // Array.from, not map: passages never added (repeated captions) are holes that map would skip.
    const sorted = Array.from({ length: this.count }, (_, p) => {
      const l = this.perPassage[p];
      return l ? [...new Set(l)].sort((a, b) => a - b) : [];
    });
    let n = 0;
    sorted.forEach((l, p) => {
      offsets[p] = n;
      n += l.length;
    });
    offsets[this.count] = n;
    const ids = new Int32Array(n);
    sorted.forEach((l, p) => ids.set(l, offsets[p]!));
    return new PassageTerms(this.vocabulary, offsets, ids);
  }
}
