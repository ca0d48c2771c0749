import nlp from 'compromise';
import { yearStarts } from './answer/periods.js';
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

/** The index term of a token's text ("Iran's" → "iran"). */
function termOf(text: string): string | null {
  const word = text.replace(/['’]s$/i, '');
  return normalizeTerm(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}

/** Words before a month that say when in it ("in May", "early May", "by May"). */
const BEFORE_MONTH = /^(in|early|late|mid|since|until|till|by|from|to|before|after|during|last|next|this|of)$/i;

/** compromise tags years from about here on; earlier ones are read where {@link yearStarts} finds them. */
const TAGGED_YEARS_FROM = 1400;
/** Words after which compromise leaves a later year untagged ("has been MP since 1997", "in early 2005", "by late 2006"). */
const YEAR_BEFORE = /^(since|until|till|early|late|mid)$/i;

/** A word with a capital after a lower-case letter inside it: "McFly", "DiCaprio", "eBay", "iPod". */
const INNER_CAPITAL = /^(?:\p{Lu}\p{Ll}+|\p{Ll}{1,4})\p{Lu}\p{L}*$/u;
/** Tags a word with a capital inside it cannot have ({@link INNER_CAPITAL}). */
const NOT_NAME_TAGS = new Set(['Adverb', 'Adjective', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Comparative', 'Superlative']);

/** A day of the month as written before a month: "5", "21st". */
const DAY_OF_MONTH = /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/i;

/**
 * Whether the word at `k` is the month "May", which compromise reads as the modal where no date
 * pattern it knows is around ("around 5 May, widely expected", "in early May"): a capitalised
 * "May" inside a sentence after a day of the month, or a word that leads a month, or before a year.
 */
function monthMay(terms: ReadonlyArray<{ text: string; tags: string[]; post: string }>, k: number): boolean {
  const t = terms[k]!;
  if (t.text !== 'May' || k === 0 || t.tags.includes('Month') || t.tags.includes('Person')) return false;
  const before = terms[k - 1]!;
  const after = terms[k + 1];
  const joined = !/[,;:.!?]/.test(before.post);
  const day = DAY_OF_MONTH.test(before.text);
  return joined && (day || BEFORE_MONTH.test(before.text)) || (!!after && /^\d{4}$/.test(after.text) && !/[,;:.!?]/.test(t.post));
}

/** Tags a month after a day of the month cannot have. */
const MONTH_NOT = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Organization', 'Place']);
/** Months other than May (which {@link monthMay} reads), written in full. */
const MONTH_NAME = /^(January|February|March|April|June|July|August|September|October|November|December)$/;

/**
 * Whether the word at `k` is a month after a day of the month ("on 10 January Cellnet …") or a word
 * that leads a month ("In January, Apple sued …") that compromise read otherwise (there: a person,
 * "January Cellnet", "January").
 */
function monthAfterDay(terms: ReadonlyArray<{ text: string; tags: string[]; post: string }>, k: number): boolean {
  const t = terms[k]!;
  if (!MONTH_NAME.test(t.text) || k === 0 || t.tags.includes('Month')) return false;
  const before = terms[k - 1]!;
  return !/[,;:.!?]/.test(before.post) && (DAY_OF_MONTH.test(before.text) || BEFORE_MONTH.test(before.text));
}

/** Number words before which "won" is read as the verb ("world number one won"), as after a short number in figures. */
const SMALL_NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten)$/i;

/**
 * Whether the word at `k` is the verb "won" that compromise read as the currency after a number
 * ("Halo 2 won the best Xbox game category", "Burnout 3 won three awards", "world number one won
 * the award"): a lower-case "won" after a short number, in figures or a word ("2,000bn won" is a
 * sum), and before an article, a possessive, a number or a name.
 */
function wonAfterNumber(terms: ReadonlyArray<{ text: string; tags: string[]; post: string }>, k: number): boolean {
  const t = terms[k]!;
  const after = terms[k + 1];
  const before = terms[k - 1];
  if (t.text !== 'won' || !t.tags.includes('Currency') || !after || /[,;:.!?]/.test(t.post) || !before || !(/^\d{1,3}$/.test(before.text) || SMALL_NUMBER_WORD.test(before.text))) return false;
  return after.tags.includes('Determiner') || after.tags.includes('Possessive') || after.tags.includes('Value') || /^\p{Lu}/u.test(after.text);
}

/** Retags each "won" {@link wonAfterNumber} finds as the verb, and its number as no sum (passages and questions alike). */
export function wonAsVerb(terms: Array<{ text: string; tags: string[]; post: string }>): void {
  terms.forEach((t, k) => {
    if (!wonAfterNumber(terms, k)) return;
    t.tags = ['Verb', 'PastTense'];
    const n = terms[k - 1];
    if (n) n.tags = n.tags.filter((g) => g !== 'Money');
  });
}

type Term = { text: string; tags: string[]; post: string };
/** A lower-case word in -s that compromise read as a verb in the present tense ("firms", "loans"). */
function presentInS(t: Term | undefined): boolean {
  return !!t && /^\p{Ll}+[^s]s$/u.test(t.text) && t.tags.includes('PresentTense') && !t.tags.includes('Infinitive') && !/[,;:.!?"”]/.test(t.post);
}
const RELATIVE = /^(that|which|who)$/i;
/** A verb in its plural present form after "that" ("come", "are"; not "comes", "will", "came"). */
function pluralVerb(t: Term | undefined): boolean {
  if (!t || !t.tags.includes('Verb') || t.tags.includes('Modal') || t.tags.includes('PastTense') || t.tags.includes('Gerund')) return false;
  return t.text === 'are' || t.text === 'have' || (!/s$/.test(t.text) && !/^(is|was|does|did|had)$/.test(t.text) && (t.tags.includes('PresentTense') || t.tags.includes('Infinitive')));
}
/**
 * Whether the word at `k` is a plural noun compromise read as a verb: the object between a verb
 * and "to" and another verb ("will ask firms to roll over …", where no finite verb can stand), or a
 * noun's plural before "that" and a verb that agrees with a plural ("mortgage loans that come due",
 * where "says that come" cannot stand).
 */
function pluralNounAsVerb(terms: readonly Term[], k: number): boolean {
  const t = terms[k];
  if (!presentInS(t)) return false;
  const before = terms[k - 1];
  const after = terms[k + 1];
  if (!before || !after || /[,;:.!?"”]/.test(before.post)) return false;
  const verbBefore = before.tags.includes('Verb') && !before.tags.includes('Auxiliary') && !before.tags.includes('Modal') && !before.tags.includes('Copula');
  if (verbBefore && after.text === 'to' && terms[k + 2]?.tags.includes('Infinitive')) return true;
  return before.tags.includes('Noun') && !before.tags.includes('Pronoun') && !before.tags.includes('ProperNoun') && RELATIVE.test(after.text) && pluralVerb(terms[k + 2]);
}

const PARTICLE = /^(over|up|down|off|out|back|away)$/;
/**
 * Whether the word at `k` is the particle of a phrasal verb compromise does not know and read as an
 * adjective: "over" after "roll" and before its object ("roll over mortgage loans"), as it reads
 * "took over the company"; not after a form of "be" ("the game is over").
 */
function unknownParticle(terms: readonly Term[], k: number): boolean {
  const t = terms[k]!;
  const before = terms[k - 1];
  const after = terms[k + 1];
  if (!PARTICLE.test(t.text) || !t.tags.includes('Adjective') || !before || !after || /[,;:.!?"”]/.test(before.post) || /[,;:.!?"”]/.test(t.post)) return false;
  if (!before.tags.includes('Verb') || before.tags.includes('Copula') || before.tags.includes('Auxiliary') || before.tags.includes('Modal')) return false;
  return after.tags.includes('Determiner') || after.tags.includes('Noun') || after.tags.includes('Possessive');
}

/**
 * Retags each plural noun {@link pluralNounAsVerb} finds as a noun, and each particle
 * {@link unknownParticle} finds as compromise tags the particles it knows (passages and questions
 * alike).
 */
export function nounsAndParticles(terms: Term[]): void {
  const found = terms.flatMap((_, k) => (pluralNounAsVerb(terms, k) ? [k] : []));
  for (const k of found) terms[k]!.tags = ['Noun', 'Plural'];
  const particles = terms.flatMap((_, k) => (unknownParticle(terms, k) ? [k] : []));
  for (const k of particles) terms[k]!.tags = ['Verb', 'PhrasalVerb', 'Particle'];
}

const aloneTags = new Map<string, boolean>();
/**
 * Whether compromise gives a word on its own `tag` ("Harry" #FirstName, "Kenya" #Place); read once a
 * word and tag, in a bounded cache.
 */
export function taggedAlone(word: string, tag: string): boolean {
  const key = `${tag} ${word}`;
  let has = aloneTags.get(key);
  if (has === undefined) {
    has = nlp(word).has(`#${tag}`);
    if (aloneTags.size > 10_000) aloneTags.clear();
    aloneTags.set(key, has);
  }
  return has;
}

/** A number written with thousands commas ("1,920", "12,500"). */
const GROUPED_NUMBER = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Tags sentences with compromise (people, places, organisations, values, dates, parts of speech).
 * Tagging costs about a millisecond a sentence, so it runs only on the few passages an answer is
 * drawn from, and results are kept (bounded) for the next question.
 */
export class Tagger {
  private cache = new Map<string, Token[]>();
  constructor(private readonly maxEntries = 20_000) {}

  /** Tokens of `text`, with offsets relative to `text`; kept for the next call. */
  tag(text: string): Token[] {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const tokens = Tagger.fresh(text);
    if (this.cache.size >= this.maxEntries) this.cache.clear();
    this.cache.set(text, tokens);
    return tokens;
  }

  /** Tokens of `text`, tagged now and not kept. */
  static fresh(text: string): Token[] {
    const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ text: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } }>;
    }>;
    const tokens: Token[] = [];
    // years before about 1400, which compromise reads as plain numbers ("In 1066, …", "in 911")
    const years = /\d{3}/.test(text) ? yearStarts(text) : null;
    for (const s of json) {
      s.terms.forEach((t, k) => { if (monthMay(s.terms, k)) t.tags = [...new Set([...t.tags.filter((g) => g !== 'Verb' && g !== 'Modal' && g !== 'Auxiliary'), 'ProperNoun', 'Noun', 'Date', 'Month'])]; });
      s.terms.forEach((t, k) => { if (monthAfterDay(s.terms, k)) t.tags = [...new Set([...t.tags.filter((g) => !MONTH_NOT.has(g)), 'ProperNoun', 'Noun', 'Date', 'Month'])]; });
      wonAsVerb(s.terms);
      nounsAndParticles(s.terms);
      // "1,920 pixels": a number written with a thousands comma is a count, never a year (compromise
      // reads some as years)
      s.terms.forEach((t) => { if (GROUPED_NUMBER.test(t.text) && t.tags.includes('Year')) t.tags = t.tags.filter((g) => g !== 'Year' && g !== 'Date'); });
      // "McFly won …": a word with a capital inside it is a name, whatever its ending suggests
      // (compromise reads "McFly" as an adverb)
      s.terms.forEach((t) => { if (INNER_CAPITAL.test(t.text) && !t.tags.includes('ProperNoun')) t.tags = [...new Set([...t.tags.filter((g) => !NOT_NAME_TAGS.has(g)), 'ProperNoun', 'Noun', 'Singular'])]; });
      s.terms.forEach((t, k) => {
        if (!t.text) return;
        // compromise's offset points at the term including leading punctuation
        const at = text.indexOf(t.text, t.offset.start);
        const start = at >= 0 ? at : t.offset.start;
        // (and "since 1997", "until 2001", which compromise reads as plain numbers whatever the year)
        if (years?.has(start) && /^\d{3,4}$/.test(t.text) && (Number(t.text) < TAGGED_YEARS_FROM || (k > 0 && YEAR_BEFORE.test(s.terms[k - 1]!.text))) && !t.tags.includes('Year')) t.tags = [...t.tags, 'Year', 'Date'];
        tokens.push({ text: t.text, start, end: start + t.text.length, tags: sharedTags(t.tags), post: sharedSpacing(t.post), pre: sharedSpacing(t.pre), term: termOf(t.text) });
      });
    }
    return tokens;
  }
}

/**
 * Every passage's tokens, tagged ahead of time (by `npm run index`) and kept compactly: per token
 * its offsets, the lengths of the spacing around it and the id of its tag set, in typed arrays
 * (14 bytes a token). An engine started from a snapshot then never tags a sentence while
 * a question waits. A passage whose tokens cannot be written this way exactly (its tokens do not
 * sit at their offsets) is left out, and tagged when asked for, as without a store.
 */
export class TagStore {
  constructor(
    /** offsets[p] .. offsets[p + 1] index passage p's tokens; an empty range: not stored. */
    readonly offsets: Int32Array,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly preLengths: Uint16Array,
    readonly postLengths: Uint16Array,
    readonly tagSetIds: Uint16Array,
    /** Each tag set as its tags joined by "|", by id. */
    readonly tagSetTable: string[],
  ) {}

  /** Tags every text now (null: a passage not stored, such as a repeated caption). */
  static build(texts: ReadonlyArray<string | null>): TagStore {
    const offsets = new Int32Array(texts.length + 1);
    const starts: number[] = [];
    const ends: number[] = [];
    const pres: number[] = [];
    const posts: number[] = [];
    const sets: number[] = [];
    const table: string[] = [];
    const ids = new Map<string, number>();
    texts.forEach((text, p) => {
      offsets[p] = starts.length;
      if (text == null) return;
      const tokens = Tagger.fresh(text);
      const exact = tokens.every((t) => text.slice(t.start, t.end) === t.text && text.slice(t.start - t.pre.length, t.start) === t.pre && text.slice(t.end, t.end + t.post.length) === t.post && t.pre.length < 65536 && t.post.length < 65536);
      if (!exact || tokens.length === 0) return;
      const setIds: number[] = [];
      for (const t of tokens) {
        const key = [...t.tags].join('|');
        let id = ids.get(key);
        if (id === undefined) {
          if (table.length >= 65535) return; // out of ids: this passage is tagged when asked for
          ids.set(key, (id = table.length));
          table.push(key);
        }
        setIds.push(id);
      }
      tokens.forEach((t, i) => {
        starts.push(t.start);
        ends.push(t.end);
        pres.push(t.pre.length);
        posts.push(t.post.length);
        sets.push(setIds[i]!);
      });
    });
    offsets[texts.length] = starts.length;
    return new TagStore(offsets, Int32Array.from(starts), Int32Array.from(ends), Uint16Array.from(pres), Uint16Array.from(posts), Uint16Array.from(sets), table);
  }

  /** Whether the store holds passage p's tokens. */
  has(p: number): boolean {
    return p >= 0 && p + 1 < this.offsets.length && this.offsets[p + 1]! > this.offsets[p]!;
  }

  /** Passage p's tokens (`text` is its text), or null when the store does not hold them. */
  tokens(p: number, text: string): Token[] | null {
    if (p + 1 >= this.offsets.length) return null;
    const from = this.offsets[p]!;
    const to = this.offsets[p + 1]!;
    if (from === to) return null;
    const out: Token[] = new Array(to - from);
    for (let k = from; k < to; k++) {
      const start = this.starts[k]!;
      const end = this.ends[k]!;
      const word = text.slice(start, end);
      out[k - from] = {
        text: word,
        start,
        end,
        tags: sharedTags(this.tagSetTable[this.tagSetIds[k]!] ? this.tagSetTable[this.tagSetIds[k]!]!.split('|') : []),
        pre: sharedSpacing(text.slice(start - this.preLengths[k]!, start)),
        post: sharedSpacing(text.slice(end, end + this.postLengths[k]!)),
        term: termOf(word),
      };
    }
    return out;
  }
}
