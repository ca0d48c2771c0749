import sbdMatch from 'sbd/lib/Match.js';
import type { Article } from './ingest.js';
import { fingerprint, fingerprintHash } from './text.js';

/**
 * One sentence of an article with exact offsets: `text === article.body.slice(start, end)`.
 * Passages are the unit of retrieval and of quotation.
 */
export interface Passage {
  /** Position in the engine's passage list. */
  id: number;
  /** Index of the article in the engine's article list. */
  article: number;
  start: number;
  end: number;
  text: string;
  /** Paragraph number within the article (0-based) and its offsets. */
  paragraph: number;
  paragraphStart: number;
  paragraphEnd: number;
  /** Set when the same sentence already appears earlier in the article (repeated photo captions). */
  duplicateOf?: number;
}

// preserve_whitespace is off: with it on, sbd 1.0.19 splits mid-sentence after "word.Word".
// sbd's abbreviation rules ("Mr.", "Dr.", "Inc.", "U.S."), used to repair ICU's sentence breaks.
sbdMatch.setAbbreviations(null);

let segmenter: Intl.Segmenter | null = null;

/**
 * Drops the sentence segmenter (made again on next use). A V8 startup snapshot (the CLI's start-up
 * image) cannot hold ICU objects, so the image builder calls this before the heap is saved.
 */
export function releaseSegmenter(): void {
  segmenter = null;
}

/** A break after this word is an abbreviation, not the end of a sentence. */
function endsInAbbreviation(segment: string): boolean {
  // the last word, found by scanning back (a regex anchored at the end rescans the whole segment)
  let end = segment.length;
  while (end > 0 && isSpace(segment.charCodeAt(end - 1))) end--;
  if (end === 0 || segment.charCodeAt(end - 1) !== 46 /* . */) return false;
  let start = end - 1;
  while (start > 0 && !isSpace(segment.charCodeAt(start - 1))) start--;
  const word = segment.slice(start, end);
  if (/^\p{Lu}\.$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (/^(\p{L}\.){2,}$/u.test(word)) return true; // "U.S.", "U.K."
  return sbdMatch.isCommonAbbreviation(word) !== 0;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x205f || c === 0xfeff;

/**
 * The longest passage, in characters. A longer "sentence" (a table or list flattened onto one line,
 * text with no full stops) is cut into pieces of at most this many characters, at a space where
 * there is one, so every passage stays a quotable, taggable sentence-sized slice of the article.
 * The longest real sentence in the BBC scale corpus is about 1,060 characters.
 */
export const MAX_SENTENCE_CHARS = 2_000;

/** Limits for {@link sentenceSpans}; the defaults are what the engine uses. */
export interface SegmentLimits {
  /** Longest passage (default {@link MAX_SENTENCE_CHARS}). */
  maxSentenceChars: number;
  /**
   * How much text ICU's sentence iterator is given at once (default 16,000 characters). Its cost
   * grows with the square of its input (a 1 MB line took 20 s), so a long line is read in
   * windows: each window's last sentence, which the window's end may have cut short, is read again
   * at the start of the next.
   */
  windowChars: number;
}

const LIMITS: SegmentLimits = { maxSentenceChars: MAX_SENTENCE_CHARS, windowChars: 16_000 };

/**
 * Sentences of `text.slice(from, to)` as raw [start, end) ranges (whitespace included, covering the
 * whole slice): ICU's sentence breaks, with breaks after abbreviations undone. A break at `to` is
 * only where the slice ends, not necessarily a sentence end.
 */
function rawSentences(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  let start = -1;
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const seg of segmenter.segment(slice)) {
    if (start < 0) start = seg.index;
    const end = seg.index + seg.segment.length;
    if (end < slice.length && endsInAbbreviation(seg.segment)) continue;
    out.push([from + start, from + end]);
    start = -1;
  }
  return out;
}

/** Trims `[s, e)` of `text` and adds it to `spans`, cut into pieces of at most `max` characters. */
function pushTrimmed(spans: Array<[number, number]>, text: string, s: number, e: number, max: number, offset: number): void {
  for (;;) {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    if (e - s <= max) {
      spans.push([offset + s, offset + e]);
      return;
    }
    // cut at the last space in the second half of the allowance, else mid-word (never mid-character)
    let cut = s + max;
    let space = cut;
    while (space > s + max / 2 && !isSpace(text.charCodeAt(space))) space--;
    if (space > s + max / 2) cut = space;
    else if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
    let pieceEnd = cut;
    while (pieceEnd > s && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    spans.push([offset + s, offset + pieceEnd]);
    s = cut;
  }
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Finds sentence boundaries inside one paragraph: ICU's sentence rules (Intl.Segmenter, exact
 * offsets, fast), with breaks after abbreviations undone using sbd's abbreviation rules. Time is
 * linear in the paragraph's length: a long paragraph is read in windows, and a sentence over
 * `maxSentenceChars` is cut into pieces (see {@link MAX_SENTENCE_CHARS}).
 *
 * @example
 * sentenceSpans('Mr. Smith came. He left.') // [[0, 15], [16, 24]]
 */
export function sentenceSpans(text: string, offset = 0, limits: Partial<SegmentLimits> = {}): Array<[number, number]> {
  const { maxSentenceChars: max, windowChars } = { ...LIMITS, ...limits };
  const window = Math.max(windowChars, 2 * max);
  const spans: Array<[number, number]> = [];
  let at = 0;
  while (at < text.length) {
    const to = text.length - at <= window ? text.length : at + window;
    const sentences = rawSentences(text, at, to);
    if (to === text.length) {
      for (const [s, e] of sentences) pushTrimmed(spans, text, s, e, max, offset);
      break;
    }
    // The last sentence may run past the window: it is read again, from its start, in the next one.
    if (sentences.length > 1) {
      const last = sentences.pop()!;
      for (const [s, e] of sentences) pushTrimmed(spans, text, s, e, max, offset);
      at = last[0];
      continue;
    }
    // One sentence fills the window, so it is over-long: its pieces are final but the last, where
    // the next window starts.
    const pieces: Array<[number, number]> = [];
    pushTrimmed(pieces, text, at, to, max, 0);
    const last = pieces[pieces.length - 1];
    const carry = last !== undefined && (pieces.length > 1 || last[0] > at);
    for (const [s, e] of carry ? pieces.slice(0, -1) : pieces) spans.push([offset + s, offset + e]);
    at = carry ? last[0] : to;
  }
  return spans;
}

function firstNonSpace(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

/**
 * Splits an article into sentence passages. Paragraphs are lines of text (blank lines and single
 * line breaks both end a paragraph, since captions and headlines sit on their own lines).
 * A sentence repeated verbatim (ignoring case, quote style and spacing) is marked `duplicateOf`.
 *
 * @example
 * toPassages(article, 0, 0) // [{ id: 0, article: 0, start: 0, end: 42, text: '...', paragraph: 0, ... }, ...]
 */
export function toPassages(article: Article, articleIndex: number, firstId: number): Passage[] {
  const out: Passage[] = [];
  const seen = new Map<number, number[]>();
  const body = article.body;
  const lineRe = /[^\r\n]+/g;
  let paragraph = 0;
  for (const m of body.matchAll(lineRe)) {
    const line = m[0];
    if (!line.trim()) continue;
    const pStart = m.index! + firstNonSpace(line);
    let pEnd = m.index! + line.length;
    while (pEnd > pStart && /\s/.test(body[pEnd - 1]!)) pEnd--;
    for (const [start, end] of sentenceSpans(line, m.index!)) {
      const text = body.slice(start, end);
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const p: Passage = { id: firstId + out.length, article: articleIndex, start, end, text, paragraph, paragraphStart: pStart, paragraphEnd: pEnd };
      // a cheap hash first; the fingerprints are compared only when hashes agree
      const key = fingerprintHash(text);
      const same = seen.get(key);
      const dup = same?.find((id) => fingerprint(out[id - firstId]!.text) === fingerprint(text));
      if (dup !== undefined) p.duplicateOf = dup;
      else if (same) same.push(p.id);
      else seen.set(key, [p.id]);
      out.push(p);
    }
    paragraph++;
  }
  return out;
}

/** Each passage's text, or null for a repeated sentence (indexed, tagged and quoted once, at its first place). */
export function indexedTexts(passages: Passage[]): Array<string | null> {
  return passages.map((p) => (p.duplicateOf === undefined ? p.text : null));
}
