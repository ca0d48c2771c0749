import sbd from 'sbd';
import type { Article } from './ingest.js';
import { fingerprint } from './text.js';

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
const SBD_OPTIONS = { newline_boundaries: false, sanitize: false, html_boundaries: false };

/**
 * Finds sentence boundaries inside one paragraph with sbd (which knows abbreviations such as
 * "Mr." and "U.S."), then maps each sentence back onto the original text so offsets stay exact
 * even where sbd rewrites spacing.
 */
export function sentenceSpans(text: string, offset = 0): Array<[number, number]> {
  const sentences = sbd.sentences(text, SBD_OPTIONS);
  const starts: number[] = [];
  let cursor = 0;
  for (const s of sentences) {
    const words = s.trim().split(/\s+/).slice(0, 3).filter(Boolean);
    if (words.length === 0) continue;
    const probe = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
    probe.lastIndex = cursor;
    const hit = probe.exec(text);
    if (!hit) continue; // sbd changed this text; keep it inside the previous sentence
    starts.push(hit.index);
    cursor = hit.index + hit[0].length;
  }
  if (starts.length === 0 || starts[0] !== firstNonSpace(text)) starts.unshift(firstNonSpace(text));
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    let e = i + 1 < starts.length ? starts[i + 1]! : text.length;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push([offset + s, offset + e]);
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
  const seen = new Map<string, number>();
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
      const fp = fingerprint(text);
      const dup = seen.get(fp);
      if (dup !== undefined) p.duplicateOf = dup;
      else seen.set(fp, p.id);
      out.push(p);
    }
    paragraph++;
  }
  return out;
}
