import type { Passage } from '../passages.js';
import { similarity } from '../text.js';
import type { Citation } from '../types.js';
import type { Corpus } from './corpus.js';
import type { Evidence } from './evidence.js';

/** Term overlap (Jaccard) from which two quotes say the same thing and only the better is shown. */
const NEAR_DUPLICATE = 0.7;

/** A passage as a citation: its exact text, offsets and article. */
export function citationOf(p: Passage, c: Pick<Corpus, 'articles'>): Citation {
  const a = c.articles[p.article]!;
  const cit: Citation = { document: a.id, title: a.title, quote: p.text, start: p.start, end: p.end };
  if (a.publisher) cit.publisher = a.publisher;
  if (a.date) cit.date = a.date;
  if (a.url) cit.url = a.url;
  return cit;
}

/** Orders passages best first, one per article before seconds, dropping near-duplicates. */
export function pickQuotes<E extends Pick<Evidence, 'passage'>>(evs: E[], max: number): E[] {
  const chosen: E[] = [];
  const rounds = [evs.filter((e, i) => evs.findIndex((x) => x.passage.article === e.passage.article) === i), evs];
  for (const round of rounds) {
    for (const e of round) {
      if (chosen.length >= max) break;
      if (chosen.includes(e) || chosen.some((x) => x.passage === e.passage)) continue;
      if (chosen.some((x) => similarity(x.passage.text, e.passage.text) >= NEAR_DUPLICATE)) continue;
      chosen.push(e);
    }
  }
  return chosen;
}

/** "a, b and c". */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `s` cut to `max` words, with an ellipsis when cut. */
export function limitWords(s: string, max: number): string {
  const words = s.split(/\s+/);
  return words.length <= max ? s : words.slice(0, max).join(' ') + '…';
}
