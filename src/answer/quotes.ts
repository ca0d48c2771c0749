import type { Passage } from '../passages.js';
import { fingerprint, similarity } from '../text.js';
import type { Answer, Citation } from '../types.js';
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

/** Hits of the cited sentence's own words read for its copies in other articles. */
const ECHO_HITS = 8;

/**
 * The answer's citations with, after each of the first {@link ECHO_SOURCES}, the same sentence as
 * other articles print it (near-duplicates, {@link NEAR_DUPLICATE}, that hold the short answer
 * too): a reader sees every article that reports the answer, not only the first found. News
 * services file one story several times with small edits ("warned there could be …", "warned
 * last week that there could be …"); {@link pickQuotes} keeps one of them among the best passages,
 * this gives the others back as corroboration. The list stays at most `max` long, the answer's own
 * first citation first.
 */
export function withEchoes(a: Answer, c: Pick<Corpus, 'articles' | 'passages' | 'index' | 'articleRange' | 'termIdsOf' | 'termsById'>, max: number): Answer {
  if (!a.answered || !a.answer || a.citations.length === 0) return a;
  const said = fingerprint(a.answer);
  if (!said) return a;
  const cited = new Set(a.citations.map((x) => `${x.document}\u0000${x.start}`));
  const out: Citation[] = [];
  let added = 0;
  a.citations.forEach((cit, i) => {
    out.push(cit);
    if (i >= ECHO_SOURCES) return;
    const p = passageOf(cit, c);
    if (!p) return;
    // (what of the answer the quote says, which its echo must say too: all of it, or the last name
    // of one the answer names whole — "Mr Houston" for "John Houston")
    const here = ` ${fingerprint(p.text)} `;
    const last = said.split(' ').pop()!;
    const echoed = here.includes(` ${said} `) ? said : here.includes(` ${last} `) ? last : said;
    const words = c.termIdsOf(p.id);
    const names = c.termsById();
    const query = Array.from(words, (id) => ({ term: names[id]!, weight: 1 }));
    for (const hit of c.index.search(query, ECHO_HITS)) {
      const other = c.passages[hit.passage]!;
      if (other.article === p.article) continue;
      const copy = citationOf(other, c);
      const key = `${copy.document}\u0000${copy.start}`;
      if (cited.has(key)) continue;
      if (!` ${fingerprint(other.text)} `.includes(` ${echoed} `)) continue;
      if (similarity(p.text, other.text) < NEAR_DUPLICATE) continue;
      cited.add(key);
      out.push(copy);
      added++;
    }
  });
  return added ? { ...a, citations: out.slice(0, Math.max(max, 1)) } : a;
}

/** Citations whose copies {@link withEchoes} looks for (the answer's best few). */
const ECHO_SOURCES = 2;

/** The passage a citation quotes. */
function passageOf(cit: Citation, c: Pick<Corpus, 'articles' | 'passages' | 'articleRange'>): Passage | undefined {
  let byId = articleIds.get(c.articles);
  if (!byId) articleIds.set(c.articles, (byId = new Map(c.articles.map((x, i) => [x.id, i]))));
  const article = byId.get(cit.document);
  if (article === undefined) return undefined;
  const [from, to] = c.articleRange(article);
  for (let id = from; id < to; id++) if (c.passages[id]!.start === cit.start) return c.passages[id];
  return undefined;
}
const articleIds = new WeakMap<readonly unknown[], Map<string, number>>();
