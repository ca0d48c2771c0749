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
 * Finds sentence boundaries inside one paragraph: ICU's sentence rules (Intl.Segmenter, exact
 * offsets, fast), with breaks after abbreviations undone using sbd's abbreviation rules.
 */
export function sentenceSpans(text: string, offset = 0): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = -1;
  let pending = '';
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const seg of segmenter.segment(text)) {
    if (start < 0) start = seg.index;
    pending = seg.segment;
    const end = seg.index + seg.segment.length;
    if (end < text.length && endsInAbbreviation(pending)) continue;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push([offset + s, offset + e]);
    start = -1;
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
