import nlp from 'compromise';
import { normalizeTerm } from './text.js';

/** One word of a passage with its part-of-speech / entity tags and offsets within the passage. */
export interface Token {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation or spacing after the word ("", ", ", "' "). */
  post: string;
  pre: string;
  /** Index term (null for stop words). */
  term: string | null;
}

/**
 * Tags sentences with compromise (people, places, organisations, values, dates, parts of speech).
 * Tagging costs about a millisecond a sentence, so it runs only on the few passages an answer is
 * drawn from, and results are kept (bounded) for the next question.
 */
/**
 * Tag sets and spacing strings are shared between tokens: a few hundred distinct combinations
 * cover every token, so a cached passage costs little more than its token objects.
 */
const tagSets = new Map<string, ReadonlySet<string>>();
const spacing = new Map<string, string>();
function sharedTags(tags: string[]): ReadonlySet<string> {
  const key = tags.join('|');
  let set = tagSets.get(key);
  if (!set) {
    set = new Set(tags);
    if (tagSets.size < 10_000) tagSets.set(key, set);
  }
  return set;
}
function sharedSpacing(s: string): string {
  if (s.length > 4) return s;
  const hit = spacing.get(s);
  if (hit !== undefined) return hit;
  if (spacing.size < 1_000) spacing.set(s, s);
  return s;
}

export class Tagger {
  private cache = new Map<string, Token[]>();
  constructor(private readonly maxEntries = 20_000) {}

  /** Tokens of `text`, with offsets relative to `text`. */
  tag(text: string): Token[] {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ text: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } }>;
    }>;
    const tokens: Token[] = [];
    for (const s of json) {
      for (const t of s.terms) {
        if (!t.text) continue;
        // compromise's offset points at the term including leading punctuation
        const at = text.indexOf(t.text, t.offset.start);
        const start = at >= 0 ? at : t.offset.start;
        const word = t.text.replace(/['’]s$/i, '');
        tokens.push({ text: t.text, start, end: start + t.text.length, tags: sharedTags(t.tags), post: sharedSpacing(t.post), pre: sharedSpacing(t.pre), term: normalizeTerm(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')) });
      }
    }
    if (this.cache.size >= this.maxEntries) this.cache.clear();
    this.cache.set(text, tokens);
    return tokens;
  }
}
