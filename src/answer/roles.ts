import nlp from 'compromise';
import { lexicon } from '../lexicon.js';
import type { Passage } from '../passages.js';
import type { QuestionTerm } from '../question.js';
import type { Corpus } from './corpus.js';
import { isStopWord } from '../text.js';
import { taggedAlone } from '../tagging.js';

/**
 * Title coreference: news names a person once with their role ("Prime Minister Tony Blair",
 * "Gordon Brown, the chancellor,") and then by the role alone ("the prime minister pledged …").
 * A sentence that says "the prime minister" in an article that gave Tony Blair that role speaks
 * of him.
 */

/** Words of a role read before a name: "Trade Secretary", "Conservative shadow culture secretary". */
const MAX_ROLE_WORDS = 4;

const patternsCache = new WeakMap<Corpus, Map<string, unknown>>();

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a word is a noun for a person by WordNet's first sense ("minister", "secretary", "chancellor"). */
function personNoun(word: string): boolean {
  return lexicon().nounClasses(word.toLowerCase(), 1)[0] === 'noun.person';
}

/**
 * The roles an article gives a name, each as its lower-case words, last word a noun for a person:
 * from the words right before the name ("Prime Minister Tony Blair" → prime, minister) and from an
 * apposition after it ("Gordon Brown, the chancellor," → chancellor).
 */
export function rolesOf(c: Corpus, article: number, name: string): string[][] {
  const words = name.split(/\s+/).map(escape).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'gu');
  const roles: string[][] = [];
  const [from, to] = c.articleRange(article);
  for (let id = from; id < to; id++) {
    const text = c.passages[id]!.text;
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index - 80), m.index).split(/\s+/).filter(Boolean);
      // the role's words run back from the name while they are words of a role (no punctuation)
      const role: string[] = [];
      for (let k = before.length - 1; k >= 0 && role.length < MAX_ROLE_WORDS; k--) {
        const w = before[k]!;
        if (!/^[\p{L}-]+$/u.test(w) || /^(the|a|an|and|of|by|to|for|with|said|says)$/i.test(w)) break;
        role.unshift(w.toLowerCase());
      }
      // "Mr", "Sir" and first names are not roles: the role's last word must be a noun for a person
      while (role.length && !personNoun(role[role.length - 1]!)) role.pop();
      if (role.length) roles.push(role);
      const after = /^,\s+the\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*[,.;]/u.exec(text.slice(m.index + m[0].length));
      if (after) {
        const appos = after[1]!.toLowerCase().split(/\s+/);
        if (personNoun(appos[appos.length - 1]!)) roles.push(appos);
      }
    }
  }
  return roles;
}

/**
 * How a sentence speaks of the name by a role the article gives it: "the" and the role, or its last
 * words ("the prime minister", "the shadow culture secretary", "the chancellor"); null where the
 * article gives it none. Cached per article and name.
 */
function roleMention(c: Corpus, article: number, name: string): RegExp | null {
  return cachedPer(c, `${article}\u0000${name}`, () => {
    const suffixes = new Set(rolesOf(c, article, name).flatMap((role) => role.map((_, k) => role.slice(k).map(escape).join('\\s+'))));
    return suffixes.size ? new RegExp(`(?<![\\p{L}])the\\s+(?:${[...suffixes].join('|')})(?![\\p{L}])`, 'iu') : null;
  });
}

/** A corpus's value for `key` (a role's or a last name's pattern), built once: a bounded cache by article and name. */
function cachedPer<T>(c: Corpus, key: string, build: () => T): T {
  let byArticle = patternsCache.get(c);
  if (!byArticle) patternsCache.set(c, (byArticle = new Map()));
  const hit = byArticle.get(key) as T | undefined;
  if (hit !== undefined) return hit;
  const re = build();
  if (byArticle.size >= 20_000) byArticle.clear();
  byArticle.set(key, re);
  return re;
}

const namesCache = new WeakMap<readonly QuestionTerm[], Map<number, string>>();

/** A name of the question as typed, its words joined ("Tony Blair's" → "Tony Blair"); cached per question. */
export function nameText(terms: readonly QuestionTerm[], group: number): string {
  let names = namesCache.get(terms);
  if (!names) namesCache.set(terms, (names = new Map()));
  let name = names.get(group);
  if (name === undefined) names.set(group, (name = readName(terms, group)));
  return name;
}

function readName(terms: readonly QuestionTerm[], group: number): string {
  return terms.filter((t) => t.group === group && !t.alias).map(bare).filter((w, i, a) => a.indexOf(w) === i).join(' ');
}

/** A question word as typed, without a possessive ending ("Blair's" → "Blair"). */
function bare(t: QuestionTerm): string {
  return t.text.replace(/['’]s$/i, '');
}

/**
 * Whether the sentence speaks of the named person by a role the article gives them: "the" and the
 * role, or its last words ("the prime minister", "the shadow culture secretary", "the chancellor").
 */
export function namedByRole(c: Corpus, p: Passage, name: string): boolean {
  return (roleMention(c, p.article, name)?.test(p.text) ?? false) || namedShort(c, p, name);
}

/** Courtesy titles before a surname ("Mr Mousa"): how an article names again someone it named whole. */
const COURTESY = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof';

/**
 * Whether the sentence speaks of a person the article names whole ("Baha Mousa", "Kim Clijsters")
 * by the last name alone, after a courtesy title ("Mr Mousa") or bare ("Clijsters is still ranked
 * 22nd"), not as part of another name ("Brenda Lee" is not "Stan Lee"; a sentence's first word
 * "But" is no name). A bare last name counts only where the article gives it to no one else.
 */
function namedShort(c: Corpus, p: Passage, name: string): boolean {
  const short = shortMention(c, p.article, name);
  if (!short) return false;
  for (const m of p.text.matchAll(short.pattern)) if (m[1] || (short.bare && (!m[2] || isStopWord(m[2])))) return true;
  return false;
}

/**
 * How an article names again a person of two or more names it names whole: their last name, after
 * a courtesy title (group 1) or another capitalised word (group 2), and whether the bare last name
 * is theirs alone in the article; null for a name of one word or one the article never gives whole.
 * Cached per article and name.
 */
function shortMention(c: Corpus, article: number, name: string): { pattern: RegExp; bare: boolean } | null {
  return cachedPer(c, `${article}\u0001${name}`, () => readShortMention(c, article, name));
}

function readShortMention(c: Corpus, article: number, name: string): { pattern: RegExp; bare: boolean } | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'u');
  const pattern = new RegExp(`(?<![\\p{L}])(?:(${COURTESY})\\.?\\s+|(\\p{Lu}[\\p{L}'’.-]*)\\s+)?${escape(words[words.length - 1]!)}(?![\\p{L}])`, 'gu');
  const before = words[words.length - 2]!;
  const [from, to] = c.articleRange(article);
  let named = false;
  let bare = true;
  for (let id = from; id < to; id++) {
    const text = c.passages[id]!.text;
    if (!named && whole.test(text)) named = true;
    for (const m of text.matchAll(pattern)) if (m[2] && m[2] !== before && !isStopWord(m[2])) bare = false;
  }
  return named ? { pattern, bare } : null;
}

/** A roman numeral that numbers a name: "Henry II", "Louis XIV" (not "I"). */
const ROMAN = /^(?:[IVXLC]{2,}|V|X)$/;

/** Patterns read from a question's names: what each finder below looks for in a sentence. */
type Numbered = { group: number; numeral: string; pattern: RegExp };
type Bearer = { group: number; second: string; last: string; pattern: RegExp };
type Given = { group: number; given: string[]; pattern: RegExp };
/** A body's name: also its kind word alone, and the terms of its own first words (see {@link otherBodyIn}). */
type Body = Given & { kind: RegExp; givenTerms: string[] };
type GivenOnly = { group: number; pattern: RegExp };
/** What `build` reads from a question's terms, read once per question. */
function perQuestion<T>(cache: WeakMap<readonly QuestionTerm[], T>, terms: readonly QuestionTerm[], build: () => T): T {
  let out = cache.get(terms);
  if (out === undefined) cache.set(terms, (out = build()));
  return out;
}

const numeralsCache = new WeakMap<readonly QuestionTerm[], Numbered[]>();

/**
 * The question's numbered names ("Henry II") that the sentence gives only another number ("Henry III"):
 * their groups, or null when there are none. A name's other words match on their own ("Henry"),
 * so without this "Where was Henry II born?" is answered from "Henry III was born in Winchester".
 */
export function otherNumeral(terms: readonly QuestionTerm[], text: string): Set<number> | null {
  const numbered = perQuestion(numeralsCache, terms, () => {
    const numbered: Numbered[] = [];
    for (const t of terms) {
      const numeral = bare(t);
      if (t.role !== 'entity' || t.alias || !ROMAN.test(numeral)) continue;
      const words = terms.filter((o) => o.group === t.group && o !== t && !o.alias && !ROMAN.test(bare(o))).map((o) => escape(bare(o)));
      if (words.length) numbered.push({ group: t.group, numeral, pattern: new RegExp(`\\b(?:${words.join('|')})\\s+([IVXLC]+)\\b`, 'gu') });
    }
    return numbered;
  });
  return numberedOtherwise(numbered, text);
}

/**
 * The groups of `numbered` whose name the sentence gives only with another numeral (a sentence naming
 * both, "the MDA IV is an upgrade of the MDA III", names it), or null.
 */
function numberedOtherwise(numbered: ReadonlyArray<{ group: number; numeral: string; pattern: RegExp }>, text: string): Set<number> | null {
  let out: Set<number> | null = null;
  for (const n of numbered) {
    const found = [...text.matchAll(n.pattern)].map((m) => m[1]);
    if (found.length && !found.includes(n.numeral)) (out ??= new Set()).add(n.group);
  }
  return out;
}

/** Each of the question's names (its group) with its own words as written, each once (aliases left out). */
function nameWords(terms: readonly QuestionTerm[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const t of terms) {
    if (t.role !== 'entity' || t.alias) continue;
    const words = out.get(t.group) ?? [];
    const w = bare(t);
    if (!words.includes(w)) words.push(w);
    out.set(t.group, words);
  }
  return out;
}

const bearersCache = new WeakMap<readonly QuestionTerm[], Bearer[]>();

/**
 * The question's names of two words or more whose first word the sentence gives only to someone else
 * ("Michael Ancram" for "Michael Howard"), without the name's last word: their groups, or null. A
 * name's words match on their own, so without this "Which paper did Michael Howard tell …?" is
 * answered from "Michael Ancram told MPs a new White Paper …".
 */
export function otherBearer(terms: readonly QuestionTerm[], text: string): Set<number> | null {
  const names = perQuestion(bearersCache, terms, () => {
    const names: Bearer[] = [];
    for (const [g, words] of nameWords(terms)) {
      if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
      names.push({ group: g, second: words[1]!, last: words[words.length - 1]!, pattern: new RegExp(`\\b${escape(words[0]!)}\\s+(\\p{Lu}[\\p{L}'’-]*)`, 'gu') });
    }
    return names;
  });
  let out: Set<number> | null = null;
  for (const n of names) {
    // (a name the sentence gives as one's name at birth is the question's own: "She was born Lilian
    // Alicia Marks" of Alicia Markova)
    const found = [...text.matchAll(n.pattern)].filter((m) => !BIRTH_NAME_BEFORE.test(text.slice(0, m.index))).map((m) => m[1]!.replace(/['’]s$/i, ''));
    if (found.length && !found.some((w) => sameWord(w, n.second)) && !text.split(/[^\p{L}\p{N}'’-]+/u).some((w) => /^\p{Lu}/u.test(w) && sameWord(w.replace(/['’]s$/i, ''), n.last))) (out ??= new Set()).add(n.group);
  }
  return out;
}

/** "born" or "née" and the given names before a name's word: a name at birth. */
const BIRTH_NAME_BEFORE = /\b(?:born|n[ée]e)\s+(?:\p{Lu}[\p{L}'’-]*\s+)*$/u;

const merge = (a: Set<number> | null, b: Set<number> | null): Set<number> | null => (a && b ? new Set([...a, ...b]) : a ?? b);

const givensCache = new WeakMap<readonly QuestionTerm[], Given[]>();
/** Whether a capitalised word before a family name is a given name there ("Will Young"), not a title ("Mr Young", "President Bush"). */
const givenBefore = new Map<string, boolean>();
export function isGivenBefore(word: string, last: string): boolean {
  const key = `${word} ${last}`;
  const known = givenBefore.get(key);
  if (known !== undefined) return known;
  const tags: string[] = (nlp(key).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
  const out = tags.includes('Person') && !tags.includes('Honorific');
  if (givenBefore.size > 10_000) givenBefore.clear();
  givenBefore.set(key, out);
  return out;
}

/**
 * The question's names of two words or more whose last word the sentence gives only to someone
 * with another given name ("Will Young" for "Donald Young"), the question's given name nowhere in
 * it: their groups, or null. The mirror of {@link otherBearer}: without it "Who beat Donald Young?"
 * is answered from "Williams' track beat songs by Will Young, Queen, Kate Bush …".
 */
export function otherGivenName(terms: readonly QuestionTerm[], text: string): Set<number> | null {
  const names = perQuestion(givensCache, terms, () => {
    const names: Given[] = [];
    for (const [g, words] of nameWords(terms)) {
      if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
      const given = words.slice(0, -1).filter((w) => !TITLE_BEFORE_NAME.test(w));
      if (given.length) names.push({ group: g, given, pattern: new RegExp(`\\b(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)\\s+(${escape(words[words.length - 1]!)})\\b`, 'gu') });
    }
    return names;
  });
  let out: Set<number> | null = null;
  for (const n of names) {
    const before = [...text.matchAll(n.pattern)];
    if (!before.length || before.some((m) => n.given.some((g) => sameWord(m[1]!, g)))) continue;
    if (!before.some((m) => isGivenBefore(m[1]!, m[2]!))) continue;
    const words = text.split(/[^\p{L}\p{N}'’-]+/u);
    if (!words.some((w) => /^\p{Lu}/u.test(w) && n.given.some((g) => sameWord(w, g)))) (out ??= new Set()).add(n.group);
  }
  return out;
}
/** Determiners and possessive pronouns, capitalised at a sentence's start: no name's word ("The Labs"). */
const DETERMINER_WORD = /^(the|this|that|these|those|a|an|its|their|his|her|our|your|my)$/i;
/** Titles a question may give before a name ("Sir Stanley Odell"): no given name. */
export const TITLE_BEFORE_NAME = /^(mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|prof|president|king|queen|prince|princess|general|captain|judge|pope|saint|st)$/i;

const bodiesCache = new WeakMap<readonly QuestionTerm[], Body[]>();

/** The question's names of bodies {@link otherBody} reads (read once per question). */
function bodyNames(terms: readonly QuestionTerm[]): Body[] {
  return perQuestion(bodiesCache, terms, () => {
    const names: Body[] = [];
    for (const [g, all] of nameWords(terms)) {
      // (a place after the body's kind is the branch's: "Amnesty International UK", given only
      // "Screen International" in a sentence)
      const words = all.length > 2 && placeWord(all[all.length - 1]!) ? all.slice(0, -1) : all;
      if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
      if (!lexicon().isCommonNoun(words[words.length - 1]!) || nlp(words[0]!).has('#FirstName') || nlp(words.join(' ')).has('#Person')) continue;
      const given = words.slice(0, -1);
      names.push({
        group: g,
        given,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}'’-])(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)\\s+(${escape(words[words.length - 1]!)})\\b`, 'gu'),
        kind: new RegExp(`(?<![\\p{L}\\p{N}'’-])${escape(words[words.length - 1]!)}\\b`, 'u'),
        givenTerms: terms.filter((t) => t.group === g && !t.alias && given.includes(bare(t))).map((t) => t.term),
      });
    }
    return names;
  });
}

/**
 * The question's names of bodies — ending in a common noun that names their kind, starting with no
 * given name, not a person's — that the sentence gives only another body's first words ("Daiwa
 * Securities" for "Sejong Securities"), their own first words nowhere in it: their groups, or null.
 * The sentence then does not name them, though its context may ("since last year's French Open" in
 * an article about the Australian Open).
 */
export function otherBody(terms: readonly QuestionTerm[], text: string): Set<number> | null {
  const names = bodyNames(terms);
  let out: Set<number> | null = null;
  for (const n of names) {
    const before = [...text.matchAll(n.pattern)];
    // (each part of a hyphenated word: "Min-Soo Park" for "Min Soo Park")
    if (!before.length || before.some((m) => m[1]!.split(/[-‐]/).some((w) => n.given.some((g) => sameWord(w, g))))) continue;
    // (nor a determiner opening the sentence: "The Labs needed …" of "Media Labs Europe")
    if (before.every((m) => TITLE_BEFORE_NAME.test(m[1]!) || DETERMINER_WORD.test(m[1]!) || nlp(m[1]!).has('#Honorific'))) continue;
    const words = text.split(/[^\p{L}\p{N}'’]+/u);
    if (!words.some((w) => /^\p{Lu}/u.test(w) && n.given.some((g) => sameWord(w, g)))) (out ??= new Set()).add(n.group);
  }
  return out;
}

/**
 * {@link otherBody}, and the question's names of bodies the sentence gives by their kind alone, in
 * capitals, where the article never gives their own first words: "City boss Kevin Keegan" in an
 * article about Manchester City is no mention of "Newry City" (nor "the Newry City boss"). In an
 * article that names the body in full elsewhere, the kind alone is its short name ("City" for
 * "Manchester City"), as before. `mentioned`: whether the article holds a word (by its term).
 */
export function otherBodyIn(terms: readonly QuestionTerm[], text: string, mentioned: (term: string) => boolean): Set<number> | null {
  let out = otherBody(terms, text);
  const names = bodyNames(terms);
  for (const n of names) {
    if (out?.has(n.group) || n.givenTerms.length === 0 || !n.kind.test(text)) continue;
    if (n.givenTerms.some(mentioned)) continue;
    (out ??= new Set()).add(n.group);
  }
  return out;
}

type Placed = { group: number; place: string; pattern: RegExp };
const placedCache = new WeakMap<readonly QuestionTerm[], Placed[]>();
/** Whether a word names a place (a country, a city, a region), by the tagger's lexicon. */
const placeWord = (w: string): boolean => taggedAlone(w, 'Place');

/**
 * The question's names of a body that a place's name qualifies ("Athletics Kenya", "Bank of
 * England") that the sentence gives only qualified by another place ("UK Athletics", "Bank of
 * Scotland"), the question's place nowhere in it (nor a word made from it: "Kenyan"): their groups,
 * or null. "Who is the chief of Athletics Kenya?" is not answered by "UK Athletics chief David
 * Moorcroft", though "Athletics" is in both.
 */
function otherPlacedBody(terms: readonly QuestionTerm[], text: string): Set<number> | null {
  const names = perQuestion(placedCache, terms, () => {
    const names: Placed[] = [];
    for (const [g, words] of nameWords(terms)) {
      if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
      const places = words.filter(placeWord);
      const rest = words.filter((w) => !placeWord(w));
      if (places.length !== 1 || rest.length === 0 || nlp(words.join(' ')).has('#Person')) continue;
      const body = rest.map(escape).join('\\s+(?:of\\s+)?');
      names.push({ group: g, place: places[0]!, pattern: new RegExp(`(?:(\\p{Lu}[\\p{L}'’]*)\\s+)?\\b${body}\\b(?:\\s+(?:of\\s+)?(\\p{Lu}[\\p{L}'’]*))?`, 'gu') });
    }
    return names;
  });
  let out: Set<number> | null = null;
  for (const n of names) {
    const stem = n.place.toLowerCase().slice(0, Math.max(3, n.place.length - 1));
    if (text.split(/[^\p{L}'’]+/u).some((w) => w.toLowerCase().startsWith(stem))) continue;
    const found = [...text.matchAll(n.pattern)];
    if (found.length && found.every((m) => [m[1], m[2]].some((w) => w !== undefined && w !== n.place && placeWord(w)))) (out ??= new Set()).add(n.group);
  }
  return out;
}

/** A word that may be a family name: no word of the dictionary, or one WordNet has only as someone ("Payne", "Clinton"). */
const surname = (w: string): boolean => !lexicon().isDictionaryWord(w) || (lexicon().nounClasses(w, 1)[0] === 'noun.person' && !lexicon().isCommonNoun(w));

const givenCache = new WeakMap<readonly QuestionTerm[], GivenOnly[]>();

/**
 * The question's one-word names that are given names ("Alexander", "Chelsea") which the sentence
 * writes only as the first word of someone's full name ("Alexander Payne", "Chelsea Clinton"):
 * their groups, or null. "Who directed Alexander?" is not answered by "Alexander Payne, who directed
 * the 2002 hit About Schmidt". (A common word after it keeps the name: "Chelsea Football Club".)
 */
export function givenNameOnly(terms: readonly QuestionTerm[], text: string): Set<number> | null {
  const names = perQuestion(givenCache, terms, () => {
    const names: GivenOnly[] = [];
    for (const [g, words] of nameWords(terms)) {
      if (words.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || !nlp(words[0]!).has('#FirstName')) continue;
      names.push({ group: g, pattern: new RegExp(`\\b${escape(words[0]!)}\\b(?:\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*))?`, 'gu') });
    }
    return names;
  });
  let out: Set<number> | null = null;
  for (const n of names) {
    const found = [...text.matchAll(n.pattern)];
    if (found.length && found.every((m) => m[1] !== undefined && surname(m[1].replace(/['’]s$/i, '')))) (out ??= new Set()).add(n.group);
  }
  return out;
}

/**
 * Whether two words of a name are one as written or typed: "Olympic" for "Olympics", "Ayers" for
 * "Ayres" (one edit, a swap counting as one; two in long words).
 */
function sameWord(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x)))) return true;
  const most = Math.max(x.length, y.length) >= 7 ? 2 : 1;
  if (Math.abs(x.length - y.length) > most) return false;
  // Damerau–Levenshtein, optimal string alignment
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[x.length]![y.length]! <= most;
}

/** Groups of the question's names the sentence gives to another: another numeral ("Henry III"), another bearer ("Michael Ancram"), another place's body ("UK Athletics"). */
export function namedOtherwise(terms: readonly QuestionTerm[], text: string): Set<number> | null {
  const a = otherNumeral(terms, text);
  const b = merge(merge(merge(otherBearer(terms, text), givenNameOnly(terms, text)), otherGivenName(terms, text)), otherPlacedBody(terms, text));
  const c = otherNumber(terms, text);
  if (!c) return a && b ? new Set([...a, ...b]) : a ?? b;
  return new Set([...(a ?? []), ...(b ?? []), ...c]);
}

const numbersCache = new WeakMap<readonly QuestionTerm[], Numbered[]>();

/**
 * The question's names numbered by the number after them ("Sound of 2005", "Channel 4") that the
 * sentence numbers only otherwise ("won Sound of 2004"): their groups, or null.
 */
function otherNumber(terms: readonly QuestionTerm[], text: string): Set<number> | null {
  const numbered = perQuestion(numbersCache, terms, () => {
    const numbered: Numbered[] = [];
    terms.forEach((t, i) => {
      const n = terms[i + 1];
      if (t.role !== 'entity' || t.alias || !n || !/^\d+$/.test(n.text) || !/^\p{Lu}\p{Ll}/u.test(bare(t))) return;
      numbered.push({ group: t.group, numeral: n.text, pattern: new RegExp(`\\b${escape(bare(t))}\\s+(?:of\\s+)?(\\d+)\\b`, 'gu') });
    });
    return numbered;
  });
  return numberedOtherwise(numbered, text);
}

/** Letters, at most, of a name as typed that a capitalised word in the sentence must open with to be the name ("Garde" for "Gardener"). */
const CAPITAL_PREFIX_LETTERS = 5;
type Worded = { index: number; pattern: RegExp };
const wordedCache = new WeakMap<readonly QuestionTerm[], Worded[]>();

/**
 * The question's names that are also common words ("Gardener", "Rice", "Brown") which the sentence
 * has only in lower case ("the red rose garden" for "Who is Gardener's coach?"): their terms' indices,
 * or null. A name in capitals is no common word there; the sentence does not name it. `question`
 * is the question as typed.
 */
export function commonWordOnly(terms: readonly QuestionTerm[], text: string, question: string): Set<number> | null {
  const worded = perQuestion(wordedCache, terms, () => {
    const out: Worded[] = [];
    terms.forEach((t, index) => {
      const w = bare(t);
      // (a name of one word only: one of several common words, "the gallery" for "the National
      // Gallery", speaks of it again in lower case)
      if (terms.some((o, k) => k !== index && o.group === t.group)) return;
      if (t.role !== 'entity' || t.alias || !/^\p{Lu}\p{Ll}+$/u.test(w) || !lexicon().isDictionaryWord(w.toLowerCase())) return;
      // (nor a common noun the question gives a capital after "the": "the Delta", "the Committee"
      // are often the sentence's "the delta", "the committee")
      if (new RegExp(`\\bthe\\s+${escape(w)}`, 'iu').test(question)) return;
      const start = w.slice(0, CAPITAL_PREFIX_LETTERS);
      if (start.length < 3) return;
      out.push({ index, pattern: new RegExp(`(?<!\\p{L})${escape(start)}`, 'u') });
    });
    return out;
  });
  let out: Set<number> | null = null;
  for (const w of worded) if (!w.pattern.test(text)) (out ??= new Set()).add(w.index);
  return out;
}

/** How well a name the sentences before give counts where a pronoun in the sentence takes it up ("its main administrator, X"). */
export const PRONOUN_TAKES_UP = 0.8;
/** Pronouns that take up one name the sentences before give, and those that take up several (or a plural: "Iranians"). */
const TAKING_UP_ONE = /^(he|she|his|her|him|it|its)$/i;
const TAKING_UP_MANY = /^(they|their|them)$/i;
/**
 * Whether the sentence's first pronoun comes before any name of its own (past its first word), and
 * agrees in number with the question's name: "Among the six named is [its] main administrator, X"
 * takes up "Emennet Pasargad", not "the six Iranians".
 */
export function pronounTakesUp(text: string, name: QuestionTerm): boolean {
  const plural = /s$/i.test(name.text) && lexicon().lemma(name.text.toLowerCase(), 'noun') !== name.text.toLowerCase();
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (TAKING_UP_ONE.test(w) || TAKING_UP_MANY.test(w)) return (plural ? TAKING_UP_MANY : TAKING_UP_ONE).test(w);
    if (i > 0 && /^\p{Lu}/u.test(w)) return false;
  }
  return false;
}
