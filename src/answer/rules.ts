import type { Article } from '../ingest.js';
import type { PassageIndex, WeightedTerm } from '../index.js';
import { lexicon } from '../lexicon.js';
import type { Passage } from '../passages.js';
import { OTHER_ROLE_WORD, type AnswerKind, type Question, type QuestionTerm } from '../question.js';
import type { Token } from '../tagging.js';
import { IRREGULAR, fingerprint, isStopWord, normalizeTerm } from '../text.js';
import type { Answer } from '../types.js';
import { type NameType, isRoleNoun, PLACE_TAGS, countrysPossessive, nameOpensOnly, TIME_UNIT, agedAfter, ordinalModifier, COURTESY_TITLE, isMoneyWord, wordNetNameWith, titleCaseArticle, currencyWords, nameMadeVerb, saintsAlone, ampersandJoins, basedIn, indefiniteTitleLink, pluralDayInName, calendarWordInName, middleInitialA, namerStart, otherNamesAmount, oneUnitLength, DURATION_HINT, POINT_IN_TIME, NOBLE_TITLE, isMoney, isNumber, spanType, startsOtherNumber, ofTheJoins, rangeEnd, SPACED_DASH, titlesProgramme, partitive, clockTime, endsInHead, inAsideOfName, insideName, CONNECTORS, numberAfterName, numberBeforeName, SEASON, TIME_UNIT_WORD, breaksAfter, firstWordOnly, namesHeadNoun, sharedAmount, timeAgo, unitDateStart, wordBefore, conversionAfter, courtesyTitle, dayOfMonth, dayRangeStart, holdsNameEnd, isCalendarWord, isNameRun, isPercentage, isTitle, markedAsAge, modifiesNoun, nameEnds, ownWordsLead, wordsRunTogether, pronounInTitle, bodyOfRoleHolder, lowerMiddle, LATIN_ABBREVIATION, percentUnitAfter, pluralReadAsVerb, quotedStart, relativeDateStart, partOfDayEnd, rankedUnitStart, roleWordBefore, sortSpans, spanEnd, timePhrase, titleOf, titleWord, trimTitles, typedByNounBefore, quotedAsides, questionVerbTerms, quoteSegments, withSynonyms, alikeInLists, numberValue, propOne, signedAndJoined, honorificAfterName, titlesPaper, ofJoined, possessiveBody, particlePair, personsPossessive, withoutPossessive, relativeDateAfter, namesOtherBody, FRACTION, letterAfterHyphen, letterAfterNoun, hyphenPartJoins, fromPlace, RELATIVE_DATE, LOWER_LED_NAME, titleJoins, titledPlace, onJoins, multiplesStart, qualifierStart, inList, hyphenatedWhole, spellsAskedName, MEASURE_UNIT, rateEnd, workNounBefore, workNoun, PERFORMED_WORK_KINDS, RANK_TITLE, isYearToken, POSSESSIVE_PRONOUN, SCALE_WORD, NAME_HINT, NUMBER_HINT, isCalendarTagged, hyphenedToCapital, appositiveOpener, placeModifier, adjectiveOpens, placeByNounAfter, bodyJoinedByAnd, holidayAt, adjectiveDay, adverbInTitle, employerAfterRole, pronounOpensTitle, placesBodyByAnd, othersRelativeClause, whTitleLink, ownerBeforeTitle, otherNounsAmount, centuryEnd, howOftenAt, TIMES_ASKED, hyphenJoined, reportedInEnd, ratioEnd, shareOfAsked, ONE_WORD_AGE } from './candidates.js';
import { namedByRole, nameText, namedOtherwise, otherBodyIn, commonWordOnly, isGivenBefore, TITLE_BEFORE_NAME, PRONOUN_TAKES_UP, pronounTakesUp } from './roles.js';
import { authoredIn, changeWordsLike, CHANGE_WORD, FALL_TERM, limitSaid, RISE_TERM, doerNouns, idfWeights, markSentence, questionTermIds, quotesQuestion, quotesWhatIsSaid, QUOTED_SAYING, sentencesOnNames, type TermIds } from './evidence.js';
import { askedMonths, askedPeriods, MONTH_NAME, otherPeriodsOnly, periodsIn } from './periods.js';
import { contradicts, hedged, isSuperlative, NEGATION, QUESTION_NEGATION, saysOtherwise } from './polarity.js';
import { citationOf, joinList, limitWords, pickQuotes } from './quotes.js';

// The hand-tuned answer stage this project answered with before the learned scorer (src/answer/
// index.ts). Still the default while the learned scorer answers fewer questions right on the
// phrasings the tests pin down; `answer: { scorer: 'learned' }` switches. Kept as it was.

/** Tuning of the rule-based answer stage; defaults in one place. */
export interface RuleOptions {
  /** Citations returned at most (adapters show a few and page through the rest). Default 6. */
  maxCitations: number;
  /** Related passages returned when abstaining. Default 3. */
  maxRelated: number;
  /** Passages tagged and searched for a short answer. Default 5. */
  candidatePassages: number;
  /** Share of the question's weighted content a passage must cover to support an answer. Default 0.5. */
  minCoverage: number;
  /** Lowest candidate score that is still an answer. Default 0.25. */
  minScore: number;
  /** Longest short answer, in words. Default 15. */
  maxAnswerWords: number;
  /** Articles of the best hits whose other sentences are also weighed. Default 3. */
  expandArticles: number;
  /** Whether a passage lacking an essential word of the question (its names, its verb, the noun asked about) is refused. Default true; the checked stage reads the rules once without it, to compare with the learned ranking. */
  essentialVeto: boolean;
}

export const RULE_DEFAULTS: RuleOptions = {
  maxCitations: 6,
  maxRelated: 3,
  candidatePassages: 5,
  minCoverage: 0.5,
  minScore: 0.25,
  maxAnswerWords: 15,
  expandArticles: 3,
  essentialVeto: true,
};

/** What the answer stage reads: the corpus, its index, and cached per-passage terms. */
interface Corpus {
  articles: Article[];
  passages: Passage[];
  index: PassageIndex;
  /** A passage's tokens with their tags (tagged ahead of time, or now and kept). */
  tokens(passage: Passage): Token[];
  /** Index terms of a passage. */
  passageTerms(id: number): TermSet;
  /** The same, as term ids (see the answer stage's Corpus). */
  termIdsOf(id: number): Int32Array;
  termsById(): readonly string[];
  termId(term: string): number;
  /** In how many of an article's sentences a term appears. */
  mentions(article: number, term: string): number;
  /** Index terms of an article's title. */
  titleTerms(article: number): TermSet;
  /** First passage id of each article, and one past the last (`[start, end)`). */
  articleRange(article: number): [number, number];
}

/** Membership test for index terms. */
interface TermSet {
  has(term: string): boolean;
}

interface Evidence {
  passage: Passage;
  coverage: number;
  score: number;
  essentialOk: boolean;
  missing: QuestionTerm[];
  /** Index terms (question terms and their stand-ins) found in the sentence itself. */
  matched: Set<string>;
}

interface Candidate {
  text: string;
  key: string;
  score: number;
  fit: number;
  evidence: Evidence;
  position: number;
}

/** The two sentences before `p` (skipping repeated captions) and its article's title. */
class ContextTerms implements TermSet {
  private readonly sets: TermSet[] = [];
  private readonly title: TermSet;
  constructor(p: Passage, c: Corpus) {
    const [first] = c.articleRange(p.article);
    for (let i = p.id - 1; i >= first && this.sets.length < 2; i--) {
      if (c.passages[i]!.duplicateOf === undefined) this.sets.push(c.passageTerms(i));
    }
    this.title = c.titleTerms(p.article);
  }
  has(t: string): boolean {
    if (this.title.has(t)) return true;
    for (const s of this.sets) if (s.has(t)) return true;
    return false;
  }
}

function isSubject(c: Corpus, article: number, term: string): boolean {
  return c.titleTerms(article).has(term) || c.mentions(article, term) >= 3;
}

const verbsAsked = new WeakMap<Question, Set<string>>();
const deniableAsked = new WeakMap<Question, Set<string>>();
/**
 * What a sentence's denial must reach to deny what the question asks: the verb asked about and the
 * question's other words, not its names ("What algorithm is always practical?" is not answered by
 * "… is not always practical"). On SQuAD's train articles 2 more unanswerable questions abstained;
 * the news splits were unchanged (one train answer, "Not many people …" for "few people", kept by
 * reading "not many" as a quantity, see polarity.ts).
 */
function deniable(q: Question): Set<string> {
  let hit = deniableAsked.get(q);
  if (!hit) {
    hit = new Set([...verbsOf(q), ...q.terms.filter((t) => t.role !== 'entity' && !t.alias).map((t) => t.term)]);
    deniableAsked.set(q, hit);
  }
  return hit;
}

/** The index terms of the question's verb and its synonyms, worked out once per question. */
function verbsOf(q: Question): Set<string> {
  let hit = verbsAsked.get(q);
  if (!hit) {
    hit = withSynonyms(q, 'verb');
    // "What kind of art did the Normans have a rich tradition of?": with no other verb, "have" is
    // the verb asked about, and "did not have" denies it (a stop word, so no index term)
    if (hit.size === 0 && /\b(have|has|had)\b/i.test(q.text)) {
      for (const w of ['have', 'has', 'had']) hit.add(w);
      // … unless a past participle follows, read as no verb ("How much has the campaign raised?"):
      // that is the verb asked about, for hedging ("attempted to raise the $50,000")
      for (const t of q.terms) if (t.role === 'other' && pastParticiple(t.text)) hit.add(t.term);
    }
    verbsAsked.set(q, hit);
  }
  return hit;
}

/** Whether a word is a verb's past form other than its base ("raised", "lost", "taken"), by WordNet. */
function pastParticiple(word: string): boolean {
  const w = word.toLowerCase();
  const base = lexicon().lemma(w, 'verb');
  return base !== w && (/(ed|en)$/.test(w) || IRREGULAR.verb[w] !== undefined) && lexicon().senses(base, 'verb').length > 0;
}

/**
 * Whether the question gives the name `t` as a setting: right after "at" or "in" (and "the"). On the train
 * split, counting such a name as present when the article names it anywhere turned 5 abstentions
 * right and 1 wrong answer into an abstention; dev and SQuAD's train articles were unchanged. Any
 * name named anywhere in the article (not only a setting) cost 6 abstentions on SQuAD's train
 * articles (swapped names in its unanswerable questions). So is a name of the source the question
 * gives ("…, according to the Public Accounts Committee?"), which an article names once, where it
 * quotes it first (train +1 right; dev and SQuAD's train articles unchanged).
 */
function settingName(q: Question, t: QuestionTerm): boolean {
  let names = settingsAsked.get(q);
  if (!names) {
    const source = /\baccording to\s+([^,;?]+)/iu.exec(q.text)?.[1] ?? '';
    names = new Set(q.terms.filter((x) => x.role === 'entity' && (new RegExp(`\\b(?:at|in)\\s+(?:the\\s+)?${escapeRegExp(x.text)}\\b`, 'iu').test(q.text) || new RegExp(`\\b${escapeRegExp(x.text)}\\b`, 'u').test(source))).map((x) => x.term));
    settingsAsked.set(q, names);
  }
  return names.has(t.term);
}
const settingsAsked = new WeakMap<Question, Set<string>>();

/** "in Japan", "at the Commons": a place a sentence is set in. */
const PLACE_SET = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/gu;

/**
 * Whether the sentence is set in another place than the question's setting `t` ("in the US"): it
 * says "in" or "at" a place WordNet knows first as a location, which the question does not name.
 */
function otherPlaceSet(q: Question, t: QuestionTerm, text: string): boolean {
  const place = (w: string) => lexicon().nounClasses(w, 1)[0] === 'noun.location';
  if (!place(t.text.replace(/['’]s$/i, ''))) return false;
  for (const m of text.matchAll(PLACE_SET)) {
    const w = m[1]!;
    const term = normalizeTerm(w);
    if (term && !q.terms.some((x) => x.term === term) && place(w)) return true;
  }
  return false;
}

/** A place a sentence opens on, as its setting: "In Sri Lanka, …", "For Thailand, …". */
const PLACE_FRONTED = /^(?:in|for|at)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s*,/iu;

/** Lower-case words, at most, between an owner and the noun it owns ("Japan's [annual] economy"). */
const OWNED_GAP = 1;

/**
 * Whether the sentence gives the noun the question's name `t` owns ("Japan's economy") another
 * owner, and does not name `t`: "China's economy grew by 9.5%" for "How much did Japan's economy
 * grow?" is said of China's, whatever the article says of Japan elsewhere.
 */
function otherOwnerOf(q: Question, t: QuestionTerm, text: string): boolean {
  let patterns = otherOwnerAsked.get(q);
  if (!patterns) otherOwnerAsked.set(q, (patterns = new Map()));
  let other = patterns.get(t);
  if (other === undefined) {
    other = null;
    const asked = /['’]s?$/.test(t.text) ? new RegExp(`\\b${escapeRegExp(t.text)}\\s+(?:\\p{Ll}+\\s+){0,${OWNED_GAP}}?(\\p{Ll}{3,})\\b`, 'u').exec(q.text) : null;
    if (asked) other = new RegExp(`\\b(\\p{Lu}[\\p{L}-]*)['’]s?\\s+(?:\\p{Ll}+\\s+){0,${OWNED_GAP}}${escapeRegExp(asked[1]!.replace(/s$/, ''))}s?\\b`, 'gu');
    patterns.set(t, other);
  }
  if (!other) return false;
  const owner = t.text.replace(/['’]s?$/, '');
  for (const m of text.matchAll(other)) if (m[1] !== owner && !/^(The|A|An|Its|His|Her|Their)$/.test(m[1]!)) return true;
  return false;
}

/** Per question and name in it, the pattern of another owner of the noun the name owns (read once a question, not once a sentence); null where it owns none. */
const otherOwnerAsked = new WeakMap<Question, Map<QuestionTerm, RegExp | null>>();

/**
 * Whether the sentence opens on another place than the question's place `t` ("In Sri Lanka, as
 * much as 1% of annual growth may be lost" for "How much growth may Thailand lose?"): what it says
 * is said of that place, not of the article's.
 */
function otherPlaceFronted(q: Question, t: QuestionTerm, text: string): boolean {
  const m = PLACE_FRONTED.exec(text);
  if (!m) return false;
  const place = (w: string) => lexicon().nounClasses(w.replace(/\s+/g, '_').toLowerCase(), 1)[0] === 'noun.location';
  if (!place(t.text.replace(/['’]s$/i, ''))) return false;
  return place(m[1]!) && m[1]!.split(/\s+/).every((w) => !q.terms.some((x) => x.term === normalizeTerm(w)));
}

const kinAskedCache = new WeakMap<Question, boolean>();
/** Whether the noun the question asks about names someone by whose kin they are ("Who is Amanda Champion's uncle?": see {@link kinNoun}). */
function kinAsked(q: Question): boolean {
  let hit = kinAskedCache.get(q);
  if (hit === undefined) {
    const head = q.terms.find((t) => t.role === 'head');
    hit = !!head && kinNoun(lexicon().lemma(head.text.toLowerCase(), 'noun'));
    kinAskedCache.set(q, hit);
  }
  return hit;
}

/**
 * Whether the person at `from`..`to` has another given name than the question's before the
 * question's family name ("Lewis Champion" for "Who is Amanda Champion's uncle?"): someone else of
 * that family, whom the question's name does not name, where the question asks for a relative.
 */
function otherGivenSameFamily(q: Question, toks: Token[], from: number, to: number, entityTerms: Set<string>): boolean {
  const first = toks[from]!;
  const last = toks[to]!;
  if (!kinAsked(q) || COURTESY_TITLE.test(first.text) || TITLE_BEFORE_NAME.test(first.text) || to <= from || !(first.tags.has('FirstName') || first.tags.has('Person')) || !/^\p{Lu}\p{Ll}/u.test(first.text) || first.term === null || entityTerms.has(first.term) || last.term === null || !entityTerms.has(last.term)) return false;
  const family = last.text.replace(/['’]s?$/u, '');
  const given = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(family)}(?![\\p{L}])`, 'u').exec(q.text)?.[1];
  return !!given && given.toLowerCase() !== first.text.toLowerCase() && !TITLE_BEFORE_NAME.test(given);
}

/** `s` with the characters a regular expression reads specially escaped. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How strongly a setting's name elsewhere in the article supports a sentence: just enough that it is not missing. */
const SETTING_NAMED = 0.3;

/** The highest group number among the question's words. */
function groupCount(q: Question): number {
  let n = 0;
  for (const t of q.terms) n = Math.max(n, t.group);
  return n;
}
/** Group strengths of the sentence being weighed: reused, one sentence at a time. */
let groupBestScratch = new Float64Array(16);
let groupInSentenceScratch = new Float64Array(16);

/** "Another 1,700 will go", "a further 300 were hurt": a count of what the sentence before counted, with no noun of its own. */
const ANOTHER_COUNT = /\b(?:another|a further)\s+\d[\d,.]*(?:\s+(?:million|billion|m|bn))?\s+(?:will|would|could|may|might|must|should|are|were|is|was|have|had|has)\b/i;

/** A group's size joined to "strong": "a 19-strong panel", "the 32-strong squad". */
const GROUP_SIZE = /\b\d[\d,]*-strong\b/i;

/** How well a count after "another" with no noun of its own answers "how many": as one the noun asked about follows. */
const ANOTHER_COUNT_FIT = 1.5;

/**
 * A name's earlier words ("Kalusha" of "Kalusha Bwalya") where the sentence gives only its last word
 * ("the 41 year-old Bwalya") and the article gives them elsewhere: news writing names someone in full
 * once and by the surname after; nearly as good as the words themselves (as a description of the
 * name is, PEOPLE_DESCRIBED_FIT), above a name in the sentences around (0.55).
 */
const NAME_PART_STANDS = 0.8;

const familyNamed = new WeakMap<Question, Map<string, boolean>>();
/**
 * Whether the article gives the last word of the question's name (its words in `group`) to someone
 * with another given name ("Anna Varga" in an article on Petra Varga): a bare "Varga" there may be
 * either. Read once per question and article.
 */
function otherOfFamily(q: Question, group: number, c: Corpus, article: number): boolean {
  let known = familyNamed.get(q);
  if (!known) familyNamed.set(q, (known = new Map()));
  const key = `${group}:${article}`;
  let other = known.get(key);
  if (other === undefined) {
    const name = q.terms.filter((t) => t.group === group && t.role === 'entity').map((t) => t.text);
    const words = name.map((w) => w.toLowerCase());
    const before = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+(${escapeRegExp(name[name.length - 1]!)})(?![\\p{L}])`, 'gu');
    other = [...c.articles[article]!.body.matchAll(before)].some((m) => !words.includes(m[1]!.toLowerCase()) && !TITLE_BEFORE_NAME.test(m[1]!) && isGivenBefore(m[1]!, m[2]!));
    known.set(key, other);
  }
  return other;
}

/**
 * Whether the sentence (its term ids in `sentence`) gives the last word of the name the question's
 * word `i` is an earlier word of ("Bwalya" of "Kalusha Bwalya"), a name the sentence does not give to
 * another body (`othered`, by group) or in lower case only (`lowered`, by word).
 */
function lastNameIn(q: Question, i: number, sentence: { has(id: number): boolean }, ids: readonly TermIds[], othered: Set<number> | null, lowered: Set<number> | null): boolean {
  const t = q.terms[i]!;
  if (!/^\p{Lu}/u.test(t.text) || COURTESY_TITLE.test(t.text)) return false;
  let last = -1;
  for (let k = i + 1; k < q.terms.length; k++) if (q.terms[k]!.group === t.group && q.terms[k]!.role === 'entity') last = k;
  return last > i && sentence.has(ids[last]!.id) && !(othered?.has(t.group) ?? false) && !(lowered?.has(last) ?? false);
}

/** A name the sentence speaks of by the role the article gives it: as a name in the sentences around it. */
const ROLE_NAMED = 0.55;

/** Letters a word of a name shortened has at least ("Lib", "Dem"). */
const SHORT_NAME_LETTERS = 3;
/**
 * For each group of the question's names of two words or more, each of SHORT_NAME_LETTERS letters or
 * more, the pattern of that name given in full: each word the start of a capitalised word, in a row
 * ("Lib Dem" → "Liberal Democrat", "Lib Dems" → "the Liberal Democrats"). Read on the sentence's text,
 * not its tagged words: most sentences weighed are never tagged.
 */
function shortenedNames(q: Question): Array<{ group: number; pattern: RegExp }> {
  let out = shortenedNamesOf.get(q);
  if (!out) {
    const groups = new Map<number, string[]>();
    for (const t of q.terms) if (t.role === 'entity') groups.set(t.group, [...(groups.get(t.group) ?? []), t.text.replace(/['’]s?$/u, '').replace(/s$/, '')]);
    out = [];
    for (const [group, words] of groups) {
      if (words.length < 2 || words.some((w) => w.length < SHORT_NAME_LETTERS || !/^\p{L}+$/u.test(w))) continue;
      const word = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1).toLowerCase()}\\p{Ll}*(?:['’]s?)?`;
      out.push({ group, pattern: new RegExp(`(?<!\\p{L})${words.map(word).join('\\s+')}(?!\\p{L})`, 'u') });
    }
    shortenedNamesOf.set(q, out);
  }
  return out;
}
const shortenedNamesOf = new WeakMap<Question, Array<{ group: number; pattern: RegExp }>>();

/** How well one passage supports the question: weighted share of its content words found. */
function weigh(q: Question, p: Passage, retrieval: number, weights: Map<string, number>, c: Corpus): Evidence {
  const ids = questionTermIds(q, c);
  const sentence = markSentence(c, p.id);
  // Context and article terms are only needed for words the sentence lacks: build them on demand.
  let contextSet: TermSet | null = null;
  const context = () => (contextSet ??= new ContextTerms(p, c));
  // (for "What nationality is X?" and "How old is X?": the sentence's words for a people said of X,
  // and where it describes someone, read once a sentence)
  let peopleHere: Array<{ from: number; at: number; fit: number }> | undefined;
  const people = () => (peopleHere ??= nationalityWords(q, c.tokens(p)));
  let describedHere: number | undefined;
  const described = () => (describedHere ??= q.asksNationality ? people().find((x) => x.fit === PEOPLE_DESCRIBED_FIT)?.from ?? -1 : ageDescribed(c.tokens(p)));
  const matched = new Set<string>();
  // best strength per group of words, anywhere and in the sentence itself (groups number from 1)
  const groups = groupCount(q) + 1;
  if (groupBestScratch.length < groups) {
    groupBestScratch = new Float64Array(groups * 2);
    groupInSentenceScratch = new Float64Array(groups * 2);
  }
  const groupBest = groupBestScratch.fill(0, 0, groups);
  const groupInSentence = groupInSentenceScratch.fill(0, 0, groups);
  let got = 0;
  let total = 0;
  // "Henry III" is not "Henry II", nor "Michael Ancram" "Michael Howard": a name the sentence gives
  // another number or another bearer of its first word is not in it
  const renumbered = namedOtherwise(q.terms, p.text);
  // ("Daiwa Securities" is no mention of "Sejong Securities", nor "City boss …" in an article never
  // naming Newry of "Newry City": the sentence's words do not count for it)
  const othered = otherBodyIn(q.terms, p.text, (term) => c.mentions(p.article, term) > 0);
  // ("the red rose garden" is no mention of "Gardener": a name that is also a common word counts only in capitals)
  const lowered = commonWordOnly(q.terms, p.text, q.text);
  // (for an age or a nationality, which a sentence gives of the name's last word: "How old is Kalusha Bwalya?")
  const describing = q.asksNationality || q.kind === 'age';
  // ("Liberal Democrat spokesman Mark Oaten" for "Which Lib Dem warned …?": a name the question
  // gives shortened, each word the start of the sentence's, is in it)
  const shortenedHere = (group: number) => shortenedNames(q).some((x) => x.group === group && x.pattern.test(p.text));
  for (let i = 0; i < q.terms.length; i++) {
    const t = q.terms[i]!;
    const own = ids[i]!;
    const w = weights.get(t.term) ?? 1;
    let m = 0;
    if (renumbered?.has(t.group)) {
      total += w;
      continue;
    }
    const off = (othered?.has(t.group) ?? false) || (lowered?.has(i) ?? false);
    if (sentence.has(own.id) && !off) {
      m = 1;
      matched.add(t.term);
    } else {
      for (const r of own.related) {
        if (sentence.has(r.id) && !off) {
          const v = 0.45 + 0.5 * r.weight;
          if (v > m) m = v;
          matched.add(r.term);
        }
      }
      // "in Japan on 12 December" for "When will the PSP go on sale in the US?": a sentence set in
      // another place than the question's is not about it, however often the article names that
      if (m === 0 && t.role === 'entity' && (settingName(q, t) ? otherPlaceSet(q, t, p.text) : otherPlaceFronted(q, t, p.text) || otherOwnerOf(q, t, p.text))) {
        total += w;
        continue;
      }
      // ("the 41 year-old Bwalya" for "How old is Kalusha Bwalya?": the name's last word in the
      // sentence stands for the whole name where the article gives the rest)
      // (not where the article gives that last word to someone else too: "Anna Varga" beside "Petra Varga")
      if (m === 0 && t.role === 'entity' && describing && lastNameIn(q, i, sentence, ids, othered, lowered) && c.mentions(p.article, t.term) > 0 && !otherOfFamily(q, t.group, c, p.article)) m = NAME_PART_STANDS;
      if (m === 0 && t.role === 'entity' && !off && shortenedHere(t.group)) m = 1;
      // (more where a pronoun opening the sentence's words takes the name up: see pronounTakesUp)
      if (m === 0 && context().has(t.term)) m = t.role === 'entity' && pronounTakesUp(p.text, t) ? PRONOUN_TAKES_UP : 0.55;
      // The article's subject — in its title or named in several sentences — is what "it", "the
      // company" refer to; a name mentioned once elsewhere in the article is not.
      if (m === 0 && (t.role === 'entity' ? isSubject(c, p.article, t.term) : c.titleTerms(p.article).has(t.term) || c.mentions(p.article, t.term) > 0)) m = t.role === 'entity' && pronounTakesUp(p.text, t) ? PRONOUN_TAKES_UP : 0.4;
      if (m === 0 && t.related.some((r) => context().has(r.term))) m = 0.3;
      // A name the question gives as the setting ("at the Birmingham meet", "in London") is often
      // said once, where the article sets the scene: named anywhere in the article, it is there.
      if (m === 0 && t.role === 'entity' && settingName(q, t) && c.mentions(p.article, t.term) > 0) m = SETTING_NAMED;
      // "the prime minister" for Tony Blair, where the article calls him "Prime Minister Tony Blair"
      if (m < ROLE_NAMED && t.role === 'entity' && namedByRole(c, p, nameText(q.terms, t.group))) m = ROLE_NAMED;
      // ("The Romanian international later suggested …" for "Adrian Mutu's nationality?", the
      // sentences before naming him: the description speaks of him, by the people asked for)
      // (and so does "The 25-year-old shocked Pete Sampras …" in an article on Marat Safin, for "How
      // old is Marat Safin?"; a word of the name standing for all of it, "Safin" for "Marat Safin")
      if (m < PEOPLE_DESCRIBED_FIT && t.role === 'entity' && (q.asksNationality || q.kind === 'age')) {
        const at = described();
        if (at >= 0 && describesAsked(q, t.group, c, p, at)) m = PEOPLE_DESCRIBED_FIT;
      }
    }
    // (a courtesy title says nothing of whose name it is: "Mr" in "Mr Wang" is no mention of "Mr Chernin")
    const titleOnly = COURTESY_TITLE.test(t.text) && q.terms.some((x) => x !== t && x.group === t.group);
    if (!titleOnly) groupBest[t.group] = Math.max(groupBest[t.group]!, m);
    // For the essential check a noun's derived forms do not stand in ("capital" is not "capitalisation"),
    // a verb's do ("manage" → "manager").
    let inSentence = 0;
    if (off) inSentence = 0;
    else if (sentence.has(own.id) || (t.role === 'entity' && shortenedHere(t.group))) inSentence = 1;
    else for (const r of own.related) if (sentence.has(r.id) && (r.kind !== 'derived' || t.role === 'verb')) inSentence = Math.max(inSentence, 0.45 + 0.5 * r.weight);
    // a verb of saying, in a sentence holding the words the question quotes (see weigh in evidence.ts)
    if (inSentence < QUOTED_SAYING && ((t.saying && quotesQuestion(q, p)) || quotesWhatIsSaid(q, t, p))) inSentence = m = Math.max(m, QUOTED_SAYING);
    // ("Andrew Lloyd Webber's The Woman in White" for "Who wrote The Woman in White?": see authoredIn)
    if (inSentence < QUOTED_SAYING && t.role === 'verb' && authoredIn(q, t, p.text)) inSentence = m = Math.max(m, QUOTED_SAYING);
    // ("fined up to £5,000" for "What is the maximum fine …?": see limitSaid)
    if (inSentence < QUOTED_SAYING && limitSaid(t, p.text)) inSentence = m = Math.max(m, QUOTED_SAYING);
    // ("with victory over Ivo Minar" for "Who did Lleyton Hewitt beat …?": the one beaten asked for,
    // not when: "a win over South Africa in November" is no first win over them)
    // (or where it was beaten: "Ireland's win over Italy in Rome" for "Where did Ireland beat Italy …?")
    if (inSentence < QUOTED_SAYING && t.role === 'verb' && BEAT_TERMS.includes(t.term) && (beatenAsked(q) || q.kind === 'place') && WIN_OVER.test(p.text)) inSentence = m = Math.max(m, QUOTED_SAYING);
    // ("Hewitt suffered a shock defeat to Taylor Dent" for "Who beat Lleyton Hewitt …?", "the
    // government saw off a backbench attempt" for "… did the government defeat …?": a win in a
    // report's own words)
    // (or "Lopez, who lost in three sets to Roger Federer", "a third-round loss to Gustavo Kuerten" for
    // "Who beat …?": the loser's side of it, said to the winner)
    if (inSentence < QUOTED_SAYING && t.role === 'verb' && BEAT_TERMS.includes(t.term) && (VICTORY_VERB.test(p.text) || (q.asksSubject && LOSS_TO.test(p.text)))) inSentence = m = Math.max(m, QUOTED_SAYING);
    // ("A recent survey by Earthlink and Webroot found …", "people were surveyed by Music Choice" for
    // "Which firms carried out the survey …?": a verb of doing an inquiry said by the inquiry's noun,
    // or its verb, which the sentence gives)
    if (inSentence < QUOTED_SAYING && t.role === 'verb' && DOING_TERMS.has(t.term) && q.terms.some((x, n) => x !== t && INQUIRY_TERMS.has(x.term) && sentence.has(ids[n]!.id))) inSentence = m = Math.max(m, QUOTED_SAYING);
    // ("New vehicle sales jumped 22%", "a 13.8% rise in numbers" for "By how much did … grow?": a
    // change asked for is said by any word of the same direction, verb or noun)
    if (inSentence < CHANGE_WORD && t.role === 'verb' && q.change === true && changeWordsLike(t.term)?.test(p.text)) inSentence = m = Math.max(m, CHANGE_WORD);
    // ("Investors Diversified Service, of Minneapolis" for "In which city was … based?": see affiliationSaid)
    if (inSentence < QUOTED_SAYING && affiliationSaid(q, t, p.text)) inSentence = m = Math.max(m, QUOTED_SAYING);
    // ("starring Liam Neeson as sex researcher Alfred Kinsey" for "Who plays Alfred Kinsey …?": see actingAsked)
    if (inSentence < QUOTED_SAYING && t.role === 'verb' && t.term === PLAY_TERM && actingAsked(q) && ACTING_AS.test(p.text)) inSentence = m = Math.max(m, QUOTED_SAYING);
    // ("The Welsh striker" for "What nationality is Craig Bellamy?": a word for a people said of the name says it)
    if (q.asksNationality && t.role === 'head' && people().length > 0) inSentence = m = 1;
    if (!titleOnly) groupInSentence[t.group] = Math.max(groupInSentence[t.group]!, inSentence);
    got += w * m;
    total += w;
  }
  // Names may be in the sentence's context (coreference: "the company he runs"), and so may the noun
  // asked about ("the film" … "Lion King holds the record") unless the answer counts or measures it;
  // the relation asked about (verb) and the head's modifiers must be in the sentence itself.
  const lacks = (t: QuestionTerm): boolean => {
    if (t.role === 'entity') return groupBest[t.group]! < 0.3;
    if (t.role === 'head' && !COUNTED_KINDS.has(q.kind)) return groupInSentence[t.group]! < 0.5 && !context().has(t.term);
    // ...as may the noun counted, where the sentence gives "another" count of it with no noun of its
    // own ("SBC said 5,125 positions would go … Another 1,700 will go from its sales department")
    if (t.role === 'head' && ANOTHER_COUNT.test(p.text)) return groupInSentence[t.group]! < 0.5 && !context().has(t.term);
    // ...or where it gives a group's size by "strong" ("a 19-strong panel" of the lawyers the
    // sentences before speak of)
    if (t.role === 'head' && GROUP_SIZE.test(p.text) && SIZE_ASKED.test(q.text)) return groupInSentence[t.group]! < 0.5 && !context().has(t.term);
    return groupInSentence[t.group]! < 0.5;
  };
  // (a sum of money someone's own is that sum, named: "What is Gordon Brown's salary?" is not
  // answered by "Gordon Brown reallocated £512m")
  const ownSum = q.kind === 'money' && q.terms.some((t) => t.role === 'entity' && /['’]s?$/.test(t.text));
  // (a score asked for is given, not named: "Dechy beat Raymond 7-5 6-3" for "What was the score …?")
  const scoreGiven = q.headTerm !== undefined && SCORE_HEAD.test(q.headTerm) && SCORE_IN_TEXT.test(p.text);
  const missing = q.terms.filter((t) => t.essential && !(t.role === 'head' && ((q.headNamesKind && !ownSum) || scoreGiven)) && lacks(t));
  // ("disclosed last year that he was suffering from diabetes" for "What illness did Dick Clark
  // disclose?": a sort of the noun asked about says it, as the answer)
  if (missing.length === 1 && missing[0]!.role === 'head' && q.kind === 'thing' && sortOfHeadIn(missing[0]!, p.text)) missing.length = 0;
  // A sentence dated only outside the period the question names is about something else: the
  // question's years, decades or centuries are then what it lacks
  const otherTime = otherPeriodsOnly(askedPeriods(q), p.text);
  if (otherTime) missing.push(...q.terms.filter((t) => /\d/.test(t.text) || /^centur/i.test(t.text)));
  // ...and one giving another place in an order, and not the question's, is about another: "Snow
  // Patrol, who finished 14th in the vote" for "Which band finished third in the poll?"
  const otherRank = otherRankOnly(q, p.text);
  if (otherRank && !missing.includes(otherRank)) missing.push(otherRank);
  // "… according to the Nationwide?" is not answered "according to figures from the Office of the
  // Deputy Prime Minister": a sentence giving another source, and not the question's, lacks it
  const source = otherSource(q, p.text);
  if (source && missing.length === 0) missing.push(source);
  // A sentence that denies what the question asks, or asserts what it asks about as denied, does
  // not support it
  let opposite = missing.length === 0 && !otherTime && contradicts(q.text, p.text, deniable(q));
  // "the largest river port" for "What city has one of the smallest ports?": the opposite of a
  // question's adjective, and not the adjective itself
  if (!opposite && missing.length === 0 && !otherTime) opposite = saysOtherwise(q, p.text);
  // "was expected to win" for "Who won …?": the sentence says it was expected, not that it happened
  if (!opposite && missing.length === 0 && !otherTime) opposite = hedged(q.text, p.text, verbsOf(q));
  // "woman athlete of 2004" for "Who was voted male athlete of 2004?": the other sex's category
  if (!opposite && missing.length === 0 && !otherTime) opposite = otherSexCategory(q, p.text);
  const coverage = total > 0 ? got / total : 0;
  return { passage: p, coverage, score: 0.85 * coverage + 0.15 * retrieval, essentialOk: missing.length === 0 && !otherTime && !opposite, missing, matched };
}

/** Whether the name ending at `last` stands before the noun asked about in the plural, lower case, and a capitalised name ("ITV1 [shows] Doc Martin"). */
function headPluralAfter(toks: Token[], last: number, headTerm: string): boolean {
  const noun = toks[last + 1];
  return !!noun && !breaksAfter(toks, last) && !breaksAfter(toks, last + 1) && /^\p{Ll}/u.test(noun.text) && (noun.tags.has('Plural') || lexicon().lemma(noun.text.toLowerCase(), 'noun') !== noun.text.toLowerCase()) && noun.term === headTerm && /^\p{Lu}/u.test(toks[last + 2]?.text ?? '');
}

/** Whether token `k` is a part of a hyphened word that a number opens ("26-year-old"): no title's word. */
function inNumberCompound(toks: Token[], k: number): boolean {
  while (k > 0 && /^[-‐]$/.test(toks[k - 1]!.post)) k--;
  return k < toks.length && /^\d/.test(toks[k]!.text) && /^[-‐]$/.test(toks[k]!.post);
}

/** Words of a name read on for its bracketed short form ("… of Economic [and Social Research] (NIESR)"). */
const MAX_NAME_REST = 6;
/**
 * Whether the name ending at token `last` (or the rest of it, in capitalised words and small joining
 * words) is followed by a short form in brackets that the question names: the question's own name.
 */
export function bracketedAliasAsked(toks: Token[], last: number, entityTerms: ReadonlySet<string>): boolean {
  for (let k = last + 1; k < toks.length && k <= last + MAX_NAME_REST; k++) {
    const t = toks[k]!;
    if (/\(\s*$/.test(toks[k - 1]!.post) || /\(\s*$/.test(t.pre)) return t.term !== null && entityTerms.has(t.term) && /^\s*\)/.test(t.post);
    if (breaksAfter(toks, k - 1) || !(/^\p{Lu}/u.test(t.text) || CONNECTORS.has(t.text.toLowerCase()))) return false;
  }
  return false;
}

/** "according to" and what follows, in a question or a sentence. */
const ACCORDING_TO = /\baccording\s+to\s+(?:the\s+)?([^,.;:?!()]+)/i;

/**
 * The question's name it gives as its source ("How much did prices fall according to the
 * Nationwide?") when `sentence` gives another source "according to" and not that name.
 */
function otherSource(q: Question, sentence: string): QuestionTerm | null {
  const asked = ACCORDING_TO.exec(q.text);
  const said = ACCORDING_TO.exec(sentence);
  if (!asked || !said) return null;
  const named = q.terms.find((t) => t.role === 'entity' && new RegExp(`^${escapeRegExp(t.text)}\\b`, 'i').test(asked[1]!.trim()));
  if (!named) return null;
  const own = q.terms.filter((t) => t.group === named.group);
  return own.some((t) => new RegExp(`(?<![\\p{L}])${escapeRegExp(t.text.replace(/['’]s?$/, ''))}(?![\\p{L}])`, 'iu').test(said[1]!)) ? null : named;
}

// ---- candidate extraction -------------------------------------------------------------------

type SpanType = NameType;

interface Span {
  from: number;
  to: number; // inclusive token index
  type: SpanType;
}

const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Adverb', 'Copula', 'Auxiliary'];
const BREAK = /[,;:()\[\]"“”‘’–—!?]|'\s|\.\s/;

function isCapital(t: Token, i: number, next?: Token, prev?: Token, afterNext?: Token): boolean {
  if (LOWER_LED_NAME.test(t.text)) return true;
  if (!/^[\p{Lu}\d]/u.test(t.text) || /^\d/.test(t.text)) return false;
  if (FUNCTION_TAGS.some((g) => t.tags.has(g)) && !t.tags.has('ProperNoun')) return false;
  if (firstWordOnly(t, i, next, prev, false, afterNext)) return false;
  if (nameMadeVerb(t)) return false;
  // (as the learned stage reads "Day-Lewis")
  if (isCalendarTagged(t) && !hyphenedToCapital(t, next) && !titlesPaper(t, next, prev) && !titlesProgramme(t, i, next)) return false;
  return true;
}

/** Whether token `k` is a capitalised article inside a title, before another capitalised word ("Manifesto For [A] Digital Britain"). */
function titleArticle(tokens: Token[], k: number): boolean {
  return /^(A|An|The)$/.test(tokens[k]?.text ?? '') && !breaksAfter(tokens, k) && !!tokens[k + 1] && isCapital(tokens[k + 1]!, k + 1);
}

/** Proper-name spans ("US Southern District of New York", "Mohammad Bagher Shirinkar"). */
function nameSpans(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    // ("High, the Rugby Football Union's referees' manager, claimed …", as the learned stage reads it)
    if (appositiveOpener(tokens, i)) {
      spans.push({ from: i, to: i, type: 'person' });
      i++;
      continue;
    }
    if (!isCapital(tokens[i]!, i, tokens[i + 1], tokens[i - 1], tokens[i + 2]) && !pronounOpensTitle(tokens, i)) { i++; continue; }
    let j = i;
    // (not over a dash with spaces round it: see the learned stage's nameSpans)
    while (j + 1 < tokens.length && (!breaksAfter(tokens, j) || possessiveBody(tokens, j)) && !SPACED_DASH.test(tokens[j]!.post)) {
      const n = tokens[j + 1]!;
      // ("told the BBC Mr Howard had …": a title opens a name of its own)
      if (personsPossessive(tokens, i, j) || countrysPossessive(tokens, j) || ownerBeforeTitle(tokens, j)) break;
      if (isCapital(n, j + 1, tokens[j + 2]) && !honorificAfterName(tokens, j + 1)) { j++; continue; }
      if (pluralDayInName(n, tokens[j]!) || calendarWordInName(n, tokens[j], tokens[j + 2]) || adjectiveDay(tokens, j, i) || adverbInTitle(tokens, j, i) || middleInitialA(tokens, j + 1)) { j++; continue; }
      // ("Smells [Like] Teen Spirit": a capitalised preposition inside a run of capitalised words is
      // a title's word)
      if (/^\p{Lu}\p{Ll}+$/u.test(n.text) && n.tags.has('Preposition') && !CONNECTORS.has(n.text.toLowerCase()) && /^\p{Lu}/u.test(tokens[j]!.text) && !breaksAfter(tokens, j + 1) &&
        !!tokens[j + 2] && isCapital(tokens[j + 2]!, j + 2)) { j += 2; continue; }
      // ("A Manifesto For A Digital Britain": a capitalised article after a title's capitalised
      // connector goes on, as the article opening a title does)
      if (j > i && /^\p{Lu}/u.test(tokens[j]!.text) && CONNECTORS.has(tokens[j]!.text.toLowerCase()) && titleArticle(tokens, j + 1)) { j += 2; continue; }
      if (/^\p{Lu}/u.test(n.text) && CONNECTORS.has(n.text.toLowerCase()) && !breaksAfter(tokens, j + 1) && titleArticle(tokens, j + 2)) { j += 3; continue; }
      // "District of New York": a lower-case connector between two capitalised words
      const lower = n.text.toLowerCase();
      const typed = (t: Token) => t.tags.has('Place') || t.tags.has('Person') || t.tags.has('Organization');
      // ...but "of" never joins a person's name on: "the defection to Labour of Robert Jackson"
      const person = (t: Token) => t.tags.has('Person') || t.tags.has('FirstName');
      const joinsWords = lower === 'of' || lower === 'for' || lower === 'and' || lower === 'the';
      // ("Saint Kitts and Nevis", "the National Development and Reform Commission": as the learned stage reads them)
      if (lower === 'and' && j + 2 < tokens.length && !breaksAfter(tokens, j + 1) && wordNetNameWith(tokens, i, j + 2)) { j += 2; continue; }
      const andBody = lower === 'and' ? Math.max(bodyJoinedByAnd(tokens, i, j), placesBodyByAnd(tokens, i, j)) : -1;
      if (andBody > 0) { j = andBody; continue; }
      if (CONNECTORS.has(lower) && j + 2 < tokens.length && !breaksAfter(tokens, j + 1) && isCapital(tokens[j + 2]!, j + 2) && !(joinsWords && person(tokens[j + 2]!)) &&
        // (nor does "for" join anything onto a person's name: "Jean Valentine for Door in the Mountain")
        !(lower === 'for' && person(tokens[i]!) && person(tokens[j]!)) &&
        // (nor "of" a body onto a name a given name opens: "Nick Van den Brul of BNP Paribas")
        !(lower === 'of' && j > i && tokens.slice(i, j).some((t) => t.tags.has('FirstName')) && !NOBLE_TITLE.test(tokens[j]!.text)) &&
        // (nor "of" a country after a name no dictionary has: "Elene Likhotseva of Russia"; a lone
        // name or a noble's keeps its place, "Sybilla of Normandy", "Archduke Sigismund of Austria")
        !(lower === 'of' && j > i && !NOBLE_TITLE.test(tokens[i]!.text) && fromPlace(tokens[j]!, tokens[j + 2]!, tokens[i])) &&
        // (nor "and" ending a list: "Standard & Poor's, Moody's and Fitch", as the learned stage reads it)
        (lower !== 'and' || (!typed(tokens[j]!) && (j === i || ofJoined(tokens, i, j)) && (adjectiveOpens(tokens, i, j) || (!typed(tokens[j + 2]!) && !inList(tokens, i, j + 2)))))) { j += 2; continue; }
      // "Lord of the Rings", "News of the World"
      if (ofTheJoins(tokens, j, isCapital)) { j += 3; continue; }
      // "the Parliamentary Group on Betting and Gaming"
      if (onJoins(tokens, j, isCapital)) { j += 2; continue; }
      const title = titleJoins(tokens, i, j, isCapital);
      if (title) { j += title; continue; }
      if (particlePair(tokens, j, isCapital)) { j += 3; continue; }
      if (ampersandJoins(tokens, j, isCapital) || pronounInTitle(tokens, i, j, isCapital)) { j += 2; continue; }
      if (letterAfterHyphen(tokens, j) || letterAfterNoun(tokens, j)) { j++; continue; }
      // ("Henley-on-Thames", as the learned stage reads it)
      if (lowerMiddle(tokens, j)) { j += 2; continue; }
      if (hyphenPartJoins(tokens, j, isCapital)) { j += 2; continue; }
      if (titleCaseArticle(tokens, i, j, isCapital)) { j += 2; continue; }
      if (indefiniteTitleLink(tokens, i, j, isCapital)) { j += 3; continue; }
      if (whTitleLink(tokens, i, j, isCapital)) { j += 2; continue; }
      break;
    }
    let type = spanType(tokens.slice(i, j + 1));
    if (type === 'place' && titledPlace(tokens, i, j)) type = 'person';
    if (type === 'person' && employerAfterRole(tokens, i)) type = 'organization';
    if (type !== 'person') j = numberAfterName(tokens, i, j) ?? j;
    if (basedIn(tokens, j)) type = 'place';
    // ("Bosworth, 21, plays …": a person's age in commas after the name, as the learned stage reads it)
    if (type === 'name' && agedAfter(tokens, j)) type = 'person';
    if (placeModifier(tokens, i, j, type)) type = 'place';
    // "an Iranian cyber company [Emennet Pasargad]": the noun before an untyped name types it
    // ("the Gilan area": as does a word for a place after it)
    const byNoun = type === 'name' ? typedByNounBefore(tokens, i) ?? (placeByNounAfter(tokens, j) ? 'place' : null) : null;
    // "his protege The Game", "top of the poll, The Bravery": a capitalised "The" inside a sentence begins the name
    // (as does "A" after a comma: "… singer George Michael, A Different Story will …")
    const the = i > 1 && (tokens[i - 1]!.text === 'The' || (/^An?$/.test(tokens[i - 1]!.text) && /^,\s*$/.test(tokens[i - 2]!.post))) && !breaksAfter(tokens, i - 1) && !/[.!?]/.test(tokens[i - 2]!.post);
    const numbered = type !== 'person' ? numberBeforeName(tokens, i, j) : null;
    spans.push({ from: the ? i - 1 : numbered ?? i, to: j, type: byNoun === 'organization' || byNoun === 'place' ? byNoun : type });
    i = j + 1;
  }
  return alikeInLists(tokens, spans);
}

/**
 * How much a date that does not name the unit asked for still fits: "in February 2019" for "What
 * day …?", which a weekday or a day of the month answers ("on Thursday", "November 18"); "2005"
 * for "In what season …?" ("in the spring").
 */
const OTHER_UNIT_FIT = 0.4;
/**
 * How well a date with no month or year answers "when" ("on Thursday", "today", "in the spring"):
 * news dates the week's events by their weekday. At 0.7 "February 2019", the date of an earlier
 * sanction in a clause about one of them, answered "When were the six Iranians sanctioned?" over
 * "this Thursday"; at 0.85 no train or dev verdict changed.
 */
const DAY_ONLY_FIT = 0.85;
/** A season given by its two years ("2006/07", "1992/93"). */
const SEASON_YEARS = /^(19|20)\d\d\/\d\d$/;
/** Parts of a stretch of time ("the [end] of the decade"). */
const PERIOD_PART = /^(end|start|beginning|middle|turn)$/i;
/** Stretches of time a part of which dates something ("the end of the [decade]"). */
const PERIOD_NOUN = /^(decade|year|month|week|century|season|summer|winter|spring|autumn|day)$/i;
/** How well "the end of the decade" answers "when": as "the day after the vote" does. */
const PERIOD_PART_FIT = 0.8;
/**
 * Where "the end of the decade" that starts with its part at token `i` (after "the") ends: at the
 * stretch of time's noun after "of the/this/next/last"; `i` when there is none.
 */
function periodPartEnd(toks: Token[], i: number): number {
  if (!PERIOD_PART.test(toks[i]!.text) || !/^the$/i.test(toks[i - 1]?.text ?? '') || !/^of$/i.test(toks[i + 1]?.text ?? '')) return i;
  if (!/^(the|this|next|last)$/i.test(toks[i + 2]?.text ?? '') || !PERIOD_NOUN.test(toks[i + 3]?.text ?? '')) return i;
  for (let k = i - 1; k < i + 3; k++) if (breaksAfter(toks, k)) return i;
  return i + 3;
}
/** Words that name a day without a weekday or a number. */
const DAY_WORDS = /^(today|yesterday|tomorrow|tonight)$/i;
/** Words that put a sentence in what is to come ("will", "expected to", "due to"). */
const FUTURE_CUE = /^(will|expected|due|shall|planned|scheduled)$/i;
/** Words, at most, between "of whom" and the verb it is the subject of ("of whom [were] convicted"). */
const OF_WHOM_GAP = 2;
/** Whether "of whom" (or "which") follows the count ending at `j`, then the question's verb over auxiliaries ("five of whom were convicted"). */
function ofWhomVerb(toks: Token[], j: number, verbTerms: Set<string>): boolean {
  if (!/^of$/i.test(toks[j + 1]?.text ?? '') || !/^(whom|which)$/i.test(toks[j + 2]?.text ?? '') || breaksAfter(toks, j) || breaksAfter(toks, j + 1)) return false;
  for (let k = j + 3; k < toks.length && k - (j + 3) <= OF_WHOM_GAP && !breaksAfter(toks, k - 1); k++) {
    const t = toks[k]!;
    if (t.term !== null && verbTerms.has(t.term) && t.tags.has('Verb')) return true;
    if (!(t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Adverb'))) return false;
  }
  return false;
}

/** How much a count another verb takes keeps, where the question's verb takes a count of its own (see otherVerbsCount). */
const OTHER_VERB_COUNT_FIT = 0.5;
/** Words of a hedge between a verb and its count ("killed [more than] 250"). */
const COUNT_HEDGE = /^(more|than|less|fewer|about|around|some|nearly|almost|over|under|at|least|just|roughly|approximately)$/i;

/**
 * Whether the count at `i` is another verb's, in a sentence where a word of the question's verb
 * (`verbTerms`) right before another count takes that one: "which killed [250] people and wounded
 * 1,000" for "How many people were injured?".
 */
function otherVerbsCount(toks: Token[], i: number, verbTerms: ReadonlySet<string | null>): boolean {
  const verbBefore = (k: number) => {
    let v = k - 1;
    while (v > 0 && COUNT_HEDGE.test(toks[v]!.text) && !breaksAfter(toks, v)) v--;
    return v >= 0 && !breaksAfter(toks, v) ? v : -1;
  };
  const own = verbBefore(i);
  if (own < 0 || !toks[own]!.tags.has('Verb') || toks[own]!.tags.has('Auxiliary') || toks[own]!.tags.has('Copula') || (toks[own]!.term !== null && verbTerms.has(toks[own]!.term))) return false;
  return toks.some((t, k) => k !== i && isNumber(t) && k > 0 && toks[k - 1]!.term !== null && verbTerms.has(toks[k - 1]!.term) && !breaksAfter(toks, k - 1));
}

/** How well a count given for a place after a count of the noun asked about ("80 workers at X, with [17] at Y") answers "how many": as a counted noun two words on does. */
const ELLIPTICAL_COUNT_FIT = 1.2;
/** How much an amount right after the question's verb and "at" ("close at $172.55") beats others of its sentence. */
const VERB_AT_BONUS = 1.3;
/**
 * Whose count the number at token `i` is, when a name in the possessive stands right before it:
 * true for a name the question gives ("the Transport and General Workers' Union's 70,000"), false
 * for another ("Unison's 800,000"), null for none.
 */
function ownerOfCount(toks: Token[], i: number, entityTerms: Set<string>): boolean | null {
  const owner = toks[i - 1];
  // (a plural's or an "-s" name's possessive may be its own punctuation: "Amicus' 20,000")
  const apostrophe = !!owner && /^['’]\s*$/.test(owner.post);
  if (!owner || (breaksAfter(toks, i - 1) && !apostrophe) || !/^\p{Lu}/u.test(owner.text) || !(/['’]s?$/.test(owner.text) || apostrophe)) return null;
  return owner.term !== null && entityTerms.has(owner.term);
}
/** How well the total of a share ("173 of [the 299] votes") answers how many the verb before the share got. */
const PARTITIVE_TOTAL_FIT = 0.5;

/** Prepositions that give what an amount is for: "£153m [at] the Foreign Office", "6% [in] January". */
const AMOUNT_FOR = /^(at|in|for|from|on|by)$/i;

/** Words of the noun a count is of, read past to the preposition of the name it is given for ("80 million [new PC users] in India"). */
const COUNTED_NOUN_WORDS = 4;

/** Words before the name an amount is given for: "at [the] Foreign Office", "at [its] Morpheme offices". */
const GIVEN_FOR_DETERMINER = /^(the|its|their|his|her)$/i;

/**
 * Capitalised words an amount is given for, each with the amount's last token: "£153m at the
 * Foreign Office" ("Foreign", "Office" → £153m), "17 at its Morpheme offices".
 */
function namesGivenFor(toks: Token[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let n = 0; n + 2 < toks.length; n++) {
    if (!isNumber(toks[n]!) || breaksAfter(toks, n) || (isNumber(toks[n + 1]!) && !breaksAfter(toks, n))) continue;
    // (past the noun counted: "80 million new PC users [in] India … and 40 million new users in Indonesia")
    let p = n + 1;
    while (p < toks.length && p - n <= COUNTED_NOUN_WORDS && !AMOUNT_FOR.test(toks[p]!.text) && !breaksAfter(toks, p) && !isNumber(toks[p]!) &&
      (toks[p]!.tags.has('Noun') || toks[p]!.tags.has('Adjective')) && !toks[p]!.tags.has('Verb') && !toks[p]!.tags.has('Pronoun')) p++;
    if (p + 1 >= toks.length || !AMOUNT_FOR.test(toks[p]!.text) || breaksAfter(toks, p) || breaksAfter(toks, p - 1)) continue;
    let k = GIVEN_FOR_DETERMINER.test(toks[p + 1]!.text) && !breaksAfter(toks, p + 1) ? p + 2 : p + 1;
    while (k < toks.length && /^\p{Lu}/u.test(toks[k]!.text)) {
      out.set(k, n);
      if (breaksAfter(toks, k)) break;
      k++;
    }
  }
  return out;
}

/** Words an apposition after a name runs to its noun ("Bob Larribeau, [principal analyst] at …"). */
const APPOSITION_HEAD_WORDS = 3;
/** ...and the more a relative clause's may ("who is [mock elections project manager]"): it has no comma to end it early. */
const RELATIVE_HEAD_WORDS = 1;

/** Whether a name follows the noun at `k` right after it ("PlayStation 2 title [Singstar]"): the noun titles that name, and the one before only modifies it. */
function nameAfterRole(toks: Token[], k: number): boolean {
  return !breaksAfter(toks, k) && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '') && !toks[k + 1]!.tags.has('Pronoun');
}

/**
 * Whether the noun asked about stands right after the name `from`..`to` and the name names it ("the
 * Radio Shack 101 project kit"): not where namesHeadNoun weighs it already, nor where another name
 * follows the noun, which the noun titles ("PlayStation 2 title Singstar").
 */
function roleNamedAfter(toks: Token[], from: number, to: number, q: Question): boolean {
  const k = roleRightAfter(toks, to, q.headTerm!);
  return k >= 0 && !namesHeadNoun(toks, from, to, q) && !nameAfterRole(toks, k);
}

/**
 * Whether the noun asked about ends a role of lower-case nouns right after the name ending at `to`,
 * with no comma between ("Dr Mark Tuffy games systems director at THX told …"); a word the tagger
 * reads as a verb counts when WordNet has it as a noun ("games").
 */
function roleRightAfter(toks: Token[], to: number, head: string): number {
  if (breaksAfter(toks, to)) return -1;
  for (let k = to + 1; k < toks.length && k - to <= APPOSITION_HEAD_WORDS; k++) {
    const t = toks[k]!;
    if (!/^\p{Ll}/u.test(t.text) || !(t.tags.has('Noun') || lexicon().nounClasses(t.text, 1).length > 0) || t.tags.has('Determiner') || t.tags.has('Preposition')) return -1;
    if (t.term === head) return k;
    if (breaksAfter(toks, k)) return -1;
  }
  return -1;
}

/** Whether the noun asked about heads an apposition right after the name ending at `to` ("X, principal analyst at Y,"). */
function apposedHead(toks: Token[], to: number, head: string): boolean {
  return apposedHeadAt(toks, to, head) >= 0;
}

/** The text after a token that is an en or em dash opening an aside ("Clive Griffiths – Wales' coach –"). */
const ASIDE_DASH = /^\s*[–—]\s*$/;
/** Where the noun asked about heads an apposition right after the name ending at `to` (its token), or -1 (after a dash too with `dashToo`). */
function apposedHeadAt(toks: Token[], to: number, head: string, dashToo = false): number {
  // (or, where whose role it is is read, a dash: "Clive Griffiths - Wales' defensive coach - is …")
  if (!/^,/.test(toks[to]!.post) && !(dashToo && (SPACED_DASH.test(toks[to]!.post) || ASIDE_DASH.test(toks[to]!.post)))) return roleRightAfter(toks, to, head);
  // (or a relative clause saying what the name is: "Michael Rafferty, who is mock elections project manager at …")
  const relative = relativeAfter(toks, to) && /^(is|was)$/i.test(toks[to + 2]?.text ?? '') && !breaksAfter(toks, to + 2);
  let start = relative ? to + 2 : to;
  // (an article before the role counts no word of it: "Simon Jones, the Labs' managing director")
  if (toks[start + 1]?.tags.has('Determiner') && !breaksAfter(toks, start + 1)) start++;
  // (a name of more words in the possessive counts as one: "the [Rugby Football Union's] referees' manager")
  let nameWords = 0;
  for (let k = start + 1; k < toks.length && k - start - nameWords <= APPOSITION_HEAD_WORDS + (relative ? RELATIVE_HEAD_WORDS : 0); k++) {
    // (nor a title of the name right after it: "James Dean Bradfield, bassist Nicky Wire and …")
    if (toks[k]!.term === head) return !breaksAfter(toks, k) && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '') && !toks[k + 1]!.tags.has('Possessive') ? -1 : k;
    // (not a list going on: "Sajjad Kashian, and three Board of Directors, …")
    // ("X, BT's managing director,": whose role it is may come first)
    // (a base-form "verb" before a noun is one of the nouns: "[project] manager")
    // ("a powerful [gaming] console": so is a gerund before a noun)
    const nounVerb = (toks[k]!.tags.has('Infinitive') || toks[k]!.tags.has('Gerund')) && !!toks[k + 1]?.tags.has('Noun') && lexicon().nounClasses(toks[k]!.text, 1).length > 0;
    // (a plural's possessive too: "Simon Jones, the Labs' managing director")
    const possessive = /['’]s$/.test(toks[k]!.text) || (/s$/.test(toks[k]!.text) && /^['’]/.test(toks[k]!.post));
    if (/^\p{Lu}/u.test(toks[k]!.text) && !possessive && capitalRunPossessive(toks, k)) {
      nameWords++;
      continue;
    }
    // (a people's word, or another adjective in capitals, is one of the role's: "Tevfik Aksoy, chief
    // [Turkish] economist for Deutsche Bank")
    const people = !possessive && !breaksAfter(toks, k) && (peopleWord(toks[k]!) || (/^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text) && lexicon().senses(toks[k]!.text.toLowerCase(), 'adj').length > 0));
    if ((breaksAfter(toks, k) && !possessive) || (/^\p{Lu}/u.test(toks[k]!.text) && !possessive && !people) || (toks[k]!.tags.has('Verb') && !nounVerb) || toks[k]!.tags.has('Conjunction')) return -1;
  }
  return -1;
}

/** Words of a sum a verb's object may take before a preposition ("$1m (£525,000)"). */
const AMOUNT_OBJECT_WORDS = 4;
/**
 * The word before the preposition at `at`, over a sum that is the object of that word ("donated
 * [$1m (£525,000)] to The American Red Cross": "donated"); `at - 1` when no sum stands there.
 */
function amountBefore(toks: Token[], at: number): number {
  let k = at - 1;
  while (k > 0 && at - k <= AMOUNT_OBJECT_WORDS && /\d/.test(toks[k]!.text) && (isMoney(toks[k]!) || isNumber(toks[k]!)) && (k === at - 1 ? !breaksAfter(toks, k) || /^\)\s*$/.test(toks[k]!.post) : /^\s*\(?\s*$/.test(toks[k]!.post))) k--;
  return k < at - 1 && !breaksAfter(toks, k) ? k : at - 1;
}

/** How much an amount still answers in a sentence where another name does the question's verb and the question's subject is not named ("Alitalia lost …" for Lufthansa): hardly. */
const OTHER_DOER_FIT = 0.25;
/** Whether the token at `k` is a use of the question's verb (or one the tagger read as a plural noun after a name: "while AT&T [employs] 47,000"). */
function verbUse(toks: Token[], k: number, verbTerms: Set<string>): boolean {
  const v = toks[k]!;
  return v.term !== null && verbTerms.has(v.term) && ((v.tags.has('Verb') && !v.tags.has('Noun')) || verbAfterName(toks, k));
}

/**
 * Who does the use of the question's verb at `k`, by the word right before it (over adverbs and
 * "has"): 'other' for a name the question does not give ("[Alitalia] lost 330m euros"), 'asked' for
 * one it does, null for anything else (a pronoun, a common noun, a name a preposition governs:
 * "Shares in Deutsche Boerse have risen").
 */
function doerOf(toks: Token[], k: number, questionTerms: Set<string>, asked: string): 'other' | 'asked' | null {
  let a = k - 1;
  while (a > 0 && (toks[a]!.tags.has('Adverb') || HAVE.test(toks[a]!.text)) && !breaksAfter(toks, a)) a--;
  const t = toks[a];
  if (!t || breaksAfter(toks, a) || !/^\p{Lu}/u.test(t.text) || t.tags.has('Pronoun') || !(t.tags.has('ProperNoun') || t.tags.has('Organization') || t.tags.has('Person') || !lexicon().isDictionaryWord(t.text))) return null;
  // (a name the question writes as the sentence does is the question's, whatever its terms: "AT&T")
  const inQuestion = new RegExp(`(^|[^\\p{L}])${escapeRegExp(t.text)}([^\\p{L}]|$)`, 'u').test(asked);
  if ((t.term !== null && questionTerms.has(t.term)) || inQuestion) return 'asked';
  let f = a;
  while (f > 0 && /^\p{Lu}/u.test(toks[f - 1]!.text) && !breaksAfter(toks, f - 1)) f--;
  if (f > 0 && toks[f - 1]!.tags.has('Preposition') && !breaksAfter(toks, f - 1)) return null;
  // (nor one whose initials the question gives, "Deutsche Boerse" for "DB")
  const initials = toks.slice(f, a + 1).map((x) => x.text[0]).join('').toLowerCase();
  if (f < a && (questionTerms.has(initials) || questionTerms.has(initials.toUpperCase()))) return 'asked';
  return 'other';
}

/** Words back from an amount to the use of the question's verb whose clause it stands in ("Vexa employs [9,000]"). */
const DOER_VERB_REACH = 4;
/**
 * How much each amount of a sentence still answers by who does the question's verb there: every
 * amount hardly ({@link OTHER_DOER_FIT}) where each use of the verb has another name for its doer
 * and the question's subject is not named ("Alitalia lost 330m euros in 2003" for "How much did
 * Lufthansa lose …?"); one after a use another name does, where the question's name does another,
 * hardly too ("Vexa employs [9,000] people while AT&T employs 47,000"); the rest fully.
 */
function doerFits(toks: Token[], verbTerms: Set<string>, questionTerms: Set<string>, subject: Set<string>, asked: string): (i: number) => number {
  const uses = toks.flatMap((_, k) => (k > 0 && verbUse(toks, k, verbTerms) ? [k] : []));
  const doers = new Map(uses.map((k) => [k, doerOf(toks, k, questionTerms, asked)]));
  const subjectNamed = toks.some((t) => t.term !== null && subject.has(t.term));
  if (uses.length > 0 && !subjectNamed && uses.every((k) => doers.get(k) === 'other')) return () => OTHER_DOER_FIT;
  const byVerb = (i: number, unknown = false) => {
    for (let k = i - 1; k >= 0 && i - k <= DOER_VERB_REACH && !breaksAfter(toks, k); k--) if (doers.has(k)) return doers.get(k) === 'other' || (unknown && doers.get(k) === null) ? OTHER_DOER_FIT : 1;
    return 1;
  };
  // ("UKIP, which …, spent £2.36m … second only to the Conservatives' £3.13m" for "How much did the
  // Conservatives spend?": the amount the question's subject owns is its, where it does not do the verb)
  const owned = uses.length > 0 ? toks.flatMap((t, k) => (k + 1 < toks.length && t.term !== null && subject.has(t.term) && possessiveToken(t) && isNumber(toks[k + 1]!) ? [k + 1] : [])) : [];
  if (owned.length > 0 && ![...doers.values()].includes('asked')) return (i) => (owned.includes(i) ? 1 : byVerb(i, true));
  if (![...doers.values()].includes('asked') || ![...doers.values()].includes('other')) return () => 1;
  return byVerb;
}

/** Whether a word is in the possessive, right before the next: "Labour's", "the Conservatives'". */
function possessiveToken(t: Token): boolean {
  return (/['’]s$/i.test(t.text) && /^\s*$/.test(t.post)) || /^['’]\s*$/.test(t.post);
}

/** Words between a copula and its subject, outside an aside in dashes, read for the noun asked about ("Growth [in industrial output] … was"). */
const COPULA_SUBJECT_WORDS = 5;
/** Words of an aside in spaced dashes read over (" - the main target of government efforts … - "). */
const DASHED_ASIDE_WORDS = 20;
/** Whether the amount at `i` follows "is" or "was" whose subject is the noun asked about ("Growth in X - … - was [11.5%]"). */
function copulaOfHead(toks: Token[], i: number, head: string): boolean {
  const k = i - 1;
  if (k < 1 || !/^(is|was|are|were)$/i.test(toks[k]!.text) || breaksAfter(toks, k)) return false;
  let words = 0;
  let asideWords = 0;
  let aside = false;
  for (let m = k - 1; m >= 0; m--) {
    const t = toks[m]!;
    if (SPACED_DASH.test(t.post)) aside = !aside;
    if (aside) {
      if (++asideWords > DASHED_ASIDE_WORDS) return false;
      continue;
    }
    if (++words > COPULA_SUBJECT_WORDS || (breaksAfter(toks, m) && !SPACED_DASH.test(t.post))) return false;
    if (t.term === head) return true;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return false;
  }
  return false;
}

/** Whether a token is a score, the winner's first ("19-13", "2-2"), not a range, which runs upwards ("10-12"). */
function scoreLine(text: string): boolean {
  const m = /^(\d{1,3})[-–](\d{1,3})$/.exec(text);
  return !!m && Number(m[1]) >= Number(m[2]);
}

/** Whether the capitalised word at `k` goes on, capitalised and unbroken, to a word in the possessive ("[Rugby] Football Union's"). */
function capitalRunPossessive(toks: Token[], k: number): boolean {
  for (let e = k; e < toks.length && /^\p{Lu}/u.test(toks[e]!.text); e++) {
    if (/['’]s$/.test(toks[e]!.text)) return true;
    if (breaksAfter(toks, e)) return false;
  }
  return false;
}

/** The token a name at `from` stands in apposition after, over an article ("the warm-up event, [the] Sydney International"): where its noun would be. */
function apposedNounAt(toks: Token[], from: number): number {
  // (over a hyphened modifier too: "daily newspaper, the Hindi-language Dainik Jagran")
  let k = from - 1;
  if (k > 2 && /^[-‐]$/.test(toks[k - 1]!.post) && /^\p{Ll}/u.test(toks[k]!.text) && /^(the|a|an)$/i.test(toks[k - 2]!.text) && !breaksAfter(toks, k - 2)) k -= 2;
  return k > 0 && /^(the|a|an)$/i.test(toks[k]!.text) && !breaksAfter(toks, k) ? k - 1 : from - 1;
}

/**
 * Whether the name at `from` stands in apposition right after the noun asked about, in lower case
 * with a comma: "the Australian Open warm-up event, [the Sydney International]" for "Which warm-up
 * event …?".
 */
function headApposed(toks: Token[], from: number, head: string): boolean {
  const noun = toks[apposedNounAt(toks, from)];
  return !!noun && noun.term === head && /^\p{Ll}/u.test(noun.text) && /^,\s*$/.test(noun.post);
}

/** A question that asks what its noun is, by the copula after its question word ("What is …?", "Which university is …?"). */
const COPULA_ASKED = /^\W*(what|who|which)(\s+[\w'’-]+){0,3}\s+(is|are|was|were)\b/i;
/** How well a name in apposition to a noun the question gives (not the one asked about) answers: it is what the question means by that noun. */
const APPOSED_ASKED_FIT = 0.3;
/**
 * Whether the name at `from` stands in apposition right after a lower-case noun of the question's
 * other than the noun asked about ("the first televised pantomime, [Dick Whittington]" for "Whom did
 * he play in the first televised pantomime?").
 */
function apposedToAsked(toks: Token[], from: number, q: Question, questionTerms: Set<string>): boolean {
  const k = apposedNounAt(toks, from);
  const noun = toks[k];
  if (!noun || noun.term === null || noun.term === q.headTerm || !questionTerms.has(noun.term) || !/^\p{Ll}/u.test(noun.text) || !/^,\s*$/.test(noun.post)) return false;
  if (!noun.tags.has('Noun') || noun.tags.has('Verb') || !q.terms.some((t) => t.term === noun.term && t.role !== 'verb' && t.role !== 'entity')) return false;
  // (a question whose verb is only "be" asks for what its noun is: "Which university is the lead
  // plaintiff?" is answered by "Leading plaintiff, the University of California")
  // ("What is Norway's performing rights society called?" asks its name)
  if (!q.terms.some((t) => t.role === 'verb') || COPULA_ASKED.test(q.text)) return false;
  // (nor a noun in another's phrase, which the apposition is to: "A lawyer for the victims, Eduardo
  // Contreras")
  let b = k - 1;
  while (b >= 0 && !breaksAfter(toks, b) && (toks[b]!.tags.has('Adjective') || toks[b]!.tags.has('Determiner') || (toks[b]!.tags.has('Noun') && /^\p{Ll}/u.test(toks[b]!.text)) || /ed$/i.test(toks[b]!.text)) && !toks[b]!.tags.has('Preposition')) b--;
  // (nor one "as" gives a role: "As chief operating officer, Toshiyuki Shiga will run Nissan")
  return !(b >= 0 && !breaksAfter(toks, b) && /^(of|for|to|with|as)$/i.test(toks[b]!.text));
}

/** A question asking for another name of its name ("What is Snoop Dogg's real name?", "What is he known as?"). */
const OTHER_NAME_ASKED = /\b(names?|called|known|alias|aka|born)\b/i;
/** Words that give another name of a name before them ("Snoop Dogg - real name Calvin Broadus", "aka", "also known as"). */
const ALIAS_LEAD = /^(?:real name|born|aka|a\.k\.a\.|alias|also known as|known as|formerly)$/i;
/** Whether the name at `from` is another name of one of the question's, given right after it by ALIAS_LEAD. */
function aliasOfAsked(toks: Token[], from: number, entityTerms: Set<string>): boolean {
  for (let n = 1; n <= 3; n++) {
    const lead = toks.slice(from - n, from);
    if (from - n < 1 || !ALIAS_LEAD.test(lead.map((t) => t.text).join(' ')) || lead.slice(0, -1).some((_, m) => breaksAfter(toks, from - n + m))) continue;
    const before = toks[from - n - 1]!;
    return before.term !== null && entityTerms.has(before.term) && /^\p{Lu}/u.test(before.text);
  }
  return false;
}

/** Whether the noun asked about heads an apposition after the name ending at `to` ("the Gizmondo, a powerful gaming console with …,"), no preposition before it. */
function apposedThing(toks: Token[], to: number, head: string): boolean {
  const k = apposedHeadAt(toks, to, head);
  // (the apposition's own noun, none after it: not "Reline Investments, the family investment firm")
  const next = toks[k + 1];
  return k > to && !toks.slice(to + 1, k).some((t) => t.tags.has('Preposition')) && !(next && !breaksAfter(toks, k) && next.tags.has('Noun') && /^\p{Ll}/u.test(next.text));
}

/** A title with a prefix, which the tagger may read as a verb ("ex-King"). */
const HYPHENED_TITLE = /^\p{Ll}+-\p{Lu}/u;

/** Words read past the noun asked about for whose role it is ("manager for video game giant Electronic Arts"); twice as many for the question's own names. */
const APPOSED_OWNER_WORDS = 6;

/**
 * Whether the role asked about, in apposition right after the name ending at `to`, is another's:
 * "Rory Armes, studio general manager for video game giant Electronic Arts in Europe" for "Who is
 * Nintendo Europe's general manager?", or "X, BT's managing director" for another firm's. Its
 * owner is the first capitalised word (a possessive before the noun, or one after "for", "at", "of"
 * or "with"); it is the question's when that word is one of the question's names, or when the
 * apposition holds all of them ("… Electronic Arts in Europe" for "the general manager in Europe").
 */
function apposedRoleOfOther(toks: Token[], to: number, head: string, entityTerms: Set<string>): boolean {
  const k = apposedHeadAt(toks, to, head, true);
  if (k < 0) return false;
  let owner: Token | undefined;
  for (let i = to + 1; i < k && !owner; i++) if (/^\p{Lu}/u.test(toks[i]!.text)) owner = toks[i];
  let end = k;
  if (!breaksAfter(toks, k) && /^(for|at|of|with)$/i.test(toks[k + 1]?.text ?? '')) {
    for (let i = k + 2; i < toks.length && i - k <= 2 * APPOSED_OWNER_WORDS; i++) {
      const t = toks[i]!;
      if (/^\p{Lu}/u.test(t.text)) {
        if (!owner && i - k <= APPOSED_OWNER_WORDS) owner = t;
      // (a title with a prefix the tagger reads as a verb is the owner's: "daughter of ex-King Michael")
      } else if (t.tags.has('Verb') && !t.tags.has('Noun') && !HYPHENED_TITLE.test(t.text)) break;
      end = i;
      // (an alias in brackets goes on: "Electronic Arts (EA) in Europe")
      const bracket = /^\s*\)?\s*$/.test(toks[i]!.post) && /^\(?$/.test(toks[i + 1]?.pre ?? '');
      if (breaksAfter(toks, i) && !bracket) break;
    }
  }
  if (!owner || (owner.term !== null && entityTerms.has(owner.term))) return false;
  const held = new Set(toks.slice(to + 1, end + 1).map((t) => t.term));
  return ![...entityTerms].every((t) => held.has(t));
}

/** Whether a name's last word is a word the question gives in lower case, other than the noun asked about ("Kyoto [Protocol]" for "the protocol"). */
function ownNounEnds(last: Token, q: Question): boolean {
  return last.term !== null && last.term !== q.headTerm && q.terms.some((t) => t.role !== 'entity' && t.role !== 'head' && t.term === last.term && /^\p{Ll}/u.test(t.text) &&
    // (a noun the question refers to, "the protocol"; not one it asks which of: "which federation's tribunal")
    new RegExp(`\\b(the|this|that|its|his|her|their)\\s+${escapeRegExp(t.text)}\\b`, 'i').test(q.text));
}

/** How well a place after "with", "against", "by" or "than" (a party or a match, not a location) answers "where". */
const PARTNER_FIT = 0.3;
const PARTNER = /^(with|against|by|than|versus|vs)$/i;
const WHERE = /^\W*where\b/i;
/**
 * Whether the name `from`..`to` comes right after a verb other than the question's, as its object
 * ("beat Portsmouth"); not as a modifier of a noun after it ("bought [New York]-based firm X").
 */
function objectOfOtherVerb(toks: Token[], from: number, to: number, verbTerms: Set<string>): boolean {
  if (toks[to]!.post === '-' || (!breaksAfter(toks, to) && /^\p{Ll}/u.test(toks[to + 1]?.text ?? '') && !!toks[to + 1]?.tags.has('Noun'))) return false;
  const v = toks[from - 1];
  // (a verb the tagger reads as a noun between two names: "Chelsea [beat] Portsmouth")
  const verbBetweenNames = !!v && from > 1 && /^\p{Ll}+$/u.test(v.text) && /^\p{Lu}/u.test(toks[from - 2]!.text) && !breaksAfter(toks, from - 2) && lexicon().verbClasses(v.text).length > 0;
  if (!v || breaksAfter(toks, from - 1) || !(v.tags.has('Verb') || verbBetweenNames) || v.tags.has('Copula') || COPULA_PART.test(v.text) || v.tags.has('Auxiliary') || v.tags.has('Preposition') || v.tags.has('Particle') || v.tags.has('Gerund') || v.tags.has('Participle')) return false;
  return !NAMING_VERB.test(v.text) && !PLACE_OBJECT_VERB.test(v.text);
}
/** Verbs whose object is a place someone went to or is in ("visited Paris", "hosts Leeds"): still where. */
const PLACE_OBJECT_VERB = /^(visit|visits|visited|visiting|leave|leaves|left|reach|reached|reaches|enter|entered|enters|join|joined|joins|host|hosted|hosts)$/i;
/** How much more a place right after the question's verb and "in" or "at" ("signed in Cairo") answers "where" than another place of the sentence. */
const LOCATIVE_BONUS = 1.4;
/** Whether the name at `from` follows the question's verb and "in"/"at" ("signed in [the] Cairo"). */
function verbIn(toks: Token[], from: number, verbTerms: Set<string>): boolean {
  let p = from - 1;
  if (p > 0 && /^the$/i.test(toks[p]!.text)) p--;
  const v = toks[p - 1];
  return p > 0 && /^(in|at)$/i.test(toks[p]!.text) && !breaksAfter(toks, p - 1) && !!v && v.term !== null && verbTerms.has(v.term);
}
/** Words from the end of a subject to its verb: a prepositional phrase and a modal between ("accumulator [in the braking system could] crack"). */
const SUBJECT_VERB_WORDS = 6;
/** How well a phrase after a preposition answers "What VERB …?", which asks for the verb's subject. */
const PREPOSITION_OBJECT_FIT = 0.5;
/**
 * Whether the name at `from` is the object of a preposition (not "by", which names a doer, "of",
 * "from" nor "according to") somewhere after the question's verb in the same sentence part.
 */
function objectAfterVerb(toks: Token[], from: number, verbTerms: Set<string>): boolean {
  let at = from - 1;
  // (past an article: "at the [Oscars]")
  if (at > 0 && /^(a|an|the)$/i.test(toks[at]!.text) && !breaksAfter(toks, at - 1)) at--;
  // (a later name of a list the preposition takes: "alongside Athlete and [Green Day]")
  if (at > 0 && /^(and|or)$/i.test(toks[at]!.text) && !breaksAfter(toks, at) && !breaksAfter(toks, at - 1)) {
    let k = at - 1;
    while (k > 0 && /^\p{Lu}/u.test(toks[k]!.text) && !breaksAfter(toks, k - 1)) k--;
    if (k < at - 1) at = k;
  }
  const p = toks[at];
  // (nor "from", which gives a noun's doer as often: "tries from Mark Cueto")
  // (or one the tagger reads as an adverb: "alongside")
  if (!p || breaksAfter(toks, at) || !(p.tags.has('Preposition') || /^(alongside|beside|besides|amid|among|amongst)$/i.test(p.text)) || /^(by|of|from)$/i.test(p.text) || (/^to$/i.test(p.text) && /^according$/i.test(toks[at - 1]?.text ?? ''))) return false;
  for (let k = at - 1; k >= 0; k--) {
    if (/[.;:!?]/.test(toks[k]!.post)) return false;
    // (nor inside a passive's agent: "offered by companies like [BT Openzone]")
    if (/^by$/i.test(toks[k]!.text)) return false;
    if (toks[k]!.term !== null && verbTerms.has(toks[k]!.term!) && toks[k]!.tags.has('Verb')) return true;
  }
  return false;
}

/**
 * How well a name in what the noun asked about did answers "Who is X's NOUN?": "The Conservatives'
 * campaign director has denied a report claiming he warned [Michael Howard]" names someone the
 * director warned, not the director.
 */
const HEAD_PREDICATE_FIT = 0.2;
/** Verbs that say what their subject is ("The director is …", "became"), which name the holder. */
const BE_OR_BECOME = /^(is|are|was|were|be|been|being|becomes?|became|becoming|remains?|remained)$/i;

/** Whether the noun asked about stands before the name at `from` as the subject of another verb than "be" ("The … director has denied …"). */
function inHeadPredicate(toks: Token[], from: number, head: string): boolean {
  // (a name the verb gives the noun is its own: "The largest main branch begins as Waal", "… is known as …")
  if (from > 0 && /^(as|called|named)$/i.test(toks[from - 1]!.text)) return false;
  for (let k = 0; k + 1 < from; k++) {
    if (toks[k]!.term !== head || !toks[k]!.tags.has('Noun') || breaksAfter(toks, k)) continue;
    let m = k + 1;
    while (m < from && !BE_OR_BECOME.test(toks[m]!.text) && (toks[m]!.tags.has('Auxiliary') || toks[m]!.tags.has('Adverb') || toks[m]!.tags.has('Negative')) && !breaksAfter(toks, m)) m++;
    const v = toks[m]!;
    if (m < from && v.tags.has('Verb') && !v.tags.has('Copula') && !v.tags.has('Auxiliary') && !BE_OR_BECOME.test(v.text) && !/ing$/i.test(v.text)) return true;
  }
  return false;
}

/**
 * How well the source a sentence reports from ("…, the FBI said.", '"…," said Mike Newton',
 * "according to the agency") answers a question about what it reports, asked by a verb other than
 * one of saying ("Where is the virus contained?").
 */
const SOURCE_FIT = 0.2;
/** How much more the owner in the possessive before the noun of "Whose …?" answers it than other names. */
const WHOSE_BONUS = 1.5;
/** How well a name inside a quotation answers who said it ("'Simon is …,' said Chris Paterson"). */
const QUOTED_NAME_FIT = 0.4;
/** Words, at most, of an aside in brackets after a name. */
const BRACKETED_ASIDE_WORDS = 6;
/** Whether a verb of saying follows the name ending at `to`, over an adverb at most ("Blair said", "Blair has said"). */
function saysAfter(toks: Token[], to: number): boolean {
  // (over an aside in brackets: '"Graham Henry (former Wales coach) said …"')
  let from = to;
  if (/\(\s*$/.test(toks[to]!.post) || /^\s*\(/.test(toks[to + 1]?.pre ?? '')) {
    while (from + 1 < toks.length && from - to <= BRACKETED_ASIDE_WORDS && !/\)/.test(toks[from + 1]!.post)) from++;
    from++;
  }
  for (let k = from + 1; k < toks.length && k <= from + 2; k++) {
    if ((from === to || k > from + 1) && breaksAfter(toks, k - 1)) return false;
    if (toks[k]!.tags.has('Verb') && lexicon().verbClasses(toks[k]!.text.toLowerCase()).includes('verb.communication')) return true;
  }
  return false;
}
/** Words of a quotation that make its speaker its subject ("'I will face him,' said Henman"). */
const FIRST_PERSON = /^(i|we|me|us|my|our|i'm|i've|we're|we've|i'll|we'll)$/i;
/** Verbs that give a name, not a report ("called the Seerhein", "dubbed", "known as"). */
const NAMING_VERB = /^(call|called|calls|calling|name|named|names|naming|dub|dubbed|dubs|dubbing|known|titled|entitled|labell?ed|labell?ing|nicknamed|renamed|termed|brand|branded|branding|brands)$/i;
/** Whether a naming verb follows the name ending at `to` (after "has", "had", an adverb): the name is who named something. */
function namesAfter(toks: Token[], to: number): boolean {
  let k = to + 1;
  while (k < toks.length && k - to <= 2 && !breaksAfter(toks, k - 1) && (HAVE.test(toks[k]!.text) || toks[k]!.tags.has('Adverb'))) k++;
  return k < toks.length && !breaksAfter(toks, k - 1) && NAMING_VERB.test(toks[k]!.text);
}
/** A quotation mark opening a quotation. */
const OPENING_QUOTE = /['‘"“]/;
/** Verbs that give a name with "as" after them ("billed as", "known as"). */
const NAMING_AS_VERB = /^(billed|touted|hailed|known|described|marketed|branded|dubbed|sold)$/i;
/** How much more a name a naming verb gives answers "What is X called?" than another name: as much as one naming the noun asked about. */
const NAMED_BY_BONUS = 1.4;
/** Words, at most, from a name to a naming verb giving what it names another name ({@link renamedAfter}). */
const RENAMED_WORDS = 10;
/** Whether a naming verb later in the phrase gives another name ("Macintosh computer for the masses, billed as the [Mac mini]"). */
function renamedAfter(toks: Token[], to: number): boolean {
  for (let m = to + 2; m < toks.length && m - to <= RENAMED_WORDS; m++) {
    if (/[.;!?]/.test(toks[m - 1]!.post)) return false;
    if (/^\p{Lu}/u.test(toks[m]!.text) && namedBy(toks, m)) return true;
  }
  return false;
}
/** Lower-case words, at most, that end a name a naming verb gives ("the Mac [mini]"). */
const NAME_TAIL_WORDS = 2;
/** Little words a name a naming verb gives may go on over ("Napster [to] Go"). */
const NAME_LINK = /^(to|of|on|in|for|and|the|a)$/;
/** Whether a naming verb gives the name at `from`: "called [the] X", "billed as [the] X". */
function namedBy(toks: Token[], from: number): boolean {
  let k = from - 1;
  if (k >= 0 && /^(the|a|an)$/i.test(toks[k]!.text) && !breaksAfter(toks, k)) k--;
  if (k < 0 || breaksAfter(toks, k)) return false;
  // (a verb, not the noun: "The name Rijn, from here on, is used …"; "known" names only with "as")
  if (NAMING_VERB.test(toks[k]!.text) && !/^known$/i.test(toks[k]!.text) && toks[k]!.tags.has('Verb')) return true;
  return /^as$/i.test(toks[k]!.text) && k > 0 && !breaksAfter(toks, k - 1) && NAMING_AS_VERB.test(toks[k - 1]!.text);
}
/** A question asking what something was called ("What did Letwin call stamp duty?"). */
const NAMING_ASKED = /\b(call|calls|called|dub|dubbed|brand|branded|label|labelled|nickname|nicknamed|term|termed|known(?=\s+as\b))\b/i;
/** Words after a naming verb its quoted name may begin within ("branding stamp duty a \"…\""). */
const NAMED_AFTER_WORDS = 10;
/** Words before the quoted meaning of a name ("which means '…'", "meaning '…'"). */
const MEANS = /^(means|meaning|meant|mean)$/i;
/** Verbs saying what someone said, before what they said a thing was ("Marr said that Mr Brown's article was '…'"). */
const SAID_VERB = /^(said|says|say|told|tells|claimed|claims|argued|argues|insisted|insists|suggested|suggests|wrote|writes)$/i;
/** Words, at most, of a quoted name ("a brilliant machine for talking about things"). */
const NAMED_QUOTE_WORDS = 10;
/** How much more a quoted name after a naming verb answers "What did X call Y?" than a name. */
const NAMED_QUOTE_BONUS = 1.3;
/**
 * For a sentence whose parts between commas give dates, a test of whether a date at a token is in
 * another part than those naming the question's names, where such a part gives a date of its own
 * ("… in South Korea on 24 December, and France on 12 January" for "… in France?"); null when no part
 * naming the question's names gives a date.
 */
function otherNamesDate(toks: Token[], entityTerms: Set<string>): ((k: number) => boolean) | null {
  const part: number[] = [];
  let n = 0;
  for (let k = 0; k < toks.length; k++) {
    part.push(n);
    if (/[,;]/.test(toks[k]!.post)) n++;
  }
  const asked = new Set<number>();
  toks.forEach((t, k) => { if (t.term !== null && entityTerms.has(t.term)) asked.add(part[k]!); });
  const dated = toks.some((t, k) => asked.has(part[k]!) && (t.tags.has('Date') || isCalendarWord(t) || isYearToken(t)));
  // (a first part with no verb dates the whole sentence: "Three years ago, he was invited …")
  const fronted = !toks.some((t, k) => part[k] === 0 && t.tags.has('Verb'));
  return dated ? (k: number) => !asked.has(part[k]!) && !(fronted && part[k] === 0) : null;
}

/** A question asking which thing or person a noun phrase is ("What is the next Bond film?", "Who was the first winner?", "What was Cuaron's first film …?"). */
const IDENTITY_ASKED = /^\W*(?:what|which|who)\s+(?:is|was|are|were|will\s+be)\s+(?:the|a|an|his|her|its|their|[\p{L}-]+['’]s?)(?=\s)/iu;
/** How much more a name a form of "be" makes the noun asked about answers than a name the sentence merely gives. */
const COPULA_NAME_BONUS = 1.4;
/** Words, at most, of an aside in commas between a name and its verb. */
const ASIDE_WORDS = 10;
/** Words, at most, of such an aside holding a list, with commas of its own. */
const ASIDE_LIST_WORDS = 16;
/** Words, at most, of a form of "be" ("is", "is to be", "has become", "will be"). */
const COPULA_WORDS = 4;
/** The words a form of "be" or "become" is made of. */
const COPULA_PART = /^(is|was|are|were|be|been|being|will|would|to|has|have|had|become|becomes|became|remains|remained)$/i;
/** A word of such a form that says what something is (not only "to", "has"). */
const COPULA_HEAD = /^(is|was|are|were|be|been|become|becomes|became|remains|remained)$/i;
/** Words, at most, from "the" to the noun asked about ("the next Bond film"). */
const COMPLEMENT_WORDS = 4;
/**
 * Whether the name `from`..`to` is what a form of "be" says the noun asked about is: "Casino Royale,
 * author …, is to be the next Bond film", "The next Bond film will be Casino Royale".
 */
function copulaNamed(toks: Token[], from: number, to: number, headTerm: string): boolean {
  const copula = (a: number, b: number) => b >= a && b - a < COPULA_WORDS && toks.slice(a, b + 1).every((t) => COPULA_PART.test(t.text)) && toks.slice(a, b + 1).some((t) => COPULA_HEAD.test(t.text));
  const headWithin = (a: number, b: number) => toks.slice(Math.max(0, a), b + 1).some((t) => t.term === headTerm);
  // after the name (and an aside in commas): "X[, …,] is to be the next Bond film"
  let k = to + 1;
  // (not an item of a list in another name's aside: "Ziyi Zhang, star of Crouching Tiger, [Hidden
  // Dragon], Hero and House of Flying Daggers, is the latest name")
  // (nor a preposition's object: "star of [Crouching Tiger], …")
  const notSubject = from > 0 && ((/^,/.test(toks[from - 1]!.post) && /^\p{Lu}/u.test(toks[from - 1]!.text)) || (toks[from - 1]!.tags.has('Preposition') && !breaksAfter(toks, from - 1)));
  if (notSubject) k = -1;
  else if (/^,/.test(toks[to]!.post)) {
    // (to the comma a form of "be" follows, past a list's commas: "X, star of A, B and C, is …")
    let end = -1;
    for (let m = to + 1; m < toks.length && m - to <= ASIDE_LIST_WORDS; m++) {
      if (/^,/.test(toks[m]!.post)) { if (m - to <= ASIDE_WORDS || COPULA_HEAD.test(toks[m + 1]?.text ?? '') || COPULA_PART.test(toks[m + 1]?.text ?? '')) { end = m; if (COPULA_PART.test(toks[m + 1]?.text ?? '')) break; } }
      else if (breaksAfter(toks, m)) break;
      if (end < 0 && m - to > ASIDE_WORDS) break;
    }
    k = end < 0 ? toks.length : end + 1;
  } else if (breaksAfter(toks, to)) k = -1;
  if (k > 0 && k < toks.length) {
    let e = k;
    while (e + 1 < toks.length && COPULA_PART.test(toks[e + 1]!.text) && !breaksAfter(toks, e)) e++;
    // ("is [currently] Saints' football manager": over adverbs, to an article or an owner's name)
    let d = e;
    while (d + 1 < toks.length && d - e < COPULA_ADVERBS && toks[d + 1]!.tags.has('Adverb') && !breaksAfter(toks, d)) d++;
    const opener = toks[d + 1];
    if (copula(k, e) && !breaksAfter(toks, d) && !!opener && (/^(the|a|an)$/i.test(opener.text) || (/^\p{Lu}/u.test(opener.text) && (/['’]s$/u.test(opener.text) || /^['’]/u.test(opener.post))))) {
      let m = d + 2;
      // (a plural owner's apostrophe is no closing quote: "Saints' football manager")
      while (m < toks.length && m - (e + 1) <= COMPLEMENT_WORDS && (m === d + 2 || !breaksAfter(toks, m - 1))) {
        if (toks[m]!.term === headTerm) return true;
        m++;
      }
    }
  }
  // before it: "the next Bond film will be X"
  // (past a noun phrase of its own before the name: "His first film … was [1995's family fantasy movie] A Little Princess")
  let c = from - 1;
  while (c >= 0 && from - 1 - c < COMPLEMENT_NP_WORDS && !breaksAfter(toks, c) && !COPULA_PART.test(toks[c]!.text) &&
    (/^\p{Ll}/u.test(toks[c]!.text) || /^\d{4}['’]s$/u.test(toks[c]!.text) || /^(the|a|an)$/i.test(toks[c]!.text)) && !toks[c]!.tags.has('Verb') && !toks[c]!.tags.has('Preposition')) c--;
  let b = c;
  while (b >= 0 && COPULA_PART.test(toks[b]!.text) && !breaksAfter(toks, b)) b--;
  if (b === c || b < 0 || breaksAfter(toks, b) || !copula(b + 1, c)) return false;
  // (the noun asked about may have a phrase after it: "His first film [for Warner Brothers] was X")
  let h = b;
  while (h > 0 && b - h < HEAD_PHRASE_WORDS && toks[h]!.term !== headTerm && !breaksAfter(toks, h - 1)) h--;
  if (toks[h]!.term !== headTerm || (h < b && !toks[h + 1]!.tags.has('Preposition'))) return false;
  for (let m = h - 1; m >= 0 && h - m <= COMPLEMENT_WORDS && !breaksAfter(toks, m); m--) if (/^(the|a|an|his|her|its|their)$/i.test(toks[m]!.text) || /['’]s$/.test(toks[m]!.text)) return headWithin(m, h);
  return false;
}
/** Adverbs, at most, between a form of "be" and what it says a name is ("is currently Saints' football manager"). */
const COPULA_ADVERBS = 2;
/** Words, at most, of a noun phrase between a form of "be" and the name it says the noun asked about is ("was 1995's family fantasy movie X"). */
const COMPLEMENT_NP_WORDS = 6;
/** Words, at most, of a phrase after the noun asked about, before "be" ("His first film for Warner Brothers was …"). */
const HEAD_PHRASE_WORDS = 4;
/** A question asking where someone was born. */
const BORN_ASKED = /\bborn\b/i;
/** How much more the place a hyphen joins to "born" answers where someone was born than a place the sentence merely names. */
const BORN_PLACE_BONUS = 1.5;
/** Whether the name ending at `to` is joined by a hyphen to "born" ("New Zealand-born", "Glasgow-born"). */
function bornOf(toks: Token[], to: number): boolean {
  const next = toks[to + 1];
  return !!next && /^born$/i.test(next.text) && /^-$/.test(toks[to]!.post) && next.pre === '';
}
/** Words, at most, between the noun asked about and the quotation it gives ("slogan will be: "…""). */
const HEAD_QUOTE_GAP = 3;
/** Words, at most, of the quotation a noun asked about gives (a slogan, a motto, a title). */
const HEAD_QUOTE_WORDS = 15;
/** The verb words that may stand between a noun and the quotation it gives ("is", "would be"). */
const COPULA_WORD = /^(is|was|are|were|be|been|will|would|shall|should|could|may|might)$/i;
/** Lower-case words a source's title may have between "said" and the name ("said analyst Nick Bubb"). */
const SOURCE_TITLE_WORDS = 3;

const sayingAsked = new WeakMap<Question, boolean>();
/** Whether any word of the question is a verb of saying first ("said", "warned", "told"). */
function asksSaying(q: Question): boolean {
  let hit = sayingAsked.get(q);
  if (hit === undefined) sayingAsked.set(q, (hit = q.terms.some((t) => (t.role === 'verb' || t.role === 'other') && lexicon().verbClasses(t.text).includes('verb.communication'))));
  return hit;
}

/**
 * Whether the date at `i` stands right after another name than the question's, over "in" or "on",
 * in a sentence that dates one of the question's names the same way ("the Wales Open [in 1989] and
 * the Mostyn Open in 1991" for the Mostyn Open).
 */
function datesOtherNameAfter(toks: Token[], i: number, entityTerms: Set<string>): boolean {
  const dated = (k: number) => k > 1 && /^(in|on)$/i.test(toks[k - 1]!.text) && !breaksAfter(toks, k - 2) && !breaksAfter(toks, k - 1) && /^\p{Lu}/u.test(toks[k - 2]!.text);
  // (the question's name whole: "the Wales Open" is not "the Mostyn Open" for its "Open")
  const asked = (k: number) => {
    let b = k - 2;
    while (b > 0 && /^\p{Lu}/u.test(toks[b - 1]!.text) && !breaksAfter(toks, b - 1)) b--;
    return toks.slice(b, k - 1).every((t) => t.term !== null && entityTerms.has(t.term));
  };
  if (!dated(i) || asked(i)) return false;
  return toks.some((t, k) => k !== i && dated(k) && asked(k) && (t.tags.has('Month') || t.tags.has('Year') || t.tags.has('Date') || /^\d{4}$/.test(t.text)));
}

/** Whether a verb of saying stands right before token `from` (over "on" or "in"): "said [last week]", "announced on [Monday]". */
function saidBefore(toks: Token[], from: number): boolean {
  const k = from > 1 && /^(on|in)$/i.test(toks[from - 1]!.text) ? from - 2 : from - 1;
  const v = toks[k];
  return !!v && !breaksAfter(toks, k) && (k === from - 1 || !breaksAfter(toks, k + 1)) && v.tags.has('Verb') && lexicon().verbClasses(v.text.toLowerCase()).includes('verb.communication');
}

/** Longest aside between a source's name and its verb of saying, in words ("of brokers ING"). */
const SOURCE_ASIDE_WORDS = 6;

/**
 * Whether the name from `from` to `to` is the source a sentence's report is attributed to: 'after'
 * the report ('"…," said Mike Newton', "…, the FBI said"), 'before' a report of another name ("Judge
 * Letitia Clark said Yukos did not …"), or false.
 */
function reportSource(toks: Token[], from: number, to: number): 'after' | 'before' | false {
  // (a verb that names is no saying: "a connecting stretch of the Rhine, called the Seerhein")
  const says = (t: Token | undefined) => !!t && t.tags.has('Verb') && /^\p{Ll}/u.test(t.text) && !NAMING_VERB.test(t.text) && lexicon().verbClasses(t.text).includes('verb.communication');
  let a = from - 1;
  if (a >= 0 && toks[a]!.tags.has('Determiner') && !breaksAfter(toks, a)) a--;
  let source = false;
  let reportEnd = -1;
  // "…, the FBI said." / "…, the FBI said in a statement."
  // ("…, lead singer Gary Lightbody has said.": past the name's title, and the verb's auxiliary)
  const next = toks[to + 1];
  let c = a;
  while (c >= 0 && a - c < SOURCE_TITLE_WORDS && /^\p{Ll}/u.test(toks[c]!.text) && (toks[c]!.tags.has('Noun') || toks[c]!.tags.has('Adjective') || lexicon().nounClasses(toks[c]!.text, 1).length > 0) && !breaksAfter(toks, c)) c--;
  const sv = /^(has|have|had)$/i.test(next?.text ?? '') && !breaksAfter(toks, to + 1) ? to + 2 : to + 1;
  if (c >= 0 && breaksAfter(toks, c) && !breaksAfter(toks, to) && says(toks[sv]) && (sv + 1 >= toks.length || breaksAfter(toks, sv) || toks[sv + 1]!.tags.has('Preposition'))) { source = true; reportEnd = c; }
  // '"…," said Mike Newton' / '…, says analyst Nick Bubb'
  let v = a;
  while (v >= 0 && a - v < SOURCE_TITLE_WORDS && !says(toks[v]) && /^\p{Ll}/u.test(toks[v]!.text) && toks[v]!.tags.has('Noun') && !breaksAfter(toks, v)) v--;
  if (!source && v > 0 && says(toks[v]) && !breaksAfter(toks, v) && breaksAfter(toks, v - 1)) { source = true; reportEnd = v - 1; }
  // "Judge Letitia Clark said Yukos did not …": before a report whose subject is another name
  let subject = to + 2;
  if (/^that$/i.test(toks[subject]?.text ?? '')) subject++;
  if (!source && !breaksAfter(toks, to) && says(next) && !breaksAfter(toks, to + 1) && properName(toks[subject]) && !toks[subject]!.tags.has('Pronoun')) return 'before';
  // …with an aside between ("Andrew Beh, of brokers ING, said UPS and Deutsche Post were …")
  if (!source && /^,/.test(toks[to]!.post)) {
    let k = to + 1;
    while (k < toks.length && k - to <= SOURCE_ASIDE_WORDS && !/^,/.test(toks[k]!.post) && !/[.;:!?()]/.test(toks[k]!.post)) k++;
    const verb = toks[k + 1];
    let said = k + 2;
    if (/^that$/i.test(toks[said]?.text ?? '')) said++;
    if (k - to <= SOURCE_ASIDE_WORDS && /^,/.test(toks[k]?.post ?? '') && says(verb) && !breaksAfter(toks, k + 1) && properName(toks[said]) && !toks[said]!.tags.has('Pronoun')) return 'before';
  }
  // "…, according to the agency"
  if (!source && a > 1 && /^to$/i.test(toks[a]!.text) && /^according$/i.test(toks[a - 1]!.text) && a - 2 >= 0 && breaksAfter(toks, a - 2)) { source = true; reportEnd = a - 2; }
  // (not one a relative clause goes on to tell of: '"…," said sufferer Bernie Banton, who leads …')
  if (/^,/.test(toks[to]!.post) && /^(who|whose)$/i.test(toks[to + 1]?.text ?? '')) return false;
  return source && !toks.slice(0, reportEnd + 1).some((t) => FIRST_PERSON.test(t.text)) ? 'after' : false;
}

/**
 * Whether the question's verb at `k`, which the tagger read as a noun, is a verb by where it stands:
 * right after a name, in lower case ("Justine Henin-Hardenne [beat] compatriot Kim Clijsters").
 */
function verbAfterName(toks: Token[], k: number): boolean {
  const v = toks[k]!;
  return k > 0 && toks[k - 1]!.tags.has('ProperNoun') && !breaksAfter(toks, k - 1) && /^\p{Ll}/u.test(v.text) &&
    lexicon().senses(lexicon().lemma(v.text, 'verb'), 'verb').length > 0;
}

/** How well a date in another clause than the question's verb ("in 1999, but … won them back in 2001") answers when. */
const OTHER_CLAUSE_FIT = 0.5;
/** Words that open a clause of their own after a comma or semicolon. */
const CLAUSE_OPENER = /^(but|while|whereas|although|though|yet)$/i;
/** Words that open a clause of their own before its subject, with or without a comma. */
const CONTRAST = /^(while|whilst|whereas)$/i;
/** Whether a word may open a clause's subject: an article, a pronoun or a name ("while [The] Aviator has 11", "while [Brad] Bird won", "while [its] revenue rose"). */
function opensSubject(t: Token | undefined): boolean {
  // (or an amount: "4% thought the Conservatives were in power - while [2%] of them believed …")
  // (or initials: "while [US] rapper 50 Cent topped …")
  return !!t && (t.tags.has('Determiner') || t.tags.has('Pronoun') || POSSESSIVE_PRONOUN.test(t.text) || (/^\p{Lu}/u.test(t.text) && (t.tags.has('ProperNoun') || t.tags.has('Acronym'))) || (/^\d/.test(t.text) && isNumber(t)));
}

/** The index terms of the name a question puts before its verb ("When did [Sky] first win …?"). */
function subjectTerms(q: Question): Set<string> {
  const m = /\b(?:did|does|do|has|have|had|will|would|was|were|is|are|can|could)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}'’.-]*\s*)+)/u.exec(q.text);
  return new Set(m ? m[1]!.split(/\s+/).map((w) => normalizeTerm(w.replace(/['’]s$/i, ''))).filter((t): t is string => !!t) : []);
}

/** Whether the verb at `k` has a named subject right before it that is not the question's ("the BBC [won]"). */
function otherAgent(toks: Token[], k: number, subject: Set<string>): boolean {
  if (subject.size === 0) return false;
  let a = k - 1;
  // (past an auxiliary too: "The PSP [is] selling")
  while (a >= 0 && k - a <= 2 && (toks[a]!.tags.has('Adverb') || HAVE.test(toks[a]!.text) || PASSIVE_BE.test(toks[a]!.text) || toks[a]!.tags.has('Modal')) && !breaksAfter(toks, a)) a--;
  const agent = toks[a];
  // (a body's initials the tagger reads as a plain noun too: "SBC currently employs …")
  return !!agent && !breaksAfter(toks, a) && /^\p{Lu}/u.test(agent.text) && (agent.tags.has('ProperNoun') || agent.tags.has('Acronym')) && (agent.term === null || !subject.has(agent.term));
}

/** Each token's clause, counted from 0: a new one starts at ", but", ", while", "; ". */
function clauses(toks: Token[], aside = dashAsides(toks)): number[] {
  const out: number[] = [];
  let c = 0;
  let top = 0;
  // ("Dr Greenspan - who became chairman … in June 2004 - will step down in January next year": a
  // relative clause between dashes is one of its own, and the clause it interrupts goes on after it)
  let resume = -1;
  toks.forEach((t, k) => {
    const before = toks[k - 1];
    if (resume >= 0 && !aside[k]) { c = resume; resume = -1; }
    else if (resume < 0 && aside[k]) { resume = c; c = ++top; }
    // ("The Lyric began 50 years ago but the doors opened … in 1968": "but" before a subject opens one without a comma too)
    // (and "while", "whereas" before a subject: "X has seven nominations while The Aviator has 11")
    else if (before && (/;/.test(before.post) || (/,/.test(before.post) && CLAUSE_OPENER.test(t.text)) || (/^but$/i.test(t.text) && !!toks[k + 1] && (toks[k + 1]!.tags.has('Determiner') || toks[k + 1]!.tags.has('Pronoun'))) ||
      (CONTRAST.test(t.text) && opensSubject(toks[k + 1])) ||
      // ("X has bought a majority stake in Y, the Jordanian bank Z has bought 49% of W": a comma
      // before an article and the verb of the clause before opens a clause of its own)
      (/,\s*$/.test(before.post) && t.tags.has('Determiner') && parallelVerb(toks, k - 1, SPLICED_VERB_WORDS)))) c = ++top;
    out.push(c);
  });
  return out;
}
/** Relative words that open a clause between dashes ("X - who became chairman in 2004 - will …"). */
const ASIDE_OPENER = /^(who|which|whose|whom)$/i;
/** Whether each token is inside a relative clause between dashes ("X - [who became chairman in 2004] - will …"). */
function dashAsides(toks: Token[]): boolean[] {
  const out = toks.map(() => false);
  const dash = (k: number) => /^\s+[-–—]\s+$/.test(toks[k]!.post);
  for (let k = 1; k < toks.length; k++) {
    if (!dash(k - 1) || !ASIDE_OPENER.test(toks[k]!.text)) continue;
    let e = k;
    while (e < toks.length - 1 && !dash(e) && !/[.;]\s*$/.test(toks[e]!.post)) e++;
    if (!dash(e) || e === toks.length - 1) continue;
    for (let m = k; m <= e; m++) out[m] = true;
    k = e;
  }
  return out;
}

/**
 * For "Who is/was the X?" (a person asked for by the noun X, no verb): each token's clause (see
 * subjectClauses) and the clauses that name X; null when every clause names it, or none does.
 */
function headClausesOf(toks: Token[], q: Question): { clauseOf: number[]; held: Set<number> } | null {
  if (q.kind !== 'person' || q.headTerm === undefined || !toks.some((t) => t.term === q.headTerm)) return null;
  const clauseOf = subjectClauses(toks);
  const last = clauseOf[clauseOf.length - 1] ?? 0;
  if (last === 0) return null;
  const held = new Set(toks.flatMap((t, k) => (t.term === q.headTerm ? [clauseOf[k]!] : [])));
  return held.size <= last ? { clauseOf, held } : null;
}

/** Pronouns that take up the subject of the clause before as their own ("… about 90% but [this] is down from …"). */
const SUBJECT_PRONOUN = /^(it|this|that|he|she|they)$/i;
/**
 * `named`, the clauses (by subjectClauses) naming the question's name, with each clause after one
 * of them whose subject is a pronoun taking it up ("Internet Explorer still dominates with a share
 * of about 90% but this is down from a peak of almost 96%": the peak is Internet Explorer's too).
 */
function withPronounClauses(toks: Token[], clauseOf: number[], named: Set<number>): Set<number> {
  for (let k = 1; k < toks.length; k++) {
    const c = clauseOf[k]!;
    if (c === clauseOf[k - 1] || c < 0 || !named.has(clauseOf[k - 1]!)) continue;
    const first = CLAUSE_OPENER.test(toks[k]!.text) || /^and$/i.test(toks[k]!.text) ? toks[k + 1] : toks[k];
    if (first && SUBJECT_PRONOUN.test(first.text)) named.add(c);
  }
  return named;
}

/** Words of the question's the one clause must hold at least, and more than any other, to be read as the question's ({@link mostContentClause}). */
const CONTENT_CLAUSE_WORDS = 2;
/** The clause (by `clauseOf`) holding the most of `content`, at least {@link CONTENT_CLAUSE_WORDS} and more than any other; -1 if none. */
function mostContentClause(toks: Token[], clauseOf: number[], content: ReadonlySet<string>): number {
  if ((clauseOf[clauseOf.length - 1] ?? 0) === 0) return -1;
  const held = new Map<number, Set<string>>();
  toks.forEach((t, k) => { if (t.term !== null && content.has(t.term)) held.set(clauseOf[k]!, (held.get(clauseOf[k]!) ?? new Set()).add(t.term)); });
  const sizes = [...held].map(([c, terms]) => [c, terms.size] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = sizes;
  return best && best[1] >= CONTENT_CLAUSE_WORDS && (!second || second[1] < best[1]) ? best[0] : -1;
}

/**
 * {@link clauses}, but a clause whose opener has no subject after it goes on its own subject's
 * ("Courtney Love has been spared jail, but must serve three years probation"), and one "and" opens
 * with the verb of the clause before goes on its own.
 */
function subjectClauses(toks: Token[]): number[] {
  const aside = dashAsides(toks);
  const base = clauses(toks, aside);
  let c = 0;
  return toks.map((t, k) => {
    // (a relative clause between dashes is one of its own: see clauses)
    if (aside[k]) return -1 - base[k]!;
    if (k > 0 && aside[k - 1]) return c;
    if (k > 0) {
      const opened = base[k] !== base[k - 1] && opensSubject(CLAUSE_OPENER.test(t.text) ? toks[k + 1] : t);
      // ("Amicus has 1.2 million members and the TGWU has 800,000": "and" before a subject and the
      // verb of the clause before opens a clause of its own)
      if (opened || (/^and$/i.test(t.text) && opensSubject(toks[k + 1]) && parallelVerb(toks, k))) c++;
    }
    return c;
  });
}

/** Words after "and" read for the verb of the clause before it. */
const PARALLEL_VERB_WORDS = 4;
/** Words after a comma read for the verb of the clause before it, past the new clause's subject ("…, the Jordanian investment bank Export & Finance Bank has bought …"). */
const SPLICED_VERB_WORDS = 10;
/** Whether the verb of a clause before "and" (or a comma) at `k` comes again just after it ("X has … and Y has …"). */
function parallelVerb(toks: Token[], k: number, words = PARALLEL_VERB_WORDS): boolean {
  for (let m = k + 2; m < toks.length && m - k <= words; m++) {
    if (breaksAfter(toks, m - 1)) return false;
    const v = toks[m]!;
    if (v.tags.has('Verb') && toks.slice(0, k).some((t) => t.tags.has('Verb') && t.text.toLowerCase() === v.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * Each token's clause, and the clauses the question's verb is done in (null when none): a verb
 * another name does is not the question's ("Sky first scooped the rights from the BBC in 1999, but
 * the BBC won them back" for "When did Sky first win them?").
 */
function verbClausesOf(toks: Token[], verbTerms: Set<string>, subject: Set<string>, bySubject = false, content?: Set<string>): { clauseOf: number[]; verbClauses: Set<number> | null } {
  if (verbTerms.size === 0) return { clauseOf: [], verbClauses: null };
  const clauseOf = bySubject ? subjectClauses(toks) : clauses(toks);
  const verbAt = toks.map((t, k) => (t.term !== null && verbTerms.has(t.term) && (t.tags.has('Verb') || verbAfterName(toks, k)) && !otherAgent(toks, k, subject) ? k : -1)).filter((k) => k >= 0);
  // ("…, while grocery store sales were up 0.5%" for "How much did grocery store sales rise?": "up"
  // or "down" after the copula says the question's rise or fall)
  const rises = [...verbTerms].some((v) => RISE_TERM.test(v));
  const falls = [...verbTerms].some((v) => FALL_TERM.test(v));
  if (rises || falls) toks.forEach((t, k) => { if (k > 0 && COPULA_BEFORE.test(toks[k - 1]!.text) && ((rises && /^up$/i.test(t.text)) || (falls && /^down$/i.test(t.text)))) verbAt.push(k); });
  if (!verbAt.length) return { clauseOf, verbClauses: null };
  const verbClauses = new Set(verbAt.map((k) => clauseOf[k]!));
  // ("Its star Hilary Swank is favourite to win best actress while Jamie Foxx is tipped to win best
  // actor" for "Who is tipped to win best actress?": a clause without the verb that holds more of
  // the question's other words is as much the question's)
  if (content?.size) {
    const held = new Map<number, Set<string>>();
    toks.forEach((t, k) => { if (t.term !== null && content.has(t.term)) held.set(clauseOf[k]!, (held.get(clauseOf[k]!) ?? new Set()).add(t.term)); });
    const most = Math.max(0, ...[...verbClauses].map((c) => held.get(c)?.size ?? 0));
    // (and of two clauses of the verb, the one holding fewer is another's: "Y has bought 49% of W")
    if (most > 0) for (const c of [...verbClauses]) if ((held.get(c)?.size ?? 0) < most) verbClauses.delete(c);
    for (const [c, terms] of held) if (terms.size > most) verbClauses.add(c);
  }
  return { clauseOf, verbClauses };
}

/** The copula before "up" or "down". */
const COPULA_BEFORE = /^(is|are|was|were|been)$/i;

/**
 * How much an amount keeps in the clause of the question's verb but outside the stretch between
 * commas (or other breaks) that holds it: "Of the $18.4bn in reconstruction funds approved by
 * Congress, less than $2bn has been spent" — what was approved is $18.4bn, what was spent $2bn.
 */
const OTHER_STRETCH_FIT = 0.85;

/** How much an amount keeps in a sentence that gives the noun asked about only as another kind of it (see otherKindOfHead). */
const OTHER_HEAD_KIND_FIT = 0.3;

const headKinds = new WeakMap<Question, QuestionTerm | null>();
/** The question's word right before the noun asked about, which says its kind ("inflation" of "the inflation rate"); read once a question. */
function headKindAsked(q: Question): QuestionTerm | null {
  let kind = headKinds.get(q);
  if (kind === undefined) {
    const head = q.terms.find((t) => t.term === q.headTerm);
    kind = head ? q.terms.find((t) => t.role === 'other' && /^\p{Ll}+$/u.test(t.text) && new RegExp(`\\b${escapeRegExp(t.text)}\\s+${escapeRegExp(head.text)}\\b`, 'i').test(q.text)) ?? null : null;
    headKinds.set(q, kind);
  }
  return kind;
}

/**
 * Whether a sentence gives the noun asked about only as another kind of it: "the UK's jobless
 * rate", "Eurozone interest rates" for "What is the inflation rate in Germany?" — the question's
 * word before the noun ("inflation") stands before it nowhere, and another word does.
 */
function otherKindOfHead(toks: Token[], q: Question, questionTerms: Set<string>): boolean {
  const kind = headKindAsked(q);
  // (nor when the question's word is the amount's own: "The budget deficit hit a [record] $412bn" for
  // "What was the record deficit …?")
  if (!kind || toks.some((t, k) => t.term === kind.term && !breaksAfter(toks, k) && !!toks[k + 1] && isNumber(toks[k + 1]!))) return false;
  let other = false;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.term !== q.headTerm || breaksAfter(toks, k - 1)) continue;
    const before = toks[k - 1]!;
    if (before.term === kind.term) return false;
    if (/^\p{Ll}/u.test(before.text) && (before.tags.has('Noun') || before.tags.has('Adjective')) && !before.tags.has('Determiner') && !before.tags.has('Pronoun') &&
      (before.term === null || !questionTerms.has(before.term))) other = true;
  }
  return other;
}

/** Words a phrase a preposition opens may take between a noun of the question's and the verb ("respondents [in each country] said"). */
const PHRASE_BEFORE_VERB_WORDS = 3;
/**
 * The stretches between breaks (a finer cut than {@link clauses}) that hold the question's verb
 * said of what the question asks about: not "a dark wood couch [priced] £4,250" for "How much was
 * the throne priced at?", where the noun before the verb is one the question does not name.
 */
function verbStretchesOf(toks: Token[], verbTerms: Set<string>, questionTerms: Set<string>): { stretchOf: number[]; verbStretches: Set<number> | null } {
  const stretchOf: number[] = [];
  for (let k = 0, c = 0; k < toks.length; k++) { stretchOf.push(c); if (breaksAfter(toks, k)) c++; }
  const own = (k: number): boolean => {
    let a = k - 1;
    while (a >= 0 && (toks[a]!.tags.has('Adverb') || HAVE.test(toks[a]!.text) || PASSIVE_BE.test(toks[a]!.text)) && !breaksAfter(toks, a)) a--;
    const t = toks[a];
    return !t || breaksAfter(toks, a) || !t.tags.has('Noun') || t.tags.has('Pronoun') || isNumber(t) || (t.term !== null && questionTerms.has(t.term)) || modifiedAsked(a);
  };
  // ("44% of [respondents] in each country said …": a noun of the question's before a phrase a
  // preposition opens, which ends in the noun before the verb)
  const modifiedAsked = (a: number): boolean => {
    for (let p = a - 1; p > 0 && a - p <= PHRASE_BEFORE_VERB_WORDS && !breaksAfter(toks, p); p--) {
      if (toks[p]!.tags.has('Preposition')) return !breaksAfter(toks, p - 1) && toks[p - 1]!.term !== null && questionTerms.has(toks[p - 1]!.term!) && toks[p - 1]!.tags.has('Noun');
      if (!(toks[p]!.tags.has('Determiner') || toks[p]!.tags.has('Adjective'))) return false;
    }
    return false;
  };
  const at = toks.flatMap((t, k) => (t.term !== null && verbTerms.has(t.term) && t.tags.has('Verb') && own(k) ? [stretchOf[k]!] : []));
  return { stretchOf, verbStretches: at.length ? new Set(at) : null };
}

/** Words read after "of" and an article or possessive for the noun a count is of ("5 million of its [new Nintendo DS handheld] consoles"). */
const OF_HEAD_WORDS = 5;
/**
 * Whether the count ending at `j` is of the noun asked about, after "of", an article or possessive and
 * its modifiers ("5 million of its new Nintendo DS handheld consoles"); with `articleOptional`, after
 * "of" alone too ("a piece of economic theory").
 */
function ofHeadAfter(toks: Token[], j: number, head: string, articleOptional = false): boolean {
  if (breaksAfter(toks, j) || !/^of$/i.test(toks[j + 1]?.text ?? '') || breaksAfter(toks, j + 1)) return false;
  const d = toks[j + 2];
  const article = !!d && (d.tags.has('Determiner') || POSSESSIVE_PRONOUN.test(d.text));
  if (!d || (!article && !articleOptional)) return false;
  for (let k = article ? j + 3 : j + 2; k < toks.length && k - j - 2 <= OF_HEAD_WORDS && !breaksAfter(toks, k - 1); k++) {
    const t = toks[k]!;
    // (the noun itself, not a modifier of another: "70% of its total oil [consumption]")
    if (t.term === head) return breaksAfter(toks, k) || !toks[k + 1] || !(toks[k + 1]!.tags.has('Noun') && /^\p{Ll}/u.test(toks[k + 1]!.text));
    // (a modifier the tagger read as a verb, before a noun: "handheld consoles")
    if ((t.tags.has('Verb') && !(toks[k + 1]?.tags.has('Noun') && !breaksAfter(toks, k))) || t.tags.has('Preposition') || t.tags.has('Determiner') || isNumber(t)) return false;
  }
  return false;
}
/**
 * Each token's aside between spaced dashes (0 outside any) and the one holding every use of the
 * question's verb ("President X - [elected … in 2002] - was criticised"), or the one aside in commas
 * a past participle of it opens after a noun; null when the verb stands outside them.
 */
function asideOfVerb(toks: Token[], verbTerms: Set<string>): (number[] & { at: number }) | null {
  if (verbTerms.size === 0) return null;
  const aside: number[] = [];
  let open = 0;
  let n = 0;
  toks.forEach((t, k) => {
    aside.push(open);
    if (SPACED_DASH.test(t.post)) open = open ? 0 : ++n;
  });
  // (a dash never closed opens no aside)
  if (open) return null;
  const uses = toks.flatMap((t, k) => (t.term !== null && verbTerms.has(t.term) && t.tags.has('Verb') ? [k] : []));
  const at = [...new Set(uses.map((k) => aside[k]!))];
  if (at.length === 1 && at[0]! > 0) return Object.assign(aside, { at: at[0]! });
  // ("the outcome, [launched on Wednesday], is called …": or one participle's aside in commas, after a noun)
  if (n === 0 && uses.length === 1) {
    const k = uses[0]!;
    const t = toks[k]!;
    if (k > 0 && /^,\s*$/.test(toks[k - 1]!.post) && toks[k - 1]!.tags.has('Noun') && (t.tags.has('PastTense') || t.tags.has('Participle'))) {
      for (let z = k; z < toks.length && z - k < PARTICIPLE_ASIDE_WORDS; z++) {
        if (/^,\s*$/.test(toks[z]!.post)) return Object.assign(toks.map((_, m) => (m >= k && m <= z ? 1 : 0)), { at: 1 });
        if (breaksAfter(toks, z)) break;
      }
    }
  }
  return null;
}
/** Words, at most, of a participle's aside in commas ("launched on Wednesday"). */
const PARTICIPLE_ASIDE_WORDS = 8;

/** "When is …?", with no verb of its own. */
const EVENT_ASKED = /^\W*when\s+(?:is|was|are|were|will\s+be)\b/i;
/** Words, at most, between the noun of an event and a date it is given ("the final [scheduled for] Saturday"). */
const EVENT_DATE_WORDS = 3;
/** How much a date right after the noun of an event asked about beats the sentence's other dates. */
const EVENT_DATE_BONUS = 1.2;
/** Whether the question's last noun (`term`) stands a few words before the date opening at `from`, in one clause. */
function datedEventBefore(toks: Token[], from: number, term: string): boolean {
  for (let k = from - 1; k >= 0 && from - k <= EVENT_DATE_WORDS + 1; k--) {
    if (breaksAfter(toks, k)) return false;
    if (toks[k]!.term === term) return true;
  }
  return false;
}

/** Whether the possessive name ending at `to` owns a lower-case noun the question does not give ("JJ Johnson's [trombone]" for "Whose trumpet …?"). */
function ownsOtherNoun(toks: Token[], to: number, questionTerms: Set<string>): boolean {
  const n = toks[to + 1];
  return !!n && !breaksAfter(toks, to) && /^\p{Ll}/u.test(n.text) && n.tags.has('Noun') && n.term !== null && !questionTerms.has(n.term);
}

/** A role in letters after a person's name ("Ruth Kelly [MP]"). */
const POSTNOMINAL = /^\p{Lu}{2,}$/u;

/** Particles that make a verb another ("pay off", "pay back"). */
const PARTICLE = /^(off|back|up|down|out)$/i;
/** How much an amount keeps after the question's verb and a particle the question does not have ("pay off $27.5bn" for "How much did X pay for Y?"). */
const OTHER_PARTICLE_FIT = 0.5;
/** Whether the amount at `i` follows the question's verb and a particle the question lacks ("pay [off] $27.5bn", "pay back a $900m loan"). */
function otherParticle(toks: Token[], i: number, verbTerms: Set<string>, question: string): boolean {
  const p = /^(a|an|the)$/i.test(toks[i - 1]?.text ?? '') ? i - 2 : i - 1;
  const v = toks[p - 1];
  return p > 0 && !!v && PARTICLE.test(toks[p]!.text) && !breaksAfter(toks, p - 1) && !breaksAfter(toks, p) && v.term !== null && verbTerms.has(v.term) &&
    !question.toLowerCase().split(/[^\p{L}]+/u).includes(toks[p]!.text.toLowerCase());
}
/** A unit of time, one of which "a" or "an" gives as a length ("a year"). */
/** How well one of a unit after such a word answers "How long …?" (below a length in numbers: "a year" may be a rate's, too). */
const ONE_UNIT_FIT = 0.8;
/** How well a count after "among" answers, where another count in the sentence is of the noun asked about ("900,000 staff … among the 1.2 million affected"). */
const AMONG_WHOLE_FIT = 0.5;
/** Words before a number that make it a place in a ranking ("the top five", "at number three"). */
const RANK_WORD = /^(top|number|no)$/i;
/** Words read after a count for its noun past modifiers "and" or "or" joins ("2,000 business and political [leaders]"). */
const JOINED_MODIFIER_WORDS = 5;
/** Whether the noun asked about follows the count ending at `j` past lower-case modifiers joined by "and" or "or". */
function joinedModifiersBefore(toks: Token[], j: number, head: string): boolean {
  let joined = false;
  for (let k = j + 1; k < toks.length && k - j <= JOINED_MODIFIER_WORDS; k++) {
    if (breaksAfter(toks, k - 1)) return false;
    const t = toks[k]!;
    if (t.term === head) return joined && k > j + 1;
    if (/^(and|or)$/i.test(t.text)) { joined = true; continue; }
    if (!/^\p{Ll}/u.test(t.text) || !(t.tags.has('Adjective') || t.tags.has('Noun')) || t.tags.has('Plural')) return false;
  }
  return false;
}

/** Words that place a length of time ("the [next] two years", "the [past] six months"). */
const STRETCH_LEAD = /^(next|past|last|coming|previous|first|final)$/i;
/** A stretch of time a sum may be given per ("$1m a week", "£20 per hour"); not a price per thing, "530 pence a share", which the question gives. */
const RATE_PERIOD = /^(year|month|week|day|hour|night)$/i;
/** Whether "number" right before token `i` is a verb after a plural noun, its subject ("China's net users [number] 100m"). */
function numberVerbBefore(toks: Token[], i: number): boolean {
  const subject = toks[i - 2];
  return i > 1 && /^number$/.test(toks[i - 1]!.text) && !!subject && !breaksAfter(toks, i - 2) && subject.tags.has('Plural') && subject.tags.has('Noun') && /^\p{Ll}/u.test(subject.text);
}
/** Words before a number that make it a place in a ranking, never a count ("world number one", "No 1"; "the top five" may count). */
const RANK_PLACE = /^(number|no)$/i;
/**
 * The number ending at `j` counts things the question does not name ("seven nominations" for "How
 * much did X take?"): a plural common noun right after it, no unit, currency or time.
 */
function countsThings(toks: Token[], j: number, questionTerms: Set<string>): boolean {
  const n = toks[j + 1];
  if (!n || breaksAfter(toks, j) || !n.tags.has('Plural') || !/^\p{Ll}/u.test(n.text) || FUNCTION_TAGS.some((g) => n.tags.has(g))) return false;
  if (isMoneyWord(n.text) || TIME_UNIT.test(n.text) || MEASURE_UNIT.test(n.text) || /^(shares?|points?|times)$/i.test(n.text)) return false;
  return n.term === null || !questionTerms.has(n.term);
}

/** How far back a denial of the clause a date ends is looked for. */
const DENIAL_WORDS = 8;

/** Whether the clause before token `at` is denied ("has not played … [since 2001]"). */
function deniedBefore(toks: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= DENIAL_WORDS; k--) {
    if (breaksAfter(toks, k)) return false;
    if (NEGATION.test(toks[k]!.text)) return true;
  }
  return false;
}
/** For each noun a "when" question may ask by (its index term), whether the date's word at `k` names one. */
const DATE_UNITS = new Map<string, (toks: Token[], k: number) => boolean>([
  [normalizeTerm('day')!, (toks, k) => toks[k]!.tags.has('WeekDay') || DAY_WORDS.test(toks[k]!.text) || dayOfMonth(toks, k)],
  [normalizeTerm('month')!, (toks, k) => toks[k]!.tags.has('Month')],
  [normalizeTerm('year')!, (toks, k) => toks[k]!.tags.has('Year') || /^\d{4}$/.test(toks[k]!.text)],
  [normalizeTerm('season')!, (toks, k) => SEASON.test(toks[k]!.text)],
]);

/** How much a year that dates another noun ("the 2020 US presidential election") still fits a "when" question. */
const ATTRIBUTIVE_YEAR_FIT = 0.3;

/**
 * The date `from`..`to` is a lone year, or a month and a day, used as a modifier of a noun phrase
 * whose head noun the question does not mention: "sanctioned … for meddling with [2020] US
 * presidential elections" dates the elections, not the sanctions ("When were the 2020 elections?"
 * names them, and keeps it); "the first Super Bowl after the [September 11] attacks" names the
 * attacks, and dates no Super Bowl.
 */
function datesOtherNoun(toks: Token[], from: number, to: number, questionTerms: Set<string>): boolean {
  const year = from === to && /^\d{4}$/.test(toks[from]!.text);
  const day = (t: Token) => /^\d{1,2}$/.test(t.text);
  const monthDay = to === from + 1 && ((toks[from]!.tags.has('Month') && day(toks[to]!)) || (day(toks[from]!) && toks[to]!.tags.has('Month')));
  if (!(year || monthDay) || breaksAfter(toks, to)) return false;
  const phrase: Token[] = [];
  for (let k = to + 1; k < toks.length && phrase.length < MAX_MODIFIED_WORDS; k++) {
    const t = toks[k]!;
    if (!(t.tags.has('Noun') || t.tags.has('Adjective')) || t.tags.has('Pronoun') || t.tags.has('Date') || t.tags.has('Value')) break;
    // (nor a preposition the tagger read as an adjective: "debut in 1989 [against] New Zealand")
    if (OPPONENT_PREPOSITION.test(t.text.toLowerCase())) break;
    phrase.push(t);
    if (breaksAfter(toks, k)) break;
  }
  const head = [...phrase].reverse().find((t) => t.tags.has('Noun'));
  return head !== undefined && !(head.term !== null && questionTerms.has(head.term));
}
/** Words after a year read as the noun phrase it dates. */
const MAX_MODIFIED_WORDS = 4;

/** Prepositions that mark where a verb's action went ("sent to X", "handed over to X"). */
const TOWARDS = /^(to|into|towards?|onto)$/i;

/** The span at `from` is where the question's verb went, not who did it: "<verb> (over) to (the) X". */
function receivesVerb(toks: Token[], from: number, verbTerms: Set<string>): boolean {
  let k = from - 1;
  if (k >= 0 && toks[k]!.tags.has('Determiner')) k--;
  if (k < 1 || !TOWARDS.test(toks[k]!.text)) return false;
  for (let v = k - 1; v >= Math.max(0, k - 2); v--) if (toks[v]!.term !== null && verbTerms.has(toks[v]!.term!)) return true;
  return false;
}

/** Whether the question asks by a verb of its own (not "be", "have"): "Who will the unions hold talks with?". */
function verbAsked(q: Question): boolean {
  return q.terms.some((t) => t.role === 'verb' && t.essential);
}

const personsRoleAsked = new WeakMap<Question, boolean>();
/**
 * Whether a "Who …?" question asks who holds a person's role ("Who is the housing minister?"), by
 * the noun asked about, in the singular a plural has ("banks" is no "Banks", a person; "Which two
 * Nigerian banks …?" asks for bodies). Read once a question.
 */
function asksPersonsRole(q: Question): boolean {
  let out = personsRoleAsked.get(q);
  if (out === undefined) {
    const word = q.terms.find((t) => t.role === 'head')?.text.toLowerCase() ?? '';
    const singular = /[^s]s$/.test(word) && lexicon().senses(word.slice(0, -1), 'noun').length > 0 ? word.slice(0, -1) : lexicon().lemma(word, 'noun');
    out = q.kind === 'person' && lexicon().nounClasses(singular, 1)[0] === 'noun.person';
    personsRoleAsked.set(q, out);
  }
  return out;
}

/** How well a body or a country that is the subject of the question's verb answers "Who VERB …?". */
const AGENT_FIT = 0.8;
/** Forms of "have" and adverbs that may stand between a subject and its verb ("has since sanctioned"). */
const HAVE = /^(has|have|had)$/i;

/**
 * The span ending at `to` is the subject of the question's verb, in the active: "The United States
 * sanctioned six citizens", "the Treasury has also sanctioned …" (not "was sanctioned").
 */
function agentOf(toks: Token[], to: number, verbTerms: Set<string>): boolean {
  // (the name before its letters in brackets is the subject the letters are: "X (Icann) has given")
  if (/^\(/.test(toks[to + 1]?.pre ?? '') && /^\)\s*$/.test(toks[to + 1]?.post ?? '')) to++;
  // (or of a relative clause after it: "Sony, IBM and Toshiba, who have been working on the Cell processor")
  const relative = relativeAfter(toks, to);
  // (and a body's letters in brackets after its name: "The Internet Corporation … (Icann) has given …")
  const bracketed = /^\)\s*$/.test(toks[to]!.post) && /^\(/.test(toks[to]!.pre);
  if (breaksAfter(toks, to) && !relative && !bracketed) return false;
  const from = relative ? to + 1 : to;
  let k = from + 1;
  while (k < toks.length && k - from <= 3 && (HAVE.test(toks[k]!.text) || toks[k]!.tags.has('Adverb') || (PROGRESSIVE_BE.test(toks[k]!.text) && /ing$/i.test(toks[k + 1]?.text ?? '')))) k++;
  const v = toks[k];
  return !!v && v.term !== null && verbTerms.has(v.term) && v.tags.has('Verb');
}
/** Forms of "be" before a verb in -ing, as its doer does it ("have been working", "is making"). */
const PROGRESSIVE_BE = /^(is|are|was|were|been|be)$/i;

/** Adjectives that may stand between a possessive and the noun it owns ("Kenya's [biggest] shantytown"). */
const OWNED_HEAD_WORDS = 2;
/** Whether the possessive ending at `to` owns the noun asked about, with at most a few adjectives between ("Kenya's biggest shantytown"). */
function ownsAskedHead(toks: Token[], to: number, q: Question): boolean {
  if (!q.headTerm || !/['’]s$/.test(toks[to]!.text) || breaksAfter(toks, to)) return false;
  for (let k = to + 1; k < toks.length && k - to <= OWNED_HEAD_WORDS + 1; k++) {
    if (toks[k]!.term === q.headTerm) return true;
    if (!toks[k]!.tags.has('Adjective') || breaksAfter(toks, k)) return false;
  }
  return false;
}

/** Capitalised words of a place "of" may add after a name: "Conchita Martinez [of Spain], who …". */
const PLACE_OF_WORDS = 3;
/** The end of "of Spain" after the name ending at `to` ("Conchita Martinez of Spain"), or `to`. */
function placeOfEnd(toks: Token[], to: number): number {
  if (breaksAfter(toks, to) || !/^of$/i.test(toks[to + 1]?.text ?? '') || breaksAfter(toks, to + 1)) return to;
  let k = to + 2;
  if (!/^\p{Lu}/u.test(toks[k]?.text ?? '')) return to;
  while (k + 1 < toks.length && k - to - 1 < PLACE_OF_WORDS && !breaksAfter(toks, k) && /^\p{Lu}/u.test(toks[k + 1]!.text)) k++;
  return breaksAfter(toks, k) ? k : to;
}

/** Whether a relative clause opens after the name ending at `to`: "X, who …", "X, which …". */
function relativeAfter(toks: Token[], to: number): boolean {
  return /,/.test(toks[to]!.post) && /^(who|which)$/i.test(toks[to + 1]?.text ?? '') && !breaksAfter(toks, to + 1);
}

/** How well a sum of money answers a question asking for a measure ("How big is each film?"). */
const MONEY_MEASURE_FIT = 0.4;
/** How much more a name a relative clause says did the question's verb ("X, who wrote …") answers who did it. */
const RELATIVE_DOER_BONUS = 1.3;

/** Words after the name's comma within which a relative clause's verb stands ("…, who has also written"). */
const RELATIVE_VERB_WORDS = 4;
/** Whether "…, who [also, has] VERB" after the name ending at `to` does the question's verb, in the active: "Ros Coward, who wrote …". */
function relativeDoer(toks: Token[], to: number, verbTerms: Set<string>): boolean {
  if (!relativeAfter(toks, to) || !/^who$/i.test(toks[to + 1]!.text)) return false;
  let k = to + 2;
  while (k < toks.length && k - to <= RELATIVE_VERB_WORDS && (toks[k]!.tags.has('Adverb') || /^(has|have|had)$/i.test(toks[k]!.text)) && !breaksAfter(toks, k - 1)) k++;
  const v = toks[k];
  return !!v && !breaksAfter(toks, k - 1) && v.term !== null && verbTerms.has(v.term) && v.tags.has('Verb') && !PASSIVE_BE.test(toks[k - 1]!.text);
}

/**
 * Whether ", which he [also] VERB" after the name ending at `to` does the question's verb to that
 * name, a subject of its own before the verb ("Garden State, which he also directed"; "…, which he
 * wrote, directed and starred in"): the name is what the verb was done to.
 */
function relativeObject(toks: Token[], to: number, verbTerms: Set<string>): boolean {
  if (!relativeAfter(toks, to) || !/^which$/i.test(toks[to + 1]!.text)) return false;
  const subject = toks[to + 2];
  if (!subject || breaksAfter(toks, to + 2) || !(subject.tags.has('Pronoun') || subject.tags.has('ProperNoun')) || /^(it|which)$/i.test(subject.text)) return false;
  for (let k = to + 3; k < toks.length && k - (to + 2) <= RELATIVE_CLAUSE_WORDS; k++) {
    const v = toks[k]!;
    if (v.term !== null && verbTerms.has(v.term) && v.tags.has('Verb') && !PASSIVE_BE.test(toks[k - 1]!.text)) return true;
    if (/[.;:!?()]/.test(v.post) || /^(who|which|that)$/i.test(v.text)) return false;
  }
  return false;
}

/** Whether ", which" after the name ending at `to` opens a clause doing the question's verb (an adverb before it at most) with one of the question's names after it. */
function relativeWhichWith(toks: Token[], to: number, verbTerms: Set<string>, entityTerms: Set<string>): boolean {
  if (!relativeAfter(toks, to) || !/^which$/i.test(toks[to + 1]!.text) || breaksAfter(toks, to + 1)) return false;
  let v = to + 2;
  if (toks[v]?.tags.has('Adverb') && !breaksAfter(toks, v)) v++;
  const verb = toks[v];
  if (!verb || verb.term === null || !verbTerms.has(verb.term) || !verb.tags.has('Verb')) return false;
  for (let k = v + 1; k < toks.length && k - v <= RELATIVE_CLAUSE_WORDS; k++) {
    if (breaksAfter(toks, k - 1) && !/^,\s*$/.test(toks[k - 1]!.post)) return false;
    if (toks[k]!.term !== null && entityTerms.has(toks[k]!.term!)) return true;
  }
  return false;
}

/** Words of a relative clause after "whom" read for the question's verb ("on whom sanctions were also issued"). */
const RELATIVE_CLAUSE_WORDS = 6;
/** Forms of "be" that make a passive ("was betrayed", "has been sanctioned", "is being sued"). */
const PASSIVE_BE = /^(is|are|was|were|be|been|being)$/i;
const readings = new WeakMap<Question, { passiveSubjectAsked: boolean; questionWords: Set<string> }>();
/**
 * What candidatesIn reads of the question itself, once a question (not once a passage): whether it asks
 * the subject of its verb in the passive, no name of its own between "be" and the verb ("Which company
 * was named …?", not "What was Smith named?"), and its words in lower case as written.
 */
function questionReadings(q: Question, verbPassive: boolean): { passiveSubjectAsked: boolean; questionWords: Set<string> } {
  let r = readings.get(q);
  if (!r) {
    const passiveSubjectAsked = verbPassive && !q.trailingPreposition && PASSIVE_SUBJECT_ASKED.test(q.text) &&
      !q.terms.some((t) => t.role === 'entity' && new RegExp(`\\b(was|were|is|are|been)\\b.*\\b${escapeRegExp(t.text)}\\b`, 'i').test(q.text));
    r = { passiveSubjectAsked, questionWords: new Set(q.text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u)) };
    readings.set(q, r);
  }
  return r;
}
/** A question whose subject, the question word and its noun, is what a verb in the passive was done to ("Which company was named …?"). */
const PASSIVE_SUBJECT_ASKED = /^\s*(who|what|which)(\s+[\p{Ll}'’-]+){0,3}?\s+(was|were|is|are|has been|have been|had been|will be|would be)\s/iu;

/**
 * The span ending at `to` is the one the question's verb was done to, in the passive: "Dyrrachium
 * was betrayed to the Normans by …" does not say who betrayed anyone, "by …" does; "The company's
 * manager, Mohammad Bagher Shirinkar was also sanctioned" does not say who sanctioned the company.
 */
function patientOf(toks: Token[], to: number, verbTerms: Set<string>, relative = true): boolean {
  // "Mohammad Bagher Shirinkar, on whom sanctions were also issued": the relative clause says what
  // was done to the name, in the question's verb or its noun
  // (a comma typed with a space before it is a token of its own: "Shirinkar , on whom")
  const a = /^\p{P}+$/u.test(toks[to + 1]?.text ?? '') ? to + 2 : to + 1;
  const whom = toks[a]?.text.toLowerCase() === 'whom' ? a : toks[a + 1]?.text.toLowerCase() === 'whom' && toks[a]!.tags.has('Preposition') ? a + 1 : -1;
  if (whom > 0) {
    for (let k = whom + 1; k < toks.length && k <= whom + RELATIVE_CLAUSE_WORDS; k++) {
      if (toks[k]!.term !== null && verbTerms.has(toks[k]!.term!)) return true;
      if (breaksAfter(toks, k)) break;
    }
    return false;
  }
  let k = to + 1;
  // ("Dave Jones, who was sacked after …": a relative clause in the passive)
  // (unless the question too asks about one it was done to: "Which commander, killed in 2020, …?")
  if (relative && relativeAfter(toks, to)) {
    k++;
    if (/^(has|have|had)$/i.test(toks[k]?.text ?? '') && !breaksAfter(toks, k)) k++;
  } else if (breaksAfter(toks, to)) return false;
  if (!PASSIVE_BE.test(toks[k]?.text ?? '')) return false;
  // "was also sanctioned", "has since been sanctioned"
  while (PASSIVE_BE.test(toks[k + 1]?.text ?? '') || (toks[k + 1]?.tags.has('Adverb') && k - to < 3)) k++;
  const v = toks[k + 1];
  return !!v && v.term !== null && verbTerms.has(v.term) && /(ed|en|t)$/i.test(v.text);
}

/** Verbs (as index terms) of doing an inquiry: "carried out the survey", "conducted the poll", "ran the study". */
const DOING_TERMS = new Set(['conduct', 'carry', 'run', 'do', 'undertake'].map((w) => normalizeTerm(w)!));
/** Nouns (as index terms) of an inquiry someone does, which a report gives with its doer: "a survey by X", "the Populus poll". */
const INQUIRY_TERMS = new Set(['survey', 'poll', 'study', 'research', 'inquiry', 'investigation', 'review', 'audit', 'census', 'experiment'].map((w) => normalizeTerm(w)!));

/** Verbs (as index terms) a win over someone says were done to them: "a 3-1 win over Olympiakos" for "Who did Liverpool beat?". */
const BEAT_TERMS = ['beat', 'defeat'].map((w) => normalizeTerm(w)!);
const WIN_TERM = normalizeTerm('win')!;
/** How much one beaten answers "Who won …?" ("X beat his former co-star Lee Evans to win best actor"). */
const BEATEN_FIT = 0.3;
const BEAT_VERB = /^(beat|beats|beating|defeat|defeats|defeated|defeating)$/i;
/** Whether the name at `from` is the object of "beat" or "defeat": "beat his former co-star [Lee Evans]". */
function beaten(toks: Token[], from: number): boolean {
  let k = from - 1;
  while (k > 0 && from - k <= LOSER_WORDS && !breaksAfter(toks, k) && !BEAT_VERB.test(toks[k]!.text) &&
    (toks[k]!.tags.has('Determiner') || toks[k]!.tags.has('Pronoun') || /['’]s?$/.test(toks[k]!.text) || toks[k]!.tags.has('Adjective') || (/^\p{Ll}/u.test(toks[k]!.text) && toks[k]!.tags.has('Noun')))) k--;
  return k >= 0 && k < from && BEAT_VERB.test(toks[k]!.text) && !breaksAfter(toks, k);
}

/** Words between a win and the "over" after it ("won [best TV comedy actor] over"). */
const WON_OVER_WORDS = 6;
/**
 * Whether the name at `from` is whom something was won over, after the win and what was won ("won
 * best TV comedy actor over The Office creator [Ricky Gervais]"), over a title and its words.
 */
function wonOverBy(toks: Token[], from: number): boolean {
  let k = from - 1;
  while (k > 0 && from - k <= LOSER_WORDS && !breaksAfter(toks, k) && !/^over$/i.test(toks[k]!.text) &&
    (toks[k]!.tags.has('Determiner') || /^\p{Lu}/u.test(toks[k]!.text) || toks[k]!.tags.has('Adjective') || (/^\p{Ll}/u.test(toks[k]!.text) && toks[k]!.tags.has('Noun')))) k--;
  if (k <= 0 || !/^over$/i.test(toks[k]!.text) || breaksAfter(toks, k)) return false;
  for (let w = k - 1; w >= 0 && k - w <= WON_OVER_WORDS && !breaksAfter(toks, w); w--) if (/^(win|wins|won|winning)$/i.test(toks[w]!.text) && toks[w]!.tags.has('Verb')) return true;
  return false;
}

/** A win over someone, which says they were beaten ("a 2-0 win over the Soviet Union", "victory over Ivo Minar", "a 6-1 6-4 winner over Svetlana Kuznetsova"), for "Who did X beat?". */
/** Words a report gives a win by, beside "beat": "thrashed", "crushed", "overcame", "saw off", "knocked out", "a defeat". */
const VICTORY_VERB = /\b(?:thrash(?:es|ed)?|crush(?:es|ed)?|trounc(?:e|es|ed)|overc[ao]me|overcomes|defeat(?:s|ed)?|hammer(?:s|ed)|rout(?:s|ed)|outclass(?:es|ed)|edg(?:e|es|ed) past|(?:see|sees|saw) off|knock(?:s|ed)? out|oust(?:s|ed|ing)|dispatched|swept aside)\b/i;
/** Whether the name at `from` follows "to" after a loss, a few words before: "lost in three sets to [Roger Federer]", "a third-round loss to [Gustavo Kuerten]", "was runner-up to [Kim Clijsters]". */
function lostTo(toks: Token[], from: number): boolean {
  let k = from - 1;
  if (k > 0 && /^the$/i.test(toks[k]!.text) && !breaksAfter(toks, k)) k--;
  if (k <= 0 || !/^to$/i.test(toks[k]!.text) || breaksAfter(toks, k)) return false;
  for (let w = k - 1; w >= 0 && k - w <= LOSS_WORDS + 1 && !breaksAfter(toks, w); w--) {
    if (LOSS_WORD.test(toks[w]!.text) || (w > 0 && toks[w - 1]!.post === '-' && LOSS_WORD.test(`${toks[w - 1]!.text}-${toks[w]!.text}`))) return true;
  }
  return false;
}
/** Words, at most, between a loss and the "to" naming the winner ("lost [in three sets] to"). */
const LOSS_WORDS = 4;
/** Words saying a loss ("lost", "a loss", "runner-up", which the tagger splits at its hyphen). */
const LOSS_WORD = /^(?:lost|loses|losing|loss|losses|runners?-up)$/i;
/** A loss said to the winner, named after "to" ("lost in three sets to Roger Federer", "a third-round loss to Gustavo Kuerten"), LOSS_WORDS words between at most. */
const LOSS_TO = new RegExp(`\\b${LOSS_WORD.source.slice(1, -1)}\\b(?:\\s+[\\p{Ll}\\d-]+){0,${LOSS_WORDS}}\\s+to\\s+(?:the\\s+)?\\p{Lu}`, 'u');
const WIN_OVER = /\b(?:win|wins|victory|victories|triumph|winner)\s+(?:over|against)\s/i;

/** Index terms of verbs asking where a body or a person belongs: "Where is X based?", "Which group does X represent?". */
const AFFILIATION_TERMS = new Set(['based', 'represent'].map((w) => normalizeTerm(w)!));
/**
 * Whether the question's verb `t` asks where its name belongs, and the sentence gives that by the
 * name's own words: "Investors Diversified Service, of Minneapolis", "Pipa at the University of
 * Maryland", "Anne Borthwick, of Campaign for Borders Rail", "Haiti's Dudley Dorival", "Florida-based
 * Winn-Dixie" — the way reports say where someone is from or what they stand for.
 */
function affiliationSaid(q: Question, t: QuestionTerm, text: string): boolean {
  const held = q.kind === 'place' && HELD_TERMS.has(t.term);
  if (t.role !== 'verb' || !(AFFILIATION_TERMS.has(t.term) || held)) return false;
  // (read once a question, each reading: the verb says which)
  const cached = affiliationCache.get(q) ?? {};
  let hit = held ? cached.held : cached.belongs;
  if (hit === undefined) {
    // (the question's name, or a coined one the question reads as no name: "3GSM")
    const named = (x: QuestionTerm) => x.role === 'entity' || /^\p{N}+\p{Lu}/u.test(x.text);
    const group = q.terms.find(named)?.group;
    const words = q.terms.filter((x) => named(x) && x.group === group).map((x) => escapeRegExp(x.text.replace(/['’]s?$/, '')));
    // (an event held somewhere: "the 3GSM World Congress in Cannes", "3GSM, which takes place in Cannes")
    hit = words.length === 0 ? null : held ? new RegExp(`\\b${words.at(-1)!}\\b(?:,?\\s+[\\p{L}-]+){0,3}?\\s+(?:in|at)\\s+(?:the\\s+)?\\p{Lu}`, 'u') : new RegExp(
      `\\b${words.at(-1)!}\\b(?:\\s*\\([^)]*\\))?,?\\s+(?:of|at|in|from)\\s+(?:the\\s+)?\\p{Lu}|\\p{Lu}[\\p{L}.-]*(?:['’]s|-based)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${words[0]!}\\b`, 'u');
    affiliationCache.set(q, held ? { ...cached, held: hit } : { ...cached, belongs: hit });
  }
  return hit !== null && hit.test(text);
}
/** Index terms of verbs asking where an event is held: "Where was the conference held?", "… staged?", "… hosted?". */
const HELD_TERMS = new Set(['held', 'hold', 'stage', 'staged', 'host', 'hosted'].map((w) => normalizeTerm(w)!));
const affiliationCache = new WeakMap<Question, { held?: RegExp | null; belongs?: RegExp | null }>();
const PLAY_TERM = normalizeTerm('play')!;
/** A part played, as the credits give it: "starring Liam Neeson as …", "with Johnny Depp as …", "will also star Jessica Lange as …", "her role as …". */
const ACTING_AS = /\b(?:starring|stars?|starred|with|role|roles)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}as\s/u;
/** Words of the question's part, at most, read after "as" ("as [sex researcher Alfred Kinsey]"). */
const PART_WORDS = 6;

/**
 * Whether the question asks who plays a part, or which part someone plays ("Who plays Alfred
 * Kinsey in Kinsey?", "Whom did Cate Blanchett play in The Aviator?"): a film's credits say it with
 * "as", and no verb of playing ("Kinsey, starring Liam Neeson as sex researcher Alfred Kinsey").
 */
function actingAsked(q: Question): boolean {
  let hit = actingAskedCache.get(q);
  if (hit === undefined) actingAskedCache.set(q, (hit = q.kind === 'person' && q.terms.some((t) => t.role === 'verb' && t.term === PLAY_TERM)));
  return hit;
}
const actingAskedCache = new WeakMap<Question, boolean>();

/** Whether the name at `from`..`to` is credited with a part the question names: "starring [Liam Neeson] as sex researcher Alfred Kinsey". */
function starredAs(toks: Token[], from: number, to: number, questionTerms: Set<string>): boolean {
  const credit = toks[from - 1];
  if (!credit || breaksAfter(toks, from - 1) || !/^(starring|star|stars|starred|with)$/i.test(credit.text)) return false;
  if (breaksAfter(toks, to) || !/^as$/i.test(toks[to + 1]?.text ?? '')) return false;
  // (over a comma: "as the domineering mother, Amanda Wingfield")
  for (let k = to + 2; k < toks.length && k - to - 1 <= PART_WORDS; k++) if (toks[k]!.term !== null && questionTerms.has(toks[k]!.term!)) return true;
  return false;
}

/** Whether the name at `from` is a part played: "her role as [Katharine Hepburn]", "stars as [Vince Everett]". */
function roleAs(toks: Token[], from: number): boolean {
  let k = from - 1;
  if (k > 0 && /^(the|a|an)$/i.test(toks[k]!.text)) k--;
  return k > 0 && /^as$/i.test(toks[k]!.text) && !breaksAfter(toks, k - 1) && /^(role|roles|stars|starred|starring|star|playing)$/i.test(toks[k - 1]!.text);
}

/** Whether the question asks whom someone beat ("Who did Hewitt beat …?", "Which German did Youzhny beat?"). */
function beatenAsked(q: Question): boolean {
  return (q.kind === 'person' || q.kind === 'organization' || q.kind === 'name') && !q.asksSubject;
}

/** Words between "over" and the name of whom a win was over. */
const LOSER_WORDS = 4;
/** Whether the name at `from` is whom a win was over ("a 3-1 win over X", "victory against X", "the defeat of X"). */
function wonOver(toks: Token[], from: number): boolean {
  let k = from - 1;
  // (over the words that say who the loser is: "win over Argentina's Juan Ignacio Chela", "victory
  // over second seed David Nalbandian")
  while (k > 1 && from - k <= LOSER_WORDS && !breaksAfter(toks, k) && !/^(over|against|of)$/i.test(toks[k]!.text) &&
    (toks[k]!.tags.has('Determiner') || /['’]s?$/.test(toks[k]!.text) || toks[k]!.tags.has('Demonym') || toks[k]!.tags.has('Adjective') || (/^\p{Ll}/u.test(toks[k]!.text) && toks[k]!.tags.has('Noun')))) k--;
  if (k < 1 || breaksAfter(toks, k) || breaksAfter(toks, k - 1)) return false;
  const prep = toks[k]!.text.toLowerCase();
  const noun = toks[k - 1]!.text.toLowerCase();
  return ((prep === 'over' || prep === 'against') && /^(win|wins|victory|victories|triumph|winner)$/.test(noun)) || (prep === 'of' && /^(defeat|thrashing|rout)$/.test(noun));
}

/**
 * Whether the question gives its verb in the passive, after a form of "be" or a comma ("Which
 * commander, killed in January, …?", "Who was sacked …?"): it asks about whom it was done to.
 */
function passiveInQuestion(q: Question): boolean {
  let out = passiveCache.get(q);
  if (out === undefined) passiveCache.set(q, (out = passiveVerb(q)));
  return out;
}
const passiveCache = new WeakMap<Question, boolean>();
function passiveVerb(q: Question): boolean {
  const words = q.text.split(/\s+/);
  return words.some((w, i) => {
    if (i === 0) return false;
    const t = normalizeTerm(w.replace(/[^\p{L}'’-]/gu, ''));
    // (not "is working": "be" before -ing makes no passive)
    if (!t || /ing\W*$/i.test(w) || !q.terms.some((x) => x.role === 'verb' && x.term === t)) return false;
    const prev = words[i - 1]!;
    return /,$/.test(prev) || PASSIVE_BE.test(prev.replace(/[^\p{L}]/gu, '')) || (i > 1 && PASSIVE_BE.test(words[i - 2]!) && /ly$/i.test(prev));
  });
}

/** Words, at most, from "-based" to the name it modifies ("London-based options and futures exchange Liffe"). */
const BASED_NAME_WORDS = 6;
/** Whether the first name after "-based" at `based` is none of the question's (the place before it is that name's). */
function basedOther(toks: Token[], based: number, entityTerms: Set<string>): boolean {
  for (let k = based + 1; k < toks.length && k <= based + BASED_NAME_WORDS; k++) {
    if (breaksAfter(toks, k - 1)) return false;
    if (/^\p{Lu}/u.test(toks[k]!.text)) return toks[k]!.term === null || !entityTerms.has(toks[k]!.term!);
    // (the noun it modifies ends at a verb: "The German-based firm kitted out Team GB")
    if (toks[k]!.tags.has('Verb') && ['PastTense', 'Auxiliary', 'Modal', 'Copula'].some((g) => toks[k]!.tags.has(g)) && !toks[k]!.tags.has('Noun')) return false;
  }
  return false;
}

/** The name ending at `to` runs on into a common noun it modifies ("a Madrid-based charity", "a Madrid charity"). */
function namesNoun(toks: Token[], to: number): boolean {
  const next = toks[to + 1];
  if (!next || !/^[\p{Ll}-]/u.test(next.text) || relativeDateAfter(toks, to)) return false;
  if (/^-/.test(toks[to]!.post + next.pre)) return true;
  // (a noun, not the preposition or verb after the agent: "sacked by Spurs in 2003")
  return !breaksAfter(toks, to) && (next.tags.has('Noun') || next.tags.has('Adjective')) && !FUNCTION_TAGS.some((g) => next.tags.has(g));
}

const countriesCache = new WeakMap<Question, Set<string>>();
/** The countries of the nationalities a question names ("Indian" → india, bharat), as index terms. */
/** Prepositions whose object is a side in a contest, which a country's name may be ("against Wales"). */
const OPPONENT_PREPOSITION = /^(against|versus|vs)$/;
/** How well a place answers "Who did [a place] beat?" (a country's team against another's). */
const RIVAL_PLACE_FIT = 0.9;
/** Words before a place that say it is where something happened, not who took part ("in Perth", "at Twickenham"). */
const VENUE_BEFORE = /^(in|at|near|outside|around|from)$/;
/** A question asking "where". */
const WHERE_ASKED = /^\W*where\b/i;
/** Words before a country that make it a side in a contest ("playing for the Ireland", "against New Zealand"). */
const SIDE_WORD = /^(for|against|versus|v|vs)$/i;
/** How well a side in a contest answers "where" (below a place after "in"). */
const SIDE_PLACE_FIT = 0.5;
/** How well a body or an untyped name after "at" or "in" answers "where" (a place: 1; an untyped name elsewhere: 0.45; below the venue given with its town, "at the Roosevelt Hotel in Hollywood"). */
const VENUE_FIT = 0.7;
/** How well a place WordNet files as an instance of another kind answers "which country", "which city" (Thailand's "Pattaya" is not filed: no say). */
const OTHER_KIND_PLACE_FIT = 0.4;
/** WordNet's kind a question's noun is asked by ("Which country …?", "Which nation …?"; not "Which area …?", whose first sense is also "country"), in its first sense and steps up. */
const COUNTRY_KIND = ['nation'];
const COUNTRY_HEAD_SENSES = 1;
const COUNTRY_HEAD_DEPTH = 2;
/** Steps up WordNet from a place's sense to the kind asked ("Thailand" → Asian country → country). */
const PLACE_KIND_DEPTH = 4;

/**
 * Whether `name` is, in WordNet, an instance of some kind of place but not of the kind `head` asks
 * for ("Paris" for "which country": a national capital). Names WordNet lacks say nothing.
 */
function placeOfOtherKind(name: string, head: string): boolean {
  const w = name.toLowerCase().replace(/['’]s$/, '').replace(/\s+/g, '_');
  const wn = lexicon();
  if (!wn.nounClasses(w, 1).includes('noun.location') || wn.isCommonNoun(w)) return false;
  // (a kind next to the one asked counts: "which town" is answered by a city, both municipalities)
  const first = wn.senses(head, 'noun')[0];
  const broader = first === undefined ? [] : wn.synset('noun', first).pointers.filter((p) => p.symbol === '@').flatMap((p) => wn.synset('noun', p.offset).words);
  return !wn.isKindOf(w, 'noun', [head, ...broader], 1, PLACE_KIND_DEPTH);
}

/**
 * The noun a place is asked for by, as a lemma ("town" for "In which French town …?", "country" for
 * "Which country's biggest shantytown …?", whose owner is the place asked for); "" when the question
 * asks for no place by its kind.
 */
function askedPlaceHead(q: Question): string {
  const placeAsked = q.ownerTerm ?? q.headTerm;
  return q.kind === 'place' && q.headNamesKind && placeAsked ? lexicon().lemma(q.terms.find((t) => t.term === placeAsked)?.text.toLowerCase().replace(/['’]s?$/, '') ?? '', 'noun') : '';
}

/** Ordinal words and figures ("third", "14th", "third-placed"), with the place in the order they give. */
const ORDINAL_VALUES: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
/** An ordinal in running text, a word of {@link ORDINAL_VALUES} or a figure ("14th"). */
const ORDINAL_IN_TEXT = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(\d{1,3})(?:st|nd|rd|th))\b/gi;

/** The places in an order a text gives, by value ("third" and "3rd" alike). */
function ordinalValues(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(ORDINAL_IN_TEXT)) out.add(m[2] ? Number(m[2]) : ORDINAL_VALUES[m[1]!.toLowerCase()]!);
  return out;
}

/**
 * The question's word for a place in an order (other than "first", which a sentence says in many
 * ways: "won", "topped") when the sentence gives another place and not the question's ("finished
 * 14th" for "Which band finished third …?"): the sentence is about another rank, and lacks that word.
 * Null otherwise. A question asking for the place itself (an ordinal or a rank) gives none.
 */
export function otherRankOnly(q: Question, text: string): QuestionTerm | null {
  let asked = rankAsked.get(q);
  if (asked === undefined) {
    asked = null;
    if (!q.asksRank && !q.asksOrdinal) {
      for (const t of q.terms) {
        const values = ordinalValues(t.text);
        if (values.size === 1 && !values.has(1)) {
          asked = { term: t, value: [...values][0]! };
          break;
        }
      }
    }
    rankAsked.set(q, asked);
  }
  if (!asked) return null;
  const given = ordinalValues(text);
  return given.size > 0 && !given.has(asked.value) ? asked.term : null;
}

/** Per question, its word for a place in an order and that place (read once a question, not once a sentence); null where it has none to check. */
const rankAsked = new WeakMap<Question, { term: QuestionTerm; value: number } | null>();

/**
 * Whether an answer to a place asked for by its kind is a place of another kind, as WordNet files it
 * ("France" for "In which French town …?"), as the rules read their own candidates.
 */
export function placeOfOtherKindAsked(q: Question, answer: string): boolean {
  const head = askedPlaceHead(q);
  return !!head && placeOfOtherKind(answer, head);
}

function countriesOf(q: Question): Set<string> {
  let out = countriesCache.get(q);
  if (!out) {
    out = new Set(q.terms.filter((t) => /^\p{Lu}/u.test(t.text)).flatMap((t) => lexicon().pertainyms(t.text.toLowerCase()))
      .map((w) => normalizeTerm(w)).filter((w): w is string => !!w));
    countriesCache.set(q, out);
  }
  return out;
}

/** Words that may stand between a passive verb of the question's and the "by" naming who did it ("described as 'idle speculation' by"). */
const BY_AGENT_WORDS = 6;

/**
 * Where the question's verb stands in the passive with who did it named after "by": "Reports that
 * Tony Blair is planning a snap election have been described as 'idle speculation' by Downing
 * Street" says Downing Street described them; the names before the verb are what was described.
 * Gives the verb's token and the agent's first token (a name there may also only modify a noun:
 * "managed by a Madrid-based charity, the Salvador Allende Foundation").
 */
function byAgent(toks: Token[], verbTerms: Set<string>, entityTerms: Set<string>): { verb: number; agent: number } | undefined {
  for (let k = 1; k < toks.length; k++) {
    const v = toks[k]!;
    // ("His nomination by Prime Minister Ariel Sharon", "the nomination of X by Y": the verb's
    // noun, "by" after it with no verb between)
    if (v.term !== null && verbTerms.has(v.term) && v.tags.has('Noun') && !v.tags.has('Verb')) {
      for (let j = k + 1; j < toks.length && j <= k + BY_AGENT_WORDS && !breaksAfter(toks, j - 1) && !toks[j]!.tags.has('Verb'); j++) {
        if (!/^by$/i.test(toks[j]!.text)) continue;
        const a = toks[j + 1]?.tags.has('Determiner') ? j + 2 : j + 1;
        if (a < toks.length) return { verb: k, agent: a };
        break;
      }
    }
    if (v.term === null || !verbTerms.has(v.term) || !/(ed|en|t)$/i.test(v.text)) continue;
    let b = k - 1;
    while (b > 0 && toks[b]!.tags.has('Adverb')) b--;
    // ("the leaflet published jointly by the Crown Prosecution Service", "The leaflet, published by
    // police and prosecutors,": a participle right after its noun, as a clause of its own)
    const reduced = toks[b]!.tags.has('Noun') && !toks[b]!.tags.has('Pronoun') && b === k - 1 && /^\s*,?\s*$/.test(toks[b]!.post);
    if (!PASSIVE_BE.test(toks[b]!.text) && !reduced) continue;
    // (not one done to another name than the question's: "Blu-ray developed by Sony" for "Who
    // developed HD-DVD?"; the whole of a hyphenated name)
    if (reduced && entityTerms.size > 0) {
      let w = b;
      while (w > 0 && toks[w - 1]!.post === '-') w--;
      if ((w > 0 || toks[w]!.tags.has('ProperNoun')) && /^\p{Lu}/u.test(toks[w]!.text) && !toks.slice(w, b + 1).some((t) => t.term !== null && entityTerms.has(t.term))) continue;
    }
    // (or a short phrase of a preposition between: "the bans imposed [on them] by the IAAF")
    const phraseEnd = reduced && toks[k + 1]?.tags.has('Preposition') && !/^by$/i.test(toks[k + 1]!.text) ? prepositionPhraseEnd(toks, k + 1) : -1;
    for (let j = k + 1; j < toks.length && j <= k + BY_AGENT_WORDS; j++) {
      if (/[,;:]/.test(toks[j - 1]!.post)) break;
      if (j > k + 1 && !toks[j - 1]!.tags.has('Adverb') && reduced && j - 1 > phraseEnd) break;
      if (toks[j]!.text.toLowerCase() !== 'by') continue;
      const a = toks[j + 1]?.tags.has('Determiner') ? j + 2 : j + 1;
      return a < toks.length ? { verb: k, agent: a } : undefined;
    }
  }
  return undefined;
}

/** Words of the phrase a preposition opens after a participle, before "by" ("on [them]", "on [the athletes' coach]"). */
const BY_PHRASE_WORDS = 3;

/** The last token of the short phrase the preposition at `p` opens (no verb, no break inside), or -1. */
function prepositionPhraseEnd(toks: Token[], p: number): number {
  let e = p;
  while (e + 1 < toks.length && e - p < BY_PHRASE_WORDS && !breaksAfter(toks, e) && !/^by$/i.test(toks[e + 1]!.text) && !toks[e + 1]!.tags.has('Verb')) e++;
  return e > p && /^by$/i.test(toks[e + 1]?.text ?? '') ? e : -1;
}

/** Whether the question puts its verb in the passive ("… had been designated …", "Who was sacked?"). */
function passiveAsked(q: Question): boolean {
  return q.terms.some((t) => t.role === 'verb' && new RegExp(`\\b(is|are|was|were|be|been|being)\\s+(\\w+ly\\s+)?${escapeRegExp(t.text)}\\b`, 'i').test(q.text));
}

/**
 * Where the question's verb stands in the passive, done to a name the question gives, with no one
 * named after "by", and nowhere else as a verb: "Alan Thompson scored from the penalty spot after Shaun Maloney had been fouled" does
 * not say who fouled him. The verb's token, or undefined.
 */
function agentlessPassive(toks: Token[], verbTerms: Set<string>, entityTerms: Set<string>): number | undefined {
  const verbs = toks.flatMap((t, k) => (t.term !== null && verbTerms.has(t.term) && t.tags.has('Verb') ? [k] : []));
  if (verbs.length !== 1) return undefined;
  const k = verbs[0]!;
  let b = k - 1;
  while (b > 0 && toks[b]!.tags.has('Adverb')) b--;
  if (b < 0 || !PASSIVE_BE.test(toks[b]!.text) || !/(ed|en|t)$/i.test(toks[k]!.text)) return undefined;
  // (done to a name the question gives: "Shaun Maloney had been fouled" for "Who fouled Maloney?")
  let s = b - 1;
  while (s > 0 && /^(has|have|had|will|would|may|might|could|should|must)$/i.test(toks[s]!.text)) s--;
  if (s < 0 || toks[s]!.term === null || !entityTerms.has(toks[s]!.term!)) return undefined;
  for (let j = k + 1; j < toks.length && j <= k + BY_AGENT_WORDS && !/[,;:]/.test(toks[j - 1]!.post); j++) if (/^by$/i.test(toks[j]!.text)) return undefined;
  return k;
}

/**
 * Who made a work the question names (by a verb of making: "Who made Joshua Tree?", "Who wrote
 * Brown's Britain?"), as a sentence credits it without the verb: the name whose possessive opens
 * the work's name ("U2's Joshua Tree") or the name after "by" right after it ("a new book, Brown's
 * Britain by Robert Preston"; past a body and a role: "by Sunday Telegraph journalist Robert
 * Peston"). The maker's first and last tokens.
 */
function workMaker(toks: Token[], spans: Span[], entityTerms: Set<string>): { from: number; to: number; possessive: boolean } | undefined {
  const own = (k: number) => toks[k]?.term != null && entityTerms.has(toks[k]!.term!);
  for (let a = 0; a < toks.length; a++) {
    if (!own(a) || (a > 0 && own(a - 1) && !breaksAfter(toks, a - 1))) continue;
    let b = a;
    // (over a title's little words: "The Woman [in] White")
    const link = (k: number) => TITLE_LINK.test(toks[k]?.text ?? '') && own(k + 1) && !breaksAfter(toks, k);
    while (b + 1 < toks.length && (own(b + 1) || link(b + 1)) && !breaksAfter(toks, b)) b++;
    const run = new Set(toks.slice(a, b + 1).map((t) => t.term));
    if ([...entityTerms].some((t) => !run.has(t))) continue;
    // (past the title's own article: "Andrew Lloyd Webber's [The] Woman in White")
    const pa = a > 1 && /^(The|A|An)$/.test(toks[a - 1]!.text) && !breaksAfter(toks, a - 2) ? a - 2 : a - 1;
    const possessor = toks[pa];
    if (possessor && /['’]s$/.test(possessor.text) && /^[\p{Lu}\d]/u.test(possessor.text) && !breaksAfter(toks, pa)) {
      let from = pa;
      while (from > 0 && !breaksAfter(toks, from - 1) && /^[\p{Lu}\d]/u.test(toks[from - 1]!.text) && !toks[from - 1]!.tags.has('Determiner') && !/['’]s$/.test(toks[from - 1]!.text)) from--;
      return { from, to: pa, possessive: true };
    }
    if (/^\s*,?\s*$/.test(toks[b]!.post) && /^by$/i.test(toks[b + 1]?.text ?? '') && !breaksAfter(toks, b + 1)) {
      const after = spans.filter((sp) => sp.from > b + 1 && sp.from <= b + 1 + BY_AGENT_WORDS && !toks.slice(b + 1, sp.from).some((_, k) => breaksAfter(toks, b + 1 + k)));
      const maker = after.find((sp) => sp.type === 'person') ?? after[0];
      if (!maker) continue;
      // (not on over "and" into the next work: "by The Lanterns and Harbourline's Night Tide")
      const next = toks.findIndex((t, k) => k > maker.from && k < maker.to && /^and$/i.test(t.text) && toks.slice(k + 1, maker.to).some((x) => /['’]s$/.test(x.text)));
      return { from: maker.from, to: next > 0 ? next - 1 : maker.to, possessive: false };
    }
  }
  return undefined;
}
/** How many of a verb's first senses are read for WordNet's creation class, which makes it a verb of making a work ("write", "direct", "produce"). */
const MAKING_SENSES = 4;
/** "make" itself, which questions are not indexed by (a light verb, see question.ts). */
const MAKE = /\b(make|makes|made)\b/i;

/**
 * Whether the name `from`..`to` is listed next to a name of the question's ("Mary Poppins and [The]
 * Woman in White", "Woman in White, Mary Poppins"): joined by a comma or "and"/"or", past a title's
 * article.
 */
function listedWithAsked(toks: Token[], from: number, to: number, entityTerms: Set<string>): boolean {
  const own = (k: number) => toks[k]?.term != null && entityTerms.has(toks[k]!.term!);
  let k = /^(and|or)$/i.test(toks[to + 1]?.text ?? '') && !breaksAfter(toks, to) ? to + 2 : /^,\s*$/.test(toks[to]!.post) ? to + 1 : -1;
  if (k > 0) {
    // (past the next work's maker: "Mary Poppins and [Andrew Lloyd Webber's] The Woman in White")
    let m = k;
    while (m < toks.length && m - k < LISTED_MAKER_WORDS && /^\p{Lu}/u.test(toks[m]!.text) && !/['’]s$/.test(toks[m]!.text) && !breaksAfter(toks, m)) m++;
    if (/['’]s$/.test(toks[m]?.text ?? '') && !breaksAfter(toks, m)) k = m + 1;
    if (/^(The|A|An)$/.test(toks[k]?.text ?? '')) k++;
    if (own(k)) return true;
  }
  const b = from - 1;
  if (b < 1) return false;
  const j = /^(and|or)$/i.test(toks[b]!.text) && !breaksAfter(toks, b - 1) ? b - 1 : /^,\s*$/.test(toks[b]!.post) ? b : -1;
  return j >= 0 && own(j);
}

/** Words of a maker's name read past, in a list, to the work it owns. */
const LISTED_MAKER_WORDS = 4;

/** Little words inside a work's title between its capitalised words ("The Woman in White"). */
const TITLE_LINK = /^(of|in|on|the|and|a|an|for|to|at|with)$/;

const makerAsked = new WeakMap<Question, boolean>();
/** Whether the question asks who made a work: "who" by a verb of making (see workMaker); read once a question. */
function asksMaker(q: Question): boolean {
  let hit = makerAsked.get(q);
  if (hit === undefined) makerAsked.set(q, (hit = (q.kind === 'person' || q.kind === 'organization') && !!q.asksSubject &&
    (MAKE.test(q.text) || q.terms.some((t) => t.role === 'verb' && lexicon().verbClasses(t.text, MAKING_SENSES).includes('verb.creation')))));
  return hit;
}

/**
 * Whether a token is a word for a people, capitalised: "Welsh", "Kenyan" (tagged so), or an
 * adjective WordNet gives a place for ("Romanian", which the tagger may read as part of a name).
 */
function peopleWord(t: Token): boolean {
  const w = t.text.replace(/['’]s?$/u, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
  return t.tags.has('Demonym') || lexicon().pertainyms(w.toLowerCase()).some((n) => lexicon().nounClasses(n, 1)[0] === 'noun.location');
}

/** How well a word for a people answers "What nationality is X?" where the sentence speaks of X by it and a noun for someone ("The Welsh striker has rejected …", "the 27-year-old Austrian said"), X named only before it. */
const PEOPLE_DESCRIBED_FIT = 0.8;
/** Lower-case words (nouns, adjectives, ordinals) read between a word for a people and what it describes: "Norwegian [telecoms company] Telenor". */
const PEOPLE_NOUN_WORDS = 3;
/** A definite article opening a description of someone ("the Welsh striker", "the 34-year-old Dutch midfielder"). */
const DEFINITE = /^the$/i;

/**
 * The words for a people a sentence says of the question's name, for "What nationality is X?":
 * right before it, over a few nouns ("Australian Lynton Crosby", "Norwegian telecoms company
 * Telenor"); before a noun the question gives it ("a Brazilian programmer" for "… the programmer who
 * posted …", "the Welsh striker" for "… striker Craig Bellamy"); or in a definite description of
 * someone where the sentence does not name the question's name, which the sentences before it do
 * ("The Croatian eighth seed booked his place", "The Russian said"; the evidence has checked the
 * name is there). Not one before another name ("Kenyan Susan Chepkemei" for Radcliffe), nor one
 * inside a name ("the Italian Open"), nor an indefinite one of a noun the question does not give
 * ("an Austrian doctor" is someone else).
 */
function peopleSaid(toks: Token[], entityTerms: ReadonlySet<string>, askedNouns: ReadonlySet<string>): Array<{ from: number; at: number; fit: number }> {
  const out: Array<{ from: number; at: number; fit: number }> = [];
  const named = (k: number) => toks[k]!.term !== null && entityTerms.has(toks[k]!.term!) && /^[\p{Lu}\p{N}]/u.test(toks[k]!.text);
  const nameAt = toks.findIndex((_, k) => named(k));
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!peopleWord(t) || (t.term !== null && entityTerms.has(t.term))) continue;
    // ("South African": a capitalised word before it making one word with it, as WordNet has it)
    const before = k > 0 && !breaksAfter(toks, k - 1) ? toks[k - 1]! : undefined;
    const from = before && /^\p{Lu}\p{Ll}+$/u.test(before.text) && lexicon().isDictionaryWord(`${before.text}_${t.text.replace(/['’]s?$/u, '')}`) ? k - 1 : k;
    // (inside a name: a capitalised word before it other than the sentence's first)
    if (from === k && before && k - 1 > 0 && /^\p{Lu}/u.test(before.text)) continue;
    const possessive = /['’]s?$/u.test(t.text);
    let j = k + 1;
    if (!possessive) {
      while (j < toks.length && j - k <= PEOPLE_NOUN_WORDS && !breaksAfter(toks, j - 1) && /^\p{Ll}/u.test(toks[j]!.text) && !toks[j]!.tags.has('Verb') &&
        (toks[j]!.tags.has('Noun') || toks[j]!.tags.has('Adjective') || toks[j]!.tags.has('Ordinal'))) j++;
    }
    const next = !possessive && j < toks.length && !breaksAfter(toks, j - 1) ? toks[j]! : undefined;
    // a name right after: the question's, or someone else's
    if (next && /^\p{Lu}/u.test(next.text)) {
      let end = j;
      while (end + 1 < toks.length && /^\p{Lu}/u.test(toks[end + 1]!.text) && !breaksAfter(toks, end)) end++;
      if (toks.slice(j, end + 1).some((_, x) => named(j + x))) out.push({ from, at: k, fit: 1 });
      continue;
    }
    const nouns = toks.slice(k + 1, j);
    if (nouns.some((n) => n.term !== null && askedNouns.has(n.term))) {
      out.push({ from, at: k, fit: 1 });
      continue;
    }
    // a definite description of someone the sentence does not name (or names just before it: "Bellamy, the Welsh striker")
    // (over an age or a lower-case modifier: "the 27-year-old Austrian", "the former Welsh striker")
    let d = from - 1;
    while (d >= 0 && from - d <= PEOPLE_NOUN_WORDS + 1 && !breaksAfter(toks, d) && (toks[d]!.tags.has('Hyphenated') || (/^\p{Ll}/u.test(toks[d]!.text) && toks[d]!.tags.has('Adjective')))) d--;
    if (d < 0 || !DEFINITE.test(toks[d]!.text)) continue;
    const appositive = nameAt >= 0 && d > 0 && named(d - 1) && breaksAfter(toks, d - 1);
    if (nameAt >= 0 && !appositive) continue;
    const head = nouns.filter((n) => n.tags.has('Noun')).at(-1);
    if (head && !lexicon().nounClasses(lexicon().lemma(head.text.toLowerCase(), 'noun'), ALL_SENSES).some((c) => c === 'noun.person' || c === 'noun.group')) continue;
    out.push({ from, at: k, fit: PEOPLE_DESCRIBED_FIT });
  }
  return out;
}

/** Tags of a capitalised word that is no one's name. */
const OTHER_THAN_PERSON = ['Place', 'Organization', 'Demonym', 'Country', 'City', 'Region', 'Date', 'Month', 'WeekDay'];
/** Sentences back, at most, searched for the one a description speaks of. */
const ANTECEDENT_SENTENCES = 5;

/**
 * Whether a description of someone at token `at` of the sentence ("The 23-year-old has never been
 * beyond round four") speaks of the question's name (its words in `group`): the last person named
 * before it in the sentence, outside quotations ("Bellamy, the Welsh striker"), or else the first
 * named in the nearest of the few sentences before that names someone — its subject ("White was
 * introduced to Conte through her coach Remy Korchemy" then "The 27-year-old believes …": White,
 * not Korchemy) — is that name; where none is named, the article's subject.
 */
function describesAsked(q: Question, group: number, c: Corpus, p: Passage, at: number): boolean {
  const asked = new Set(q.terms.filter((x) => x.group === group && x.role === 'entity').map((x) => x.term));
  // the last (or with `first`, the first) person named before token `to`, outside quotations: true for the question's name, false for another, null for none
  const namedBefore = (toks: Token[], text: string, to: number, first = false): boolean | null => {
    const quotes = quoteSegments(toks, text);
    for (let n = 0; n < to; n++) {
      const i = first ? n : to - 1 - n;
      const t = toks[i]!;
      // (a title is no one's name of its own: "Mr" of "Mr Bannatyne")
      if ((quotes && quotes[i] !== 0) || !/^\p{Lu}/u.test(t.text) || isStopWord(t.text) || COURTESY_TITLE.test(t.text) || TITLE_BEFORE_NAME.test(t.text)) continue;
      if (t.term !== null && asked.has(t.term)) return true;
      // (someone else: a name tagged a person's, or a capitalised word no dictionary has and no tag
      // makes a place's, a body's or a people's: "Hewitt" opening a sentence)
      if (OTHER_THAN_PERSON.some((x) => t.tags.has(x))) continue;
      // (nor a name right after "at", "in", "near" or "outside", a place's: "lost 2-0 at Old Trafford")
      if (placedName(toks, i)) continue;
      if (t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName') || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !lexicon().isDictionaryWord(t.text))) return false;
    }
    return null;
  };
  const own = namedBefore(c.tokens(p), p.text, at);
  if (own !== null) return own;
  const [first] = c.articleRange(p.article);
  for (let id = p.id - 1; id >= first && p.id - id <= ANTECEDENT_SENTENCES; id--) {
    const before = c.passages[id]!;
    const toks = c.tokens(before);
    const named = namedBefore(toks, before.text, toks.length, true);
    if (named !== null) return named;
  }
  return [...asked].some((term) => isSubject(c, p.article, term));
}

/** Whether the capitalised word at `i` is part of a name right after "at", "in", "near" or "outside" ("at Old [Trafford]"): a place's, no one's. */
function placedName(toks: Token[], i: number): boolean {
  let r = i;
  while (r > 0 && /^\p{Lu}/u.test(toks[r - 1]!.text) && !breaksAfter(toks, r - 1)) r--;
  return r > 0 && /^(at|in|near|outside)$/i.test(toks[r - 1]!.text) && !breaksAfter(toks, r - 1);
}

/** {@link peopleSaid} with the question's names and lower-case nouns (read once a question). */
function nationalityWords(q: Question, toks: Token[]): Array<{ from: number; at: number; fit: number }> {
  let asked = peopleAsked.get(q);
  if (!asked) {
    asked = {
      names: new Set(q.terms.filter((t) => t.role === 'entity').map((t) => t.term)),
      nouns: new Set(q.terms.filter((t) => t.role !== 'entity' && t.role !== 'verb' && /^\p{Ll}/u.test(t.text) && !isStopWord(t.text)).map((t) => t.term)),
    };
    peopleAsked.set(q, asked);
  }
  return peopleSaid(toks, asked.names, asked.nouns);
}
const peopleAsked = new WeakMap<Question, { names: Set<string>; nouns: Set<string> }>();

/** The noun asked about (as stemmed) when a question asks for a score: "What was the score …?", "… the final scoreline?". */
const SCORE_HEAD = /^(score|scorelin)$/;
/** How well the score of a win over the side the question says won answers it: the other side's win, another match. */
const LOSER_SCORE_FIT = 0.3;
/** A sentence giving a score. */
const SCORE_IN_TEXT = /(^|[\s(])\d{1,3}[-–]\d{1,3}([\s).,;]|$)/;
/** A score in one word: "4-1", "7-5", "(7-4)". */
const SCORE_WORD = /^\(?\d{1,3}[-–]\d{1,3}\)?$/;

/** The scores a sentence gives, each whole: "18-12", "7-5 6-3", "7-6 (7-4) 6-2" (a match's sets in a row). */
function scoreSpans(toks: Token[]): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < toks.length; i++) {
    // (a tie-break in brackets, "(7-4)", goes with the set before it and opens no score)
    if (!SCORE_WORD.test(toks[i]!.text) || /^\(/.test(toks[i]!.text) || isYearToken(toks[i]!)) continue;
    let j = i;
    while (j + 1 < toks.length && SCORE_WORD.test(toks[j + 1]!.text) && /^[\s()]*$/.test(toks[j]!.post + toks[j + 1]!.pre)) j++;
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

/** Prepositions ending a question that asks which body a person belongs to ("… play for?", "… from?", "… in?"). */
const SIDE_PREPOSITION = /^(for|from|in|with)$/;
/** How much more a body before the role of the question's person ("Everton defender David Weir") answers which body. */
const SIDE_BONUS = 1.5;
/** Words of a role between a body and a person's name ("Brazilian midfielder", "chief executive"). */
const SIDE_ROLE_WORDS = 3;

/** Whether a role (lower-case words, a nationality before them) and then one of the question's names follow the name ending at `to`. */
function roleThenName(toks: Token[], to: number, entityTerms: Set<string>): boolean {
  let k = to + 1;
  if (breaksAfter(toks, to)) return false;
  const start = k;
  while (k < toks.length && k - start < SIDE_ROLE_WORDS && !breaksAfter(toks, k) && (/^\p{Ll}/u.test(toks[k]!.text) ? toks[k]!.tags.has('Noun') || toks[k]!.tags.has('Adjective') : toks[k]!.tags.has('Demonym'))) k++;
  if (k === start || !toks.slice(start, k).some((t) => /^\p{Ll}/u.test(t.text) && t.tags.has('Noun'))) return false;
  return toks[k]?.term != null && entityTerms.has(toks[k]!.term!);
}

/** Words of the noun phrase a name may stand in apposition to ("its former business partner Boeing"). */
const APPOSED_WORDS = 3;
/** A common noun (not a name, a verb or a pronoun): "rival" in "US rival Grey Global" (which the tagger reads as an adjective; WordNet has it as a noun). */
const isApposedNoun = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && !t.tags.has('Pronoun') && !t.tags.has('Verb') &&
  (t.tags.has('Noun') || (t.tags.has('Adjective') && lexicon().senses(lexicon().lemma(t.text.toLowerCase(), 'noun'), 'noun').length > 0));

/**
 * The span starting at `from` is the object of the question's verb, in the active: "The invading
 * Normans replaced [the Anglo-Saxons]", "made [Ralph the Timid] earl of Hereford" say whom it was
 * done to, not who did it.
 */
function objectOf(toks: Token[], from: number, verbTerms: Set<string>): boolean {
  let k = from - 1;
  // "bought [US rival] Grey Global", "sued [its former partner] Boeing": a name after the common
  // noun it stands in apposition to, which is the object
  if (k >= 0 && isApposedNoun(toks[k]!) && !breaksAfter(toks, k)) {
    let words = 1;
    const possessive = (t: Token) => /['’]s?$/.test(t.text) || t.tags.has('Possessive');
    // ("directed the 2002 hit About Schmidt": a year too)
    while (k - 1 >= 0 && words < APPOSED_WORDS && !breaksAfter(toks, k - 1) && !possessive(toks[k - 1]!) && (isApposedNoun(toks[k - 1]!) || toks[k - 1]!.tags.has('Adjective') || /^\p{Lu}/u.test(toks[k - 1]!.text) || /^\d{4}$/.test(toks[k - 1]!.text))) k--, words++;
    k--;
    // "married Edgar's sister Margaret": the object is someone's relative, named; whose is no object
    if (k >= 0 && possessive(toks[k]!) && /^\p{Lu}/u.test(toks[k]!.text)) return false;
  }
  const determined = k >= 0 && (toks[k]!.tags.has('Determiner') || toks[k]!.tags.has('Possessive')) && !breaksAfter(toks, k);
  if (determined) k--;
  const v = toks[k];
  if (!v || breaksAfter(toks, k) || v.term === null || !verbTerms.has(v.term) || !v.tags.has('Verb')) return false;
  // not "starring Paul Giamatti" (who stars), "said analyst Nick Bubb" (who said: a verb of saying
  // goes before its subject, with no determiner: "directed the hit About Schmidt" is done to it),
  // nor a passive
  if (/ing$/i.test(v.text) || (!determined && lexicon().verbClasses(v.text).includes('verb.communication'))) return false;
  return !(k > 0 && PASSIVE_BE.test(toks[k - 1]!.text));
}

/** Whether the question asks for a noun a name of its own owns ("Il Divo's album", "Iran's ambassador"). */
function ownedHeadAsked(q: Question): boolean {
  if (!q.headTerm) return false;
  const head = q.terms.find((t) => t.term === q.headTerm);
  return !!head && new RegExp(`\\p{Lu}[\\p{L}\\p{N}]*['’]s?\\s+(?:\\p{L}+\\s+)?${escapeRegExp(head.text)}\\b`, 'u').test(q.text);
}

/** Letters, at the least, of each word of a shortened name ("Lib Dems"). */
const SHORT_WORD_LETTERS = 3;

/** The question's runs of capitalised words, each word lower-cased less a plural "s" ("Lib Dems" → lib, dem), for {@link shortenedIn}. */
function shortNames(q: Question): string[][] {
  const runs = q.text.slice(1).match(/\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)+/gu) ?? [];
  return runs.map((run) => run.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s$|s$/, '')));
}

/**
 * The name `from`..`to` is one the question gives shortened, word by word ("Lib Dems" for "Liberal
 * Democrats": each word of the question's begins the name's).
 */
function shortenedIn(short: string[][], toks: Token[], from: number, to: number): boolean {
  if (to === from || short.length === 0) return false;
  const words = toks.slice(from, to + 1).map((t) => t.text.toLowerCase());
  return short.some((run) => run.length === words.length && run.every((w, k) => w.length >= SHORT_WORD_LETTERS && words[k]!.startsWith(w)));
}

/** Words back from a second verb to the question's, for {@link objectOfJoinedVerb}. */
const JOINED_VERB_WORDS = 15;

/**
 * The name at `from` is the object of a verb joined by "and" to the question's verb ("he got The
 * Aviator off the ground and signed up Leonardo DiCaprio" for "Who got The Aviator off the
 * ground?"): it is done to, and the subject of both verbs stands before them. (A question with
 * no verb term: its other matched words before the "and" stand for it.)
 */
function objectOfJoinedVerb(toks: Token[], from: number, verbTerms: Set<string>, matched: ReadonlySet<string>): boolean {
  let k = from - 1;
  if (k >= 0 && toks[k]!.tags.has('Determiner') && !breaksAfter(toks, k)) k--;
  if (k >= 0 && toks[k]!.tags.has('Particle') && !breaksAfter(toks, k)) k--; // "signed up"
  const bare = k === from - 1;
  const v = toks[k];
  if (!v || breaksAfter(toks, k) || !v.tags.has('Verb') || v.tags.has('Copula') || v.tags.has('Auxiliary') || /ing$/i.test(v.text)) return false;
  if (v.term !== null && verbTerms.has(v.term)) return false;
  if (bare && lexicon().verbClasses(v.text).includes('verb.communication')) return false; // "and said Mike Newton"
  let a = k - 1;
  while (a >= 0 && toks[a]!.tags.has('Adverb') && !breaksAfter(toks, a)) a--;
  if (a < 1 || toks[a]!.text.toLowerCase() !== 'and' || breaksAfter(toks, a) || breaksAfter(toks, a - 1)) return false;
  for (let m = a - 1; m >= 0 && m >= a - JOINED_VERB_WORDS; m--) {
    if (/[.!?;:]/.test(toks[m]!.post)) return false;
    if (toks[m]!.term !== null && verbTerms.has(toks[m]!.term!) && toks[m]!.tags.has('Verb')) return !(m > 0 && PASSIVE_BE.test(toks[m - 1]!.text));
    // (a question whose verb is too common to index, "Who got X off the ground?": its other words
    // before the "and")
    if (verbTerms.size === 0 && toks[m]!.term !== null && matched.has(toks[m]!.term!)) return true;
  }
  return false;
}

/**
 * The name `from`..`to` opens a clause of its own after ", and", as the subject of another verb
 * than the question's, which the clause before does ("McFly won the best pop act prize, and Gwen
 * Stefani picked up the best female award" for "Who won the prize for best pop act?").
 */
function subjectOfJoinedClause(toks: Token[], from: number, to: number, verbTerms: Set<string>): boolean {
  if (verbTerms.size === 0 || from < 2 || !/^and$/i.test(toks[from - 1]!.text) || !/,/.test(toks[from - 2]!.post)) return false;
  let k = to + 1;
  while (k < toks.length && k - to <= 2 && (toks[k]!.tags.has('Adverb') || toks[k]!.tags.has('Auxiliary')) && !breaksAfter(toks, k - 1)) k++;
  const v = toks[k];
  if (!v || breaksAfter(toks, k - 1) || !v.tags.has('Verb') || v.tags.has('Copula') || (v.term !== null && verbTerms.has(v.term))) return false;
  for (let m = from - 2; m >= 0; m--) {
    if (m < from - 2 && /[.!?;:]/.test(toks[m]!.post)) return false;
    if (toks[m]!.term !== null && verbTerms.has(toks[m]!.term!) && toks[m]!.tags.has('Verb')) return true;
  }
  return false;
}

/** How well a name ending a relative clause answers who did the verb after that clause: hardly. */
const RELATIVE_OBJECT_FIT = 0.2;
/** Words, at most, back from a name to the relative pronoun whose clause it ends ({@link endsRelativeClause}). */
const ENDED_CLAUSE_WORDS = 16;
/**
 * The name `from`..`to` ends a relative clause, the object of its verb, right before the question's
 * verb, whose subject is the noun the clause is of ("The man who … signed up [Leonardo DiCaprio] has
 * been shut out of the race" for "Who has been shut out …?": the man, not DiCaprio).
 */
function endsRelativeClause(toks: Token[], from: number, to: number, verbTerms: Set<string>): boolean {
  if (verbTerms.size === 0) return false;
  let k = to + 1;
  while (k < toks.length && k - to <= 3 && (toks[k]!.tags.has('Adverb') || toks[k]!.tags.has('Auxiliary') || HAVE.test(toks[k]!.text) || PASSIVE_BE.test(toks[k]!.text)) && !breaksAfter(toks, k - 1)) k++;
  const v = toks[k];
  if (!v || k === to + 1 || breaksAfter(toks, k - 1) || v.term === null || !verbTerms.has(v.term) || !v.tags.has('Verb')) return false;
  let verb = false;
  for (let m = from - 1; m > 0 && from - m <= ENDED_CLAUSE_WORDS && !breaksAfter(toks, m); m--) {
    const t = toks[m]!;
    if (/^(who|which|that)$/i.test(t.text)) return verb && toks[m - 1]!.tags.has('Noun') && !breaksAfter(toks, m - 1);
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary')) verb = true;
  }
  return false;
}

/**
 * The name `from`..`to` ends a relative clause set off by commas, right before the question's verb
 * ("Mr Sigarchi, who also edits a newspaper in northern [Iran], was sentenced by a revolutionary
 * court in the Gilan area" for "Where was Sigarchi sentenced?"): the clause says something else of
 * its noun than the question asks.
 */
function endsRelativeAside(toks: Token[], from: number, to: number, verbTerms: Set<string>): boolean {
  if (verbTerms.size === 0 || !/^\s*,\s*$/.test(toks[to]!.post)) return false;
  let k = to + 1;
  while (k < toks.length && k - to <= 3 && (toks[k]!.tags.has('Adverb') || toks[k]!.tags.has('Auxiliary') || HAVE.test(toks[k]!.text) || PASSIVE_BE.test(toks[k]!.text)) && !breaksAfter(toks, k)) k++;
  const v = toks[k];
  if (!v || v.term === null || !verbTerms.has(v.term) || !v.tags.has('Verb')) return false;
  for (let m = from - 1; m > 0 && from - m <= ENDED_CLAUSE_WORDS && !breaksAfter(toks, m); m--) {
    if (/^(who|which)$/i.test(toks[m]!.text)) return /^\s*,\s*$/.test(toks[m - 1]!.post);
  }
  return false;
}

/** Words of the noun phrase an aside opens with before the clause that ends in the question's verb ("the [player] he beat"). */
const APPOSED_NOUN_WORDS = 3;
/** Adverbs and auxiliaries read between that clause's subject and its verb ("he [had already] beaten"). */
const APPOSED_AUX_WORDS = 3;
/**
 * Whether an aside after the name ending at `to` says the question's verb was done to it ("Tommy
 * Haas, the player he beat in the semi-finals", "X, whom he beat"): its object, not who did it.
 */
function apposedAsObject(toks: Token[], to: number, verbTerms: Set<string>): boolean {
  if (verbTerms.size === 0 || !/^\s*,/.test(toks[to]!.post)) return false;
  let k = to + 1;
  if (/^(the|a|an)$/i.test(toks[k]?.text ?? '')) k++;
  const nounFrom = k;
  while (toks[k] && k - nounFrom < APPOSED_NOUN_WORDS && !breaksAfter(toks, k - 1) && (toks[k]!.tags.has('Noun') || toks[k]!.tags.has('Adjective')) && !toks[k]!.tags.has('Pronoun')) k++;
  if (k === nounFrom && k > to + 1) return false;
  if (/^(that|whom|who)$/i.test(toks[k]?.text ?? '') && !breaksAfter(toks, k - 1)) k++;
  else if (k === to + 1) return false;
  const subject = toks[k];
  if (!subject || breaksAfter(toks, k - 1) || !/^(he|she|they|we|i|you)$/i.test(subject.text)) return false;
  k++;
  const subjectAt = k;
  while (toks[k] && k - subjectAt <= APPOSED_AUX_WORDS && (toks[k]!.tags.has('Adverb') || toks[k]!.tags.has('Auxiliary') || HAVE.test(toks[k]!.text)) && !breaksAfter(toks, k - 1)) k++;
  const v = toks[k];
  return !!v && !breaksAfter(toks, k - 1) && v.term !== null && verbTerms.has(v.term) && v.tags.has('Verb');
}

/** Words between a possessive pronoun and the noun it owns ("its [annual] revenue"). */
const OWNED_NOUN_WORDS = 3;
/** Whether a possessive pronoun owns the noun at `k` ("its annual revenue"): a noun of the question's name, said again. */
function pronounOwns(toks: Token[], k: number): boolean {
  for (let m = k - 1; m >= 0 && k - m <= OWNED_NOUN_WORDS && !breaksAfter(toks, m); m--) {
    if (POSSESSIVE_PRONOUN.test(toks[m]!.text)) return true;
    if (!/^\p{Ll}/u.test(toks[m]!.text) || toks[m]!.tags.has('Verb') || toks[m]!.tags.has('Determiner')) return false;
  }
  return false;
}

/** Whether the name ending at `to` modifies a lower-case noun that another name follows ("English Premiership [side] Newcastle United"). */
function nounBeforeName(toks: Token[], to: number): boolean {
  return modifiesNoun(toks, to) && !breaksAfter(toks, to + 1) && /^\p{Lu}/u.test(toks[to + 2]?.text ?? '') && !toks[to + 2]!.tags.has('Determiner') && !toks[to + 2]!.tags.has('Pronoun');
}

/**
 * The span starting at `from` opens the clause the question's verb reports or rules ("the judge
 * rules that [Grokster and Morpheus] are …"): what was ruled, not who ruled.
 */
function inThatClauseOf(toks: Token[], from: number, verbTerms: Set<string>): boolean {
  let k = from - 1;
  if (k >= 0 && toks[k]!.tags.has('Determiner') && toks[k]!.text.toLowerCase() !== 'that' && !breaksAfter(toks, k)) k--;
  if (k < 1 || toks[k]!.text.toLowerCase() !== 'that' || breaksAfter(toks, k - 1)) return false;
  const v = toks[k - 1]!;
  return v.term !== null && verbTerms.has(v.term) && v.tags.has('Verb');
}

/**
 * Whether token `at` stands in a clause the question's verb nearest before it reports: "announce
 * [there will be an election on 5 May]", "said [it would close the plant in March]" — a clause
 * opened by "that", "there", a modal or a pronoun and its verb.
 */
function reportedAfterVerb(toks: Token[], at: number, verbTerms: Set<string>): boolean {
  let v = at - 1;
  while (v >= 0 && !(toks[v]!.term !== null && verbTerms.has(toks[v]!.term!) && toks[v]!.tags.has('Verb'))) v--;
  if (v < 0) return false;
  // (the clause runs on to the date unbroken: not an aside, "suspend the flights - which it says
  // will remain under review - from 27 March")
  let opened = false;
  for (let k = v + 1; k < at; k++) {
    const t = toks[k]!;
    if (t.term !== null && verbTerms.has(t.term)) return false;
    if (breaksAfter(toks, k) || DASH.test(t.post)) opened = false;
    const next = toks[k + 1]!;
    if (k + 1 < at && (next.tags.has('Verb') || next.tags.has('Modal')) && (/^(that|there)$/i.test(t.text) || REPORTED_SUBJECT.test(t.text)) && !breaksAfter(toks, k)) opened = true;
  }
  return opened;
}

/**
 * Whether the date at token `at` follows "of" after a noun it dates ("the Convention on Seafarers'
 * Identity Documents of June 2003", "the crash of 1987"): not a noun of time, whose part of a date
 * the whole is ("the summer of 2004", "the month of May"), nor one the question gives.
 */
function datedNounOf(toks: Token[], at: number, questionTerms: Set<string>): boolean {
  if (at < 2 || !/^of$/i.test(toks[at - 1]!.text) || breaksAfter(toks, at - 2) || breaksAfter(toks, at - 1)) return false;
  const noun = toks[at - 2]!;
  if (!noun.tags.has('Noun') || noun.tags.has('Pronoun') || noun.tags.has('Date') || noun.tags.has('Duration') || noun.tags.has('Value')) return false;
  if (TIME_UNIT.test(noun.text) || SEASON.test(noun.text) || (noun.term !== null && questionTerms.has(noun.term))) return false;
  // (nor a part of a stretch of time: "the second half of 2004", "the rest of March")
  if (PERIOD_PART_NOUN.test(noun.text)) return false;
  const sort = lexicon().nounClasses(noun.text.toLowerCase(), 1)[0];
  return sort !== 'noun.time' && sort !== 'noun.quantity';
}
/** Nouns for a part of a stretch of time, which "of" a date makes part of it. */
const PERIOD_PART_NOUN = /^(half|halves|quarter|part|rest|remainder|middle|bulk|course|end|start|beginning|close|turn)$/i;

/** Words that join a phrase of a verb's -ing form to a clause by time ("after contracting the illness"). */
const TIME_LINK = /^(after|before|since|while|when|until)$/i;
/** A dash between words, which sets an aside off ("the flights - which it says … - from 27 March"). */
const DASH = /^\s+[-–—]\s+$/;
/** Pronouns that open a reported clause as its subject ("said [he would] …"). */
const REPORTED_SUBJECT = /^(he|she|it|they|we|i|you)$/i;

/**
 * Whether the question uses its verb with an object, not with a preposition: "Who stars in
 * Archangel?" asks who stars, which "Archangel stars Daniel Craig" says by its object.
 */
function verbTakesObject(q: Question): boolean {
  const words = q.text.split(/\s+/);
  const prep = /^(in|on|at|for|with|from|to|into|about|as)$/i;
  // "Who did Federer beat in last year's final?": the question word is the object, and the phrase
  // after the verb says where or when; "Who did X work for?" leaves its preposition at the end
  const whObject = OBJECT_ASKED.test(q.text);
  return !words.some((w, i) => {
    const t = normalizeTerm(w.replace(/[^\p{L}'’-]/gu, ''));
    if (t === null || !q.terms.some((x) => x.role === 'verb' && x.term === t) || !prep.test(words[i + 1] ?? '')) return false;
    const after = (words[i + 2] ?? '').replace(/[^\p{L}\p{N}'’-]/gu, '');
    return !(whObject && after !== '' && !prep.test(after));
  });
}

/** Words after the verb within which its object may name the question's name ("married Edgar's sister"). */
const OBJECT_WORDS = 4;

/** Whether the verb after the subject ending at `to` is done to one of the question's names. */
function doneTo(toks: Token[], to: number, entityTerms: Set<string>): boolean {
  let k = to + 1;
  while (k < toks.length && k - to <= 2 && (HAVE.test(toks[k]!.text) || toks[k]!.tags.has('Adverb'))) k++;
  for (let j = k + 1; j < toks.length && j - k <= OBJECT_WORDS; j++) {
    if (toks[j]!.term !== null && entityTerms.has(toks[j]!.term!)) return true;
    if (breaksAfter(toks, j)) break;
  }
  return false;
}

/** A question asking when its name had its verb done to it: "When was X founded?", "when X was founded". */
const PASSIVE_WHEN = /\bwhen\s+(was|were|is|are|has\s+been|have\s+been)\b|\bwhen\b.*\b(was|were|is|are|been)\s+\p{L}+(ed|en)\b/iu;

/**
 * Whether the sentence does the question's verb to another name than the question's, for "When
 * was X founded?": "The MP launched Respect, the Unity Coalition, in January along with … the
 * Muslim Association of Britain" dates Respect's launch (the verb's object, right after it, is a
 * name the question does not give).
 */
function doneToOther(q: Question, toks: Token[], verbTerms: Set<string>, entityTerms: Set<string>): boolean {
  if (!PASSIVE_WHEN.test(q.text) || entityTerms.size === 0) return false;
  for (let k = 0; k + 1 < toks.length; k++) {
    const v = toks[k]!;
    if (v.term === null || !verbTerms.has(v.term) || !v.tags.has('Verb') || (k > 0 && PASSIVE_BE.test(toks[k - 1]!.text)) || breaksAfter(toks, k)) continue;
    let o = k + 1;
    if (toks[o]!.tags.has('Determiner') && !breaksAfter(toks, o)) o++;
    const object = toks[o];
    if (!object || !/^\p{Lu}/u.test(object.text) || !object.tags.has('ProperNoun')) continue;
    if (object.term !== null && entityTerms.has(object.term)) return false;
    return true;
  }
  return false;
}

/** Whether a token is a capitalised word the tagger reads as a proper noun. */
const properName = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && t.tags.has('ProperNoun');

/**
 * Whether the sentence gives the question's verb another name in the slot the question's own name
 * fills: for "Who VERB X?", the verb's object is someone else ("Roddick rallied to beat Sweden's
 * Thomas Enqvist" for "Who beat Agassi?"); for "Who did X VERB?", its subject is ("Saulnier beat the
 * fourth seed Vincent Spadea" for "Who did Haas beat?"). Read at the verb's first active use.
 */
function otherInSlot(q: Question, toks: Token[], verbTerms: Set<string>, entityTerms: Set<string>, objectAsked: boolean, transitiveAsked: boolean): boolean {
  if (entityTerms.size === 0 || !(objectAsked || (q.asksSubject && transitiveAsked))) return false;
  const isEntity = (t: Token | undefined) => !!t && t.term !== null && entityTerms.has(t.term);
  for (let k = 0; k < toks.length; k++) {
    const v = toks[k]!;
    if (v.term === null || !verbTerms.has(v.term) || !(v.tags.has('Verb') || verbAfterName(toks, k)) || (k > 0 && PASSIVE_BE.test(toks[k - 1]!.text))) continue;
    // (a noun for a person's role made from the verb titles the name after it, no verb: "ODPM
    // committee chairman Andrew Bennett" for "Who chairs the ODPM committee?")
    if (!v.tags.has('Verb') && isRoleNoun(v)) continue;
    // a verb of saying goes before its subject ("said analyst Nick Bubb"): its slots are not read so
    if (lexicon().verbClasses(v.text).includes('verb.communication')) return false;
    if (objectAsked) {
      // between people the verb may go both ways: "Lord Tamsin married Ellen Orwen" answers "Who did Ellen Orwen marry?"
      let s = k - 1;
      while (s >= 0 && k - s <= 2 && (HAVE.test(toks[s]!.text) || toks[s]!.tags.has('Adverb'))) s--;
      // …unless it was done to the question's name by one the sentence only calls "they" ("They
      // beat a very tough Everton" for "Who did Everton beat?"): whoever it names, it is not here
      if (s >= 0 && !breaksAfter(toks, s) && toks[s]!.tags.has('Pronoun') && doneTo(toks, k - 1, entityTerms)) return true;
      if (q.kind === 'person' && doneTo(toks, k - 1, entityTerms)) return false;
      if (s < 0 || breaksAfter(toks, s)) return false;
      return !isEntity(toks[s]) && properName(toks[s]) && !toks[s]!.tags.has('Pronoun');
    }
    if (breaksAfter(toks, k)) return false;
    for (let j = k + 1; j < toks.length && j - k <= OBJECT_WORDS; j++) {
      if (isEntity(toks[j])) return false;
      if (breaksAfter(toks, j)) break;
    }
    let o = k + 1;
    if (toks[o]?.tags.has('Determiner') && !breaksAfter(toks, o)) o++;
    // (a role or a word for one of a people before the name: "beat compatriot Kim Clijsters", "beat fellow Russian Svetlana Kuznetsova")
    while (o < toks.length && o - k <= OBJECT_WORDS && /^\p{Ll}/u.test(toks[o]!.text) && (toks[o]!.tags.has('Noun') || toks[o]!.tags.has('Adjective')) && !toks[o]!.tags.has('Verb') && !breaksAfter(toks, o)) o++;
    return properName(toks[o]);
  }
  return false;
}

/** Common nouns read between a name and the name it owns ("Everton [defender] David Weir"). */
const OWNED_ROLE_WORDS = 2;

/**
 * Whether the question's subject leads the name starting at `from`, directly or through a few
 * common nouns ("Everton defender David Weir", "Everton's David Weir", "Everton's new signing X").
 */
function ownedByEntity(toks: Token[], from: number, subject: Set<string>): boolean {
  let k = from - 1;
  while (k >= 0 && from - 1 - k < OWNED_ROLE_WORDS && !breaksAfter(toks, k) && /^\p{Ll}/u.test(toks[k]!.text) && (toks[k]!.tags.has('Noun') || toks[k]!.tags.has('Adjective'))) k--;
  const owner = toks[k];
  return k >= 0 && !breaksAfter(toks, k) && !!owner && owner.term !== null && subject.has(owner.term) && /^\p{Lu}/u.test(owner.text);
}

/** A player's title by the side that capped them, which the tagger reads as an adjective. */
const CAPPED = /^internationals?$/;
/** WordNet's nouns for a building, and how far up a noun's hypernyms ("hospice" → hospital → medical building → building). */
const BUILDING = ['building', 'structure'];
const BUILDING_DEPTH = 6;
/** A question asking for another of the sort it names ("from what other one?"). */
const OTHER_ASKED = /\b(other|another)\b/i;
/**
 * Whether "and" or "or" (and an article) joins the name `from`..`to` to one holding the question's
 * names `asked`, right before it or right after it ("a Golden Globe and a Bafta").
 */
function joinedToAsked(toks: Token[], from: number, to: number, asked: Set<string>): boolean {
  const askedAt = (k: number) => toks[k]?.term != null && asked.has(toks[k]!.term!);
  let b = from - 1;
  if (b >= 0 && /^(a|an|the)$/i.test(toks[b]!.text)) b--;
  if (b > 0 && /^(and|or)$/i.test(toks[b]!.text) && !breaksAfter(toks, b - 1) && askedAt(b - 1)) return true;
  let a = to + 1;
  if (breaksAfter(toks, to) || !/^(and|or)$/i.test(toks[a]?.text ?? '')) return false;
  a++;
  if (/^(a|an|the)$/i.test(toks[a]?.text ?? '')) a++;
  return askedAt(a);
}

/**
 * Whether the amount starting at `i` follows "of" after a noun in lower case other than `head`
 * ("sales of [$5.2bn]"), in a sentence where `head` itself is followed by "of" and an amount ("a
 * profit of $901m").
 */
function amountOfOtherNoun(toks: Token[], i: number, head: string): boolean {
  const noun = toks[i - 2];
  if (i < 2 || !/^of$/i.test(toks[i - 1]!.text) || !noun || breaksAfter(toks, i - 2) || !/^\p{Ll}/u.test(noun.text) || !noun.tags.has('Noun') || noun.term === head) return false;
  return toks.some((t, k) => t.term === head && /^of$/i.test(toks[k + 1]?.text ?? '') && !!toks[k + 2] && isNumber(toks[k + 2]!) && !breaksAfter(toks, k));
}

/**
 * Whether the amount ending at `to` is followed by a noun in lower case other than `head` ("a
 * 684bn yen ($6.4bn) [loss]"), in a sentence where `head` itself follows another amount ("a 331bn
 * yen ($2.7bn) profit"): each amount is its own noun's.
 */
function amountBeforeOtherNoun(toks: Token[], to: number, head: string): boolean {
  const noun = toks[to + 1];
  if (!noun || (breaksAfter(toks, to) && !/^\)\s*$/.test(toks[to]!.post)) || !/^\p{Ll}/u.test(noun.text) || !noun.tags.has('Noun') || noun.tags.has('Preposition') || noun.term === head || noun.term === null) return false;
  return toks.some((t, k) => k > 0 && k !== to + 1 && t.term === head && (isNumber(toks[k - 1]!) || isMoney(toks[k - 1]!) || /\)\s*$/.test(toks[k - 1]!.post)) && !/[,;:]/.test(toks[k - 1]!.post));
}

/** Nouns of owning part of a body, whose "in" names the body ("shares in Cairn Energy", "a stake in Rover"). */
const HELD_IN = /^(shares?|stakes?|holdings?|interests?|investments?)$/i;

/** Whether the name at `from` follows "in" after a noun of owning part of it ("Shares in [Cairn Energy]"). */
function heldIn(toks: Token[], from: number): boolean {
  const at = from > 1 && /^the$/i.test(toks[from - 1]!.text) ? from - 1 : from;
  return at > 1 && /^in$/i.test(toks[at - 1]!.text) && HELD_IN.test(toks[at - 2]!.text) && !breaksAfter(toks, at - 2);
}

/** A year written alone, which the tagger may read as a plain number ("in 2012", "between 1953 and 1956"). */
const BARE_YEAR = /^(19|20)\d\d$/;
/** Words back from a name within which the relative clause it stands in is looked for. */
const RELATIVE_REACH = 25;
/**
 * Whether the name at `from` stands in a relative clause ("…, which …", "…, who …") of a name other
 * than the question's subject, with no word of the subject's between: "Euronext, which operates …
 * Liffe" says what Euronext does, not Deutsche Boerse.
 */
function otherNamesClause(toks: Token[], from: number, subject: Set<string>, asked: Set<string>): boolean {
  for (let k = from - 1; k > 0 && from - k <= RELATIVE_REACH; k--) {
    const t = toks[k]!;
    if (t.term !== null && subject.has(t.term)) return false;
    if (/[.!?;:]/.test(t.post) && !/^\p{Lu}\.?$/u.test(t.text)) return false;
    if (!/^(which|who)$/i.test(t.text)) continue;
    const owner = toks[k - 1]!;
    if (!/^,/.test(owner.post) || !/^\p{Lu}/u.test(owner.text) || !(owner.tags.has('ProperNoun') || owner.tags.has('Organization') || owner.tags.has('Acronym'))) return false;
    // (the owner's name whole, none of its words the question's: "the Wesel-Datteln Canal, which
    // runs parallel to the Lippe" for "What does the Wessel-Datteln canal run parallel to?")
    for (let n = k - 1; n >= 0 && k - 1 - n < RELATIVE_OWNER_WORDS && (n === k - 1 || !breaksAfter(toks, n)) && /^\p{Lu}/u.test(toks[n]!.text); n--) {
      if (toks[n]!.term !== null && (subject.has(toks[n]!.term!) || asked.has(toks[n]!.term!))) return false;
    }
    return true;
  }
  return false;
}
/** Words of the name before "…, which" read for the question's words. */
const RELATIVE_OWNER_WORDS = 5;

/** How much a name titled by a role another name owns still answers a question about the question's own name. */
const OTHER_OWNER_FIT = 0.5;
/** …and, further, one titled by a role another body owns where the question names the role's owner (see {@link roleOwnerTerms}). */
const OTHER_HOLDER_FIT = 0.2;

/**
 * The words of the question's name that owns the role it asks who holds: "the [Bayern Munich]
 * coach", "the chief executive of [American Express]", "[Bayern's] coach"; empty when it names none
 * so ("Which manager was pelted with pizza at Old Trafford?").
 */
function roleOwnerTerms(q: Question): Set<string> {
  let out = roleOwnersRead.get(q);
  if (!out) roleOwnersRead.set(q, (out = readRoleOwners(q)));
  return out;
}
const roleOwnersRead = new WeakMap<Question, Set<string>>();

/** The noun asked about and its synonyms ("manager" for "coach"), read once a question. */
function roleWordsOf(q: Question): Set<string> {
  let out = roleWordsRead.get(q);
  if (!out) roleWordsRead.set(q, (out = withSynonyms(q, 'head')));
  return out;
}
const roleWordsRead = new WeakMap<Question, Set<string>>();

/**
 * Whether the question names whose role it asks about (see {@link roleOwnerTerms}) and `mentioned`
 * (an article's words, by term) holds none of that name. Not for a name with a word as short as an
 * abbreviation may be ("Lib Dem", which the article may give in full).
 */
export function roleOwnerAbsent(q: Question, mentioned: (term: string) => boolean): boolean {
  const owners = [...roleOwnerTerms(q)];
  return owners.length > 0 && owners.every((t) => t.length > SHORT_NAME_MIN) && !owners.some(mentioned);
}

/**
 * Whether the person at `from` holds the role the question asks who holds, by its noun or a synonym,
 * in another body than the one the question names as its owner: "Arsenal manager Arsene Wenger" for
 * "Who is the Bayern Munich coach?", "Fannie Mae chief executive Franklin Raines" for "Who is
 * Lufthansa's chief executive?". False where the question names no owner of the role.
 */
export function roleOfOtherAsked(q: Question, toks: Token[], from: number, questionTerms: Set<string>): boolean {
  if (from === 0 || roleOwnerTerms(q).size === 0) return false;
  const before = toks[from - 1]!;
  if (before.term === null || !roleWordsOf(q).has(before.term)) return false;
  const owner = otherRoleOwner(toks, from, questionTerms, true, undefined, true);
  // (not a people's word the tagger missed, "Turkish striker Nihat Kahveci", nor the question's name
  // in full where it gives a short form: "Liberal Democrat deputy leader" for "Lib Dem")
  if (!owner?.term || lexicon().pertainyms(owner.text.toLowerCase()).length > 0) return false;
  return ![...questionTerms].some((t) => t.length >= SHORT_NAME_MIN && owner.term!.startsWith(t));
}
/** Lower-case words, at most, between the name owning the role asked about and its noun ("chief executive"). */
const ROLE_MODIFIERS = 2;
function readRoleOwners(q: Question): Set<string> {
  const head = q.terms.find((t) => t.role === 'head');
  if (!head || !asksPersonsRole(q)) return new Set();
  const h = escapeRegExp(head.text);
  // (a name of several capitalised words, "of", "and" or "the" between them: "Bank of England")
  const name = `\\p{Lu}[\\p{L}\\p{N}'’.&-]*(?:\\s+(?:(?:of|and|the|&)\\s+)*\\p{Lu}[\\p{L}\\p{N}'’.&-]*)*`;
  // (lower-case words may stand between it and the noun: "Lufthansa's [chief] executive", "Italy's [finance] minister")
  const runs = [new RegExp(`(${name})\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,${ROLE_MODIFIERS}}${h}\\b`, 'u').exec(q.text)?.[1], new RegExp(`\\b${h}\\s+of\\s+(?:the\\s+)?(${name})`, 'u').exec(q.text)?.[1]].filter((r): r is string => !!r);
  return new Set(q.terms.filter((t) => t.role === 'entity' && !t.alias && runs.some((r) => new RegExp(`(?<![\\p{L}])${escapeRegExp(t.text)}(?![\\p{L}])`, 'u').test(r))).map((t) => t.term));
}
/**
 * Whether a role before the name at `from` is owned by a name the question does not give:
 * "Spurs' sporting director Frank Arnesen" for "Who is in charge of Ajax?" is Spurs' man. Where the
 * question owns the role in the possessive (`owners`), a name other than those.
 */
export function roleOfOther(toks: Token[], from: number, questionTerms: Set<string>, roleAsked: boolean, owners?: Set<string>, openingNoun = false): boolean {
  return otherRoleOwner(toks, from, questionTerms, roleAsked, owners, openingNoun) !== null;
}
/** The name owning the role before the name at `from` when {@link roleOfOther} holds, else null. */
function otherRoleOwner(toks: Token[], from: number, questionTerms: Set<string>, roleAsked: boolean, owners?: Set<string>, openingNoun = false): Token | null {
  // (past a courtesy title: "BP chief executive Lord Browne")
  if (from > 0 && courtesyTitle(toks[from - 1]!) && !breaksAfter(toks, from - 1)) from--;
  let k = from - 1;
  while (k >= 0 && from - 1 - k < OWNED_ROLE_WORDS && !breaksAfter(toks, k) && /^\p{Ll}/u.test(toks[k]!.text) && (toks[k]!.tags.has('Noun') || toks[k]!.tags.has('Adjective'))) k--;
  const owner = toks[k];
  if (k < 0 || k === from - 1 || !owner || !/^\p{Lu}/u.test(owner.text)) return null;
  // (a pronoun opening the sentence owns nothing the question does not: "Their daughter Jennifer")
  if (owner.tags.has('Pronoun') || owner.tags.has('Determiner')) return null;
  const possessive = /['’]s?$/.test(owner.text) || /^['’]/.test(owner.post);
  // (or a body's name written before the role, without a possessive: "BP chief executive Lord Browne"
  // for "Who is the chief executive of Shell?")
  // ("Brentford boss Martin Allen": a name the dictionary does not have; not a country's initials,
  // "US rival Grey Global" is a rival from the US, nor a nationality or a person's name)
  const acronym = /^\p{Lu}{2,}$/u.test(owner.text);
  // (with `openingNoun`, also a noun opening the sentence, whose capital says nothing, that the tagger
  // reads as a common one: "Arsenal manager Arsene Wenger claimed …")
  const named = owner.tags.has('Organization') || acronym || owner.tags.has('ProperNoun') || !lexicon().isDictionaryWord(owner.text) || (openingNoun && k === 0 && owner.tags.has('Noun'));
  // (only for a question asking who holds a role: "presented by Little Britain star Matt Lucas")
  const body = roleAsked && !breaksAfter(toks, k) && named && !(acronym && owner.tags.has('Place')) && !['Demonym', 'Person', 'FirstName', 'LastName'].some((g) => owner.tags.has(g));
  // (the question's name, or its short form: "Livi manager Richard Gough" for "… of Livingston")
  // (where the question gives the role's owner in the possessive, that name: "Wales captain Gareth
  // Thomas" for "England's captain against Wales?" is Wales')
  const ours = owners && owners.size > 0 ? owners : questionTerms;
  const own = owner.term !== null && (ours.has(owner.term) || (owner.term.length >= SHORT_NAME_MIN && [...ours].some((t) => t.startsWith(owner.term!))));
  return (possessive || body) && !own ? owner : null;
}
/** Senses of a noun searched for one for people or a group of them ("allies": a group first). */
const PEOPLE_SENSES = 2;
/**
 * Whether the name at `from` follows "of" after a noun for people ("allies of [Mr Blair]", "a friend
 * of [Smith]"), so names whose they are, not who they are (past a courtesy title).
 */
function peopleOf(toks: Token[], from: number): boolean {
  if (from > 0 && courtesyTitle(toks[from - 1]!) && !breaksAfter(toks, from - 1)) from--;
  const noun = toks[from - 2];
  if (!noun || !/^of$/i.test(toks[from - 1]!.text) || breaksAfter(toks, from - 1) || /[,;:]/.test(noun.post) || !/^\p{Ll}/u.test(noun.text) || !noun.tags.has('Noun')) return false;
  return lexicon().nounClasses(lexicon().lemma(noun.text.toLowerCase(), 'noun'), PEOPLE_SENSES).some((c) => c === 'noun.person' || c === 'noun.group');
}
/** The fewest letters a name's short form has ("Livi" for Livingston). */
const SHORT_NAME_MIN = 3;

/**
 * How much more the object of the question's verb answers "Who did X VERB?" than another name of
 * the sentence (as much as the other marks of the slot asked about: the name after the noun asked
 * about, in apposition to the verb's noun).
 */
const OBJECT_BONUS = 1.4;

/** "Who did X marry?", "Which firm has X bought?": the question word is the verb's object (the subject follows "did"). */
const OBJECT_ASKED = /^\W*(who|whom|what|which)\b(\s+\p{Ll}+){0,3}?\s+(did|does|do|will|would|has|have|had|can|could)\s+(?!been\b|be\b)/iu;

/** A question asking about the past, or about a former holder of a role. */
const PAST_ASKED = /\b(former|ex|previous|predecessor|late|was|were|had|did|used to|then|before|until|\w+ed)\b/i;
/** Words before a name that make it a role's past holder. */
const PAST_WORD = /^(former|ex|predecessor|previous)$/i;
/** How much less a past holder of a role answers a question about its present one. */
const PAST_HOLDER = 0.3;
/** How far before a name a past-holder word is looked for (the role's words between). */
const PAST_WINDOW = 5;

/** Whether the words just before the name at `from` ("former Ireland coach", "predecessor as CEO,") say it held a role before. */
function pastHolder(toks: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= PAST_WINDOW; k--) {
    if (PAST_WORD.test(toks[k]!.text)) return true;
    if (/[.;:!?]/.test(toks[k]!.post)) return false;
  }
  return false;
}

/** How much less the holder of another role of the name asked answers (as a past holder does). */
const OTHER_ROLE_HOLDER = PAST_HOLDER;
/** Whether the role's words just before the name at `from` hold one of {@link OTHER_ROLE_WORD} the question does not. */
function otherRoleOfName(toks: Token[], from: number, question: string): boolean {
  for (let k = from - 1; k >= 0 && from - k <= PAST_WINDOW; k--) {
    if (k < from - 1 && breaksAfter(toks, k)) return false;
    const w = toks[k]!.text;
    if (OTHER_ROLE_WORD.test(w)) return !new RegExp(`\\b${w}\\b`, 'i').test(question);
    if (!toks[k]!.tags.has('Noun') && !toks[k]!.tags.has('Adjective')) return false;
  }
  return false;
}

/** Words "as" may have before the role it gives a name ("as [his new] coach"). */
const AS_ROLE_WORDS = 3;
/** Whether "as" right after the name ending at `to` gives it a role the question names: "Dean Goldfine as his new coach". */
function roleAfterAs(toks: Token[], to: number, questionTerms: Set<string>): boolean {
  if (!/^as$/i.test(toks[to + 1]?.text ?? '') || breaksAfter(toks, to)) return false;
  for (let k = to + 2; k < toks.length && k - (to + 1) <= AS_ROLE_WORDS; k++) {
    const t = toks[k]!;
    if (t.tags.has('Noun') && t.term !== null && questionTerms.has(t.term)) return true;
    if (breaksAfter(toks, k) || !(t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Adjective') || t.tags.has('Noun'))) return false;
  }
  return false;
}

/** Words of a role's name the noun asked about may stand before its last ("Board of Directors"). */
const ROLE_NAME_WORDS = 3;

/**
 * Whether the phrase ending at token `end` holds the noun asked about: that word itself, or a short
 * phrase of a role it begins ("Board of Directors") with no break inside.
 */
function headedBy(toks: Token[], end: number, head: string): boolean {
  // (a name after a preposition is its object, "a gaming console with [GPS]"; not after "of",
  // which names the noun: "a demo of Metroid Hunters")
  if (toks[end]?.tags.has('Preposition') && !/^of$/i.test(toks[end]!.text)) return false;
  for (let k = end; k >= 0 && end - k < ROLE_NAME_WORDS; k--) {
    if (k < end && breaksAfter(toks, k)) return false;
    // (but a kin's "of" names whose kin it is: "the eldest daughter of ex-King Michael")
    if (toks[k]!.term === head) return !(k < end && /^of$/i.test(toks[k + 1]!.text) && kinNoun(toks[k]!.text));
  }
  return false;
}

/** Words, at most, from a possessive name to the noun it owns ("Microsoft's [subscription-based broadband] network"). */
const POSSESSED_HEAD_WORDS = 6;
/**
 * Whether the name at `from` follows the noun asked about and a comma, the noun owned by a name of
 * the question's in the possessive: "Microsoft's subscription-based broadband network, [Xbox Live]".
 */
function ownedHeadApposed(toks: Token[], from: number, head: string, entityTerms: ReadonlySet<string>): boolean {
  const noun = toks[from - 1];
  if (!noun || noun.term !== head || !/^\p{Ll}/u.test(noun.text) || !/^,\s*$/.test(noun.post)) return false;
  for (let k = from - 2; k >= 0 && from - 1 - k <= POSSESSED_HEAD_WORDS; k--) {
    if (breaksAfter(toks, k)) return false;
    if (/['’]s?$/.test(toks[k]!.text) && /^\p{Lu}/u.test(toks[k]!.text)) return toks[k]!.term !== null && entityTerms.has(toks[k]!.term!);
  }
  return false;
}

/** Prepositions the tagger may read as adjectives or nouns ("under", "near"), which open no description. */
const LOOSE_PREPOSITION = /^(under|over|near|about|above|below|after|before|since|until|inside|outside|beyond|despite|during|without)$/i;

/** Kinds of noun naming someone by whose kin or friend they are ("daughter", "wife", "friend"). */
const KIN_KINDS = ['relative', 'kin', 'spouse', 'lover', 'parent', 'friend'];

/** How far up WordNet's hypernyms {@link KIN_KINDS} are looked for ("father" → "male parent" → "parent"). */
const KIN_DEPTH = 4;

/** Whether a noun names someone by whose kin they are (its first sense). */
function kinNoun(word: string): boolean {
  return lexicon().isKindOf(word, 'noun', KIN_KINDS, 1, KIN_DEPTH);
}

/** A name after the question's whole title ("Commons leader X") over one after the noun alone ("Tory leader Y"). */
const WHOLE_TITLE_BONUS = 1.3;

/**
 * The name the question puts right before the noun it asks about, as a title's first word ("Commons"
 * in "Who is the Commons leader?"), as an index term; undefined if none.
 */
function askedTitleWord(q: Question): { term: string; between: string[] } | undefined {
  if (!q.headTerm) return undefined;
  const at = q.terms.findIndex((t) => t.role === 'head' && t.term === q.headTerm);
  // (over the words a hyphen joins to the noun: "France" in "Who is the France full-back?")
  let k = at - 1;
  while (k >= 0 && q.terms[k]!.role === 'modifier' && new RegExp(`\\b${escapeRegExp(q.terms[k]!.text)}-`).test(q.text)) k--;
  const before = k >= 0 ? q.terms[k] : undefined;
  if (!before || before.role !== 'entity') return undefined;
  const words = q.terms.slice(k, at + 1).map((t) => escapeRegExp(t.text));
  const whole = `${words[0]}\\s+${words.slice(1).join('-')}`;
  return new RegExp(`(^|\\s)${whole}\\b`).test(q.text) ? { term: before.term, between: q.terms.slice(k + 1, at).map((t) => t.term) } : undefined;
}

/** Whether the question's whole title ({@link askedTitleWord}) ends right before the name at `from`: "France full-back [Pepito Elhorga]". */
function wholeTitleBefore(toks: Token[], from: number, title: { term: string; between: string[] }): boolean {
  const first = from - 2 - title.between.length;
  if (first < 0 || breaksAfter(toks, first)) return false;
  return toks[first]!.term === title.term && title.between.every((t, i) => toks[first + 1 + i]!.term === t);
}

/**
 * The lower-case noun the question puts right before the noun it asks about, as an index term
 * ("press" in "Who was Blair's press secretary?"; not an adjective, "Who is the new manager?");
 * undefined if none.
 */
function askedHeadNoun(q: Question): string | undefined {
  const kind = headKindAsked(q);
  return kind && lexicon().isCommonNoun(kind.text) && lexicon().senses(kind.text, 'adj').length === 0 ? kind.term : undefined;
}
/**
 * Whether the noun asked about at token `head` has a common noun of its own right before it that is
 * not the question's (`noun`), which is nowhere in the words of the role before it: "Home Secretary"
 * for "press secretary".
 */
function otherNounBeforeHead(toks: Token[], head: number, headTerm: string, noun: string): boolean {
  if (toks[head]!.term !== headTerm) return false;
  const before = toks[head - 1];
  if (!before || breaksAfter(toks, head - 1) || before.term === noun) return false;
  // (or an adjective a title gives in capitals, as a noun: "Japanese Foreign Minister" for "Who is
  // Japan's economics minister?"; not a nationality)
  const titled = head > 1 && /^\p{Lu}\p{Ll}/u.test(before.text) && /^\p{Lu}/u.test(toks[head]!.text) && !before.tags.has('Demonym') && lexicon().senses(before.text.toLowerCase(), 'adj').length > 0;
  // (or a verb's "-ing" form making a role of it: "managing director" for "research director"; not
  // "acting", which holds the role asked about for now)
  const making = /^\p{Ll}+ing$/u.test(before.text) && before.text !== 'acting' && lexicon().senses(lexicon().lemma(before.text, 'verb'), 'verb').length > 0;
  if (!titled && !making && (!before.tags.has('Noun') || ['Place', 'Organization', 'Person', 'Possessive', 'Acronym'].some((tag) => before.tags.has(tag)))) return false;
  if (!titled && !making && (/['’]s?$/.test(before.text) || !lexicon().isCommonNoun(before.text))) return false;
  for (let k = head - 2; k >= 0 && head - k <= ROLE_NAME_WORDS && !breaksAfter(toks, k); k--) if (toks[k]!.term === noun) return false;
  return true;
}

/**
 * Whether the noun asked about at token `head` has the question's noun before it (`noun`) but
 * another word before that, where the question has its own: "BBC labour affairs correspondent
 * Stephen Cape" for "Who is the BBC home affairs correspondent?".
 */
function otherWordBeforeHeadNoun(toks: Token[], head: number, q: Question, noun: string): boolean {
  const kind = headKindAsked(q);
  const asked = q.terms.find((t) => t.term === q.headTerm);
  if (!kind || !asked || toks[head]!.term !== q.headTerm || toks[head - 1]?.term !== noun || breaksAfter(toks, head - 1)) return false;
  const own = new RegExp(`(?<![\\p{L}])(\\p{Ll}+)\\s+${escapeRegExp(kind.text)}\\s+${escapeRegExp(asked.text)}\\b`, 'iu').exec(q.text)?.[1];
  const ownTerm = own ? q.terms.find((t) => t.text === own)?.term : undefined;
  const before = toks[head - 2];
  if (!ownTerm || !before || breaksAfter(toks, head - 2) || !/^\p{Ll}+$/u.test(before.text) || before.term === null || before.term === ownTerm) return false;
  if (!lexicon().isCommonNoun(before.text) && lexicon().senses(before.text, 'adj').length === 0) return false;
  return !toks.slice(Math.max(0, head - 1 - ROLE_NAME_WORDS), head - 1).some((t) => t.term === ownTerm);
}

/** A name right before the noun asked about ("the East Kilbride seat") weighs as much as one right after it ("prop Matt Stevens"). */
const NAMES_HEAD_BONUS = 1.4;

/**
 * Whether the name at `from`..`to` stands where the question's own name stands beside the noun
 * asked about: whose `head` it is, not who is it ("Bosses of Deutsche Boerse and the LSE", "Deutsche
 * Boerse bosses", "the LSE's boss" for "Who is the boss of the LSE?").
 */
function ownerOfHead(toks: Token[], from: number, to: number, head: string): boolean {
  if (!breaksAfter(toks, to) && toks[to + 1]?.term === head) return true;
  let k = from - 1;
  if (k >= 0 && /^the$/i.test(toks[k]!.text) && !breaksAfter(toks, k)) k--;
  return k >= 1 && /^of$/i.test(toks[k]!.text) && toks[k - 1]!.term === head && !breaksAfter(toks, k - 1) && !breaksAfter(toks, k);
}

/**
 * How well a person's name answers a "what" with no noun ("What is Iran accused of?"): hardly, for
 * a person is asked for with "who" (no such gold answer on the train and dev splits; "what part
 * is Tom Hanks playing" has a noun).
 */
const BARE_WHAT_PERSON_FIT = 0.2;

/** How much an amount keeps whose phrase after it says it is for something the question does not ask about (see qualifiedOtherwise). */
const OTHER_QUALIFIER_FIT = 0.6;
/** Words of the phrase after an amount that says what it is for ("in its first week", "in total"). */
const QUALIFIER_WORDS = 4;

/** The content words of the phrase after the amount ending at `j` (past the counted noun): "in its first week" → first, week. */
function qualifierAfter(toks: Token[], j: number, head: string | undefined): string[] {
  // (past the same sum in another currency in brackets: "$184m (£95.8m) in total")
  const converted = conversionAfter(toks, j);
  if (converted >= 0 && /^\)\s+$/.test(toks[converted]!.post)) j = converted;
  let k = j + 1;
  if (breaksAfter(toks, j) && j !== converted) return [];
  if (toks[k] && (toks[k]!.term === head || (toks[k]!.tags.has('Noun') && /^\p{Ll}/u.test(toks[k]!.text) && !toks[k]!.tags.has('Preposition')))) {
    if (breaksAfter(toks, k)) return [];
    k++;
  }
  if (!toks[k] || !/^(in|for|during|over|on)$/i.test(toks[k]!.text) || breaksAfter(toks, k)) return [];
  const words: string[] = [];
  for (let m = k + 1; m < toks.length && m - k <= QUALIFIER_WORDS; m++) {
    const t = toks[m]!;
    // (a gerund goes on with it: "of up to £2,500 for [failing] to sign up", beside "£1,000 fine for
    // people who fail to say …")
    if (isNumber(t) || /^(and|or|but)$/i.test(t.text) || (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund'))) break;
    if (t.term !== null && !t.tags.has('Determiner') && !t.tags.has('Pronoun') && !t.tags.has('Possessive')) words.push(t.term);
    if (breaksAfter(toks, m)) break;
  }
  return words;
}

/**
 * Whether the amount ending at `j` is qualified by a phrase holding none of the question's words
 * ("in its first week") while another amount of the sentence is qualified by one holding some ("in total").
 */
function qualifiedOtherwise(toks: Token[], j: number, head: string | undefined, questionTerms: Set<string>): boolean {
  // (a question's word the sentence gives before its amounts names what they are of, not which:
  // "first" of "The first version … sold 420,000 copies in its first week and 2.1 million in total")
  const firstAmount = toks.findIndex((t) => isNumber(t) && !isYearToken(t));
  const before = new Set(toks.slice(0, Math.max(0, firstAmount)).map((t) => t.term));
  const asks = (w: string) => questionTerms.has(w) && !before.has(w);
  const own = qualifierAfter(toks, j, head);
  if (own.length === 0 || own.some(asks)) return false;
  // (each other amount read at its last token: "3.5" of "3.5 million" is not one; one before its
  // conversion in brackets is, "$184m (£95.8m) in total")
  const amountEnds = (k: number) => isNumber(toks[k]!) && (k + 1 >= toks.length || !isNumber(toks[k + 1]!) || /\(\s*$/.test(toks[k + 1]!.pre));
  return toks.some((_, k) => k !== j && amountEnds(k) && qualifierAfter(toks, k, head).some(asks));
}

/**
 * The question's subject before its verb, as nouns in lower case ("How much did US car sales fall?":
 * car, then the head, sales), or null with no verb or no such noun right before it.
 */
function askedSubject(q: Question): { head: string; modifiers: Question['terms'] } | null {
  const v = q.terms.findIndex((t) => t.role === 'verb');
  if (v < 1) return null;
  const run: Question['terms'] = [];
  let end = q.text.indexOf(q.terms[v]!.text);
  for (let k = v - 1; k >= 0; k--) {
    const t = q.terms[k]!;
    const at = q.text.lastIndexOf(t.text, end);
    if (at < 0 || !/^\s+$/.test(q.text.slice(at + t.text.length, end)) || !/^\p{Ll}/u.test(t.text)) break;
    run.unshift(t);
    end = at;
  }
  const head = run.pop();
  return head ? { head: head.term, modifiers: run } : null;
}

/** Words back from an amount its clause's verb is looked for in ("US retail sales [fell] 0.3%"). */
const AMOUNT_VERB_WORDS = 3;
/**
 * Whether the amount at `i` follows the question's verb whose subject has the question's head noun
 * with another noun of kind before it, and without the question's own ("[US retail sales] fell 0.3%"
 * for "How much did US car sales fall?": retail sales, not car sales; a noun may be read as a
 * gerund, "clothing accessory stores").
 */
function otherKindOfSubject(toks: Token[], i: number, asked: { head: string; modifiers: Question['terms'] } | null, verbTerms: Set<string>, questionTerms: Set<string>): boolean {
  if (!asked || asked.modifiers.length === 0) return false;
  let v = -1;
  for (let k = i - 1; k > 0 && i - k <= AMOUNT_VERB_WORDS; k--) {
    if (breaksAfter(toks, k)) return false;
    if (toks[k]!.term !== null && verbTerms.has(toks[k]!.term!) && toks[k]!.tags.has('Verb')) { v = k; break; }
  }
  if (v < 1 || breaksAfter(toks, v - 1) || toks[v - 1]!.term !== asked.head) return false;
  const mods = new Set<string>();
  let other = false;
  for (let k = v - 2; k >= 0 && !breaksAfter(toks, k); k--) {
    const t = toks[k]!;
    if (!/^\p{Ll}/u.test(t.text) || t.term === null || !(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Gerund')) || t.tags.has('Determiner') || t.tags.has('Possessive')) break;
    mods.add(t.term);
    if (!questionTerms.has(t.term)) other = true;
  }
  return other && asked.modifiers.some((m) => !mods.has(m.term) && !m.related.some((r) => r.kind === 'synonym' && mods.has(r.term)));
}

/** Whether a noun for a work in lower case and a title none of the question's follow the name ending at `to` ("Robert de Niro [thriller Hide and Seek]"). */
function ownsOtherWork(toks: Token[], to: number, entityTerms: Set<string>): boolean {
  const noun = toks[to + 1];
  const title = toks[to + 2];
  if (!noun || !title || breaksAfter(toks, to) || breaksAfter(toks, to + 1) || !/^\p{Ll}/u.test(noun.text) || !/^\p{Lu}/u.test(title.text) || /['’]s?$/.test(toks[to]!.text) || !workNoun(noun.text)) return false;
  return !(title.term !== null && entityTerms.has(title.term));
}

/** Words, at most, between an object and "to" before the question's verb (a score: "6-3 6-2"), and between its verb and it ("defending champion"). */
const PURPOSE_WORDS = 4;
/**
 * Whether the name `from`..`to` is the object of a verb in the past other than the question's,
 * before "to" and the question's verb ("swept aside defending champion [Venus Williams] 6-3 6-2 to
 * win"): the infinitive's doer is the first verb's subject.
 */
function objectBeforePurpose(toks: Token[], from: number, to: number, verbTerms: Set<string>): boolean {
  let k = to + 1;
  while (k < toks.length && k - to <= PURPOSE_WORDS && !breaksAfter(toks, k - 1) && /^\d/.test(toks[k]!.text)) k++;
  const v = toks[k + 1];
  if (breaksAfter(toks, k - 1) || !/^to$/i.test(toks[k]?.text ?? '') || !v || v.term === null || !verbTerms.has(v.term) || breaksAfter(toks, k)) return false;
  for (let b = from - 1; b >= 0 && from - b <= PURPOSE_WORDS + 1 && !breaksAfter(toks, b); b--) {
    const t = toks[b]!;
    if (t.tags.has('Verb') && t.tags.has('PastTense') && !t.tags.has('Auxiliary') && t.term !== null && !verbTerms.has(t.term)) return b > 0 && !breaksAfter(toks, b - 1);
    if (!(/^\p{Ll}/u.test(t.text) && (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Determiner') || t.tags.has('Particle') || t.tags.has('Adverb') || t.tags.has('Gerund') || t.tags.has('Preposition')))) return false;
  }
  return false;
}

/** A question asking since what ("… since what?", "Since when …?"). */
const SINCE_ASKED = /\bsince\b/i;
/** Whether the name `from`..`to` follows "since" and no verb follows it, a time ("since Christmas"; not "since Blair came to power"). */
function sinceTime(toks: Token[], from: number, to: number): boolean {
  if (from < 1 || !/^since$/i.test(toks[from - 1]!.text) || breaksAfter(toks, from - 1)) return false;
  const next = toks[to + 1];
  return !next || breaksAfter(toks, to) || !(next.tags.has('Verb') || next.tags.has('Auxiliary')) || next.tags.has('Noun');
}

/** Whether the name at `from` follows a role noun in lower case, none of the question's, and "of" ("the creator of [Buffy …]", "the director of the [Louvre]"). */
function ofRoleNoun(toks: Token[], from: number, questionTerms: Set<string>): boolean {
  let k = from - 1;
  if (k >= 0 && /^the$/i.test(toks[k]!.text) && !breaksAfter(toks, k)) k--;
  const role = toks[k - 1];
  return k >= 1 && !!role && /^of$/i.test(toks[k]!.text) && !breaksAfter(toks, k) && !breaksAfter(toks, k - 1) && /^\p{Ll}/u.test(role.text) && isRoleNoun(role) && !(role.term !== null && questionTerms.has(role.term));
}

/** Words after an amount a relative clause's verb is read within ("[which the French government had predicted]"). */
const AMOUNT_RELATIVE_WORDS = 6;
/** Whether a relative clause right after the amount ending at `j` has a verb of the question's ("the 2.5% which the government had predicted"). */
function relativeOfAsked(toks: Token[], j: number, questionTerms: Set<string>, entityTerms: Set<string>): boolean {
  if (breaksAfter(toks, j) || !/^(which|that)$/i.test(toks[j + 1]?.text ?? '')) return false;
  // (the relative clause's subject may come first: "which [the French government had] predicted")
  for (let k = j + 2; k < toks.length && k - j <= AMOUNT_RELATIVE_WORDS; k++) {
    const t = toks[k]!;
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && t.term !== null && questionTerms.has(t.term) && !entityTerms.has(t.term)) return true;
    if (breaksAfter(toks, k)) return false;
  }
  return false;
}

/** How well a count hyphened to the noun asked about ("60,000-seat") answers how many: as the count right before that noun does. */
const JOINED_COUNT_FIT = 1.2;
/** A count or a size asked ("How many …?", "How big is the GB team …?"). */
const SIZE_ASKED = /\bhow\s+(?:many|big|large)\b/i;
/** Words after an "N-strong" within which the group noun the question names may stand ("a 6,000-strong Entertainment Weekly magazine panel"). */
const STRONG_GROUP_WORDS = 4;

/** How much the noun asked about with the number naming it ("Section 404") weighs over other names of the sentence. */
const NUMBERED_HEAD_BONUS = 1.4;

/** Capitalised words read back from a noun phrase after the question's preposition ("about [Renaissance] art"). */
const NAME_MODIFIER_WORDS = 2;

/** Words between a level and the same level restated after ", or" ("to 4.464 million people, or 10.8%"). */
const RESTATED_WORDS = 4;

/**
 * The word before the amount starting at token `i`, lower-cased, which says whether it is a level
 * ("to", "from") or a step ("by"); for an amount restating the one before it ("rose 7,000 to 4.464
 * million people, or 10.8% of the workforce"), the word before that one.
 */
function levelPreposition(toks: Token[], i: number): string {
  // (over a hedge: "fell from 36 to [just] 21 days")
  if (i > 1 && LEVEL_HEDGE.test(toks[i - 1]!.text) && !breaksAfter(toks, i - 2)) i--;
  const before = i > 0 ? toks[i - 1]!.text.toLowerCase() : '';
  // ("surged 4.9% to a new high of [583p]": the level is after "to", past the peak's words)
  for (let k = Math.max(0, i - 5); k < i - 1; k++) if (/^to$/i.test(toks[k]!.text) && !breaksAfter(toks, k) && peakOfEnd(toks, k + 1) === i) return 'to';
  if (before !== 'or' || i < 2 || !/^,/.test(toks[i - 2]!.post)) return before;
  for (let k = i - 2; k > 0 && i - k <= RESTATED_WORDS; k--) {
    if (isNumber(toks[k]!) && !isNumber(toks[k - 1]!)) return toks[k - 1]!.text.toLowerCase();
  }
  return before;
}

/** How much the level an amount went from ("dropped from 10,276 … to 8,177"), or the step it went by ("raised … by 80,000 … to 84 million"), answers how many or how much there are. */
const FROM_LEVEL_FIT = 0.5;
/** Words after an amount looked through for "to" and the level it went to. */
const LEVEL_TO_WORDS = 8;

/** Whether "to" and an amount follow the amount ending at `j` in its stretch ("from 10,276 cases worth £808m [to 8,177]"). */
function levelTo(toks: Token[], j: number, preposition = 'to'): boolean {
  for (let k = j + 1; k < toks.length && k - j <= LEVEL_TO_WORDS && !breaksAfter(toks, k - 1); k++) {
    if (toks[k]!.text.toLowerCase() !== preposition || breaksAfter(toks, k)) continue;
    const at = toks[k + 1] && LEVEL_HEDGE.test(toks[k + 1]!.text) && !breaksAfter(toks, k + 1) ? k + 2 : peakOfEnd(toks, k + 1);
    if (toks[at] && isNumber(toks[at]!)) return true;
  }
  return false;
}

/** Words that name a level as a peak or a trough before "of" and its amount ("to a new high of 583p"). */
const PEAK_WORD = /^(high|low|peak|trough|record)$/i;
/**
 * Where the amount stands after a level's preposition once a peak's words are passed ("to [a new
 * high of] 583p", "to [a record] 50m"): `k` itself when none stand there.
 */
function peakOfEnd(toks: Token[], k: number): number {
  let m = k;
  if (/^(a|an|the|its|their)$/i.test(toks[m]?.text ?? '') && !breaksAfter(toks, m)) m++;
  while (/^(new|fresh|all-time|record)$/i.test(toks[m]?.text ?? '') && !breaksAfter(toks, m)) m++;
  if (m === k || !PEAK_WORD.test(toks[m - 1]?.text ?? '') && !PEAK_WORD.test(toks[m]?.text ?? '')) return k;
  if (PEAK_WORD.test(toks[m]?.text ?? '') && !/^record$/i.test(toks[m]!.text) && !breaksAfter(toks, m) && /^of$/i.test(toks[m + 1]?.text ?? '') && !breaksAfter(toks, m + 1)) return m + 2;
  return /^record$/i.test(toks[m - 1]?.text ?? '') ? m : k;
}

/** Words that hedge a level between its preposition and the amount ("to [just] 21 days", "from [about] $1.20"). */
const LEVEL_HEDGE = /^(just|only|about|around|nearly|almost|some|roughly|approximately|barely)$/i;

/**
 * A question asking the level an amount had before it changed ("What was the maximum stake
 * before?", "… previously?"): "before" ending it, or a word of earlier times anywhere.
 */
const EARLIER_LEVEL = /\bbefore\s*\?*\s*$|\b(previously|originally|formerly|initially)\b/i;

/** How much an amount given for another year than the question's ("2% in 2004" for "… in 2003?") still answers it. */
const OTHER_PERIOD_FIT = 0.3;
/** Words after an amount read for the year it is given for ("a 31% decline [in 2003]"). */
const AMOUNT_PERIOD_WORDS = 3;
/** Prepositions that give an amount's year: "2% in 2004", "profits for 2003". */
const PERIOD_PREPOSITION = /^(in|during|for)$/i;

/**
 * Whether the amount ending at token `end` is given for a year ("2% in 2004", "a 31% decline in
 * 2003") outside every period `years` asked, or for a month ("1.1% in December") none of the `months`
 * asked, or over a span counted from now when a month is asked ("rise by 1% over the next six months"
 * for "… in February?"); none asked: false. Read up to {@link AMOUNT_PERIOD_WORDS} words on, within
 * the clause and before the next amount.
 */
function amountForOtherPeriod(text: string, toks: Token[], end: number, years: readonly (readonly [number, number])[], months: ReadonlySet<string>): boolean {
  return amountPeriod(text, toks, end, years, months) === 'other';
}

/** Where the period starting at token `k` ends in the text: past a year joined to its word by a hyphen ("in mid-2004", "late-2003"). */
function periodEnd(toks: Token[], k: number): number {
  return toks[k + 1] && /^[-‐]$/.test(toks[k]!.post) ? toks[k + 1]!.end : toks[k]!.end;
}

/**
 * The period the amount ending at token `end` is given for, as amountForOtherPeriod reads it:
 * 'other' for another than the question's, 'asked' for one it asks ("£180,126 in November" for
 * "… in November?"), null for none given or none asked.
 */
function amountPeriod(text: string, toks: Token[], end: number, years: readonly (readonly [number, number])[], months: ReadonlySet<string>): 'other' | 'asked' | null {
  if (years.length === 0 && months.size === 0) return null;
  for (let k = end + 1; k < toks.length && k <= end + AMOUNT_PERIOD_WORDS; k++) {
    if (breaksAfter(toks, k - 1)) return null;
    if (months.size > 0 && /^(over|in|during|for)$/i.test(toks[k]!.text) && /^the$/i.test(toks[k + 1]?.text ?? '') && /^(next|last|past|coming|previous|prior|preceding)$/i.test(toks[k + 2]?.text ?? '') && !breaksAfter(toks, k) && !breaksAfter(toks, k + 1)) return 'other';
    if (PERIOD_PREPOSITION.test(toks[k]!.text) && toks[k + 1] && !breaksAfter(toks, k)) {
      const named = years.length > 0 ? periodsIn(text.slice(toks[k]!.start, periodEnd(toks, k + 1))) : [];
      const otherYear = named.length > 0 && !named.some(([a, b]) => years.some(([x, y]) => a <= y && x <= b));
      const month = MONTH_NAME.test(toks[k + 1]!.text);
      const otherMonth = months.size > 0 && month && !months.has(toks[k + 1]!.text);
      if (otherYear || otherMonth) return 'other';
      return (named.length > 0 && years.length > 0) || (month && months.has(toks[k + 1]!.text)) ? 'asked' : null;
    }
    if (isNumber(toks[k]!)) return null;
  }
  return null;
}

/** The words of a rate after its number ("5 per cent"). */
const PERCENT_WORD = /^(per|cent|percent|%)$/i;

/**
 * The amounts (their last tokens) a sentence gives for a year the question asks about, by a
 * preposition right after them: "compared with [45] in 2003" for "… in 2003?".
 */
function amountsForAskedPeriod(text: string, toks: Token[], years: readonly (readonly [number, number])[]): number[] {
  if (years.length === 0) return [];
  const out: number[] = [];
  for (let j = 0; j + 2 < toks.length; j++) {
    if (!isNumber(toks[j]!) || isYearToken(toks[j]!) || breaksAfter(toks, j) || breaksAfter(toks, j + 1) || !PERIOD_PREPOSITION.test(toks[j + 1]!.text)) continue;
    const named = periodsIn(text.slice(toks[j + 1]!.start, periodEnd(toks, j + 2)));
    if (!named.some(([a, b]) => years.some(([x, y]) => a <= y && x <= b))) continue;
    out.push(j);
    // ("grow [16%] to 250,000 in 2005": the change an amount moved by, before "to" and the level
    // given for the year, is given for that year too)
    if (j > 1 && /^to$/i.test(toks[j - 1]!.text) && !breaksAfter(toks, j - 2) && !breaksAfter(toks, j - 1)) {
      let k = j - 2;
      while (k > 0 && PERCENT_WORD.test(toks[k]!.text) && !breaksAfter(toks, k - 1)) k--;
      if (isNumber(toks[k]!) && !isYearToken(toks[k]!)) out.push(k);
    }
  }
  return out;
}

/** How much more a name right after the question's own title answers "Who is the Lord Chancellor?" than one elsewhere in the sentence. */
const QUESTION_TITLE_BONUS = 1.5;

/** The capitalised words of a question after its first, lower-cased, split at hyphens, without possessives: "Who is the US Treasury Under-Secretary?" → us, treasury, under, secretary. */
function titleWordsOf(question: string): string[] {
  return [...question.matchAll(/\p{Lu}[\p{L}'’]*/gu)].slice(1).map((m) => m[0].replace(/['’]s?$/, '').toLowerCase());
}

/**
 * Whether the question's title words (`asked`, lower-case) all stand right before the name that
 * starts at `from` (at `spanFrom` with its titles): in the same run of capitalised words ("the Lord
 * Chancellor Lord Falconer") or in the run right before a comma ("The Lord Chief Justice, Lord Woolf,").
 */
function titledBy(toks: Token[], spanFrom: number, from: number, asked: string[]): boolean {
  const covers = (a: number, b: number) => asked.length > 0 && asked.every((word) => toks.slice(a, b).some((t) => t.text.replace(/['’]s?$/, '').toLowerCase() === word));
  if (from > spanFrom && covers(spanFrom, from)) return true;
  const k = spanFrom - 1;
  if (k < 0 || !/^,\s*$/.test(toks[k]!.post)) return false;
  let a = k;
  while (a > 0 && /^\p{Lu}/u.test(toks[a - 1]!.text) && !breaksAfter(toks, a - 1)) a--;
  return covers(a, k + 1);
}

/** How much a person, a place or a body still answers a question asking for a state ("What injury …?"): hardly. */
const STATE_NAME_FIT = 0.2;

/** How much the one a passive verb makes the best of the noun asked about beats names nearer that noun. */
const AWARDED_BONUS = 1.4;
/** Verbs that make their passive subject the winner of a title ("named best film", "voted best new play"). */
const AWARDED = /^(named|voted|crowned|declared)$/i;
/**
 * Whether the name ending at `to` is the subject of a passive verb that makes it the best of the noun
 * asked about ("The History Boys by Alan Bennett has been named best new play" for "Which play was
 * named best new play?"): one of that noun, whatever the tagger took the name for. A short "by"
 * phrase may stand between.
 */
function namedAsHead(toks: Token[], to: number, head: string): boolean {
  let k = to + 1;
  if (/^by$/i.test(toks[k]?.text ?? '') && !breaksAfter(toks, to)) {
    k++;
    while (k < toks.length && k - to <= 4 && /^\p{Lu}/u.test(toks[k]!.text) && !breaksAfter(toks, k)) k++;
  }
  while (k < toks.length && k - to <= 8 && /^(has|have|had|been|was|were|is|are|be)$/i.test(toks[k]!.text)) k++;
  if (k === to + 1 || !AWARDED.test(toks[k]?.text ?? '') || breaksAfter(toks, k - 1)) return false;
  for (let h = k + 1; h < toks.length && h - k <= 4 && !breaksAfter(toks, h - 1); h++) if (toks[h]!.term === head) return true;
  return false;
}

/** How well a place and the noun for a body after it ("a Dallas court") answer which body: as a name the tagger could not type. */
const PLACE_BODY_FIT = 0.8;
/** Forms of "be" and "have" for a plural subject. */
const PLURAL_VERB = /^(have|are|were)$/;

/** How much a work's title ("his album [Egypt]") still answers who, which body or where, and a person's name which work: hardly. */
const WORK_TITLE_FIT = 0.2;

/** How well a nationality standing for its people ("the French") answers who: as a plural name the tagger could not type. */
const PEOPLE_FIT = 0.35;

/** How well a plural noun before a name describes it ("start-up [companies] Gizmondo and Tapwave"): below a thing's fit, so that other passages are read. */
const PLURAL_TITLE_FIT = 0.5;

/** Words of the question's between its verb and "at" a place in a chart ("entered [the chart] at number three"). */
const RANK_OBJECT_WORDS = 4;

/** Lower-case words of a role between a place and the name whose origin it gives ("Manchester [rock band] Doves"). */
const ORIGIN_ROLE_WORDS = 3;

/**
 * Whether the words `from`..`to` are each an adjective for a people, a nation or a faith (one
 * WordNet relates to a noun, "British" to Britain, "Muslim" to Islam, with no first sense as a
 * noun other than a person), and a noun in lower case follows them.
 */
function peopleWordsBefore(toks: Token[], from: number, to: number): boolean {
  const next = toks[to + 1];
  if (!next || breaksAfter(toks, to) || !/^\p{Ll}/u.test(next.text) || !next.tags.has('Noun')) return false;
  return toks.slice(from, to + 1).every((t) => {
    const w = t.text.toLowerCase();
    const cls = lexicon().nounClasses(w, 1)[0];
    return /^\p{Lu}/u.test(t.text) && lexicon().pertainyms(w).length > 0 && (cls === undefined || cls === 'noun.person');
  });
}

const groupHeads = new WeakMap<Question, boolean>();
/** Whether WordNet first files the noun asked about as a group ("club", "team"), worked out once per question. */
function groupHeadAsked(q: Question): boolean {
  let g = groupHeads.get(q);
  if (g === undefined) {
    g = q.headTerm !== undefined && lexicon().nounClasses(q.terms.find((t) => t.term === q.headTerm)?.text.toLowerCase() ?? '', 1)[0] === 'noun.group';
    groupHeads.set(q, g);
  }
  return g;
}

const countryHeads = new WeakMap<Question, boolean>();
/** Whether the noun a place is asked by (`head`) is a word for a country in WordNet ("country", "nation"), worked out once per question. */
function countryHeadAsked(q: Question, head: string): boolean {
  let c = countryHeads.get(q);
  if (c === undefined) {
    c = lexicon().isKindOf(head, 'noun', COUNTRY_KIND, COUNTRY_HEAD_SENSES, COUNTRY_HEAD_DEPTH);
    countryHeads.set(q, c);
  }
  return c;
}

/** Lower-case words after a name up to the noun for the body it names ("Sal Oppenheim [investment bank]"). */
const BODY_NOUN_WORDS = 2;
/** WordNet senses of that noun looked at: "bank" is a group in its second. */
const BODY_NOUN_SENSES = 2;

/**
 * Whether lower-case words after the name ending at `to` end in a noun WordNet files as a group in
 * one of its first {@link BODY_NOUN_SENSES} senses ("investment bank", "law firm"), after which the
 * sentence breaks or goes on to a verb or preposition: the name is that body's.
 */
function bodyNounAfter(toks: Token[], to: number): boolean {
  for (let k = to + 1; k < toks.length && k - to <= BODY_NOUN_WORDS; k++) {
    const t = toks[k]!;
    if (!/^\p{Ll}/u.test(t.text) || !t.tags.has('Noun') || breaksAfter(toks, k - 1)) return false;
    const next = toks[k + 1];
    if (lexicon().nounClasses(t.text, BODY_NOUN_SENSES).includes('noun.group') && !t.tags.has('Plural') && (breaksAfter(toks, k) || !next || next.tags.has('Verb') || next.tags.has('Preposition'))) return true;
  }
  return false;
}

/** The end of a second length "by" joins to the measure ending at `to` ("12cm [by 7.4cm]", "12 cm [by 7 cm]"), or `to` when none does. */
function byMeasureEnd(toks: Token[], to: number): number {
  const withUnit = (t: Token | undefined) => !!t && UNIT_ATTACHED.test(t.text) && isNumber(t);
  const unitAt = (k: number) => MEASURE_UNIT.test(toks[k]?.text ?? '');
  const measured = withUnit(toks[to]) || unitAt(to);
  if (!measured || breaksAfter(toks, to) || !/^by$/i.test(toks[to + 1]?.text ?? '') || breaksAfter(toks, to + 1) || !toks[to + 2] || !isNumber(toks[to + 2]!)) return to;
  if (withUnit(toks[to + 2])) return to + 2;
  return !breaksAfter(toks, to + 2) && unitAt(to + 3) ? to + 3 : to;
}

/**
 * Whether the count ending at `j` counts the noun asked about only as far as a relative clause after
 * it picks them out by a verb the question does not have ("two London Assembly members [who
 * defected]"): some of them, not all.
 */
function countsSubset(toks: Token[], j: number, head: string, matched: ReadonlySet<string>): boolean {
  let m = j + 1;
  while (m < toks.length && m - j <= COUNTED_NOUN_WORDS && toks[m]!.term !== head && !breaksAfter(toks, m - 1)) m++;
  if (toks[m]?.term !== head || breaksAfter(toks, m - 1) || breaksAfter(toks, m) || !/^(who|which|that)$/i.test(toks[m + 1]?.text ?? '')) return false;
  let v = m + 2;
  while (v < toks.length && v - m <= 3 && (toks[v]!.tags.has('Adverb') || HAVE.test(toks[v]!.text) || toks[v]!.tags.has('Auxiliary')) && !breaksAfter(toks, v - 1)) v++;
  const verb = toks[v];
  return !!verb && !breaksAfter(toks, v - 1) && verb.tags.has('Verb') && verb.term !== null && !matched.has(verb.term);
}

/** Whether the number ending at `j` opens an age written with hyphens ("the 21-year-old"). */
function hyphenatedAge(toks: Token[], j: number): boolean {
  return toks[j + 1]?.post === '-' && /^old$/i.test(toks[j + 2]?.text ?? '');
}

/** A comma and a word for part of a region between a place and the larger one it is in ("Welshpool[, mid ]Wales"). */
const REGION_PART = /^,\s*(?:mid|north|south|east|west|northern|southern|eastern|western|central)\s+$/i;

/** How well a span of a given type answers a question of a given kind (0..1). */
function fitOf(kind: AnswerKind, span: Span, toks: Token[], headed = true): number {
  // Name-like: words the dictionary does not know ("Kashian"); capitalised common words ("Treasury")
  // are more often bodies than people.
  const unknownWords = toks.filter((t) => !lexicon().isDictionaryWord(t.text)).length / toks.length;
  switch (kind) {
    case 'person':
      return span.type === 'person' ? 1 : span.type === 'name' ? 0.35 + 0.5 * unknownWords : span.type === 'organization' ? 0.3 : 0.05;
    case 'organization':
      // (a place's name with a word of its own no place's, "Atletico Madrid", "Japan Telecom", is as
      // often a side's or a firm's, named for its town or country)
      return span.type === 'organization' ? 1 : span.type === 'name' ? 0.8 : span.type === 'person' ? 0.2 : span.type === 'place' ? (placeNamedBody(toks) ? PLACE_NAMED_BODY_FIT : 0.25) : 0;
    case 'place':
      return span.type === 'place' ? 1 : span.type === 'name' ? 0.45 : span.type === 'organization' ? 0.3 : 0.05;
    case 'name':
      return span.type === 'demonym' ? 0 : 1;
    case 'thing':
      return span.type === 'demonym' ? 0 : span.type === 'person' && !headed ? BARE_WHAT_PERSON_FIT : 0.7;
    default:
      return 0;
  }
}


/** How well a place's name with a word no place's answers "Which club/firm …?" (a body's name 1, a bare name 0.8, a place's 0.25). */
const PLACE_NAMED_BODY_FIT = 0.6;
/**
 * Whether a name typed a place's holds, beside a place's word, a capitalised word the tagger gives
 * no place tag and the dictionary does not know as a place ("Atletico Madrid", "Japan Telecom"; not
 * "New York", "Buenos Aires").
 */
function placeNamedBody(toks: Token[]): boolean {
  const placeWord = (t: Token) => PLACE_TAGS.some((g) => t.tags.has(g));
  return toks.length > 1 && toks.some(placeWord) && toks.some((t) => /^\p{Lu}/u.test(t.text) && !placeWord(t) && lexicon().nounClasses(t.text.toLowerCase(), 1)[0] !== 'noun.location');
}

/** How well a noun phrase ending in the noun asked about answers "What X …?" ("thigh injury"): better than a name (0.7). */
const HEAD_SORT_FIT = 0.9;
/** Words before a place another place is said to be by ("in Marcoussis, near Paris"). */
const NEAR = /^(near|outside)$/;
/** How much a place another is said to be near still answers "where" (less than the place itself). */
const NEAR_FIT = 0.4;
/** The initials of a name's capitalised words, hyphenated parts each ("High-Speed Downlink …" → "HSD…"). */
function initialsOf(toks: Token[]): string {
  return toks.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text.split(/[-‐]/).map((w) => w[0] ?? '').join('')).join('').toUpperCase();
}

/** Whether token `k` is the initials, in brackets, of the name right before them ("the International Tennis Federation (ITF)"). */
function bracketedInitials(toks: Token[], k: number): boolean {
  if (k < 1 || !/^\p{Lu}{2,}$/u.test(toks[k]!.text) || !/\(\s*$/.test(toks[k - 1]!.post + toks[k]!.pre)) return false;
  let a = k - 1;
  while (a > 0 && (/^\p{Lu}/u.test(toks[a - 1]!.text) || /^(of|the|and|for)$/.test(toks[a - 1]!.text)) && !breaksAfter(toks, a - 1)) a--;
  return initialsOf(toks.slice(a, k)) === toks[k]!.text;
}

/** A question asking what a name is named after ("Who is Piero named after?"). */
const NAMED_AFTER = /\bnamed\s+(after|for)\b/i;
/** Lower-case nouns for a band that title its name ("Rock band Keane"). */
const PERFORMERS = /^(band|act|duo|trio|quartet|quintet|rockers|ensemble)$/;
/** A question asking "who". */
const WHO_ASKED = /^\W*who\b/i;
/** How well a person right after the noun asked about answers "Who is X's [publisher]?", where the noun is first a body's: as a body does. */
const TITLED_PERSON_FIT = 1;
/** How much a count given as the size of the group a question asks about ("a squad of 31") beats one of the noun asked about. */
const GROUP_SIZE_BONUS = 1.2;
/**
 * The noun of the group a question with no verb of its own puts what it counts in, as an index term
 * ("squad" in "How many players are in Sale's squad?", "crowd" in "How many fans were in the
 * crowd?"); undefined if none.
 */
function groupOfCount(q: Question): string | undefined {
  const m = /\b(?:in|on)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:\p{Lu}[\p{L}.-]*(?:['’]s?)?\s+|\p{Ll}[\p{L}.-]*['’]s?\s+)?(\p{Ll}+)\s*\??\s*$/u.exec(q.text);
  return m ? q.terms.find((t) => t.role !== 'head' && t.role !== 'entity' && t.text === m[1])?.term : undefined;
}
/** A question asking "which" (one by name). */
const WHICH = /\bwhich\b/i;

/** Words between an age written "N-year-old" and the name it is of ("the 30-year-old Wales centre Henson"). */
const AGE_NAME_GAP = 4;
/** Words before "in" or "for" read for a first or a superlative ("the first time in", "the first match between the pair for"). */
const SINCE_FIRST_WORDS = 5;
/** How much a length of time after "the first time in" still answers "how long". */
const SINCE_FIRST_FIT = 0.2;
/** Nouns (as stemmed) that ask for a share of a whole: "what percentage", "what proportion", "what share", "the jobless rate". */
const SHARE_HEAD = /^(percentag|percent|proport|share|fraction|rate)$/;
/** How well a rate an amount moved by ("down 3.7%") answers a question asking for a share, not a change. */
const CHANGE_SHARE_FIT = 0.5;
/** Whether a token is a verb of rising or falling ("rose", "fell"), which a rate after it (or after "by") is the move of. */
const movedBy = (t: Token): boolean => t.term !== null && (RISE_TERM.test(t.term) || FALL_TERM.test(t.term));
/** How well a percentage or a fraction answers a question asking for a share (as a count right before the noun counted). */
const SHARE_FIT = 1.5;
/** How much "the N-year-old" still fits in a sentence that names the question's person only further off. */
const OTHER_AGE_FIT = 0.3;
/**
 * Ages given "at" events in a sentence ("became an MP at [27] and Leader of the Opposition at [36]"):
 * each age's position and where the words of its event begin (after the event's verb, or after the
 * age before it).
 */
function agesAtEvents(toks: Token[]): Array<{ from: number; at: number }> {
  const out: Array<{ from: number; at: number }> = [];
  toks.forEach((t, k) => {
    if (k < 2 || !/^at$/i.test(toks[k - 1]!.text) || !/^\d{1,3}$/.test(t.text) || !markedAsAge(toks, k, k)) return;
    let from = k - 1;
    const last = out[out.length - 1];
    if (last) from = last.at + 1;
    else for (let m = k - 2; m >= 0 && !breaksAfter(toks, m); m--) if (toks[m]!.tags.has('Verb')) { from = m + 1; break; }
    out.push({ from, at: k });
  });
  return out;
}
/** An age at an event ("became an MP at 27") for a question asking how old someone is: below an age given as it is now, still an answer when none is. */
const EVENT_AGE_FIT = 0.7;
/** How well the level an amount reached ("rose … to 2.4bn euros") answers by how much it changed. */
const LEVEL_FIT = 0.3;
/** How much more an amount after "by" ("cut by £5m") answers by how much something changed. */
const STEP_BONUS = 1.3;

function surface(sentence: string, toks: Token[], from: number, to: number): string {
  const [start, end] = signedAndJoined(sentence, toks, from, to, quotedStart(toks, from, to), toks[to]!.end);
  return withoutPossessive(sentence.slice(start, spanEnd(sentence, start, end)).replace(/\s+/g, ' ').trim(), toks, from, to);
}

function keyOf(kind: AnswerKind, text: string, type?: SpanType): string {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').split(/\s+/).filter(Boolean);
  if ((kind === 'person' || type === 'person') && words.length > 1) return words[words.length - 1]!;
  return words.join(' ');
}

/** How much more an example of the noun asked about answers "What kind of X …?" than a modified X. */
const SORT_EXAMPLE_BONUS = 1.3;

/** The word after "how many" ("How many MPs …?" → "MPs"), or null when the question does not ask how many. */
function countedWord(q: Question): string | null {
  if (q.kind !== 'number') return null;
  return /\bhow\s+many\s+([\p{L}-]+)/iu.exec(q.text)?.[1] ?? null;
}

/** How well a percentage or a sum answers "how many X", which asks for a count of X. */
const PERCENT_COUNT_FIT = 0.3;

/** Whether a number (tokens `i`..`j`) is a share: "one-fifth", "one of six" (not "two out of 10"). */
function isFraction(toks: Token[], i: number, j: number): boolean {
  for (let k = i + 1; k <= j; k++) if ((toks[k]!.text.toLowerCase() === 'of' && toks[k - 1]!.tags.has('Cardinal')) || (toks[k - 1]!.post === '-' && FRACTION.test(toks[k]!.text))) return true;
  // ("a quarter", "one third")
  if (j === i + 1 && /^(a|an|one)$/i.test(toks[i]!.text) && FRACTION.test(toks[j]!.text)) return true;
  const next = toks[j + 1];
  return !!next && !breaksAfter(toks, j) && next.tags.has('Fraction') && next.tags.has('Ordinal');
}

/** How much more an amount after the question's own preposition answers ("at $50.88" for "At what price …?"). */
const AMOUNT_PREPOSITION_BONUS = 1.5;

/** How well an amount said to be more or less than another ("£1,000 cheaper than") answers what the amount is. */
const DIFFERENCE_FIT = 0.2;

/** A unit of time or measure, written out or short ("years", "yrs", "km"). */
const isUnit = (word: string): boolean => TIME_UNIT.test(word) || TIME_UNIT_WORD.test(word) || MEASURE_UNIT.test(word);

/** Adjectives read past between a number and its unit ("47 continuous years"). */
const COUNT_ADJECTIVES = 2;

/**
 * Whether a number measures time or size rather than counting what the question counts
 * (`counted`): "47 continuous years" for "How many MPs …?" (a unit right after it, past a few
 * adjectives).
 */
function countsOther(toks: Token[], j: number, counted: string): boolean {
  // "how many yrs": the question counts a unit itself
  if (isUnit(counted)) return false;
  let k = j + 1;
  for (let n = 0; n < COUNT_ADJECTIVES && toks[k] && !breaksAfter(toks, k - 1) && toks[k]!.tags.has('Adjective') && !toks[k]!.tags.has('Noun'); n++) k++;
  const t = toks[k];
  return !!t && !breaksAfter(toks, k - 1) && (TIME_UNIT.test(t.text) || MEASURE_UNIT.test(t.text));
}

/** Kinds of answer that count or measure the noun asked about, which must then stand in the sentence ("40 castles" is no count of vineyards). */
const COUNTED_KINDS: ReadonlySet<AnswerKind> = new Set(['number', 'money', 'measure', 'duration', 'age']);

/** Words of what a thing is of that join its noun phrase, at most ("transmission of [interstate threats]"). */
const OF_PHRASE_WORDS = 4;

/** How much more a place given with the larger place it is in ("Park City, Utah") answers "where" than either alone. */
const PLACE_CHAIN_BONUS = 1.1;
/** How much more the place the question's own place is said to be in ("Belle Vue in Manchester") answers "where": as an object named by its verb. */
const OWN_PLACE_BONUS = 1.4;

/** How much a name or date that modifies the noun after it keeps ("an Iranian company", "Iran's", "January's Australian Open"). */
const MODIFIER_FIT = 0.3;
/** How well a name of no known type right after "in" or "at" ("in Edgware") answers "who": it is most often a place. */
const IN_NAME_PERSON_FIT = 0.3;

/** How much a span keeps inside a quotation that holds none of the question's words (see quotedAsides in candidates.ts). */
const QUOTED_ASIDE_FIT = 0.3;

/**
 * How much a span the sentence sets aside keeps ("Firms in Western Europe - but not the UK - are
 * lacking confidence", "all airlines except Ryanair"): what it excepts is what the sentence does not
 * say of it. A question that asks about an exception ("Which country is not …?") keeps it whole.
 */
const EXCEPTED_FIT = 0.2;
/** Words that set aside what follows them ("but not", "except", "excluding", "other than"). */
const EXCEPTING = /^(except|excluding|bar)$/i;

/** Whether the span from `from` is set aside: "- but not [the UK]", ", not [Ryanair]", "except [Ryanair]". */
function excepted(toks: Token[], from: number): boolean {
  let k = from - 1;
  if (k >= 0 && toks[k]!.tags.has('Determiner') && !breaksAfter(toks, k)) k--;
  if (k < 0 || breaksAfter(toks, k)) return false;
  const w = toks[k]!.text;
  if (EXCEPTING.test(w)) return true;
  if (/^than$/i.test(w)) return k > 0 && /^other$/i.test(toks[k - 1]!.text) && !breaksAfter(toks, k - 1);
  if (!/^not$/i.test(w)) return false;
  // ("but not", or "not" right after a comma or a dash: not "did not join the EU")
  return k > 0 && (/^but$/i.test(toks[k - 1]!.text) ? !breaksAfter(toks, k - 1) : BREAK.test(toks[k - 1]!.post));
}
/** A question that asks about an exception or a denial: "Which firms were not …?", "… except …?". */
const ASKS_EXCEPTION = /(not|n't|never|except|excluding|other than)/i;
/** Whether the name at `from` follows "such as" after the noun `head` ("new entrants [,] such as Amazon"). */
function exampleOf(toks: Token[], from: number, head: string): boolean {
  return from > 2 && /^as$/i.test(toks[from - 1]!.text) && /^such$/i.test(toks[from - 2]!.text) && !breaksAfter(toks, from - 2) && !breaksAfter(toks, from - 1) &&
    toks[from - 3]!.term === head && !/[;:.!?()]/.test(toks[from - 3]!.post);
}

/** Single quotation marks, straight or curly. */
const SINGLE_QUOTE = /^['‘’]/;
/**
 * Like quoteSegments, for single quotation marks: one typed before a word opens a quotation, one
 * right after a later word (within NAMED_QUOTE_WORDS) closes it; a lone apostrophe after a plural
 * ("the players' union") opens none. Null where none is found.
 */
function singleQuoteSegments(toks: Token[]): number[] | null {
  let out: number[] | null = null;
  let seg = 0;
  for (let i = 0; i < toks.length; i++) {
    if (!/['‘]$/.test(toks[i]!.pre)) continue;
    for (let e = i; e < toks.length && e - i < NAMED_QUOTE_WORDS; e++) {
      if (e > i && /['‘]$/.test(toks[e]!.pre)) break;
      if (!SINGLE_QUOTE.test(toks[e]!.post)) continue;
      out ??= new Array<number>(toks.length).fill(0);
      seg++;
      for (let k = i; k <= e; k++) out[k] = seg;
      i = e;
      break;
    }
  }
  return out;
}

/** A question asking whose something is. */
const WHOSE = /^\W*whose\b/i;

/** How much a name given another day or month than the question's still answers it. */
const OTHER_DAY_FIT = 0.3;
/**
 * Whether the name ending at `to` is given a day or month ("X on Thursdays", "Y in March") other
 * than the question's, which the sentence gives to another of its names.
 */
function otherDayAfter(toks: Token[], to: number, questionTerms: Set<string>): boolean {
  let k = to + 1;
  if (breaksAfter(toks, to) || !/^(on|in|every|from|until)$/i.test(toks[k]?.text ?? '')) return false;
  if (/^every$/i.test(toks[k + 1]?.text ?? '') && !breaksAfter(toks, k)) k++;
  const day = toks[k + 1];
  if (!day || breaksAfter(toks, k) || !isCalendarWord(day) || (day.term !== null && questionTerms.has(day.term))) return false;
  const sameClass = (t: Token) => (t.tags.has('WeekDay') && day.tags.has('WeekDay')) || (t.tags.has('Month') && day.tags.has('Month'));
  return toks.some((t) => t.term !== null && questionTerms.has(t.term) && isCalendarWord(t) && sameClass(t));
}

/**
 * The question's names written as hyphenated halves ("Douglas-Westwood"): the terms of each half,
 * with the terms of its whole name.
 */
function hyphenatedNameParts(q: Question): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of q.text.matchAll(/\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)+/gu)) {
    const parts = new Set(m[0].split('-').map((w) => normalizeTerm(w)).filter((t): t is string => !!t));
    for (const t of parts) out.set(t, parts);
  }
  return out;
}

/** Whether a term written with an apostrophe ("o'driscol") is one whose halves are all among the question's names (`asked`: "o", "driscol"). */
function halvesAsked(term: string, asked: Set<string>): boolean {
  const halves = term.split(/['’]/);
  return halves.length > 1 && halves.every((h) => asked.has(h));
}

/**
 * Whether token `k`, a half of a hyphenated name the question gives, stands in that name: joined
 * by a hyphen, or next to its other half ("Cross Country" for "Cross-Country").
 */
function inHyphenatedName(toks: Token[], k: number, parts: Set<string>): boolean {
  if (toks[k]!.post === '-' || (k > 0 && toks[k - 1]!.post === '-')) return true;
  const other = (j: number) => j >= 0 && j < toks.length && toks[j]!.term !== null && toks[j]!.term !== toks[k]!.term && parts.has(toks[j]!.term!);
  return other(k - 1) || other(k + 1);
}

/** A question asking how fast, and the units of a speed. */
/** Adjectives a length is given by ("300 km long", "40 km wide"). */
const DIMENSION = /^(long|wide|tall|high|deep|thick|broad)$/;
/** "How wide …?", "How deep …?": the dimension a measure is asked in. */
const DIMENSION_ASKED = /\bhow (long|wide|tall|high|deep|thick|broad)\b/i;
const SPEED_ASKED = /\bhow\s+(?:fast|quick(?:ly)?)\b/i;
const SPEED_UNIT = /(?:mph|kph|km\/h|m\/h|\/s|knots?|(?:per|an?)\s+(?:hour|second)|[kmg]bps)\b/i;
/** Units of length or weight. */
const LENGTH_OR_WEIGHT = /\d\s*(?:km|m|cm|mm|kg|g|ft|in)\b|\b(?:metres?|meters?|feet|foot|inches|inch|yards?|miles?|kilograms?|grams?|tonnes?|tons?|pounds?|lbs?)\b/i;
/** How much a measurement in units of another quantity keeps ("1.3m" for "How fast …?"). */
const OTHER_QUANTITY_FIT = 0.3;

/** A number with its unit written on ("1.3m", "4.2ft", "3.7m/h"). */
/** A distance in metres with its unit written on ("400m", "5,000m"); "1.1m" and "16m" are millions. */
const METRES = /^[1-9]\d{0,2}(,\d{3})+m$|^[1-9]\d{2,}m$/i;
/** Whether the number at `k` reads as metres: "5,000m" before a singular noun ("record"), not "100m users" nor a sentence's last "100m". */
function metresBefore(toks: Token[], k: number): boolean {
  const n = toks[k + 1];
  return METRES.test(toks[k]!.text) && !!n && !breaksAfter(toks, k) && n.tags.has('Noun') && !n.tags.has('Plural') && /^\p{Ll}/u.test(n.text);
}
const UNIT_ATTACHED = /^\d[\d,.]*\s*(km|m|cm|mm|kg|g|mph|kph|km\/h|m\/h|ft|in|°[CF]?)$/i;

/**
 * The last token of the same measurement in other units in brackets right after the one ending at
 * token `j` ("1.3m [(4.2ft)]", "40 km [(25 miles)]"); `j` when none follows.
 */
function measureConversionAfter(text: string, toks: Token[], j: number): number {
  const first = toks[j + 1];
  if (!first || !/^\s*\($/.test(text.slice(toks[j]!.end, first.start))) return j;
  const closes = (k: number) => /^\)/.test(text.slice(toks[k]!.end));
  if (UNIT_ATTACHED.test(first.text) && closes(j + 1)) return j + 1;
  const unit = toks[j + 2];
  if (isNumber(first) && unit && /^\s+$/.test(text.slice(first.end, unit.start)) && MEASURE_UNIT.test(unit.text) && closes(j + 2)) return j + 2;
  return j;
}

/** Places in an order in words, first included. */
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth';
/** A place in an order, first included ("third", "12th", "1st"). */
const ORDER_PLACE = new RegExp(`^(${ORDINAL_WORDS}|\\d*(?:1st|2nd|3rd|[04-9]th|1[1-3]th))$`, 'i');
/** Titles a person holds "of" a place ("Duchess of Cornwall", "Bishop of London"), after "HRH" or not. */
const TITLE_OF_PLACE = /^(duke|duchess|earl|countess|marquess|viscount|baron|baroness|archbishop|bishop|mayor)$/i;

/** Whether the name from `from` to `to` is a title of a place ("HRH Duchess of Cornwall"), a person's. */
function titleOfPlace(toks: Token[], from: number, to: number): boolean {
  const k = /^HRH$/.test(toks[from]!.text) ? from + 1 : from;
  return k < to && TITLE_OF_PLACE.test(toks[k]!.text) && /^of$/i.test(toks[k + 1]?.text ?? '');
}

/** Words back from an age after "was" that a "when" opening its clause may be ("when McFadden was two"). */
const WHEN_AGE_SPAN = 6;
/** Nouns asked about by "Which …?" counted within something ("his 17th turn at the helm", "the third round"), which only an ordinal before the noun answers. */
const COUNTED_WITHIN = /^(turn|round)$/;
/** How well an ordinal before a name ("the 15th British Comedy Awards") answers "Which edition …?", against one before the noun asked about ("36th anniversary"). */
const ORDINAL_NAME_FIT = 0.8;
/** Nouns a place in an order may name ("third place", "12th position", "the 13th seed"). */
const RANK_NOUN = /^(place|position|spot|seed)$/i;
/** How much more a chart place right after the question's verb and "at" answers where than a name the sentence gives ("debuted at number four"). */
const RANK_PLACE_BONUS = 1.3;
/** The word before a ranking's number ("world number 46", "No 1"). */
const RANK_NUMBER = /^(number|no\.?)$/i;
/** Whether token `k` opens a ranking's number: "number" and a small number in digits or words ("number 46", "number four"). */
function rankNumberAt(toks: Token[], k: number): boolean {
  const n = toks[k + 1];
  return RANK_NUMBER.test(toks[k]!.text) && !!n && !breaksAfter(toks, k) && (/^\d{1,3}$/.test(n.text) || (isNumber(n) && /^\p{Ll}/u.test(n.text)));
}
/** A place in an order the question asks about ("Who came third?"; not "first" or "last", which questions use loosely). */
const RANK_ORDINAL = /^(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d*(?:2nd|3rd|[04-9]th|1[1-3]th))$/i;
/** A place in an order, the winner's too ("first"), as {@link otherRankClauses} reads other places. */
const ANY_RANK = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d*(?:1st|2nd|3rd|[04-9]th|1[1-3]th))$/i;
/**
 * For a question asking by a place in an order ("Which album was fifth …?"), a test of whether the
 * token at `k` stands in a clause (see clauses) that gives another place and not the question's,
 * where another clause gives the question's; null when no clause does, or the question gives none.
 */
function otherRankClauses(toks: Token[], q: Question): ((k: number) => boolean) | null {
  const asked = q.terms.find((t) => t.role !== 'entity' && RANK_ORDINAL.test(t.text))?.text.toLowerCase();
  if (!asked || !toks.some((t) => t.text.toLowerCase() === asked)) return null;
  const clauseOf = clauses(toks);
  if ((clauseOf[clauseOf.length - 1] ?? 0) === 0) return null;
  const own = new Set<number>();
  const other = new Set<number>();
  toks.forEach((t, k) => {
    const w = t.text.toLowerCase();
    if (w === asked) own.add(clauseOf[k]!);
    else if (ANY_RANK.test(w)) other.add(clauseOf[k]!);
  });
  return (k) => other.has(clauseOf[k]!) && !own.has(clauseOf[k]!);
}
/** A medal or place short of winning. */
const LESSER_MEDAL = /\b(silver|bronze|runners?-up|second|third)\b/i;
/** Words, at most, between a name and "won" a lesser medal after it ("Thanou, 29, won silver"). */
const MEDAL_WORDS = 4;

/** Whether the name ending at `end` won a lesser medal, a verb of winning after it taking "silver" or "bronze". */
function wonLesserMedal(toks: Token[], end: number): boolean {
  for (let k = end + 1; k < toks.length && k - end <= MEDAL_WORDS; k++) {
    if (/[;.]\s*$/.test(toks[k - 1]!.post)) return false;
    if (toks[k]!.term === WIN_TERM) return /^(silver|bronze)$/i.test(toks[k + 1]?.text ?? '') || (/^(a|the)$/i.test(toks[k + 1]?.text ?? '') && /^(silver|bronze)$/i.test(toks[k + 2]?.text ?? ''));
  }
  return false;
}

/** Works asked for by name or title that no body or place is: a film, a show, a song, a book. */
const NAMED_WORK_KINDS = [...PERFORMED_WORK_KINDS, 'publication', 'writing'];

/** A length, weight or speed written as one word, its number and its unit ("4km", "9.2km", "100m"). */
const MEASURE_WORD = /^(\d+(?:\.\d+)?)(km|m|k|mph|kph|kg|cm|mm)$/i;

/**
 * Whether the sentence gives another measure in the unit of the question's own, and not the
 * question's: "won the 9.2km race" for "Who won the 4km race?" is about another race.
 */
function otherMeasure(q: Question, toks: Token[]): boolean {
  for (const t of q.terms) {
    const m = MEASURE_WORD.exec(t.text);
    if (!m) continue;
    const unit = m[2]!.toLowerCase();
    const same = (x: Token) => MEASURE_WORD.exec(x.text);
    if (toks.some((x) => { const n = same(x); return !!n && n[2]!.toLowerCase() === unit && Number(n[1]) === Number(m[1]); })) return false;
    if (toks.some((x) => { const n = same(x); return !!n && n[2]!.toLowerCase() === unit; })) return true;
  }
  return false;
}

/** Words, at most, read before a name for the question's words describing the noun asked about. */
const DESCRIBED_WORDS = 4;

/**
 * Whether two or more of the question's words before the noun "which" asks about stand right
 * before the name at `from`, a noun of the sentence's last: "Heathrow anti-noise campaigners [HACAN
 * Clearskies]" for "Which Heathrow anti-noise group …?".
 */
function describedBefore(toks: Token[], from: number, q: Question): boolean {
  if (!q.headTerm || from < 2) return false;
  const last = toks[from - 1]!;
  if (breaksAfter(toks, from - 1) || !/^\p{Ll}/u.test(last.text) || !last.tags.has('Noun')) return false;
  const described = describingTerms(q);
  if (described.size === 0 || described.has(last.term ?? '')) return false;
  const seen = new Set<string>();
  for (let k = from - 2; k >= 0 && from - k <= DESCRIBED_WORDS + 1 && !breaksAfter(toks, k); k--) {
    const term = toks[k]!.term;
    if (term !== null && described.has(term)) seen.add(term);
  }
  // (or all of them, before the noun asked about itself: "pop band Busted" for "Which pop band …?",
  // not "his new band Fightstar")
  return seen.size >= 2 || (last.term === q.headTerm && seen.size === described.size);
}

/** The question's words before the noun "which" asks about (see describedBefore), once per question. */
const describing = new WeakMap<Question, ReadonlySet<string>>();
function describingTerms(q: Question): ReadonlySet<string> {
  let out = describing.get(q);
  if (!out) {
    const head = q.terms.find((t) => t.term === q.headTerm);
    const headAt = head && WHICH.test(q.text) ? q.text.search(new RegExp(`\\b${escapeRegExp(head.text)}\\b`)) : -1;
    out = new Set(headAt < 0 ? [] : q.terms.filter((t) => t.role !== 'verb' && t.role !== 'head' && q.text.indexOf(t.text) >= 0 && q.text.indexOf(t.text) < headAt).map((t) => t.term));
    describing.set(q, out);
  }
  return out;
}

/** How much a name listed after "other" and the noun asked about keeps (see listedAsOther). */
const OTHER_LISTED_FIT = 0.5;
/** Words, at most, between "other" and its noun and the name listed after them. */
const OTHER_LIST_WORDS = 12;

/** Whether the name at `from` comes in a list after "other" and the noun asked about ("five other barristers - X, Y"). */
function listedAsOther(toks: Token[], from: number, head: string): boolean {
  for (let k = from - 1; k > 0 && from - k <= OTHER_LIST_WORDS; k--) {
    if (/[;.]\s*$/.test(toks[k]!.post) && k < from - 1) return false;
    if (toks[k]!.term !== head) continue;
    const other = /^other$/i.test(toks[k - 1]!.text) ? k - 1 : k > 1 && /^other$/i.test(toks[k - 2]!.text) && toks[k - 1]!.tags.has('Adjective') ? k - 2 : -1;
    return other >= 0;
  }
  return false;
}

/** Nouns for a woman or a girl: "actress", "wife", "chairwoman". */
const FEMALE_NOUN = /^(\p{Ll}+(?:ress|resses)|\p{Ll}*wom[ae]n|wife|wives|mother|mothers|sister|sisters|daughter|daughters|queen|queens|girl|girls|lady|ladies|girlfriend|girlfriends|princess|princesses|duchess|countess|empress|heiress|widow|widows|niece|aunt|grandmother|mum|nun)$/u;
/** Nouns for a man or a boy: "husband", "king". */
const MALE_NOUN = /^(husband|husbands|king|kings|father|fathers|son|sons|brother|brothers|boy|boys|boyfriend|prince|princes|duke|emperor|widower|nephew|uncle|grandfather|dad|monk|monks)$/u;
/** How much a person whose given name is of the other sex than the noun asked about keeps. */
const OTHER_SEX_FIT = 0.2;

/** Words for both sexes joined ("male and female", "men's and women's"). */
const BOTH_SEXES = /\b(?:male|men(?:['’]s)?|female|women(?:['’]s)?)\s+(?:and|or|&)\s+(?:male|men(?:['’]s)?|female|women(?:['’]s)?)\b/i;
/** A word for a sex before a noun ("male athlete", "women's race", "woman athlete"). */
const SEX_BEFORE_NOUN = /\b(male|female|m[ae]n(?:['’]s)?|wom[ae]n(?:['’]s)?|boys['’]?|girls['’]?)\s+(\p{Ll}+)/giu;

/**
 * Whether the sentence gives the question's noun with the other sex's word before it: "voted …
 * woman athlete of 2004" for "Who was voted European male athlete of 2004?" is another category.
 */
function otherSexCategory(q: Question, text: string): boolean {
  const sexOf = (w: string) => (/^(male|m[ae]n|boy)/i.test(w) ? 'male' : 'female');
  const asked = [...q.text.matchAll(SEX_BEFORE_NOUN)].map((m) => [sexOf(m[1]!), normalizeTerm(m[2]!)] as const);
  // (not both: "best male and female film actor")
  if (asked.length === 0 || BOTH_SEXES.test(text)) return false;
  for (const m of text.matchAll(SEX_BEFORE_NOUN)) {
    const noun = normalizeTerm(m[2]!);
    const sex = sexOf(m[1]!);
    if (asked.some(([s, n]) => n === noun && s !== sex) && !asked.some(([s, n]) => n === noun && s === sex)) return true;
  }
  return false;
}

/** The sex a noun for a person says ("actress": female; "husband": male), or null. */
function sexOfNoun(word: string): 'female' | 'male' | null {
  const w = word.toLowerCase();
  // (not a word of "-ress" that is no woman: "address", "progress", "congress", "press")
  if (FEMALE_NOUN.test(w) && !/(?:dress|gress|press|ness)(?:es)?$/.test(w)) return 'female';
  return MALE_NOUN.test(w) ? 'male' : null;
}

/** Words that say a contest is women's or men's ("the Australian Open women's title"). */
const WOMENS_EVENT = /\b(women['’]?s|ladies['’]?)\s/i;
const MENS_EVENT = /\b(?<!wo)men['’]?s\s/i;

/**
 * The sex of those who contest the event a "Who …?" question asks about ("Who won the Australian
 * Open women's title?": female), or null; not where it asks who holds a role, which anyone may hold
 * for a women's side ("Who is the England women's coach?").
 */
function contestedBy(q: Question): 'female' | 'male' | null {
  let out = contested.get(q);
  if (out === undefined) {
    const women = WOMENS_EVENT.test(q.text);
    const men = MENS_EVENT.test(q.text);
    out = asksPersonsRole(q) || women === men ? null : women ? 'female' : 'male';
    contested.set(q, out);
  }
  return out;
}
const contested = new WeakMap<Question, 'female' | 'male' | null>();

/** The question's superlatives and nouns (see otherCategory), once per question. */
const categories = new WeakMap<Question, ReadonlyArray<readonly [string, string]>>();
/** A superlative that, with the noun after it, names a category ("best actor", "top scorer"). */
const CATEGORY_SUPERLATIVE = /\b(best|worst|top)\s+(\p{Ll}+)\b/giu;

/**
 * Whether the sentence names only another category than the question's, a word of its own inside
 * the question's superlative and noun: "favourite for best [supporting] actor" for "Who is the
 * favourite for the best actor Oscar?".
 */
function otherCategory(q: Question, toks: Token[], questionTerms: ReadonlySet<string>): boolean {
  let pairs = categories.get(q);
  if (!pairs) {
    pairs = [...q.text.matchAll(CATEGORY_SUPERLATIVE)].flatMap((m) => { const noun = normalizeTerm(m[2]!); return noun ? [[m[1]!.toLowerCase(), noun] as const] : []; });
    categories.set(q, pairs);
  }
  for (const [sup, noun] of pairs) {
    let inserted = false;
    for (let k = 0; k + 1 < toks.length; k++) {
      if (toks[k]!.text.toLowerCase() !== sup || breaksAfter(toks, k)) continue;
      if (toks[k + 1]!.term === noun) return false;
      const x = toks[k + 1]!;
      if (toks[k + 2]?.term === noun && !breaksAfter(toks, k + 1) && /^\p{Ll}+$/u.test(x.text) && (x.term === null || !questionTerms.has(x.term))) inserted = true;
    }
    if (inserted) return true;
  }
  return false;
}

/** How much a sentence without the question's place in an order (or with another measure or category than its own) still answers it. */
const MISSING_RANK_FIT = 0.3;

/** Words a list of counts with its noun once may run to ("100 Muslim, 100 Evangelical Christian and 50 Jewish schools"). */
const COUNT_LIST_WORDS = 14;
/**
 * Whether the count `i`..`j` stands in a list of counts whose noun, the one asked about, is given
 * once after the last ("about 100 Muslim, 100 Evangelical Christian and 50 Jewish schools"), and
 * counts it: its own words hold the question's, or no count's do.
 */
function listedCount(toks: Token[], i: number, j: number, head: string, questionTerms: Set<string>): boolean {
  // (a name, an adjective or a noun, as the tagger or WordNet reads it: "90 state [schools]")
  const modifierWord = (t: Token) => /^\p{Lu}/u.test(t.text) || t.tags.has('Adjective') || t.tags.has('Noun') || lexicon().nounClasses(t.text, 1).length > 0;
  // the list's counts, each with the words up to the next count or the noun
  let start = i;
  // (back over earlier counts and their words, to the first)
  while (start > 0 && i - start < COUNT_LIST_WORDS && !/[.;:]/.test(toks[start - 1]!.post)) {
    const t = toks[start - 1]!;
    if (!(isNumber(t) || /^(and|or)$/i.test(t.text) || modifierWord(t))) break;
    start--;
  }
  while (start < i && !isNumber(toks[start]!)) start++;
  const counts: Array<{ from: number; words: Token[] }> = [];
  let k = start;
  let headAt = -1;
  while (k < toks.length && k - start <= COUNT_LIST_WORDS) {
    if (!isNumber(toks[k]!)) return false;
    const from = k;
    while (k + 1 < toks.length && isNumber(toks[k + 1]!) && !breaksAfter(toks, k)) k++;
    const words: Token[] = [];
    k++;
    while (k < toks.length && !isNumber(toks[k]!) && toks[k]!.term !== head && !/^(and|or)$/i.test(toks[k]!.text) && modifierWord(toks[k]!)) {
      words.push(toks[k]!);
      if (breaksAfter(toks, k)) { k++; break; }
      k++;
    }
    // (a plural is the count's own noun: "six Iranians, one Iranian-owned company")
    if (words.some((t) => t.tags.has('Plural'))) return false;
    counts.push({ from, words });
    if (toks[k]?.term === head) { headAt = k; break; }
    if (/^(and|or)$/i.test(toks[k]?.text ?? '')) k++;
    if (words.length === 0) return false;
  }
  if (headAt < 0 || counts.length < 2) return false;
  const mine = counts.find((c) => c.from <= i && i <= c.from + (j - i));
  const asks = (c: { words: Token[] }) => c.words.some((t) => t.term !== null && questionTerms.has(t.term));
  return !!mine && (asks(mine) || !counts.some(asks));
}

/**
 * Where the sentence speaks of someone by a definite description giving an age ("The 25-year-old
 * shocked Pete Sampras", "said the 20-year-old"), before no name ("the 30-year-old Wales centre
 * Henson" names whose age it is): the token of its "the", or -1.
 */
function ageDescribed(toks: Token[]): number {
  for (let j = 1; j < toks.length; j++) {
    if (!DEFINITE.test(toks[j - 1]!.text) || breaksAfter(toks, j - 1)) continue;
    // (the age's last token: "old" of "20" "year" "old", or the whole "20-year-old" kept as one word)
    const end = /^\d{1,3}$/.test(toks[j]!.text) && hyphenatedAge(toks, j) ? j + 2 : ONE_WORD_AGE.test(toks[j]!.text) ? j : -1;
    if (end >= 0 && !ageOfNameAfter(toks, end, [])) return j - 1;
  }
  return -1;
}

/** Words of a role between an age and the name it is of ("18-year-old [Newcastle] centre Mathew Tait"). */
const AGE_ROLE_WORDS = 3;
/**
 * Whether the age at `k` ("18-year-old") stands before the name of another than the question's,
 * after at most a few words of a role: "Newcastle's 18-year-old centre Mathew Tait" (not a word for
 * a people, "the 34-year-old American", nor a place before a noun, "the 35-year-old Cobh runner").
 */
function ageOfNameAfter(toks: Token[], k: number, namedAt: number[]): boolean {
  let j = k + 1;
  while (j < toks.length && j - k <= AGE_ROLE_WORDS && !breaksAfter(toks, j - 1) && /^\p{Ll}/u.test(toks[j]!.text) && toks[j]!.tags.has('Noun')) j++;
  const nameAt = (at: number) => {
    const name = toks[at];
    return !!name && !breaksAfter(toks, at - 1) && /^\p{Lu}/u.test(name.text) && (name.tags.has('Person') || name.tags.has('ProperNoun')) && !namedAt.includes(at);
  };
  // (a word for a people is no one's name: "The 34-year-old American, seeded eighth, …")
  if (!nameAt(j) || toks[j]!.tags.has('Demonym')) return false;
  // (nor are capitalised words before a lower-case noun, which they modify: "the 35-year-old Cobh
  // runner"; a name after that noun is someone's: "the 18-year-old Newcastle centre Mathew Tait")
  let e = j;
  while (e + 1 < toks.length && !breaksAfter(toks, e) && /^\p{Lu}/u.test(toks[e + 1]!.text)) e++;
  const lowerNoun = (at: number) => !!toks[at] && !breaksAfter(toks, at - 1) && /^\p{Ll}/u.test(toks[at]!.text) && toks[at]!.tags.has('Noun') && !toks[at]!.tags.has('Verb');
  if (!lowerNoun(e + 1)) return true;
  let f = e + 1;
  while (f < toks.length && f - e <= AGE_ROLE_WORDS && lowerNoun(f)) f++;
  return nameAt(f);
}

/** How well a sort of the noun asked about fits "What kind of X …?": as a noun phrase fits "what" (0.6), and a little more, for it names X. */
const SORT_FIT = 0.7;

function candidatesIn(q: Question, ev: Evidence, toks: Token[], questionTerms: Set<string>, misspelt: Set<string>): Candidate[] {
  const text = ev.passage.text;
  const out: Candidate[] = [];
  const entityTerms = new Set([...q.terms.filter((t) => t.role === 'entity').map((t) => t.term), ...misspelt]);
  // (the question's names in the possessive: "Josh Groban's" of "What is Josh Groban's album?")
  const possessiveOwners = new Set(q.terms.filter((t) => t.role === 'entity' && /['’]s?$/.test(t.text)).map((t) => t.term));
  // (and a name right before the noun asked about, whose that is: "Which [Razorlight] album …?")
  const headOwners = new Set(q.terms.filter((t, k) => t.role === 'entity' && q.terms[k + 1]?.role === 'head' && q.text.includes(`${t.text} ${q.terms[k + 1]!.text}`)).map((t) => t.term));
  const roleOwners = roleOwnerTerms(q);
  const ownerInSentence = roleOwners.size > 0 && toks.some((t) => t.term !== null && roleOwners.has(t.term));
  const hyphenParts = hyphenatedNameParts(q);
  // (a noun for a person that one of the question's names owns, other than the noun asked about:
  // "father" of "Who used to come to Brown's father's church?"; not one modifying that noun, "the
  // Three Gorges Dam's sister dam")
  const ownedPersons = new Set(q.terms.filter((t, k) => k > 0 && t.role === 'other' && possessiveOwners.has(q.terms[k - 1]!.term) && /^\p{Ll}/u.test(t.text) &&
    q.text.includes(`${q.terms[k - 1]!.text} ${t.text}`) && q.terms[k + 1]?.role !== 'head' && lexicon().nounClasses(t.text.replace(/['’]s?$/, '').toLowerCase(), 1).includes('noun.person')).map((t) => t.term));
  const relationWords = new Set(q.terms.filter((t) => t.role === 'verb' || t.role === 'head').flatMap((t) => t.related.map((r) => r.term)));
  const verbTerms = questionVerbTerms(q);
  const transitiveAsked = verbTakesObject(q);
  const objectAsked = !q.asksSubject && transitiveAsked && OBJECT_ASKED.test(q.text);
  const subject = subjectTerms(q);
  // (the words the question's verb takes after it, besides names and the noun asked about: see
  // verbClausesOf; not its subject, "Where was [the protocol] signed?")
  const questionVerbAt = q.terms.findIndex((t) => t.role === 'verb');
  const contentTerms = new Set(q.terms.filter((t, k) => questionVerbAt >= 0 && k > questionVerbAt && t.role !== 'verb' && t.role !== 'entity' && t.role !== 'head').map((t) => t.term));
  const askedTerms = new Set([...questionTerms, ...entityTerms]);
  const short = shortNames(q);
  const namingAsked = q.kind === 'name' && NAMING_ASKED.test(q.text);
  // ("What does Meibion Glyndwr mean?": what a name means, as the sentence quotes it)
  const meaningAsked = q.kind === 'thing' && q.terms.some((t) => t.role === 'verb' && t.term === 'mean') && /^\s*what\b/i.test(q.text);
  const earlierAsked = EARLIER_LEVEL.test(q.text);
  const bornAsked = q.kind === 'place' && BORN_ASKED.test(q.text);
  const identityAsked = IDENTITY_ASKED.test(q.text);
  // the question's verb and the nouns made from it, for who does it ("chairs": "chair", "chairman")
  // (or a synonym of the verb that is a noun for a person: "chairman" for "chairs", read by WordNet as a verb too)
  const roleVerbTerms = new Set(q.kind === 'person' && q.asksSubject ? q.terms.filter((t) => t.role === 'verb').flatMap((t) => [t.term, ...t.related.filter((r) => r.kind === 'derived' || (r.kind === 'synonym' && lexicon().nounClasses(r.term, 1)[0] === 'noun.person')).map((r) => r.term)]) : []);
  const ownedHead = ownedHeadAsked(q);
  const verbPassive = passiveInQuestion(q);
  // ("Which company was named …?": the question's subject is whom the verb was done to; where the
  // sentence puts its verb in the passive too, that one stands before it)
  const { passiveSubjectAsked, questionWords } = questionReadings(q, verbPassive);
  const passiveAt = passiveSubjectAsked ? toks.findIndex((t, k) => k > 0 && t.term !== null && verbTerms.has(t.term) && t.tags.has('Verb') && PASSIVE_BE.test(toks[k - 1]!.text) && !breaksAfter(toks, k - 1)) : -1;
  const beatAsked = BEAT_TERMS.some((t) => verbTerms.has(t));
  // the common nouns the question asks about, written in lower case ("casino")
  const askedNouns = new Set(q.terms.filter((t) => t.role !== 'entity' && t.role !== 'verb' && /^\p{Ll}/u.test(t.text) && !isStopWord(t.text)).map((t) => t.term));
  const askedBy = q.trailingPreposition === 'by' || /\bby\s+(whom|which|what)\b/i.test(q.text);
  // "Who made Joshua Tree?": who made a work the question names (see workMaker)
  const makingAsked = asksMaker(q);
  // A report's source answers only a question about saying (any word of saying: the parse may take
  // another word for the verb, "Which network monitoring firm warned …?")
  const sourceNoAnswer = verbTerms.size > 0 && !asksSaying(q);
  // (nor, where no verb is asked about, the one who says who holds the role asked about: "Andrew Beh
  // … said UPS and Deutsche Post were the most likely bidders" for "Who is the most likely bidder?";
  // a source after the report may be the one asked about: '"…," said Riccardo de Rinaldini,
  // Creative's European marketing manager')
  const speakerNoAnswer = !sourceNoAnswer && q.terms.some((t) => t.role !== 'entity') && !asksSaying(q);
  // ("Whose postal redirection service was used?": the words of the noun asked whose it is)
  const whoseVerb = q.terms.find((t) => t.role === 'verb')?.group ?? Infinity;
  const whoseNoun = new Set(/^\s*whose\b/i.test(q.text) ? q.terms.filter((t) => t.role !== 'verb' && t.role !== 'entity' && t.group < whoseVerb).map((t) => t.term) : []);
  // ("Who said …?": the one the sentence says said it)
  const sayerAsked = q.kind === 'person' && /^\s*who\b/i.test(q.text) && asksSaying(q);
  const titleTerm = askedTitleWord(q);
  const headNoun = askedHeadNoun(q);
  // For "how many X", X is scored by adjacency below, not as a nearby match.
  const matchedAt = toks.map((t, i) => (t.term && ev.matched.has(t.term) && !(q.kind === 'number' && t.term === q.headTerm) ? i : -1)).filter((i) => i >= 0);
  const near = (anchors: number[], from: number, to: number): number => {
    if (anchors.length === 0) return 0.5;
    let d = Infinity;
    for (const m of anchors) d = Math.min(d, m < from ? from - m : m > to ? m - to : 0);
    return Math.max(0.5, 1 / (1 + 0.05 * Math.max(0, d - 1)));
  };
  // A number also belongs to the name it stands next to: "Kazemi faces 26 years ... and Kashian 11 years".
  const numeric = q.kind === 'number' || q.kind === 'money' || q.kind === 'age' || q.kind === 'duration' || q.kind === 'measure';
  const namedAt = numeric ? toks.map((t, i) => (t.term !== null && q.terms.some((x) => x.role === 'entity' && x.term === t.term) ? i : -1)).filter((i) => i >= 0) : [];
  // …and a name an amount is given for ("£153m at the Foreign Office and £336m at the Department
  // for Culture") is that amount's, however near the next one stands
  const givenFor = numeric && namedAt.length ? namesGivenFor(toks) : null;
  const ageEvents = q.kind === 'age' ? agesAtEvents(toks) : null;
  const amountsGivenFor = givenFor ? new Set(givenFor.values()) : null;
  // (a place the question names, standing in the sentence)
  const placeNamed = namedAt.some((k) => PLACE_TAGS.some((g) => toks[k]!.tags.has(g)));
  // (the amounts given for a name the question gives)
  const amountsForAsked = givenFor ? new Set([...givenFor].filter(([k]) => namedAt.includes(k)).map(([, n]) => n)) : null;
  const proximity = (from: number, to: number): number => {
    const names = givenFor ? namedAt.filter((k) => { const n = givenFor.get(k); return n === undefined || (n >= from && n <= to); }) : namedAt;
    return near(matchedAt, from, to) * (namedAt.length ? Math.sqrt(near(names, from, to)) : 1);
  };
  const inQuestion = (from: number, to: number): boolean => {
    // (a name's letter is its own word: "Pool A" is not the question's "pool")
    // (nor is a possessive pronoun before them: "Its main drug" for "What is Paion's main drug?")
    // (a title of small words only is a name all the same: "Take Me Out", "Let It Be")
    const title = from < to && toks.slice(from, to + 1).every((t) => /^\p{Lu}/u.test(t.text));
    // (its small words then count as the question's where it has them: "Carry On")
    const ts = toks.slice(from, to + 1).filter((t) => !POSSESSIVE_PRONOUN.test(t.text)).map((t) => (/^\p{Lu}$/u.test(t.text) && from < to ? t.text : t.term ?? (title ? t.text.toLowerCase() : null))).filter((t): t is string => !!t);
    return ts.length === 0 || ts.every((t) => questionTerms.has(t) || questionWords.has(t));
  };
  // "Who came third?" is not answered by a sentence without "third" ("Cairns came in ahead of Paul
  // Rowan and Allan Bogle in the men's race")
  const askedSex = q.kind === 'person' ? sexOfNoun(q.terms.find((t) => t.term === q.headTerm)?.text ?? '') ?? contestedBy(q) : null;
  const rankMissing = q.terms.some((t) => t.role !== 'entity' && RANK_ORDINAL.test(t.text) && !ev.matched.has(t.term)) || otherMeasure(q, toks) || otherCategory(q, toks, questionTerms);
  // ("U2's latest album … came fourth while Razorlight's Up All Night was in fifth place" for "Which
  // Razorlight album was fifth …?": a span in a clause giving another place in the order, where
  // another clause gives the question's)
  const otherRankClause = rankMissing ? null : otherRankClauses(toks, q);
  // '"… vote for President Trump," the indictment … read' for "Who indicted Kazemi and Kashian?":
  // a span inside a quotation that holds none of the question's words is what was said, not who
  // or what the question asks about
  const quote = quoteSegments(toks, text);
  const quotedAside = quotedAsides(toks, quote, matchedAt, verbTerms);
  const exceptionAsked = ASKS_EXCEPTION.test(q.text);
  // "Jet Airways is India's premier private domestic carrier; Air Sahara is ranked third": a part
  // of the sentence a semicolon sets off, holding none of the question's words, says something else
  const part = semicolonParts(toks);
  const matchedParts = new Set(matchedAt.map((k) => part[k]));
  // "in South Korea on 24 December, and France on 12 January" for "When … in France?": where the
  // part of the sentence (between commas) that names the question's name gives a date, a date in
  // another part is another's
  const datesOtherName = q.kind === 'date' && entityTerms.size > 0 ? otherNamesDate(toks, entityTerms) : null;
  // ("What did Mark Oaten call the ID scheme?": the name given follows whoever gave it)
  const namerAt = namerStart(q, toks);
  // ("Scottish magazine [The List] compiled a list …" for "Which Scottish magazine compiled the … list?":
  // a title right after the noun asked about is its name, though its words are the question's)
  const titleAfterHead = (from: number, to: number): boolean => q.headTerm !== undefined && from > 0 && toks[from - 1]!.term === q.headTerm && /^\p{Ll}/u.test(toks[from - 1]!.text) &&
    !breaksAfter(toks, from - 1) && toks.slice(from, to + 1).every((t) => /^\p{Lu}/u.test(t.text));
  const push = (from: number, to: number, fit: number, bonus = 1, type?: SpanType, whole = false, named = false) => {
    if (numeric) [from, to] = hyphenatedWhole(toks, from, to);
    if (fit <= 0 || (inQuestion(from, to) && !titleAfterHead(from, to)) || to < namerAt || (numeric && (otherNamesAmount(toks, from, to, entityTerms) || othersRelativeClause(toks, from, entityTerms) || otherNounsAmount(toks, from, q.headTerm) || shareOfAsked(toks, to, q.change === true, questionTerms)))) return;
    if (matchedParts.size > 0 && !matchedParts.has(part[from]!)) fit *= OTHER_CLAUSE_FIT;
    if (rankMissing) fit *= MISSING_RANK_FIT;
    else if (otherRankClause && otherRankClause(from)) fit *= OTHER_CLAUSE_FIT;
    if (!named && quotedAside(from, to)) fit *= QUOTED_ASIDE_FIT;
    if (!exceptionAsked && excepted(toks, from)) fit *= EXCEPTED_FIT;
    if (datesOtherName && datesOtherName(from)) fit *= OTHER_DAY_FIT;
    // ("will pay $76 for each Guidant share" for "How much is J&J paying for Guidant?": a price of
    // each, where the question asks for no price of each)
    if (q.kind === 'money' && perEach(toks, to) && !EACH_ASKED.test(q.text)) fit *= OTHER_KIND_FIT;
    // the question's own words leading the span are not part of the answer ("steroid THG" → "THG");
    // at its end they usually are ("Justice Department" for "Which department ...?")
    // (nor a date's relative word: "next May" for "When is the next general election expected?")
    const asked = (k: number) => toks[k]!.term !== null && questionTerms.has(toks[k]!.term!) && !isNumber(toks[k]!) && !(RELATIVE_DATE.test(toks[k]!.text) && k < to && isCalendarWord(toks[k + 1]!));
    // (but not the first word of another name the question's name begins with: "Las Vegas" for
    // "What is Las Venturas a carbon copy of?")
    // (nor words it gives only inside a longer name: "the New Zealand High Court" for "… the Air New Zealand deal?";
    // read only where the span opens with the question's words)
    if (!whole && from < to && asked(from) && !inLongerNameAsked(toks, from, q.text)) {
      // (but not half a hyphened word: "head-mounted display" for "What would visitors wear on their heads?")
      while (from < to && asked(from) && !otherNameSameStart(toks, from, q.text) && !hyphenJoined(toks, from)) from++;
    }
    const s = surface(text, toks, from, to);
    if (!s) return;
    out.push({ text: s, key: keyOf(q.kind, s, type), score: ev.score * fit * proximity(from, to) * bonus, fit, evidence: ev, position: from });
  };

  // a span given without the possessive ending its last word: "U2" of "U2's Joshua Tree",
  // "Arsenal" of "Arsenal's Brazilian midfielder Edu"
  const pushOwner = (from: number, to: number, fit: number, bonus: number, type?: SpanType, whole = false) => {
    const n = out.length;
    push(from, to, fit, bonus, type, whole);
    const c = out[n];
    if (c && /['’]s$/.test(c.text)) out[n] = { ...c, text: c.text.slice(0, -2), key: keyOf(q.kind, c.text.slice(0, -2), type) };
  };

  if (q.sort) {
    // ("What kind of company is Shanda?": with no verb, the sort of the name asked about, in a
    // sentence that names it; not "a foreign company" of another sentence of its article)
    if (verbTerms.size === 0 && entityTerms.size > 0 && !toks.some((t) => t.term !== null && entityTerms.has(t.term))) return out;
    // an example named ("products such as desktop search") says which sort more than a modifier ("new search products")
    for (const sp of sortSpans(toks, q)) push(sp.from, sp.to, SORT_FIT, sp.example ? SORT_EXAMPLE_BONUS : 1);
    return out;
  }
  switch (q.kind) {
    case 'description': {
      // What the sentence calls the name: "X, a spokesman for ..., said", "its main administrator, X",
      // "Treasury Secretary X".
      // (as a name is written: "coalition forces" is no mention of the Qods Force)
      // (written as the question writes it, but for a possessive: "Herre" of "Hot in Herre" shares
      // the stem of "Herren", and is no mention of Matthew Herren)
      const bare = (w: string) => w.toLowerCase().replace(/['’]s?$/, '');
      const surfaces = new Set(q.terms.filter((t) => t.role === 'entity').map((t) => bare(t.text)));
      const named = (k: number) => toks[k]!.term !== null && entityTerms.has(toks[k]!.term!) && /^[\p{Lu}\p{N}]/u.test(toks[k]!.text) && (surfaces.has(bare(toks[k]!.text)) || misspelt.has(toks[k]!.term!));
      const ends = nameEnds(q.terms);
      const joinedName = NAME_JOINED.test(q.text);
      for (let k = 0; k < toks.length; k++) {
        if (!named(k) || (k > 0 && named(k - 1))) continue;
        let end = k;
        // (a name of the question's right after it is another: "Urs Holzle, Google vice-president")
        while (end + 1 < toks.length && named(end + 1) && !breaksAfter(toks, end)) end++;
        // the whole name the question's word belongs to: "Mohammad Bagher Shirinkar" for "Shirinkar"
        let start = k;
        const namePart = (x: Token) => /^\p{Lu}/u.test(x.text) && (x.tags.has('FirstName') || x.tags.has('LastName') || !lexicon().isDictionaryWord(x.text));
        while (start > 0 && !breaksAfter(toks, start - 1) && namePart(toks[start - 1]!)) start--;
        while (end + 1 < toks.length && !breaksAfter(toks, end) && /^\p{Lu}/u.test(toks[end + 1]!.text) && !lexicon().isDictionaryWord(toks[end + 1]!.text)) end++;
        if (!holdsNameEnd(toks, start, end, ends)) continue;
        // (a name the question joins by "of" is that name whole: "Real Madrid" is no mention of "the
        // Club of Madrid")
        if (joinedName) {
          while (start > 1 && !breaksAfter(toks, start - 2) && !breaksAfter(toks, start - 1) && NAME_JOINER.test(toks[start - 1]!.text) && /^\p{Lu}/u.test(toks[start - 2]!.text)) start -= 2;
          if (![...entityTerms].every((term) => toks.slice(start, end + 1).some((x) => x.term === term))) continue;
        }
        // after: ", a spokesman for Iran's mission to the United Nations,"
        // (or between dashes: "the Club of Madrid - a group of former world leaders - …")
        // (not a preposition the tagger reads as an adjective: "Sega, under the name Football Manager")
        if ((/^,/.test(toks[end]!.post) || SPACED_DASH.test(toks[end]!.post)) && toks[end + 1] && (toks[end + 1]!.tags.has('Determiner') || toks[end + 1]!.tags.has('Noun') || toks[end + 1]!.tags.has('Adjective')) && !toks[end + 1]!.tags.has('Pronoun') &&
          !LOOSE_PREPOSITION.test(toks[end + 1]!.text)) {
          let j = end + 1;
          while (j + 1 < toks.length && j - end < 15 && !/[,;:)]|\.\s|\.$/.test(toks[j]!.post) && !SPACED_DASH.test(toks[j]!.post) && (!toks[j + 1]!.tags.has('Verb') || pluralReadAsVerb(toks, j + 1))) j++;
          j = reportedInEnd(toks, end + 1, j);
          if (!isNameRun(toks, end + 1, j)) push(end + 1, j, 1, 1.2);
        }
        // as: "the IRGC had used Bayan Gostar as a ‘front company’": what the name is used as describes it
        if (toks[end + 1]?.text.toLowerCase() === 'as' && !breaksAfter(toks, end) && toks[end + 2] && !/^(well|part|soon|much|far|long)$/i.test(toks[end + 2]!.text)) {
          let j = end + 2;
          if (toks[j]!.tags.has('Determiner') && toks[j + 1]) j++;
          const from = j;
          while (j + 1 < toks.length && j - from < 6 && !/[,;:)]|\.\s|\.$/.test(toks[j]!.post) && (toks[j + 1]!.tags.has('Noun') || toks[j + 1]!.tags.has('Adjective')) && !toks[j + 1]!.tags.has('Verb')) j++;
          if (toks.slice(from, j + 1).some((x) => x.tags.has('Noun') && /^\p{Ll}/u.test(x.text)) && !isNameRun(toks, from, j)) push(end + 2, j, 1, 1.1);
        }
        // before: "its main administrator, X" (not "the 2020 election, Bayan Gostar personnel …")
        if (start > 0 && /^,/.test(toks[start - 1]!.post) && toks[start - 1]!.tags.has('Noun') && !modifiesNoun(toks, end) && roleBeforeComma(toks[start - 1]!)) {
          let j = start - 1;
          while (j > 0 && start - j < 8 && !/[,;:(]/.test(toks[j - 1]!.post) && roleWordBefore(toks, j - 1)) j--;
          if (!isNameRun(toks, j, start - 1)) push(j, start - 1, 1, 1.1);
        }
        // titles: "Treasury Secretary Steve Mnuchin", "Kremlin spokesman Dmitry Peskov"
        let t = start;
        for (;;) {
          if (t > 0 && !breaksAfter(toks, t - 1) && titleWord(toks, t - 1) && !inNumberCompound(toks, t - 1) && start - t < 4) t--;
          else if (t < start && titleOf(toks, t) && start - t + 2 <= 4) t -= 2; // "Director of [National Intelligence]"
          else break;
        }
        // (a plural one says what each of a list is, a class more than a description: "start-up
        // companies Gizmondo and Tapwave Zodiac" for "What is the Gizmondo?")
        if (t < start && isTitle(toks.slice(t, start))) push(t, start - 1, toks[start - 1]!.tags.has('Plural') ? PLURAL_TITLE_FIT : 0.9);
      }
      // ("his promotion to Cabinet Office minister" for "What government post was David Miliband
      // promoted to?": a job asked about is a role noun with the words before it, in a sentence naming
      // the question's person — not one in apposition to another name)
      if (q.asksRole && toks.some((_, k) => named(k))) {
        for (let k = 0; k < toks.length; k++) {
          if (!isRoleNoun(toks[k]!) || !/^\p{Ll}/u.test(toks[k]!.text) || toks[k]!.tags.has('Plural') || named(k)) continue;
          // (not a role before a name, which is that person's: "Treasury Secretary Steve Mnuchin")
          if (k + 1 < toks.length && !breaksAfter(toks, k) && /^\p{Lu}/u.test(toks[k + 1]!.text)) continue;
          let from = k;
          while (from > 0 && k - from < ROLE_PHRASE_WORDS && !breaksAfter(toks, from - 1) && (toks[from - 1]!.tags.has('Noun') || toks[from - 1]!.tags.has('Adjective')) &&
            !toks[from - 1]!.tags.has('Pronoun') && !/['’]s?$/.test(toks[from - 1]!.text) && !named(from - 1)) from--;
          if (from < k) push(from, k, ROLE_PHRASE_FIT);
        }
      }
      break;
    }
    case 'person':
    case 'organization':
    case 'place':
    case 'name':
    case 'thing': {
      // "Who beat Agassi?" is not answered by "Roddick rallied to beat Sweden's Thomas Enqvist", nor
      // "Who did Haas beat?" by "Saulnier beat the fourth seed Vincent Spadea"
      if ((q.kind === 'person' || q.kind === 'organization') && otherInSlot(q, toks, verbTerms, entityTerms, objectAsked, transitiveAsked)) break;
      // "What nationality is X?": a word for a people said of X ("the Welsh striker"), and nothing else
      if (q.asksNationality) {
        // (where it stands, not how near the question's words: those may be in the sentences before)
        for (const { from, at, fit } of nationalityWords(q, toks)) {
          const said = surface(text, toks, from, at)?.replace(/['’]s?$/u, '');
          if (said) out.push({ text: said, key: keyOf(q.kind, said), score: ev.score * fit, fit, evidence: ev, position: from });
        }
        break;
      }
      // "What was the score in the final?": a score ("7-5 6-3"), and nothing else (not who scored)
      if (q.kind === 'thing' && q.headTerm !== undefined && SCORE_HEAD.test(q.headTerm)) {
        // (whose win it was: not "the 24-18 win over France" for "… in France's win?")
        const winners = new Set(q.terms.filter((t) => t.role === 'entity' && /['’]s?$/.test(t.text)).map((t) => t.term));
        for (const sp of scoreSpans(toks)) {
          const k = toks.findIndex((t, x) => x > sp.to && x <= sp.to + 2 && /^(win|victory|triumph)$/i.test(t.text));
          const lost = k > 0 && /^(over|against)$/i.test(toks[k + 1]?.text ?? '') && toks.slice(k + 2, k + 5).some((t) => t.term !== null && winners.has(t.term));
          push(sp.from, sp.to, lost ? LOSER_SCORE_FIT : 1);
        }
        break;
      }
      // "Section 404 of the Sox Act" for "Which section …?": the noun asked about with the number that
      // names it ("Article 50", "Flight 93")
      if ((q.kind === 'name' || q.kind === 'thing') && q.headTerm !== undefined) {
        toks.forEach((t, k) => {
          const n = toks[k + 1];
          // (a plural's number counts it: not "taxes 66" of "raising taxes 66 times" for "Which tax …?")
          if (t.term === q.headTerm && n && /^\d+[A-Za-z]?$/.test(n.text) && !isYearToken(n) && !breaksAfter(toks, k) && !t.tags.has('Plural') && !/^times$/i.test(toks[k + 2]?.text ?? '') && !(toks[k + 2] && !breaksAfter(toks, k + 1) && (TIME_UNIT.test(toks[k + 2]!.text) || MEASURE_UNIT.test(toks[k + 2]!.text)))) {
            push(k, k + 1, 1, NUMBERED_HEAD_BONUS, undefined, true);
          }
        });
      }
      // ("California's Superior court" for "Which court …?": a name ending in an adjective goes on to
      // the noun asked about after it, written in lower case)
      const namedAfterAsked = NAMED_AFTER.test(q.text);
      const groupHead = groupHeadAsked(q);
      // (initials the question gives as a name: "HSDPA")
      const askedInitials = new Set(q.terms.filter((t) => t.role === 'entity' && /^\p{Lu}{2,6}$/u.test(t.text)).map((t) => t.text));
      const spans = nameSpans(toks).map((sp) => (q.headTerm !== undefined && toks[sp.to]!.tags.has('Adjective') && !breaksAfter(toks, sp.to) &&
        toks[sp.to + 1]?.term === q.headTerm && /^\p{Ll}/u.test(toks[sp.to + 1]!.text) ? { ...sp, to: sp.to + 1 } : sp))
        // ("Ruth Kelly MP" for "Which MP …?": the letters of the role asked about, after a person's
        // name, are her title, not her name)
        .map((sp) => (q.kind === 'person' && sp.type === 'person' && sp.to > sp.from && toks[sp.to]!.term === q.headTerm && POSTNOMINAL.test(toks[sp.to]!.text) &&
          /^\p{Lu}\p{Ll}/u.test(toks[sp.to - 1]!.text) && !breaksAfter(toks, sp.to - 1) ? { ...sp, to: sp.to - 1 } : sp))
        // ("Former [Manfred Mann] singer Paul Jones" for "Which band did Paul Jones sing for?": a name
        // before a role and the question's own name is the body of that role, whatever the tagger read)
        .map((sp) => (q.kind === 'organization' && (sp.type === 'person' || sp.type === 'name') && bodyOfRoleHolder(toks, sp.to, (t) => t.term !== null && entityTerms.has(t.term)) ? { ...sp, type: 'organization' as const } : sp))
        // ("HRH Duchess of Cornwall", "the Archbishop of Canterbury": a title "of" a place is a
        // person's, no place where something happens)
        .filter((sp) => q.kind !== 'place' || !titleOfPlace(toks, sp.from, sp.to));
      // ("dubbed Napster to Go" for "What is … called?": a name a naming verb gives goes on over a
      // little word to the capitalised words after it)
      if (q.asksName) for (let k = 0; k + 1 < spans.length; k++) {
        const [a, b] = [spans[k]!, spans[k + 1]!];
        if (b.from === a.to + 2 && NAME_LINK.test(toks[a.to + 1]!.text) && !breaksAfter(toks, a.to) && !breaksAfter(toks, a.to + 1) && namedBy(toks, a.from)) spans.splice(k, 2, { from: a.from, to: b.to, type: 'name' });
      }
      const nameClauses = verbClausesOf(toks, verbTerms, subject, false, contentTerms);
      const roleClauses = verbTerms.size === 0 ? headClausesOf(toks, q) : null;
      const passiveAgent = (q.asksSubject || askedBy) && (q.kind === 'person' || q.kind === 'organization') ? byAgent(toks, verbTerms, entityTerms) : undefined;
      // (for a question in the active: "Which commander had been designated a terrorist?" asks for the one it was done to)
      const noAgent = q.asksSubject && !passiveAgent && (q.kind === 'person' || q.kind === 'organization') && !passiveAsked(q) ? agentlessPassive(toks, verbTerms, entityTerms) : undefined;
      // "Santa Clara County Superior Court Judge James Kleinberg" for "Which court is Judge Kleinberg
      // in?": a name ending in the noun asked about, run on into the question's own name, is the
      // answer without it
      if (q.headTerm && q.headNamesKind) {
        for (const sp of spans) {
          const k = toks.findIndex((t, x) => x > sp.from && x < sp.to && t.term === q.headTerm && /^\p{Lu}/u.test(t.text));
          // (not a noun that "of" joins the rest of its own name to: "the US Department of Homeland
          // Security" for "Within which department is the National Cyber Security Division?")
          if (k > 0 && toks[k + 1]!.text !== 'of' && toks.slice(k + 1, sp.to + 1).some((t) => t.term !== null && entityTerms.has(t.term)) && !toks.slice(sp.from, k + 1).some((t) => t.term !== null && entityTerms.has(t.term))) push(sp.from, k, 1, NAMES_HEAD_BONUS);
        }
      }
      const maker = makingAsked && entityTerms.size > 0 ? workMaker(toks, spans, entityTerms) : undefined;
      // (a possessive may say whose a work is rather than who made it, "Google's Blogger" for "Which
      // company makes the Blogger software?": only for a bare "who")
      if (maker && (!maker.possessive || q.headTerm === undefined)) pushOwner(maker.from, maker.to, AGENT_FIT, maker.possessive ? 1 : OBJECT_BONUS);
      const ownCountries = q.kind === 'place' ? countriesOf(q) : null;
      const askedHead = q.kind === 'thing' && !!q.headTerm ? q.terms.find((t) => t.term === q.headTerm)?.text.toLowerCase() ?? '' : '';
      // "What injury …?" asks for a state of someone, which no person, place or body is ("England's Six Nations opener")
      // (not a state someone the question names has: "Which REM member's flu …?" asks for the member)
      const askedState = !!askedHead && lexicon().nounClasses(askedHead, 1)[0] === 'noun.state' && !new RegExp(`['’]s?\\s+${escapeRegExp(askedHead)}\\b`, 'i').test(q.text);
      // "Which movie …?" asks for a work performed, by its title: not someone in it ("movies starring
      // Johnny Depp"), nor where it was made
      const askedWork = !!askedHead && workNoun(askedHead, PERFORMED_WORK_KINDS, 1);
      // ("a lecturer at London's Imperial College" for "What is the title of Leroi's winning book?": a
      // work asked for by its name or title is no body or place; a title may read as a person's name,
      // "ITV1 shows Doc Martin")
      const namedWork = q.kind === 'name' && !!q.headTerm && workNoun(q.terms.find((t) => t.term === q.headTerm)?.text ?? '', NAMED_WORK_KINDS, 1);
      const partAsked = q.kind === 'person' && q.terms.some((t) => t.role === 'verb' && /^play(s|ed|ing)?$/i.test(t.text));
      // ("Which show did Cosby host?": "the children's show Fat Albert and the Cosby Kids", a work's
      // title after its noun, may hold the question's name among words of its own)
      const titleHoldingName = (from: number, to: number) => askedWork && workNounBefore(toks, from) &&
        toks.slice(from, to + 1).some((t) => /^\p{Lu}/u.test(t.text) && (t.term === null || !entityTerms.has(t.term)));
      const roleHeadAsked = asksPersonsRole(q);
      // "Who did Slovakia beat?": a place is the question's subject (a country's team)
      // (by a verb: "Who is Japan's economics minister?" has none, and asks for no rival)
      const placeSubject = q.kind === 'person' && subject.size > 0 && verbTerms.size > 0 && spans.some((sp) => sp.type === 'place' && toks.slice(sp.from, sp.to + 1).some((t) => t.term !== null && subject.has(t.term)));
      // "In which country …?": a place WordNet knows as an instance of another kind ("Paris": a city) is not one
      const placeHead = askedPlaceHead(q);
      const countryHead = !!placeHead && countryHeadAsked(q, placeHead);
      // "Who is the Lord Chancellor?": a person asked for by a title the question gives as a name, with no verb
      // (its words, each of them: "Under-Secretary" is not "Secretary")
      const roleAsked = q.kind === 'person' && q.terms.length > 0 && q.terms.every((t) => t.role === 'entity') ? titleWordsOf(q.text) : null;
      // "at the Royal Society in London", "in Park City, Utah", "at Lansdowne Road, Dublin": a place
      // and the larger place it is in, given together for "where"
      // (not in a list: "in London, Amsterdam and Sydney")
      // ("Soldier … debuted at number four" for "Where did Soldier debut?": a place in a chart after
      // the question's verb and "at")
      if (q.kind === 'place') {
        toks.forEach((_, k) => {
          if (k < 2 || !rankNumberAt(toks, k)) return;
          // (past the verb's object, words of the question's: "entered the chart at number three"
          // for "Where did His Latest Flame enter the chart?")
          let v = k - 2;
          while (v > 0 && k - v <= RANK_OBJECT_WORDS && !breaksAfter(toks, v) && (toks[v]!.tags.has('Determiner') || (toks[v]!.term !== null && questionTerms.has(toks[v]!.term!) && !verbTerms.has(toks[v]!.term!)))) v--;
          const verb = toks[v]!;
          if (/^at$/i.test(toks[k - 1]!.text) && verb.term !== null && verbTerms.has(verb.term) && !breaksAfter(toks, v)) push(k, k + 1, 1, RANK_PLACE_BONUS);
        });
      }
      if (q.kind === 'place' && !q.list) {
        for (let k = 0; k + 1 < spans.length; k++) {
          const [a, b] = [spans[k]!, spans[k + 1]!];
          const between = text.slice(toks[a.to]!.end, toks[b.from]!.start);
          // "Belle Vue in Manchester" for "Where is the Belle Vue track?": the place the question's
          // own place is said to be in, wherever the pair stands (in a list too)
          if (b.type === 'place' && /^\s+in\s+$/.test(between) && toks.slice(a.from, a.to + 1).every((t) => t.term === null || entityTerms.has(t.term)) &&
            !toks.slice(b.from, b.to + 1).some((t) => t.term !== null && entityTerms.has(t.term))) {
            push(b.from, b.to, 1, OWN_PLACE_BONUS, 'place');
            continue;
          }
          // ("recorded at Hammersmith Odeon in London and Public Enemy's Fight The Power": a list of places only)
          const listed = /^(\s*,\s*|\s+(and|or)\s+)\p{Lu}/u.exec(text.slice(toks[b.to]!.end));
          const next = spans[k + 2];
          // (a list of places in places too: "at Wimbledon in London, Belle Vue in Manchester")
          if (listed && (!next || next.type === 'place' || toks[next.from]!.start !== toks[b.to]!.end + listed[0].length - 1 || /^\s+in\s+\p{Lu}/u.test(text.slice(toks[next.to]!.end)))) continue;
          const before = a.from > 0 ? toks[a.from - 1]!.text.toLowerCase() : '';
          const lead = before === 'the' && a.from > 1 ? toks[a.from - 2]!.text.toLowerCase() : before;
          // (the larger place may be one the tagger could not type: "at the Roosevelt Hotel in Hollywood")
          // ("from Omaha, Nebraska": where someone is from, too)
          // ("The Jacksonville, Florida-based firm": a place and its larger place before "-based")
          const based = /^,\s*$/.test(between) && basedIn(toks, b.to);
          // ("lives near Welshpool, mid Wales": near a place, and the part of the larger one it is in)
          if (!(b.type === 'place' || (b.type === 'name' && lead === 'at' && /^\s+in\s+$/.test(between))) || a.type === 'person' || a.type === 'demonym' || (!/^(at|in|from|near)$/.test(lead) && !based) || !(/^(,\s*|\s+in\s+)$/.test(between) || REGION_PART.test(between))) continue;
          if (toks.slice(a.from, b.to + 1).some((t) => t.term !== null && entityTerms.has(t.term))) continue;
          push(a.from, b.to, 1, PLACE_CHAIN_BONUS, 'place');
        }
      }
      // the sentence's names that the noun asked about ends (see headEndsOther)
      const headEnded = q.headNamesKind ? spans.filter((o) => endsInHead(toks, o.from, o.to, q)) : [];
      const headWord = q.headTerm === undefined ? '' : q.terms.find((t) => t.term === q.headTerm)?.text ?? '';
      for (const sp of spans) {
        let from = sp.from;
        // (a part played keeps its courtesy title: "Mrs Potts" for "Who did Rowlands play in Beauty and the Beast?")
        if (q.kind === 'person' && (sp.type === 'person' || sp.type === 'name') && !(partAsked && courtesyTitle(toks[sp.from]!))) from = trimTitles(toks, sp.from, sp.to);
        const start = from;
        // never repeat the question's own names: trim them off the front
        // (but not the first word of another name that begins the same way: see otherNameSameStart)
        // (nor a title of rank the question has in another title, before a name it has not: "the then
        // Lord Chancellor, Lord Irvine" for "Who was the Lord Chancellor …?")
        const rankOfOwnName = (k: number) => RANK_TITLE.test(toks[k]!.text) && k < sp.to && /^\p{Lu}/u.test(toks[k + 1]!.text) && !(toks[k + 1]!.term !== null && questionTerms.has(toks[k + 1]!.term!));
        while (from < sp.to && toks[from]!.term && questionTerms.has(toks[from]!.term!) && !otherNameSameStart(toks, from, q.text) && !rankOfOwnName(from) && !(from === start && inLongerNameAsked(toks, from, q.text))) from++;
        // ("MP for Henley-on-Thames" for "Where is Johnson MP for?": a role the question gives, and
        // "for", lead the place or body the role is for)
        if (from > start && from < sp.to && /^for$/i.test(toks[from]!.text) && toks.slice(start, from).some((t) => lexicon().nounClasses(t.text.toLowerCase(), 1)[0] === 'noun.person')) from++;
        // ("Bank of America" for "Which bank plans …?": a name the noun asked about leads, joined by
        // "of", is that name whole)
        // (nor is "Pool A" for "Which pool …?" its letter alone)
        const headLed = from > start && q.headTerm !== undefined && toks.slice(start, from).every((t) => t.term === q.headTerm) &&
          ((from < sp.to && /^of$/i.test(toks[from]!.text)) || (from === sp.to && /^\p{Lu}$/u.test(toks[from]!.text)));
        // ("Piero, named after the … painter Piero della Francesco" for "Who is Piero named after?":
        // what a name is named after may hold that name, and more)
        const namesakeWhole = namedAfterAsked && from > start && from <= sp.to && toks.slice(from, sp.to + 1).some((t) => /^\p{Lu}/u.test(t.text));
        // ("Carry On Again Doctor" for "What was Rowlands' first Carry On film?": a work's title may
        // begin with the series' name the question gives)
        // (not a possessive, whose the work is: "Razorlight's Up All Night" for "Which Razorlight album …?")
        const seriesLed = askedWork && from > start && from <= sp.to && toks.slice(start, from).every((t) => /^\p{Lu}/u.test(t.text) && t.term !== q.headTerm) && /^\p{Lu}/u.test(toks[from]!.text) && !/['’]s?$/.test(toks[from - 1]!.text);
        // ("dubbed Napster to Go" for "What is Napster's new service called?": a name asked for that
        // the question's name leads, joined by a little word, is that name whole)
        const linkedOn = q.asksName && from > start && from < sp.to && NAME_LINK.test(toks[from]!.text);
        // ("The Sunday Times" for "Which two Sunday newspapers …?", "Fairford Coach Action" for "Which
        // group represents the people who appealed against police actions at Fairford?": the question's
        // word may lead a body's name whose other words are common ones, which make no name without it)
        // (two words after it, at least, for a body's name: "Ofuji Holdings" for "Which bank will Ofuji
        // merge with?" is the question's own body with the word for what it is — so is "Labour Party";
        // one after the word the question puts before its noun, "Sunday Times"; not an owner, "the
        // Treasury's Barker Review", nor the question's own body, "Spanish Football Federation" for
        // "Which body asked the Spanish federation …?")
        const kindLed = from > start && from <= sp.to && !/['’]s?$/.test(toks[from - 1]!.text) &&
          ((from < sp.to && (sp.type === 'organization' || (sp.type === 'name' && q.kind === 'organization'))) ||
            (from === sp.to && !!headWord && toks.slice(start, from).every((t) => new RegExp(`\\b${escapeRegExp(t.text)}\\s+${escapeRegExp(headWord)}\\b`, 'i').test(q.text)))) &&
          commonWordsName(toks, from, sp.to) && toks.slice(from, sp.to + 1).every((t) => !t.tags.has('Person') && !PLACE_TAGS.some((g) => t.tags.has(g))) &&
          !namedInQuestion(q, toks, start, from, sp.to);
        const whole = headLed || namesakeWhole || seriesLed || kindLed || linkedOn || (from < sp.to && rankOfOwnName(from)) || ownWordsLead(toks, start, from, sp.to, (t) => questionTerms.has(t));
        if (whole) from = start;
        // (nor is a word of the dictionary left over from the question's own name an answer:
        // "Holdings" of "UFJ Holdings" for "Which bank … for UFJ?")
        // (not after the noun asked about: "Lake Constance" for "… into which lake?")
        // ("Microsystems" of "Sun Microsystems" for "What is Sun's service called?": nor one run together of two)
        if (from > start && from === sp.to && sp.type !== 'place' && /^\p{Lu}\p{Ll}/u.test(toks[from]!.text) && (lexicon().nounClasses(toks[from]!.text.toLowerCase(), 1).length > 0 || wordsRunTogether(toks[from]!.text)) &&
          toks.slice(start, from).every((t) => t.term !== null && entityTerms.has(t.term))) continue;
        // (nor the rest of a body's name the question gives in its own words: "Football Federation" of
        // "The Spanish Football Federation" for "Which body asked the Spanish federation …?")
        if (from > start && from <= sp.to && sp.type !== 'person' && sp.type !== 'place' && commonWordsName(toks, from, sp.to) &&
          namedInQuestion(q, toks, start, from, sp.to)) continue;
        // "New Zealand-born Campbell" for "Where was Campbell born?": the place a hyphen joins to "born"
        if (bornAsked && bornOf(toks, sp.to)) {
          push(from, sp.to, 1, BORN_PLACE_BONUS, sp.type);
          continue;
        }
        // "Alexander Payne" for "Who directed Alexander?": the rest of a name whose first name the
        // question gives is that name's bearer, not what is asked about
        if (!whole && from > start && from <= sp.to && toks[from - 1]!.tags.has('FirstName') && !breaksAfter(toks, from - 1)) continue;
        // "John" of "whose minister father John used to preach at the St Bryce Kirk church" for "Who
        // used to come to Brown's father's church?": the name of the person the question names by its
        // name's own noun is not who else is asked about
        if (from === start && from > 0 && toks[from - 1]!.term !== null && ownedPersons.has(toks[from - 1]!.term!) && /^\p{Ll}/u.test(toks[from - 1]!.text) && !breaksAfter(toks, from - 1)) continue;
        // a name the question itself gives is not its answer ("Shirinkar" → not "Mohammad Bagher Shirinkar")
        // (a part of a hyphenated name the question gives is that name only where hyphenated: "John
        // Westwood" for "Who is the managing director of Douglas-Westwood?")
        // ("O'Driscoll" for "… after O'Driscoll's breaks?", whose terms are the name's halves)
        // ("the New Zealand High Court" for "… the Air New Zealand deal?": nor words it gives only
        // inside a longer name, leading the sentence's)
        // ("The National Institute of Economic and Social Research (NIESR)" for "What did NIESR call
        // …?": nor a name whose own initials in brackets after it the question gives)
        if (!whole && bracketedAliasAsked(toks, sp.to, entityTerms)) continue;
        // (nor one whose words spell a name the question gives as an acronym: "the Internet Corporation
        // for Assigned Names and Numbers, Icann" for "Which domain names did Icann approve?")
        if (spellsAskedName(q, toks, from, sp.to)) continue;
        const leadsAsked = (k: number) => from === start && toks.slice(from, from + k + 1).every((t) => t.term !== null && entityTerms.has(t.term)) && inLongerNameAsked(toks, from, q.text);
        if (!whole && toks.slice(from, sp.to + 1).some((t, k) => t.term !== null && (entityTerms.has(t.term) || halvesAsked(t.term, entityTerms)) && !(hyphenParts.has(t.term) && !inHyphenatedName(toks, from + k, hyphenParts.get(t.term)!)) && !(k === 0 && otherNameSameStart(toks, from, q.text)) && !leadsAsked(k)) &&
          !namesOtherBody(q, toks, from, sp.to) && !titleHoldingName(from, sp.to) && !otherGivenSameFamily(q, toks, from, sp.to, entityTerms)) continue;
        // ...nor one it gives shortened ("Lib Dems" → not "Liberal Democrats")
        if (shortenedIn(short, toks, from, sp.to)) continue;
        // "What did the Lib Dems call the scheme?": not who named it ("Mark Oaten has branded the
        // scheme …")
        if (namingAsked && namesAfter(toks, sp.to)) continue;
        // ...nor one the noun asked about names as another's ("Maroon 5's album Songs About Jane" for
        // "What is Il Divo's album called?")
        if (ownedHead && from > 1 && toks[from - 1]!.term === q.headTerm && /['’]s?$/.test(toks[from - 2]!.text) && !breaksAfter(toks, from - 2) &&
          !(toks[from - 2]!.term !== null && entityTerms.has(toks[from - 2]!.term!))) continue;
        // ...nor one it gives by the letters in brackets after it ("the International Air Transport
        // Association (IATA)" for "What did IATA call the package?")
        const bracketed = toks[sp.to + 1];
        if (bracketed && /\(\s*$/.test(toks[sp.to]!.post + bracketed.pre) && bracketed.term !== null && entityTerms.has(bracketed.term) && /^\s*\)/.test(bracketed.post)) continue;
        // ...nor one whose initials it gives ("High Speed Downlink Packet Access" for "Which company
        // is working with Nokia on HSDPA?")
        if (askedInitials.size > 0 && askedInitials.has(initialsOf(toks.slice(from, sp.to + 1)))) continue;
        // ...nor the country of a nationality it gives ("India" for "Where would VW's Indian plant be built?")
          if (ownCountries && toks.slice(from, sp.to + 1).every((t) => t.term !== null && ownCountries.has(t.term))) continue;
        if (toks.slice(from, sp.to + 1).every(isCalendarWord)) continue; // "Monday", "March": a date
        if (from > sp.from && CONNECTORS.has(toks[from]!.text.toLowerCase())) continue; // "Ralph the Timid" without "Ralph"
        // "Who sent the emails?" asks who did it: not whom "messages sent to Democrats" went to
        if (q.asksSubject && receivesVerb(toks, from, verbTerms)) continue;
        // …nor the one it was done to: "Dyrrachium was betrayed to the Normans by the merchants"
        // ("Reports that Tony Blair is planning … have been described as … by Downing Street")
        if (passiveAgent && sp.to < passiveAgent.verb) continue;
        if ((q.asksSubject || askedBy) && (patientOf(toks, sp.to, verbTerms, !verbPassive || askedBy) || (transitiveAsked && objectOf(toks, from, verbTerms)))) continue;
        if (q.asksSubject && objectOfJoinedVerb(toks, from, verbTerms, ev.matched)) continue;
        // …and a question in the passive asks whom it was done to, not who did it ("Which names have
        // been given approval?": not "Icann has given preliminary approval to …"), unless it asks by whom
        if (verbPassive && !askedBy && agentOf(toks, sp.to, verbTerms)) continue;
        // (and whom it was done to stands before the sentence's own passive verb: not "taking the
        // crown from Nintendo" after "Electronic Arts was named top publisher" for "Which company was
        // named top publisher?")
        const afterPassive = passiveSubjectAsked && passiveAt >= 0 && from > passiveAt && !/^by$/i.test(wordBefore(toks, from));
        // …nor a name in an aside about another, whose verb follows ("Jackie Stallone, mother of
        // actor Sylvester, has become the first star to be evicted")
        if (q.asksSubject && inAsideOfName(toks, from, sp.to)) continue;
        // …nor one an aside says it was done to ("Tommy Haas, the player he beat")
        if (q.asksSubject && apposedAsObject(toks, sp.to, verbTerms)) continue;
        // …nor what it reports or rules ("the judge rules that Grokster and Morpheus are …")
        if (q.asksSubject && inThatClauseOf(toks, from, verbTerms)) continue;
        // …and "What does the Atlantic flow into?", "Who did X marry?" ask whom it was done to: not
        // who did it ("the Rhine flows into the Atlantic", "Alexander had married Sybilla"). Between
        // people, done to the question's name, the verb may go both ways ("Y married X").
        if (objectAsked && agentOf(toks, sp.to, verbTerms) && !(q.kind === 'person' && doneTo(toks, sp.to, entityTerms))) continue;
        // …nor one the question's name says is its own ("Everton defender David Weir", "Everton's
        // David Weir" for "Who did Everton beat?"): on its side, not whom it was done to
        // (the question's subject: not "Which fellow WorldCom director does Scott Sullivan deny telling …?")
        if (objectAsked && ownedByEntity(toks, from, subject)) continue;
        // "Who is the boss of X?" asks for the boss, not whose boss ("bosses of Deutsche Boerse")
        // (not a person's title in letters after her name: "Ruth Kelly MP" for "Which MP …?")
        const postnominal = sp.type === 'person' && POSTNOMINAL.test(toks[sp.to + 1]?.text ?? '');
        // (nor a person's role after the name with no comma: "Dr Mike Watts head of exploration said")
        const roleAfterPerson = sp.type === 'person' && toks[sp.to + 1]?.term === q.headTerm && /^of$/i.test(toks[sp.to + 2]?.text ?? '') && !breaksAfter(toks, sp.to + 1);
        if (q.kind === 'person' && q.headTerm && ownerOfHead(toks, from, sp.to, q.headTerm) && !postnominal && !roleAfterPerson) continue;
        let bonus = 1;
        let prepositionObject = false;
        // ...and the verb's object is what "Who did X sue?" asks for: "Anna Brandt, the administrator
        // of Corvel Foods, sued [Halden Bank]", not the name nearer the question's
        // ("will play English Premiership side Newcastle United": not a name modifying the noun
        // before another name, which is the object)
        const objectOfAsked = objectAsked && (objectOf(toks, from, verbTerms) || (beatAsked && wonOver(toks, from))) && !nounBeforeName(toks, sp.to);
        if (objectOfAsked) bonus = OBJECT_BONUS;
        // ("a third-round loss to [Gustavo Kuerten] at the French Open" for "Who beat Federer …?": the
        // one a loss was to beat the loser)
        const winnerOfLoss = beatAsked && q.asksSubject && lostTo(toks, from);
        if (winnerOfLoss) bonus = OBJECT_BONUS;
        // ("starring Tommy Lee Jones as a Texas ranger" for "Which actor plays a Texas ranger …?",
        // "her role as Katharine Hepburn" for "Whom did Cate Blanchett play …?": see actingAsked)
        const actor = actingAsked(q) && (q.asksSubject ? starredAs(toks, from, sp.to, questionTerms) : roleAs(toks, from));
        if (actor) bonus = OBJECT_BONUS;
        // (over an article: "in the US", "in the East Kilbride seat")
        const prepositionAsked = from > 0 && [q.trailingPreposition, q.leadingPreposition].includes(wordBefore(toks, from));
        // ("from the Transport Studies Group at [Loughborough University]" for "X is from which
        // university?": not over another name of the sentence that the noun asked about ends)
        const headEndsOther = headEnded.some((o) => o !== sp) && !endsInHead(toks, from, sp.to, q);
        if (prepositionAsked && !headEndsOther) {
          bonus = 1.6;
          // ("in a speech to the Hansard Society" for "Who did X give a speech to?": a body may be
          // whom, after the question's own word and its preposition)
          const at = toks[from - 1]!.text.toLowerCase() === 'the' ? from - 2 : from - 1;
          // (and a country's team is whom a match is "against": "England's Six Nations opener against Wales")
          // (over a sum given: "has donated $1m (£525,000) to The American Red Cross")
          const word = amountBefore(toks, at);
          if (q.kind === 'person' && q.trailingPreposition && word >= 0 && toks[word]!.term !== null && questionTerms.has(toks[word]!.term!) && (word < at - 1 || !breaksAfter(toks, at - 1)) && sp.type !== 'person' && sp.type !== 'demonym' && (sp.type !== 'place' || OPPONENT_PREPOSITION.test(q.trailingPreposition))) prepositionObject = true;
        }
        // "former Ireland coach Mike Doyle", "his predecessor as CEO, Jim Cantalupo": who held the
        // role before, not who holds it, unless the question asks for that
        // (only for a question asking who holds a role: "Who will stand down …?" is answered by
        // "former Cabinet minister Jack Cunningham has said he will stand down")
        // (unless the sentence gives the name the role asked about after "as": "confirming US Davis
        // Cup assistant Dean Goldfine as his new coach")
        const namedAs = q.kind === 'person' && roleAfterAs(toks, sp.to, questionTerms);
        if (q.kind === 'person' && q.headTerm !== undefined && !PAST_ASKED.test(q.text) && pastHolder(toks, from) && !namedAs) bonus *= PAST_HOLDER;
        // ...nor who holds another role of its name ("shadow education secretary Tim Collins",
        // "Deputy Prime Minister John Prescott") unless the question names that one
        // (a question asking by its verb, with no role in it, "Who will the unions hold talks
        // with?", is answered by a deputy as by anyone)
        else if (q.kind === 'person' && (q.headTerm !== undefined || !verbAsked(q)) && otherRoleOfName(toks, from, q.text) && !namedAs) bonus *= OTHER_ROLE_HOLDER;
        // ("The creator of [Buffy the Vampire Slayer] is to … direct the Wonder Woman movie" for "Who
        // has signed up to direct …?": a name no person's "of" a role noun is what the role holder
        // made or runs, the holder unnamed there)
        // (not the role the question names: "joint leader of the South Shropshire Hunt" for "… leader of which hunt?")
        if (q.kind === 'person' && sp.type !== 'person' && ofRoleNoun(toks, from, questionTerms)) bonus *= OTHER_ROLE_HOLDER;
        // ("Elena Dementieva swept aside defending champion [Venus Williams] 6-3 6-2 to win …" for "Who
        // won …?": the object of another verb before "to" and the question's verb, whose doer is that
        // verb's subject)
        if (q.kind === 'person' && q.asksSubject && objectBeforePurpose(toks, from, sp.to, verbTerms)) bonus *= PARTNER_FIT;
        // ("Robert de Niro thriller Hide and Seek" for "Who directed the horror film Boogeyman?": a name
        // before a noun for a work and its title is that work's, another than the question's)
        if (q.kind === 'person' && ownsOtherWork(toks, sp.to, entityTerms)) bonus *= PARTNER_FIT;
        // "Bath prop Matt Stevens", "its main administrator, Mohammad Bagher Shirinkar": the name right after the noun asked about
        // ("three Board of Directors, Mostafa Sarmadi, …" for "Who is on the board of X?": the noun
        // ends a short name of a role)
        if (q.headTerm && from > 0 && headedBy(toks, from - 1, q.headTerm)) {
          bonus *= 1.4;
          // ("Microsoft's subscription-based broadband network, [Xbox Live]" for "What is Microsoft's
          // … network called?": the noun asked about, owned by the question's name, then its name
          // in apposition, says outright which it is)
          if (q.kind !== 'person' && ownedHeadApposed(toks, from, q.headTerm, entityTerms)) bonus *= NAMES_HEAD_BONUS;
          // ("Home Secretary David Blunkett" for "Who was Blair's press secretary?": another role of
          // the noun, its own noun before it and not the question's)
          if (headNoun && otherNounBeforeHead(toks, from - 1, q.headTerm, headNoun)) bonus *= OTHER_ROLE_HOLDER;
          // (or the question's noun with another word before it: "labour affairs correspondent" for "home affairs correspondent")
          else if (headNoun && otherWordBeforeHeadNoun(toks, from - 1, q, headNoun)) bonus *= OTHER_ROLE_HOLDER;
          // "Commons leader Peter Hain" for "Who is the Commons leader?": the title whole, not another leader's ("Tory leader Michael Howard")
          // (or its lower-case noun: "market analysts Chart-Track" for "Who are the market analysts?")
          if ((titleTerm || headNoun) && from > 1 && toks[from - 1]!.term === q.headTerm && !breaksAfter(toks, from - 2) &&
            ((titleTerm && wholeTitleBefore(toks, from, titleTerm)) || (toks[from - 2]!.term === headNoun && /^\p{Ll}/u.test(toks[from - 2]!.text)))) bonus *= WHOLE_TITLE_BONUS;
        }
        // ...as is one the noun stands in apposition after ("Bob Larribeau, principal analyst at Telecom View,")
        else if (q.kind === 'person' && q.headTerm && apposedHead(toks, sp.to, q.headTerm)) bonus *= 1.4;
        // ...or the role's letters after it ("Ruth Kelly MP")
        else if (q.kind === 'person' && postnominal && toks[sp.to + 1]!.term === q.headTerm && !breaksAfter(toks, sp.to)) bonus *= 1.4;
        // (so for a thing or a body: "the Gizmondo, a powerful gaming console with GPS and GPRS," for
        // "Which console …?", in commas with the noun heading the apposition, "Oliver Irish, editor of
        // gadget magazine Stuff," being no gadget; or the noun right after the name, "the Radio Shack
        // 101 project kit", where namesHeadNoun does not weigh it already)
        // (or after the noun and "such as": "new entrants such as Amazon and Blinkx" for "Which new
        // entrants …?", not "old rivals, such as Yahoo")
        else if ((q.kind === 'thing' || q.kind === 'organization') && q.headTerm &&
          ((/^,/.test(toks[sp.to]!.post) ? apposedThing(toks, sp.to, q.headTerm) : roleNamedAfter(toks, from, sp.to, q)) || exampleOf(toks, from, q.headTerm) ||
            headApposed(toks, from, q.headTerm))) bonus *= 1.4;
        // "The company's manager, Mohammad Bagher Shirinkar": a name in apposition to a singular noun
        // that stands in for the question's verb ("in charge of" → manager)
        // A plural noun stands in apposition to the list of names after its comma ("three Board of
        // Directors, Mostafa Sarmadi, …" for "Who directs X?").
        else if (from > 0 && toks[from - 1]!.term !== null && relationWords.has(toks[from - 1]!.term!) &&
          (toks[from - 1]!.tags.has('Singular') || (toks[from - 1]!.tags.has('Plural') && /^,/.test(toks[from - 1]!.post)))) bonus *= 1.4;
        // "in the East Kilbride seat" for "In which seat …?"
        // (not one a naming verb after it gives another name: "a new, low-cost [Macintosh] computer for
        // the masses, billed as the Mac mini" for "What is the new computer called?")
        const namesHead = namesHeadNoun(toks, from, sp.to, q) && !(q.asksName && renamedAfter(toks, sp.to));
        if (namesHead) bonus *= NAMES_HEAD_BONUS;
        // ("Heathrow anti-noise campaigners [HACAN Clearskies]" for "Which Heathrow anti-noise group …?":
        // a name right after the question's words for the noun asked about, and a noun of its own)
        else if (describedBefore(toks, from, q)) bonus *= NAMES_HEAD_BONUS;
        // ("the Derbyshire seat of Erewash" for "Which seat …?": the name the noun asked about is "of", in lower case before it)
        else if (q.kind !== 'person' && q.headTerm !== undefined && from > 1 && /^of$/.test(toks[from - 1]!.text) && toks[from - 2]!.term === q.headTerm && /^\p{Ll}/u.test(toks[from - 2]!.text) &&
          !breaksAfter(toks, from - 2) && !breaksAfter(toks, from - 1)) bonus *= NAMES_HEAD_BONUS;
        // ("the Celtic Warriors region" for "Which region's demise …?": a name of the noun the question
        // asks about by what it owns)
        // (or the possessive owning that noun: "Kenya's biggest shantytown" for "Which country's
        // biggest shantytown did Brown visit?")
        // (or a name right before that noun, in lower case, saying whose it is: "a Delaware court" for
        // "In which state's court …?", "a Toshiba study" for "Which company's study …?"; not a people's
        // word or another adjective, "a Greek tribunal" for "Which federation's tribunal …?")
        const namesOwner = !namesHead && !!q.ownerTerm && !breaksAfter(toks, sp.to) && (((toks[sp.to + 1]?.term === q.ownerTerm || (toks[sp.to + 1]?.term === q.headTerm && !toks[sp.to]!.tags.has('Demonym') && lexicon().senses(toks[sp.to]!.text.toLowerCase(), 'adj').length === 0)) && /^\p{Ll}/u.test(toks[sp.to + 1]!.text)) || ownsAskedHead(toks, sp.to, q));
        if (namesOwner) bonus *= NAMES_HEAD_BONUS;
        // ("alongside Josh Groban's Closer" for "What is Josh Groban's album?": a name right after the
        // possessive of the question's owner is what it owns, asked for by the noun, as a name the
        // noun follows is)
        const ownedByAsked = (q.kind === 'thing' || q.kind === 'name') && !!q.headTerm && from > 0 && /['’]s$/.test(toks[from - 1]!.text) && !breaksAfter(toks, from - 1) &&
          toks[from - 1]!.term !== null && (possessiveOwners.has(toks[from - 1]!.term!) || headOwners.has(toks[from - 1]!.term!));
        // Otherwise a lone capitalised word before a common noun modifies it ("an Iranian company"):
        // not a name. So is a possessive one ("Iran's 'state-sponsored' cyberactors").
        // (but not one before a name, which it says the name belongs to: "Sky Networks' Sophie
        // Turner Laing", "Chelsea's Frank Lampard")
        // So is one before a noun a name stands in apposition to ("US rival Grey Global"), which the
        // tagger may read as an adjective.
        // (a name of any length before a noun that owns what follows: "the BBC News website's poll")
        // ("Michael Buerk's return to Ethiopia" for "Who returned to Ethiopia?": the possessive before
        // the question's verb as a noun says who did it)
        const doerOfNoun = /['’]s$/.test(toks[sp.to]!.text) && !breaksAfter(toks, sp.to) && toks[sp.to + 1]?.term != null && verbTerms.has(toks[sp.to + 1]!.term!);
        // ("by Newcastle last Sunday": a date after it, no noun it modifies)
        // ("in the Nebraska town where he grew up" for "Where did he grow up?": a place before a noun for
        // a place is where that one is)
        // (not a people's word, nor before the noun "of" names: "the Norwegian town of Lillehammer")
        const placeInPlace = q.kind === 'place' && sp.type === 'place' && from === sp.to && !toks[from]!.tags.has('Demonym') && !breaksAfter(toks, sp.to) && /^\p{Ll}/u.test(toks[sp.to + 1]?.text ?? '') &&
          lexicon().nounClasses(toks[sp.to + 1]!.text, 1)[0] === 'noun.location' && !/^of$/i.test(toks[sp.to + 2]?.text ?? '');
        // ("has died at a London hospice" for "Where did X die?": a place before a building's noun
        // after "at" or "in" names where, given with that noun)
        // (or a body's name, given with the building's noun as any other venue is: "at the Hellenic
        // Olympic Committee building")
        const buildingAfter = q.kind === 'place' && (sp.type === 'place' || sp.type === 'organization' || sp.type === 'name') && !toks[from]!.tags.has('Demonym') && !breaksAfter(toks, sp.to) && /^\p{Ll}/u.test(toks[sp.to + 1]?.text ?? '') &&
          /^(at|in)$/i.test(toks[/^(a|an|the)$/i.test(toks[from - 1]?.text ?? '') ? from - 2 : from - 1]?.text ?? '') && lexicon().isKindOf(toks[sp.to + 1]!.text.toLowerCase(), 'noun', BUILDING, 1, BUILDING_DEPTH);
        const placeBuilding = buildingAfter && sp.type === 'place' && from === sp.to;
        if (placeBuilding) {
          push(from, sp.to + 1, Math.max(fitOf(q.kind, sp, toks.slice(from, sp.to + 1), q.headTerm !== undefined), VENUE_FIT), bonus, 'place', whole);
          continue;
        }
        // ("hotly-tipped Leeds band [Kaiser Chiefs]" for "Where are Kaiser Chiefs from?": a place
        // before the lower-case noun, a role, of the question's name is where that one is from)
        let roleEnd = sp.to + 1;
        while (roleEnd < toks.length && roleEnd - sp.to <= ORIGIN_ROLE_WORDS && /^\p{Ll}/u.test(toks[roleEnd]!.text) && !breaksAfter(toks, roleEnd - 1)) roleEnd++;
        const originOfAsked = q.kind === 'place' && q.trailingPreposition === 'from' && sp.type === 'place' && roleEnd > sp.to + 1 && toks[roleEnd - 1]!.tags.has('Noun') &&
          !breaksAfter(toks, roleEnd - 1) && toks[roleEnd]?.term != null && entityTerms.has(toks[roleEnd]!.term!);
        if (originOfAsked) bonus *= OBJECT_BONUS;
        const modifier = !namesHead && !namesOwner && !doerOfNoun && !placeInPlace && !buildingAfter && !originOfAsked && !relativeDateAfter(toks, sp.to) && (((from === sp.to || /['’]s$/.test(toks[sp.to + 1]?.text ?? '')) && toks[sp.to + 1] && !breaksAfter(toks, sp.to) && toks[sp.to + 1]!.tags.has('Noun') && /^\p{Ll}/u.test(toks[sp.to + 1]!.text)) ||
          // ("Whose show …?" asks for the possessive: "John Peel's BBC Radio 1 show")
          // (not one owning another noun than the question's: "JJ Johnson's trombone" for "Whose trumpet …?")
          ((/['’]s$/.test(toks[sp.to]!.text) || /^['’]/.test(toks[sp.to]!.post)) && (!WHOSE.test(q.text) || ownsOtherNoun(toks, sp.to, questionTerms)) && !saintsAlone(toks, from, sp.to) && (!properName(toks[sp.to + 1]) || (personsPossessive(toks, from, sp.to) && !toks[sp.to + 1]!.tags.has('Person')))) || (from === sp.to && !breaksAfter(toks, sp.to) && !!toks[sp.to + 1] && isApposedNoun(toks[sp.to + 1]!) && !breaksAfter(toks, sp.to + 1) && /^\p{Lu}/u.test(toks[sp.to + 2]?.text ?? '')) ||
          // ("the Europe-wide consortium" for "What is the name of the EU project?": a name a hyphen
          // joins to a word in lower case makes a modifier of both; not "the Microsoft-owned
          // Hotmail" for "Which firm owns Hotmail?", the question's own word)
          ((q.kind === 'name' || q.kind === 'thing' || q.kind === 'organization') && hyphenJoined(toks, sp.to) && /^\p{Ll}/u.test(toks[sp.to + 1]!.text) && !(toks[sp.to + 1]!.term !== null && questionTerms.has(toks[sp.to + 1]!.term!))));
        // "Liberal Democrat leader Charles Kennedy": a name before the role of a person named after it
        // says whose the role is; it is no place
        // (a role noun the tagger reads as a comparative: "US TV presenter Johnny Carson")
        // (or one the tagger reads as an adjective, for a player capped by a country: "former England
        // Under-21 international Stuart Taylor")
        const affiliation = q.kind === 'place' && sp.to > from && !breaksAfter(toks, sp.to) && !!toks[sp.to + 1] && (toks[sp.to + 1]!.tags.has('Noun') || lexicon().nounClasses(toks[sp.to + 1]!.text.toLowerCase(), 1)[0] === 'noun.person' || CAPPED.test(toks[sp.to + 1]!.text)) &&
          /^\p{Ll}/u.test(toks[sp.to + 1]!.text) && !breaksAfter(toks, sp.to + 1) && !!toks[sp.to + 2]?.tags.has('Person');
        // ("A [British Muslim] group has criticised …" for "Which group …?": words for a people,
        // before a noun in lower case, say whose it is, not its name)
        if (q.kind !== 'place' && peopleWordsBefore(toks, from, sp.to)) continue;
        // ("developing ultra-wideband technology [(UWB)]" for "Which company is developing
        // ultra-wideband technology?": letters in brackets right after the question's own words
        // shorten them)
        // (letters joined by "&" too: "Scottish and Newcastle [(S&N)]")
        if (from === sp.to && (toks[from]!.tags.has('Acronym') || /^\p{Lu}+&\p{Lu}+$/u.test(toks[from]!.text)) && from > 0 && (/\(\s*$/.test(toks[from - 1]!.post) || /\(\s*$/.test(toks[from]!.pre)) && /^\s*\)/.test(toks[from]!.post) &&
          toks[from - 1]!.term !== null && questionTerms.has(toks[from - 1]!.term!) && (toks[from]!.term === null || !questionTerms.has(toks[from]!.term!))) continue;
        // ("a film about the Mumbai [(Bombay)] blasts": a name in brackets right after a name of the
        // question's is its other name, which restates the question; not after a person's, where it
        // says where they are from or play for, "Jurgen Melzer (Austria)": a place's after a town's, a body's after a body's)
        if (from > 0 && (/\(\s*$/.test(toks[from - 1]!.post) || /\(\s*$/.test(toks[from]!.pre)) && /^\s*\)/.test(toks[sp.to]!.post) && /^\p{Lu}/u.test(toks[from - 1]!.text) &&
          toks[from - 1]!.term !== null && entityTerms.has(toks[from - 1]!.term!) && (((sp.type === 'place' || sp.type === 'name') && toks[from - 1]!.tags.has('Place') && !toks[from - 1]!.tags.has('Country')) || (sp.type === 'organization' && toks[from - 1]!.tags.has('Organization')))) continue;
        // ("Birgit Kuhlhoff, from [Sal Oppenheim] investment bank": a person's name the tagger reads
        // before a lower-case noun WordNet files as a group, a bank or a firm, names that body)
        // ("quoted by The Australian newspaper" for "Which newspaper …?": a word for a people after a
        // capitalised "The", before the noun asked about, is a title)
        const titledPeople = sp.type === 'demonym' && /^The$/.test(toks[sp.from]!.text) && sp.from > 0 && !breaksAfter(toks, sp.to) && q.headTerm !== undefined && toks[sp.to + 1]?.term === q.headTerm;
        const bodyNamed = (sp.type === 'person' && bodyNounAfter(toks, sp.to)) || titledPeople;
        let fit = fitOf(q.kind, bodyNamed ? { ...sp, type: 'organization' } : sp, toks.slice(from, sp.to + 1), q.headTerm !== undefined);
        if (ownedByAsked) fit = Math.max(fit, 1);
        // ("Bell could make his England debut" for "What injury has sidelined Vickery?", "Manchester
        // United striker Ole Gunnar Solskjaer" for "Which knee …?": a name is no injury or knee; see
        // UNNAMED_CLASSES)
        // (a coined word may be one, "Sars", "HIV")
        if (q.kind === 'thing' && sp.type !== 'demonym' && headOfNoName(q) && toks.slice(from, sp.to + 1).every((t) => !/^\p{Lu}{2,}/u.test(t.text) && (lexicon().isDictionaryWord(t.text) || t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization')))) fit *= OTHER_KIND_FIT;
        // ("banned … by the International Tennis Federation (ITF)" for "What banned substance did Koubek
        // test positive for?": a body, a person or a place is no substance, though a coined name may be one, "THG")
        else if (q.kind === 'thing' && (sp.type === 'organization' || sp.type === 'person' || sp.type === 'place') && headOfSubstance(q)) fit *= OTHER_KIND_FIT;
        // ("the magazine's editor, Conservative MP Boris Johnson" for "Which magazine carried Lord
        // Butler's interview …?": a person is no newspaper, magazine or website — though a programme's
        // or a book's title may read as a person's name, "The Wright Stuff" — unless the question asks
        // whose one is: "Which artist's postcard …?")
        else if (q.kind === 'thing' && sp.type === 'person' && !q.ownerTerm && headOfPress(q)) fit *= OTHER_KIND_FIT;
        // ("The administrators told [BBC News Online] that …" for "Which firm are the administrators of
        // Argonaut?": whom a source told is no answer, unless the question asks whom someone spoke to)
        if (/^(told|tells|telling)$/.test(wordBefore(toks, from)) && (q.asksSubject || !asksSaying(q))) fit *= OTHER_KIND_FIT;
        // ("poor sales since [Christmas] and delays to … albums by Coldplay" for "Which band's delayed
        // album …?": a name after "since" with no verb of its own is the time since which, no name asked,
        // unless the question asks since what: "… the biggest thing to hit New Zealand since what?")
        if ((q.kind === 'name' || q.kind === 'thing' || q.kind === 'organization' || q.kind === 'person') && !SINCE_ASKED.test(q.text) && sinceTime(toks, from, sp.to)) fit *= OTHER_KIND_FIT;
        // ("followed by those of five other barristers - [Nicholas Blake QC], …" for "Which barrister
        // resigned?": a name listed after "other" and the noun asked about is not the one asked)
        if (q.headTerm && listedAsOther(toks, from, q.headTerm)) fit *= OTHER_LISTED_FIT;
        // ("Jamie Foxx is tipped to win best actor" for "Which actress …?": a given name of the other sex)
        // (unless the noun asked about stands right before it, whatever the given name: "his wife Carey Lowell")
        if (askedSex && !(from > 0 && toks[from - 1]!.term === q.headTerm && !breaksAfter(toks, from - 1)) && toks.slice(from, sp.to + 1).some((t) => t.tags.has('FirstName') && t.tags.has(askedSex === 'female' ? 'MaleName' : 'FemaleName') && !t.tags.has(askedSex === 'female' ? 'FemaleName' : 'MaleName'))) fit *= OTHER_SEX_FIT;
        // ("who moved to the Bernabeu from [Liverpool]" for "Which club did Owen move from?": a town
        // after the question's own last preposition names a body WordNet files as a group, a club
        // or a team, by the town's name)
        if (q.kind === 'organization' && sp.type === 'place' && prepositionAsked && groupHead) fit = Math.max(fit, PLACE_BODY_FIT);
        // ("[Newcastle] have fined their Welsh striker" for "Which club fined Craig Bellamy?": a town
        // a plural verb follows is its side, as British reports write a club's name)
        if (q.kind === 'organization' && sp.type === 'place' && groupHead && !breaksAfter(toks, sp.to) && PLURAL_VERB.test(toks[sp.to + 1]?.text ?? '') && !/s$/.test(toks[sp.to]!.text)) fit = Math.max(fit, PLACE_BODY_FIT);
        // ("The French were the second most likely to buy": a nationality after "the" with no noun
        // of its own is its people, answering who as a people's name does)
        if (q.kind === 'person' && sp.type === 'demonym' && from === sp.to && from > 0 && /^the$/i.test(toks[from - 1]!.text) && !breaksAfter(toks, from - 1) &&
          (breaksAfter(toks, from) || !!toks[from + 1]?.tags.has('Verb'))) fit = Math.max(fit, PEOPLE_FIT);
        // ("the Lord Chancellor Lord [Falconer]": a name a courtesy title leads is a person's, even one
        // the dictionary has as a word)
        // (kept with it: "Lord Goldsmith")
        const titledAt = from < sp.to && courtesyTitle(toks[from]!) ? from : from > sp.from ? from - 1 : -1;
        if (q.kind === 'person' && sp.type === 'name' && titledAt >= 0 && courtesyTitle(toks[titledAt]!) && !breaksAfter(toks, titledAt) && /^\p{Lu}/u.test(toks[titledAt + 1]!.text)) fit = Math.max(fit, 1);
        // ("PowerPage's publisher Jason O-Grady" for "Who is PowerPage's publisher?": a person the
        // noun asked about titles holds it, though the noun's first sense is a body's)
        if (q.kind === 'organization' && sp.type === 'person' && WHO_ASKED.test(q.text) && from > 0 && toks[from - 1]!.term === q.headTerm && !breaksAfter(toks, from - 1)) fit = Math.max(fit, TITLED_PERSON_FIT);
        // ("said market analysts Chart-Track" for "Who are the market analysts?": a name the tagger could
        // not type, or a body's, the noun asked about titles in lower case right before it, holds the role)
        if (q.kind === 'person' && (sp.type === 'name' || sp.type === 'organization') && from > 0 && toks[from - 1]!.term === q.headTerm && /^\p{Ll}/u.test(toks[from - 1]!.text) && !breaksAfter(toks, from - 1)) fit = Math.max(fit, TITLED_PERSON_FIT);
        // ("Essex act Prodigy", "Rock band Keane" for "Who will headline …?", "Who won …?": a name a
        // noun for a band titles in lower case right before it answers who, as a person's does; not
        // "group", which titles bodies of every kind, "far-right group Proud Boys")
        if (q.kind === 'person' && WHO_ASKED.test(q.text) && (sp.type === 'name' || sp.type === 'organization') && from > 0 && PERFORMERS.test(toks[from - 1]!.text) && !breaksAfter(toks, from - 1)) fit = Math.max(fit, 1);
        // ("Wales centre Sonny Parker" for "Which centre will miss …?": a noun first a place the
        // articles use as a person's title, lower-case right before the name, asks for that person)
        if (q.kind === 'place' && WHICH.test(q.text) && sp.type === 'person' && from > 0 && toks[from - 1]!.term === q.headTerm && /^\p{Ll}/u.test(toks[from - 1]!.text) && !breaksAfter(toks, from - 1)) fit = Math.max(fit, TITLED_PERSON_FIT);
        // "the Lord Chancellor Lord Falconer", "The Lord Chief Justice, Lord Woolf," for "Who is the
        // Lord Chancellor?": the name the question's own title stands right before is its holder
        const titledByQuestion = !!roleAsked && titledBy(toks, sp.from, from, roleAsked);
        if (titledByQuestion) {
          fit = Math.max(fit, 1);
          bonus *= QUESTION_TITLE_BONUS;
        }
        // "80 workers at Argonaut headquarters in Edgware": a name the tagger could not type, right
        // after "in", is where, not who
        // (or "at": "Saturday's Rugby Aid match at Twickenham" for "Who captains the Southern Hemisphere side …?")
        if (q.kind === 'person' && sp.type === 'name' && from === start && /^(in|at)$/i.test(wordBefore(toks, from))) fit *= IN_NAME_PERSON_FIT;
        // "Harrow Crown Court" for "Which court …?": the name says it is what is asked for
        // (and "La Fenice Theatre" for "Which theatre did Viotti direct?": "which" asks for one by
        // name; "What castles were built …?" may be asking what sort)
        // (not a body a person's role names, for "Who …?": "the Office of the Deputy Prime Minister")
        if (endsInHead(toks, from, sp.to, q) && (q.kind !== 'thing' || WHICH.test(q.text)) && !(roleHeadAsked && sp.type === 'organization')) {
          fit = Math.max(fit, 1);
          // ("their new Emirates Stadium at Ashburton" for "What is Arsenal's new stadium called?": a
          // name asked for is the one the noun asked about ends, over a place beside it)
          if (q.kind === 'name' && q.asksName) bonus *= NAMES_HEAD_BONUS;
        }
        // ("a new, low-cost Macintosh computer …, billed as the [Mac mini]" for "What is Apple's new
        // computer called?": the name a naming verb gives is the one asked for, with the lower-case
        // words ending the phrase)
        let givenTo = buildingAfter ? sp.to + 1 : sp.to;
        // (not the first part of a quoted name, which the quotation's own reading gives whole: "is called
        // 'Improving Opportunity, Strengthening Society'")
        if (q.asksName && namedBy(toks, from) && !OPENING_QUOTE.test(toks[from]!.pre)) {
          bonus *= NAMED_BY_BONUS;
          let e = sp.to;
          while (e + 1 < toks.length && e - sp.to < NAME_TAIL_WORDS && !breaksAfter(toks, e) && /^\p{Ll}+$/u.test(toks[e + 1]!.text) && (toks[e + 1]!.tags.has('Noun') || toks[e + 1]!.tags.has('Adjective')) && !toks[e + 1]!.tags.has('Verb')) e++;
          if (e > sp.to && (e + 1 >= toks.length || breaksAfter(toks, e))) givenTo = e;
        }
        // ("Brian Harvey quit the show following a blazing row with [Janet Street-Porter]" for "Who quit
        // the show …?": a preposition's object after the question's verb is not its subject)
        // (so for a thing asked for by its noun: "The Aviator will win best film at the [Oscars]" for
        // "Which film will win best film …?")
        // (not "for", which may give what a thing was won for: "taking the best video prize for [Take Me Over]")
        if ((q.kind === 'person' || q.kind === 'organization' || (q.kind === 'thing' && q.headTerm !== undefined && !/^for$/i.test(wordBefore(toks, from)))) && q.asksSubject && !q.trailingPreposition && objectAfterVerb(toks, from, verbTerms)) fit *= PREPOSITION_OBJECT_FIT;
        // "Who sanctioned Emennet Pasargad?": "The United States sanctioned …", "the Treasury has
        // sanctioned …": a body or a country doing what "who" asks who did, as its subject
        // (not a place a preposition puts the subject in: "Historians in Florida have discovered …")
        if (q.kind === 'person' && q.asksSubject && q.headTerm === undefined && sp.type !== 'person' && sp.type !== 'demonym' && agentOf(toks, sp.to, verbTerms) &&
          !(from > 0 && toks[from - 1]!.tags.has('Preposition') && !breaksAfter(toks, from - 1))) fit = Math.max(fit, AGENT_FIT);
        if (prepositionObject) fit = Math.max(fit, AGENT_FIT);
        // "His album Egypt won …" for "Who won …?": a name after a noun for a work performed is the
        // work's title, not who, which body or where
        if ((q.kind === 'person' || q.kind === 'organization' || q.kind === 'place') && workNounBefore(toks, from, PERFORMED_WORK_KINDS)) fit *= WORK_TITLE_FIT;
        if (askedState && (sp.type === 'person' || sp.type === 'place' || sp.type === 'organization')) fit *= STATE_NAME_FIT;
        // ("Which cup competition have Newry City been thrown out of?": a contest, no player or manager
        // named whole; one word may be a place that names the contest, "Sydney")
        if (q.asksContest && sp.type === 'person' && sp.to > sp.from) fit *= STATE_NAME_FIT;
        // "Who did Slovakia beat?": with a place as the question's subject (a country's team), a place is who it beat
        // (not where it played: "in Perth", "at Twickenham")
        if (q.kind === 'person' && !q.asksSubject && sp.type === 'place' && placeSubject && !VENUE_BEFORE.test(wordBefore(toks, from))) fit = Math.max(fit, RIVAL_PLACE_FIT);
        // "at the Roosevelt Hotel", "in Hollywood": a body or a name the tagger could not type, after
        // "at" or "in", is a venue for "where"
        // (so is a "person" after "in the", as no one is: "in the Queen Vic", a pub)
        const venueTaken = sp.type === 'person' && from > 0 && /^the$/i.test(toks[from - 1]!.text) && !breaksAfter(toks, from - 1);
        // (not a body one holds shares in: "Shares in Cairn Energy have jumped")
        if (q.kind === 'place' && (sp.type === 'name' || sp.type === 'organization' || venueTaken) && /^(at|in)$/.test(wordBefore(toks, from)) && !heldIn(toks, from)) fit = Math.max(fit, VENUE_FIT);
        // ("died while playing for the Ireland against New Zealand … in Durban" for "Where did X
        // die?": a country one plays for or against is a side, not where; unless the question asks
        // whom someone plays for)
        if (q.kind === 'place' && WHERE_ASKED.test(q.text) && !q.trailingPreposition && sp.type === 'place' && SIDE_WORD.test(wordBefore(toks, from))) fit *= SIDE_PLACE_FIT;
        if (placeHead && placeOfOtherKind(toks.slice(from, sp.to + 1).map((t) => t.text).join(' '), placeHead)) fit *= OTHER_KIND_PLACE_FIT;
        // ("Solskjaer last played for [United]" for "Which country does Solskjaer play for?": a name
        // neither the tagger nor WordNet reads as a place answers "which country" no better than
        // a place of another kind)
        // (nor does a name the tagger reads as a place but WordNet, which has the world's countries,
        // does not: "Bannow Bay" for "What country did the Normans invade in 1169?")
        else if (countryHead && !lexicon().nounClasses(toks.slice(from, sp.to + 1).map((t) => t.text).join('_').replace(/['’]s$/, ''), 1).includes('noun.location')) fit *= OTHER_KIND_PLACE_FIT;
        // (and a name a noun for a work stands before is one: "family comedy [The Pacifier]")
        const awarded = askedWork && !/^by$/i.test(wordBefore(toks, from)) && namedAsHead(toks, sp.to, q.headTerm!);
        if (awarded) bonus *= AWARDED_BONUS;
        if (askedWork && (workNounBefore(toks, from) || awarded)) fit = Math.max(fit, 1);
        else if (askedWork && (sp.type === 'person' || sp.type === 'place' || sp.type === 'organization')) fit *= WORK_TITLE_FIT;
        // (not one right after the noun asked about: "its pamphlet, Notes For A Greener Town")
        else if (namedWork && !workNounBefore(toks, from) && !toks.slice(Math.max(0, from - 3), from).some((t) => t.term === q.headTerm) && (sp.type === 'place' || sp.type === 'organization' || (sp.type === 'person' && (courtesyTitle(toks[from]!) || titleWord(toks, from - 1))))) fit *= WORK_TITLE_FIT;
        // ...and "Who did Anna Brandt sue?": "sued Halden Bank", a body as the verb's object
        // (or "Which rival did WPP buy?": "bought US rival Grey Global", named by the noun asked about)
        if (q.kind === 'person' && objectOfAsked && (q.headTerm === undefined || (from > 0 && headedBy(toks, from - 1, q.headTerm))) && sp.type !== 'person' && sp.type !== 'demonym') fit = Math.max(fit, AGENT_FIT);
        // ...and "described as 'idle speculation' by Downing Street": who did it, named after "by"
        if (passiveAgent && (from === passiveAgent.agent || start === passiveAgent.agent || sp.from === passiveAgent.agent) && !namesNoun(toks, sp.to)) {
          if (sp.type !== 'person' && sp.type !== 'demonym') fit = Math.max(fit, AGENT_FIT);
          bonus *= OBJECT_BONUS;
        }
        // "the Kyoto Protocol" for "Where was the protocol signed?": a name ending in a common noun
        // of the question names what it asks about, not the answer
        // (unless a name is asked for: "called Bankash-A Trojan" for "What is the trojan program called?")
        if (q.kind !== 'thing' && !(q.kind === 'name' && q.asksName) && ownNounEnds(toks[sp.to]!, q)) fit *= MODIFIER_FIT;
        // ...and so is one set after that noun between commas ("launching his new party, Veritas, the
        // Latin for truth" for "Where will Kilroy-Silk launch his party?")
        else if (q.kind !== 'thing' && !(q.kind === 'name' && q.asksName) && from > 0 && /^,\s*$/.test(toks[from - 1]!.post) && ownNounEnds(toks[from - 1]!, q) && (sp.to + 1 >= toks.length || breaksAfter(toks, sp.to))) fit *= MODIFIER_FIT;
        // ("Nighty Night was named … over ITV1 shows Doc Martin and …" for "Which show was named …?":
        // a name before the noun asked about in the plural, and other names, has several of them; it is
        // none of them)
        if (q.headTerm !== undefined && headPluralAfter(toks, sp.to, q.headTerm)) fit *= MODIFIER_FIT;
        // "signed a trade protocol with the US" for "Where was the protocol signed?": who with, not where
        if (q.kind === 'place' && WHERE.test(q.text) && !q.trailingPreposition && PARTNER.test(wordBefore(toks, from))) fit *= PARTNER_FIT;
        // ("a day after Chelsea beat [Portsmouth]" for "Where did Arsenal play Chelsea?": a place another
        // verb takes as its object is what it did, not where)
        else if (q.kind === 'place' && WHERE.test(q.text) && !q.trailingPreposition && objectOfOtherVerb(toks, from, sp.to, verbTerms)) fit *= PARTNER_FIT;
        // "in Marcoussis, near Paris": the place after "near" says where the one before it is
        if (q.kind === 'place' && NEAR.test(wordBefore(toks, from)) && from > 1 && /^,\s*$/.test(toks[from - 2]!.post) && /^\p{Lu}/u.test(toks[from - 2]!.text)) fit *= NEAR_FIT;
        // ...and "signed in Cairo" says where by the question's own verb
        // (or by the noun the question asks where of: "a casino in Newcastle" for "Where is X's casino?")
        if (q.kind === 'place' && WHERE.test(q.text) && (verbIn(toks, from, verbTerms) || verbIn(toks, from, askedNouns))) bonus *= LOCATIVE_BONUS;
        // ("London-based options and futures exchange Liffe" for "Where is Euronext based?": a place
        // before "-based" says where the name it modifies is, here another than the question's)
        if (q.kind === 'place' && entityTerms.size > 0 && basedIn(toks, sp.to) && basedOther(toks, sp.to + 1, entityTerms)) fit *= OTHER_OWNER_FIT;
        // ("The German-based firm" for "Where is adidas based?": a place before "-based" says where,
        // asked where something is based, though the tagger reads "German" as a people's word)
        else if (q.kind === 'place' && basedIn(toks, sp.to) && verbTerms.has(BASED_TERM)) fit = Math.max(fit, 1);
        // (or, asked where a named thing is, by that name: "the Golden Temple in Amritsar" for
        // "Where is the Golden Temple?", a name the tagger does not know as a place's)
        else if (q.kind === 'place' && WHERE.test(q.text) && verbTerms.size === 0 && verbIn(toks, from, entityTerms)) {
          bonus *= LOCATIVE_BONUS;
          fit = Math.max(fit, 1);
        }
        // "The … director has denied … he warned Michael Howard" for "Who is the … director?"
        if ((q.kind === 'person' || q.kind === 'organization') && q.headTerm && verbTerms.size === 0 && inHeadPredicate(toks, from, q.headTerm)) fit *= HEAD_PREDICATE_FIT;
        // "…, the FBI said." for "Where is the virus contained?"
        // (any word of saying in the question may be its verb: "Which network monitoring firm warned …?")
        // (not a name the sentence gives the role asked about: "Agriculture minister Arnoldo Marquez
        // told Reuters …" for "Who is the agriculture minister?")
        // ('"…," David Kim, an analyst at Sejong Securities, told Reuters' for "Who is an analyst at
        // Sejong Securities?": nor one the sentence gives the role in apposition)
        // ('"…," said Hugh Williams, chair of the CBI's SME Council' for "Who chairs the CBI's SME
        // Council?": nor one an apposition gives the noun of the question's verb)
        const titled = (!!q.headTerm && ((from > 0 && headedBy(toks, from - 1, q.headTerm)) || apposedHead(toks, sp.to, q.headTerm))) ||
          [...roleVerbTerms].some((v) => apposedHead(toks, sp.to, v));
        const source = (sourceNoAnswer || speakerNoAnswer) && !titled ? reportSource(toks, from, sp.to) : false;
        // ('"Simon is one of Scotland's truly world class players …," said team-mate Chris Paterson'
        // for "Who said Taylor is one of …?": a name inside the quotation is what was said about, not
        // who said it, unless it says something itself there: '"Blair said …," Howard told …')
        if (sayerAsked && quote && quote[from]! > 0 && quote[sp.to] === quote[from] && !saysAfter(toks, sp.to)) fit *= QUOTED_NAME_FIT;
        // ("Spurs' sporting director Frank Arnesen" for "Who is in charge of Ajax?")
        // ("Rory Armes, studio general manager for … Electronic Arts" for "Who is Nintendo Europe's general manager?")
        if (q.kind === 'person' && entityTerms.size > 0 && (roleOfOther(toks, from, questionTerms, q.headTerm !== undefined, possessiveOwners) || (!!q.headTerm && apposedRoleOfOther(toks, sp.to, q.headTerm, entityTerms)))) fit *= OTHER_OWNER_FIT;
        // (where the question names whose role it asks about and the sentence names that body too, a
        // holder of that role, by its noun or a synonym, another body owns is none (elsewhere the other
        // may be the body's nickname, "Saints coach Ian Millward" for "the coach of St Helens"): "Arsenal manager Arsene Wenger" for "Who is the Bayern Munich coach?", "AMR's chief
        // executive Gerard Arpey" for "Who is the chief executive of American Express?")
        if (ownerInSentence && roleOfOtherAsked(q, toks, from, questionTerms)) fit *= OTHER_HOLDER_FIT;
        // ("… openings after The Producers, Mary Poppins and The Woman in White" for "Who wrote The
        // Woman in White?": a name listed with the work asked about is another work, not its maker)
        if (makingAsked && listedWithAsked(toks, from, sp.to, entityTerms)) fit *= OTHER_OWNER_FIT;
        // ("Deutsche Boerse's rival Euronext, which operates … derivatives market Liffe" for "Which
        // derivatives market does Deutsche Boerse own?": nor, for what a name did, one in a relative
        // clause of another name's, which says what that one did)
        if (!q.asksSubject && q.kind !== 'person' && subject.size > 0 && otherNamesClause(toks, from, subject, askedTerms)) fit *= OTHER_OWNER_FIT;
        // ("has won a Golden Globe and a Bafta for his supporting role in Closer" for "Which film did
        // Clive Owen win the Golden Globe for?": nor, for a thing, one "and" joins to a name the
        // question gives, which is alike to that one)
        // (unless it asks for another such: "… separates Bavaria from what other one?")
        // (nor, for a name or a place, one so joined: "Akon and Kaiser Chiefs" for "Where are Kaiser
        // Chiefs from?")
        if ((q.kind === 'thing' || q.kind === 'name' || q.kind === 'place') && entityTerms.size > 0 && !OTHER_ASKED.test(q.text) && joinedToAsked(toks, from, sp.to, entityTerms)) fit *= OTHER_OWNER_FIT;
        // (nor one given another day than the question's, which the sentence gives another: "Ras Kwame
        // on Wednesdays and dance DJ Rob Da Bank on Thursdays" for "Which DJ will be on air on Wednesdays?")
        if (otherDayAfter(toks, sp.to, questionTerms)) fit *= OTHER_DAY_FIT;
        // (nor the name of a noun the question gives, in apposition to it: "playing the Emperor of
        // Morocco in the first televised pantomime, [Dick Whittington]" for "Whom did he play in the
        // first televised pantomime?" names the pantomime the question means, not whom he played)
        if (apposedToAsked(toks, from, q, questionTerms)) fit *= APPOSED_ASKED_FIT;
        // (nor another name of the question's name: "Snoop Dogg - real name [Calvin Broadus] -" for
        // "Who sued Snoop Dogg?")
        if (entityTerms.size > 0 && !OTHER_NAME_ASKED.test(q.text) && aliasOfAsked(toks, from, entityTerms)) fit = 0;
        // (nor one before the question's verb in the passive with no one after "by", who was not its doer)
        if (noAgent !== undefined && sp.to < noAgent) fit *= OTHER_CLAUSE_FIT;
        if (afterPassive) fit *= OTHER_CLAUSE_FIT;
        // (nor, for who did something, one whose people did it: 'unnamed "allies" of Mr Blair … said')
        if (q.kind === 'person' && q.asksSubject && !q.headTerm && sp.type === 'person' && peopleOf(toks, from)) fit *= OTHER_OWNER_FIT;
        // (nor one beaten, for who won: "X beat his former co-star Lee Evans to win best musical actor")
        const overcome = q.asksSubject && verbTerms.has(WIN_TERM) && !beatAsked && (beaten(toks, from) || wonOverBy(toks, from));
        if (overcome) fit *= BEATEN_FIT;
        // (nor one who won a lesser medal, for who won: "Thanou, 29, won silver in the 100m" for "Who
        // won the Olympic 100m?")
        else if (q.asksSubject && verbTerms.has(WIN_TERM) && !LESSER_MEDAL.test(q.text) && wonLesserMedal(toks, sp.to)) fit *= BEATEN_FIT;
        // (or any name in a clause of its own without the question's verb: "… while Brad Bird won
        // best director … for his role as designer Edna Mode")
        // (one ending a relative clause before the question's verb is hardly its subject)
        if (actor) { /* (its clause is the film's, "starring …", with no verb of playing) */ }
        else if (endsRelativeClause(toks, from, sp.to, verbTerms) || endsRelativeAside(toks, from, sp.to, verbTerms)) fit *= RELATIVE_OBJECT_FIT;
        else if (subjectOfJoinedClause(toks, from, sp.to, verbTerms) || (nameClauses.verbClauses && !nameClauses.verbClauses.has(nameClauses.clauseOf[from]!))) fit *= OTHER_CLAUSE_FIT;
        // ...or, where the question asks who holds a role, in a clause of its own without the role's
        // noun ("Johnny Depp was favourite male movie star and Renee Zellweger was favourite leading lady")
        else if (roleClauses && !roleClauses.held.has(roleClauses.clauseOf[from]!)) fit *= OTHER_CLAUSE_FIT;
        if (source === 'after' ? sourceNoAnswer : source === 'before') fit *= SOURCE_FIT;
        // ("Pearce told BBC GMR": whom a report was told to, for a question about something else)
        else if (sourceNoAnswer && !titled && /^told$/i.test(wordBefore(toks, from))) fit *= SOURCE_FIT;
        // '…," said Ros Coward, who wrote the authorised biography' for "Who wrote the biography?": a
        // relative clause after the name doing the question's verb says the name did it, source or not
        // (the clause is of the name a place is "of": "Conchita Martinez of Spain, who ousted …" for
        // "Who ousted Dechy?" is Martinez, not Spain)
        const ofPlace = sp.type === 'place' && /^of$/i.test(wordBefore(toks, from)) && from > 1 && /^\p{Lu}/u.test(toks[from - 2]!.text) && !breaksAfter(toks, from - 2);
        // (not one a win was over, whatever else the clause says it won: "won best actor over The Office
        // creator Ricky Gervais, who won a special award for writing")
        if (q.asksSubject && !ofPlace && !overcome && relativeDoer(toks, placeOfEnd(toks, sp.to), verbTerms)) {
          fit = Math.max(fit, 1);
          bonus *= RELATIVE_DOER_BONUS;
        }
        // "Garden State, which he also directed" for "Which film did Zach Braff direct?": a relative
        // clause with a subject of its own doing the question's verb to the name says it is what was done
        // ("Beyond Borders, which starred Angelina Jolie and Clive Owen" for "In which film did Clive
        // Owen star?": a relative clause doing the question's verb with the question's name says the
        // name before it is the one asked, not the others it is listed with)
        if (!q.asksSubject && entityTerms.size > 0 && relativeWhichWith(toks, sp.to, verbTerms, entityTerms)) {
          fit = Math.max(fit, 1);
          bonus *= RELATIVE_DOER_BONUS;
        }
        if (objectAsked && relativeObject(toks, sp.to, verbTerms)) {
          fit = Math.max(fit, 1);
          bonus *= RELATIVE_DOER_BONUS;
        }
        // "Everton defender David Weir", "Arsenal's Brazilian midfielder Edu" for "Which club does
        // Edu play for?": a body before the role of the person the question names is the one asked
        // for, no mere modifier
        // (a club may go by its town's name, "Everton"; a nationality after a possessive is the
        // role's, "Arsenal's Brazilian midfielder")
        // "Casino Royale, author Ian Fleming's first James Bond book, is to be the next Bond film" for
        // "What is the next Bond film?": the name a form of "be" makes the noun asked about
        if (identityAsked && q.headTerm && copulaNamed(toks, from, sp.to, q.headTerm)) {
          fit = Math.max(fit, 1);
          bonus *= COPULA_NAME_BONUS;
        }
        // ("using the Royal Mail's postal redirection service" for "Whose postal redirection service
        // was used?": the owner in the possessive right before the noun asked about, a body's as well
        // as a person's)
        if (whoseNoun.size > 0 && /['’]s?$/.test(toks[sp.to]!.text) && !breaksAfter(toks, sp.to) && toks[sp.to + 1]?.term != null && whoseNoun.has(toks[sp.to + 1]!.term!)) {
          pushOwner(from, sp.to, Math.max(fit, 1), bonus * WHOSE_BONUS, sp.type, whole);
          continue;
        }
        let sideEnd = sp.to;
        while (sideEnd > from && toks[sideEnd]!.tags.has('Demonym') && /['’]s$/.test(toks[sideEnd - 1]!.text)) sideEnd--;
        // (asked by "for": "play for", "work for"; not "Which newspaper did William Hague talk to?"
        // for "Former Conservative leader William Hague")
        const side = q.kind === 'organization' && SIDE_PREPOSITION.test(q.trailingPreposition ?? '') && sp.type !== 'person' && roleThenName(toks, sideEnd, entityTerms);
        if (side) {
          fit = Math.max(fit, 1);
          bonus *= SIDE_BONUS;
        }
        if (side && sideEnd < sp.to) {
          pushOwner(from, sideEnd, fit, bonus, sp.type, whole);
          continue;
        }
        // ("A Dallas court agreed …" for "Which court agreed …?": a place naming the body the question
        // asks about, in lower case after it, is that body, given with its noun)
        if (q.kind === 'organization' && sp.type === 'place' && namesHead && /^\p{Ll}/u.test(toks[sp.to + 1]!.text)) {
          push(from, sp.to + 1, Math.max(fit, PLACE_BODY_FIT), bonus, 'organization', whole);
          continue;
        }
        // ("at Belmarsh prison, London, and Woodhill, Milton Keynes" for "Where is Woodhill prison?": a
        // name set off by commas right after the question's is where it is, whatever the tagger reads
        // it as — "Milton Keynes" a person)
        if (q.kind === 'place' && WHERE.test(q.text) && from > 0 && /^,\s*$/.test(toks[from - 1]!.post) && toks[from - 1]!.term !== null && entityTerms.has(toks[from - 1]!.term!) &&
          (sp.to + 1 >= toks.length || /^[,.;]/.test(toks[sp.to]!.post))) fit = Math.max(fit, APPOSED_PLACE_FIT);
        // (and one right after another name is that name's: "Belmarsh prison, London")
        else if (q.kind === 'place' && WHERE.test(q.text) && from > 0 && /^,\s*$/.test(toks[from - 1]!.post) && apposedToOther(toks, from, entityTerms)) fit *= OTHER_OWNER_FIT;
        // ("pick three hurdlers to go to Madrid" for "Which town is Allan Scott from?": a place someone
        // goes to is not where they are from)
        if (q.kind === 'place' && q.trailingPreposition === 'from' && /^(to|into)$/i.test(wordBefore(toks, from)) && !/^from$/i.test(toks[from - 3]?.text ?? '')) fit *= OTHER_KIND_FIT;
        // ("the BBC World Service programme Go Digital" for "In which city …?": a name after a noun
        // saying it is another sort of thing than the one asked about)
        if (q.kind === 'place' && from > 0 && otherSortBefore(toks, from, q)) fit *= OTHER_SORT_FIT;
        // ("processed outside the UK" for "Where would applications be processed?": where is outside
        // the place, said with it; not "in Marcoussis, outside Paris", above)
        const outside = q.kind === 'place' && WHERE.test(q.text) ? outsideAt(toks, from) : -1;
        if (outside >= 0 && !(outside > 0 && /^,\s*$/.test(toks[outside - 1]!.post))) {
          push(outside, givenTo, fit, bonus, sp.type, true);
          continue;
        }
        // ("the standard of Kaplan's refereeing" for "Who refereed …?": the doer without the possessive;
        // not before a verb in the past, where "'s" is the name's own: "Standard & Poor's upgraded")
        (doerOfNoun && (toks[sp.to + 1]!.tags.has('Noun') || toks[sp.to + 1]!.tags.has('Gerund')) ? pushOwner : push)(from, givenTo, fit * ((modifier || affiliation) && !side ? MODIFIER_FIT : 1), bonus, sp.type, whole);
      }
      // "What did Letwin call stamp duty?": "branding stamp duty a "classic Labour stealth tax"" — the
      // words in quotation marks a naming verb gives, after its object
      // (or in single ones, where the sentence has no double: "Dubbed 'le cost killer' for …")
      const named = quote ?? (namingAsked ? singleQuoteSegments(toks) : null);
      if (namingAsked && named) {
        const quote = named;
        for (let k = 0; k < toks.length; k++) {
          // (or "as": "attacked the package as a "bad piece of legislation"", "described it as "…"")
          if (!(NAMING_VERB.test(toks[k]!.text) || /^as$/i.test(toks[k]!.text)) || quote[k]) continue;
          for (let m = k + 1; m < toks.length && m - k <= NAMED_AFTER_WORDS; m++) {
            if (quote[m]) {
              let e = m;
              while (e + 1 < toks.length && quote[e + 1] === quote[m]) e++;
              if (e - m < NAMED_QUOTE_WORDS) push(m, e, 1, NAMED_QUOTE_BONUS, undefined, false, true);
              break;
            }
            if (/[,;:.!?()]/.test(toks[m]!.post)) break;
          }
        }
        // ('Andrew Marr said that Mr Brown's article was "a warning shot"' for "What did Marr call
        // Brown's article?": the words in quotation marks a form of "be" gives what the question's
        // verb names, in what someone said)
        const verbGroup = q.terms.find((t) => t.role === 'verb')?.group;
        const objectTerms = new Set(q.terms.filter((t) => verbGroup !== undefined && t.group > verbGroup && t.role !== 'verb').map((t) => t.term));
        for (let k = 2; k + 1 < toks.length && objectTerms.size > 0; k++) {
          if (!/^(is|was|are|were)$/i.test(toks[k]!.text) || quote[k] || !quote[k + 1] || toks[k - 1]!.term === null || !objectTerms.has(toks[k - 1]!.term!) || breaksAfter(toks, k - 1)) continue;
          if (!toks.slice(0, k - 1).some((t) => t.tags.has('Verb') && SAID_VERB.test(t.text))) continue;
          let e = k + 1;
          while (e + 1 < toks.length && quote[e + 1] === quote[k + 1]) e++;
          if (e - k <= NAMED_QUOTE_WORDS) push(k + 1, e, 1, NAMED_QUOTE_BONUS, undefined, false, true);
        }
      }
      // ('Meibion Glyndwr - which means "sons of Glyndwr" -' for "What does Meibion Glyndwr mean?":
      // the words in quotation marks right after "means")
      if (meaningAsked && quote) {
        for (let k = 0; k + 1 < toks.length; k++) {
          if (!MEANS.test(toks[k]!.text) || quote[k] || !quote[k + 1] || /[,;.!?()]/.test(toks[k]!.post.replace(/["“'‘]/g, ''))) continue;
          let e = k + 1;
          while (e + 1 < toks.length && quote[e + 1] === quote[k + 1]) e++;
          if (e - k <= NAMED_QUOTE_WORDS) push(k + 1, e, 1, NAMED_QUOTE_BONUS, undefined, false, true);
        }
      }
      // ("investing in new tools - called [middleware] -" for "What are the new tools called?": one
      // lower-case word a naming verb right after the noun asked about gives it, alone before a break)
      if (namingAsked && q.headTerm) {
        for (let k = 0; k + 2 < toks.length; k++) {
          const verb = toks[k + 1]!;
          const word = toks[k + 2]!;
          if (toks[k]!.term !== q.headTerm || !/^(\s*|\s+-\s+|,\s*)$/.test(toks[k]!.post) || !NAMING_VERB.test(verb.text) || !/^\s*$/.test(verb.post)) continue;
          if (/^\p{Ll}[\p{Ll}-]+$/u.test(word.text) && word.tags.has('Noun') && !word.tags.has('Determiner') && (k + 3 >= toks.length || breaksAfter(toks, k + 2) || SPACED_DASH.test(word.post))) push(k + 2, k + 2, 1, NAMED_QUOTE_BONUS, undefined, false, true);
        }
      }
      // "What is Labour's slogan?": the words in quotation marks the noun asked about gives, right
      // before or after it, or after "is", "would be", a colon ("the slogan "Britain is Working"", "Labour's
      // election slogan will be: "Britain's working, …"")
      if (quote && (q.kind === 'thing' || q.kind === 'name') && q.headTerm) {
        for (let k = 0; k < toks.length; k++) {
          if (toks[k]!.term !== q.headTerm || quote[k]) continue;
          // (or before it: 'Lycos Europe's "Make love not spam" campaign')
          if (k > 0 && quote[k - 1] && !/[,;.!?()]/.test(toks[k - 1]!.post.replace(/["”’']/g, ''))) {
            let b = k - 1;
            while (b > 0 && quote[b - 1] === quote[k - 1]) b--;
            if (k - 1 - b < HEAD_QUOTE_WORDS) push(b, k - 1, 1, NAMED_QUOTE_BONUS, undefined, false, true);
          }
          let m = k + 1;
          while (m < toks.length && m - k <= HEAD_QUOTE_GAP && !quote[m] && COPULA_WORD.test(toks[m]!.text) && !/[,;.!?()]/.test(toks[m - 1]!.post)) m++;
          if (m >= toks.length || !quote[m] || /[,;.!?()]/.test(toks[m - 1]!.post)) continue;
          let e = m;
          while (e + 1 < toks.length && quote[e + 1] === quote[m]) e++;
          if (e - m < HEAD_QUOTE_WORDS) push(m, e, 1, NAMED_QUOTE_BONUS, undefined, false, true);
        }
      }
      if (q.kind === 'thing') {
        // noun phrases: "a 'front company'", "voter intimidation"
        let i = 0;
        while (i < toks.length) {
          // (a length with its unit joined on modifies the noun too: "his [200m] title")
          const isNp = (t: Token) => (((t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Pronoun') && !t.tags.has('ProperNoun')) || UNIT_ATTACHED.test(t.text)) && !isCalendarWord(t) && !LATIN_ABBREVIATION.test(t.text);
          // ("blames this on a [2004] law" for "Which law …?": a year after an article, before the noun
          // asked about, tells which one; not "What dividend …?", "a 2004 dividend of 0.30 euros")
          const yearLed = WHICH.test(q.text) && isYearToken(toks[i]!) && i > 0 && toks[i - 1]!.tags.has('Determiner') && !breaksAfter(toks, i) && !!toks[i + 1] && toks[i + 1]!.term === q.headTerm && /^\p{Ll}/u.test(toks[i + 1]!.text);
          if (!isNp(toks[i]!) && !yearLed) { i++; continue; }
          let j = i;
          // (over a hyphen whatever the tagger read the next part as: "peer-to-peer technology")
          while (j + 1 < toks.length && (isNp(toks[j + 1]!) || toks[j]!.post === '-') && !/[,;:()!?]|\.\s/.test(toks[j]!.post) && j - i < 6) j++;
          // An adjective alone ("deterministic") is rarely the thing asked for; a noun phrase ends in a noun.
          let end = j;
          while (end > i && !toks[end]!.tags.has('Noun')) end--;
          // ("won bronze in the 200m" for "Which medal …?": a word WordNet joins to the noun asked
          // about in a noun of its own, "bronze medal", names a sort of it, though tagged an adjective)
          const compoundSort = !toks[end]!.tags.has('Noun') && compoundOfHead(toks[j]!.text, q);
          if (compoundSort) end = j;
          if ((!toks[end]!.tags.has('Noun') && !compoundSort) || timePhrase(toks, i, end)) { i = j + 1; continue; }
          // ("Halo" of "Halo 2 won …": part of a longer name, which is the answer whole)
          if (spans.some((sp) => sp.from <= i && sp.to > end)) { i = j + 1; continue; }
          // ("the huge [US] Carnival Corporation": nor one ending in a capitalised word a name goes on from)
          if (/^\p{Lu}/u.test(toks[end]!.text) && end === j && !breaksAfter(toks, end) && /^\p{Lu}/u.test(toks[end + 1]?.text ?? '') && spans.some((sp) => sp.from <= end + 1 && sp.to > end)) { i = j + 1; continue; }
          // "a person's" in "a person's left thumb" for "Which thumb …?": whose it is, not what
          if (/['’]s?$/.test(toks[end]!.text) && !breaksAfter(toks, end) && toks[end + 1]) { i = j + 1; continue; }
          // "What website did Millan launch?" asks for what was launched: not who did it ("Millan
          // and his friends launched a website")
          if (objectAsked && agentOf(toks, end, verbTerms)) { i = j + 1; continue; }
          let bonus = 1;
          const prep = q.trailingPreposition;
          const after = (k: number, word: string | undefined) => !!word && k > 0 && (toks[k - 1]!.text.toLowerCase() === word || (k > 1 && toks[k - 1]!.tags.has('Determiner') && toks[k - 2]!.text.toLowerCase() === word));
          const afterPrep = (k: number) => after(k, prep);
          // ("a production entitled The Golden Age, about [Renaissance art]" for "What is the production
          // about?", "resigned … over [the Iraq war]" for "Over what did Ms Short resign …?": a name
          // modifying the noun after the question's preposition is the phrase's)
          const askedPrep = prep ?? q.leadingPreposition;
          let lead = i;
          while (lead > 0 && /^\p{Lu}/u.test(toks[lead - 1]!.text) && toks[lead - 1]!.tags.has('ProperNoun') && !breaksAfter(toks, lead - 1) && i - lead < NAME_MODIFIER_WORDS) lead--;
          // (so does one after "the" wherever it stands: "hurt by the [Iraq controversy]" for "What
          // hurt Tony Blair?")
          const theLed = !askedPrep && lead > 0 && /^the$/i.test(toks[lead - 1]!.text) && !breaksAfter(toks, lead - 1);
          if (lead < i && (after(lead, askedPrep) || theLed) && !toks.slice(lead, i).some((t) => t.term !== null && questionTerms.has(t.term))) i = lead;
          const before = i > 0 ? toks[i - 1]! : undefined;
          if (afterPrep(i)) bonus = 2;
          // the object of the question's verb: "provides the region with drinking water", "use ... as"
          // (not, from a word of the verb's that may be its noun, across another preposition than the
          // question's: "faced robbery charges in [court]" for "What was Doherty charged with?"; a verb
          // in the past or in -ing may take what it is done with after one, "painted in a light colour")
          const verbAt = toks.findIndex((t, k) => k < i && k >= i - 4 && t.term !== null && verbTerms.has(t.term) &&
            (/(ed|ing)$/i.test(t.text) || t.tags.has('PastTense') || !toks.slice(k + 1, i).some((x) => x.tags.has('Preposition') && !/^of$/i.test(x.text) && x.text.toLowerCase() !== askedPrep)));
          // ...or, for "What could crack …?", its subject: the phrase before the verb ("a pressure
          // accumulator in the braking system could crack")
          // (no break, other verb or name between: "A tundra, with Ice Age flora and fauna, stretched",
          // "Lion King holds")
          const verbAfter = toks.findIndex((t, k) => k > end && k - end <= SUBJECT_VERB_WORDS && t.term !== null && verbTerms.has(t.term) && t.tags.has('Verb') &&
            !toks.slice(end, k).some((x, n) => breaksAfter(toks, end + n) || (n > 0 && ((x.tags.has('Verb') && !x.tags.has('Auxiliary') && !x.tags.has('Modal')) || /^\p{Lu}/u.test(x.text)))));
          if (verbAt >= 0 || (q.asksSubject && verbAfter >= 0)) bonus *= 1.3;
          // the question's own noun under another modifier ("a fixed set of rules" for "What uses a
          // flexible set of rules …?") restates the question and answers nothing; the noun asked
          // about under a modifier is the usual answer ("push technology" for "What technology …?")
          const own = toks[end]!.term;
          if (end > i && own !== null && own !== q.headTerm && questionTerms.has(own)) { i = j + 1; continue; }
          // ...nor does the question's words with a common noun of the sentence's after the noun asked
          // about, no sort of it ("the main export [product]" for "What was Nigeria's main export …?";
          // not "painkiller [oxycodone]", a word WordNet lacks)
          if (end > i && toks[end - 1]!.term === q.headTerm && toks.slice(i, end).every((t) => t.term !== null && questionTerms.has(t.term)) &&
            lexicon().nounClasses(toks[end]!.text.toLowerCase(), 1).length > 0 && !lexicon().isKindOf(toks[end]!.text.toLowerCase(), 'noun', [toks[end - 1]!.text.toLowerCase()], 3, 8)) { i = j + 1; continue; }
          // ...nor a noun "of" the noun asked about ("a [piece] of economic theory that explains all
          // this" for "What economic theory explains …?"): some of it, not which
          if (q.headTerm && end === j && ofHeadAfter(toks, end, q.headTerm, true)) { i = j + 1; continue; }
          // ...and what it is of, when that is no word of the question's ("transmission of interstate
          // threats"; not "charges of conspiracy" for "What charges …?")
          if (end === j && (own === null || !questionTerms.has(own)) && !breaksAfter(toks, end) && toks[end + 1]?.text.toLowerCase() === 'of' && toks[end + 2] && isNp(toks[end + 2]!) && /^\p{Ll}/u.test(toks[end + 2]!.text)) {
            let k = end + 2;
            while (k + 1 < toks.length && isNp(toks[k + 1]!) && !breaksAfter(toks, k) && k - end < OF_PHRASE_WORDS) k++;
            while (k > end + 2 && !toks[k]!.tags.has('Noun')) k--;
            if (toks[k]!.tags.has('Noun') && !toks.slice(end + 2, k + 1).some((t) => t.term !== null && questionTerms.has(t.term))) j = end = k;
          }
          // "What could crack …?": "a pressure accumulator in the braking system could crack" — the
          // subject is the phrase before the preposition, not its object
          // (but "by" after the question's verb in the passive names its doer: "had been hurt by the
          // Iraq controversy" for "What hurt Tony Blair?")
          const prepAt = before?.tags.has('Preposition') ? i - 1 : i > 1 && before?.tags.has('Determiner') && toks[i - 2]!.tags.has('Preposition') ? i - 2 : -1;
          const passiveDoer = prepAt > 0 && /^by$/i.test(toks[prepAt]!.text) && toks[prepAt - 1]!.term !== null && verbTerms.has(toks[prepAt - 1]!.term!) && /^["”’']?\s*$/.test(toks[prepAt - 1]!.post);
          if (q.asksSubject && prepAt >= 0 && !prep && !passiveDoer) bonus *= PREPOSITION_OBJECT_FIT;
          // ("a thigh injury" for "What injury …?": the noun asked about under a modifier of its own
          // names a sort of it; not one the question gives, "existing smartphone", nor whose it is,
          // "company's smartphone"; "Which X" asks for one by name)
          // (not for "Which region's demise …?", which asks which region: "summer demise" is no answer)
          const sortOfHead = end > i && own === q.headTerm && !WHICH.test(q.text) && !q.ownerTerm &&
            toks.slice(i, end).every((t) => !(t.term !== null && questionTerms.has(t.term)) && !/['’]s?$/.test(t.text) && !t.tags.has('Possessive'));
          // ("an immersive experience" for "Which river ran through …?": a common noun WordNet has,
          // no sort of the noun asked about, is not one)
          // (nor a list holding the noun asked about: "core public services, health, … and pensions")
          // ("the home premiere of hit [musical Mamma Mia!]" for "Which musical …?": nor a phrase in
          // lower case without the noun, for a work asked for by "which", which is asked by its title)
          // (nor a verb's "-ing" form, which the dictionary has as no noun: "decided against [competing]"
          // for "Which warm-up event did she decide against?")
          // (the noun asked about as the owner is not it: "the magazine's editor")
          // ("the best film award" for "Which film …?": nor one the noun only modifies)
          const otherSort = WHICH.test(q.text) && !!q.headTerm && /^\p{Ll}/u.test(toks[end]!.text) && !(own === q.headTerm && !/['’]s?$/.test(toks[end]!.text)) &&
            (otherKindThan(toks[end]!.text, q) || workNoun(q.terms.find((t) => t.term === q.headTerm)?.text ?? '', PERFORMED_WORK_KINDS, 1) ||
              (/ing$/i.test(toks[end]!.text) && lexicon().nounClasses(toks[end]!.text.toLowerCase(), 1).length === 0));
          // ("pancreatic cancer" for "What illness …?": a noun WordNet files under the noun asked about)
          const sortWord = !sortOfHead && !compoundSort && !otherSort && q.kind === 'thing' && own !== q.headTerm && /^\p{Ll}/u.test(toks[end]!.text) && isSortOfHead(toks[end]!.text, q);
          // (nor a body's, a person's or a place's name for a substance: "(ITF)" for "What banned substance …?")
          const namedNoSubstance = headOfSubstance(q) && (toks.slice(i, end + 1).some((t) => t.tags.has('Organization') || t.tags.has('Person') || t.tags.has('Place')) || (i === end && bracketedInitials(toks, i)));
          push(i, end, (sortOfHead || compoundSort || sortWord ? HEAD_SORT_FIT : 0.6) * (otherSort ? OTHER_SORT_FIT : 1) * (namedNoSubstance ? OTHER_KIND_FIT : 1), bonus);
          i = j + 1;
        }
        // "set an Olympic record of 12.37" for "What Olympic record did Hayes set?": the amount the
        // noun asked about is "of" is what it is, with its unit and hedge ("a time of 9.85 seconds",
        // "a capitalisation of about $2.95bn")
        // (for "What is EA's capitalisation?", not when the owner asked about is named only after it:
        // "Activision has a capitalisation of $2.95bn, compared to EA's $17.8bn", which gives the
        // owner's amount right after its name)
        const owners = possessiveOwners;
        const amountFrom = (from: number) => {
          if (!toks[from] || !isNumber(toks[from]!)) return -1;
          // (or its currency: "a dividend of 0.30 euros")
          const currency = currencyWords(toks, from);
          if (currency > 0) return from + currency;
          const unit = toks[from + 1];
          return unit && !breaksAfter(toks, from) && (MEASURE_UNIT.test(unit.text) || TIME_UNIT_WORD.test(unit.text)) ? from + 1 : from;
        };
        for (let k = 0; q.headTerm && k + 1 < toks.length; k++) {
          // ("demanding a 53% pay rise" for "What pay rise are tube workers demanding?": a share or
          // a sum right before the noun asked about, and its modifiers, is what it is)
          if (isMoney(toks[k]!) || /^\d[\d.,]*%$/.test(toks[k]!.text)) {
            let m = k + 1;
            while (m < toks.length && m - k <= AMOUNT_HEAD_WORDS && !breaksAfter(toks, m - 1) && toks[m]!.term !== q.headTerm && /^\p{Ll}/u.test(toks[m]!.text) && (toks[m]!.tags.has('Noun') || toks[m]!.tags.has('Adjective'))) m++;
            if (m < toks.length && m - k <= AMOUNT_HEAD_WORDS && toks[m]!.term === q.headTerm && !breaksAfter(toks, m - 1)) push(k, k, HEAD_SORT_FIT);
          }
          if (owners.size > 0 && toks[k]!.term !== null && owners.has(toks[k]!.term!) && /['’]s?$/.test(toks[k]!.text) && !breaksAfter(toks, k)) {
            const e = amountFrom(k + 1);
            if (e >= 0) push(k + 1, e, HEAD_SORT_FIT);
          }
          if (toks[k]!.term !== q.headTerm || breaksAfter(toks, k) || !/^of$/i.test(toks[k + 1]!.text) || breaksAfter(toks, k + 1) || !toks[k + 2]) continue;
          const hedged = LEVEL_HEDGE.test(toks[k + 2]!.text) && !breaksAfter(toks, k + 2) ? 1 : 0;
          const e = amountFrom(k + 2 + hedged);
          if (e < 0) continue;
          const ownerBefore = owners.size === 0 || toks.slice(0, k).some((t) => t.term !== null && owners.has(t.term));
          push(k + 2, e, HEAD_SORT_FIT * (ownerBefore ? 1 : OTHER_OWNER_AMOUNT_FIT));
        }
      }
      break;
    }
    case 'date': {
      // "When was the Muslim Association of Britain founded?": not the date of "launched Respect, …"
      if (doneToOther(q, toks, verbTerms, entityTerms)) break;
      // ("Yahoo is planning to get into the game in January and AOL is expected to offer desktop
      // searching early next year": "and" before a subject and a verb again opens a clause of its own)
      const { clauseOf, verbClauses } = verbClausesOf(toks, verbTerms, subject, true);
      const verbAside = asideOfVerb(toks, verbTerms);
      const gerundAt = toks.findIndex((t, k) => k > 0 && t.term !== null && verbTerms.has(t.term) && t.tags.has('Gerund') && TIME_LINK.test(toks[k - 1]!.text) && !breaksAfter(toks, k - 1));
      const last = q.terms[q.terms.length - 1];
      // (or a named one after another name: "When was Wales' last Grand Slam?")
      const namedEvent = last?.role === 'entity' && q.terms.some((t) => t.role === 'entity' && t.group < last.group);
      const eventTerm = last && (((last.role === 'other' || last.role === 'head') && !last.essential) || namedEvent) && EVENT_ASKED.test(q.text) && !q.terms.some((t) => t.role === 'verb') ? last.term : undefined;
      const dayAsked = q.headTerm === DAY_TERM;
      let i = 0;
      while (i < toks.length) {
        const isDate = (t: Token) => (t.tags.has('Date') && !ordinalModifier(toks, toks.indexOf(t))) || t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Year') || SEASON.test(t.text) || (/^(New|Year)$/.test(t.text) && holidayAt(toks, toks.indexOf(t)));
        // "the 10th and 11th centuries", "the 6th century BC" (and "the 1990s", below)
        const end = centuryEnd(toks, i);
        if (end >= 0) {
          push(i, end, 1);
          i = end + 1;
          continue;
        }
        // (with the part of it: "the late 1980s", "the mid-to-late 1980s")
        if (/^\d{4}s$/.test(toks[i]!.text)) { push(relativeDateStart(toks, i), i, 0.9); i++; continue; }
        // "the day after the elections", "a week before the vote", "27 years after his death"
        if (/^(day|week|month|year|night|morning|evening|weekend)s?$/i.test(toks[i]!.text) && /^(after|before)$/i.test(toks[i + 1]?.text ?? '')) {
          let end = i + 1;
          while (end + 1 < toks.length && end < i + 5 && !breaksAfter(toks, end) && !toks[end + 1]!.tags.has('Verb') && (!toks[end + 1]!.tags.has('Pronoun') || (end === i + 1 && POSSESSIVE_PRONOUN.test(toks[end + 1]!.text)))) end++;
          const start = i > 0 && (toks[i - 1]!.tags.has('Determiner') || isNumber(toks[i - 1]!)) && !breaksAfter(toks, i - 1) ? i - 1 : i;
          push(start, end, 0.8);
          i = end + 1;
          continue;
        }
        // "the 2006/07 season", "season 1992/93": a season's two years are a date
        if (SEASON_YEARS.test(toks[i]!.text)) {
          let from = i > 0 && /^season$/i.test(toks[i - 1]!.text) && !breaksAfter(toks, i - 1) ? i - 1 : i;
          const end = from === i && /^season$/i.test(toks[i + 1]?.text ?? '') && !breaksAfter(toks, i) ? i + 1 : i;
          // ("the start of the 2006/07 season": with the part of it)
          if (from === i && from > 3 && /^the$/i.test(toks[i - 1]!.text) && /^of$/i.test(toks[i - 2]!.text) && PERIOD_PART.test(toks[i - 3]!.text) && /^the$/i.test(toks[i - 4]!.text) &&
            [1, 2, 3, 4].every((d) => !breaksAfter(toks, i - d))) from = i - 4;
          push(from, end, 1);
          i = end + 1;
          continue;
        }
        // "by the end of the decade", "at the start of the season": a part of a stretch of time named
        // by a noun, with no number to date it
        const partEnd = periodPartEnd(toks, i);
        if (partEnd > i) {
          push(i - 1, partEnd, PERIOD_PART_FIT);
          i = partEnd + 1;
          continue;
        }
        // ("with 2012 the most recently proposed date": a year the tagger read as a bare number, after a
        // preposition, with no noun it counts after it)
        const bareYear = BARE_YEAR.test(toks[i]!.text) && i > 0 && toks[i - 1]!.tags.has('Preposition') && !breaksAfter(toks, i - 1) && !(toks[i + 1] && !breaksAfter(toks, i) && toks[i + 1]!.tags.has('Noun') && /^\p{Ll}/u.test(toks[i + 1]!.text));
        if (!isDate(toks[i]!) && !bareYear) { i++; continue; }
        let j = i;
        for (;;) {
          const n = toks[j + 1];
          if (!n) break;
          // (not over a dash with spaces round it: "in March - one by Coldplay and one by Gorillaz -")
          if (SPACED_DASH.test(toks[j]!.post)) break;
          if (isDate(n) || (isNumber(n) && !BREAK.test(toks[j]!.post))) { j++; continue; }
          // (or a year the tagger read as a bare number after one: "between 1953 and 1956")
          const bareYears = BARE_YEAR.test(toks[j]!.text) && BARE_YEAR.test(toks[j + 2]?.text ?? '');
          if (['and', 'to', 'until', 'through'].includes(n.text.toLowerCase()) && toks[j + 2] && (isDate(toks[j + 2]!) || (bareYears && !breaksAfter(toks, j)))) { j += 2; continue; }
          // "the spring of 2006": a season of a year is one date
          if (SEASON.test(toks[j]!.text) && /^of$/i.test(n.text) && !breaksAfter(toks, j) && toks[j + 2] && isYearToken(toks[j + 2]!)) { j += 2; continue; }
          break;
        }
        j = partOfDayEnd(toks, j);
        // ("in January next year": a month and the year it is in, relative to now, are one date)
        const relativeYear = toks[j]!.tags.has('Month') && relativeDateAfter(toks, j) && /^year$/i.test(toks[j + 2]!.text);
        if (relativeYear) j += 2;
        const start = rankedUnitStart(toks, dayRangeStart(toks, i));
        let from = relativeDateStart(toks, start);
        if (from === start && start > 0 && ['between', 'from', 'since'].includes(toks[start - 1]!.text.toLowerCase())) from = start - 1;
        // ("before the end of February", "until 2008": a date that bounds, with the word that says which way)
        else if (from > 0 && /^(before|until|till)$/i.test(toks[from - 1]!.text) && !breaksAfter(toks, from - 1)) from--;
        // "years ago", "yr BP" date nothing without the amount before them
        const amount = unitDateStart(toks, from, j);
        if (amount < 0) { i = j + 1; continue; }
        if (amount < from) {
          // "For more than 20 years, he was …": a length of time, which dates nothing without
          // "ago", "later" or "before" after it
          // (but "expected to be complete in three weeks": a length after "in" or "within" in a
          // sentence about what is to come dates it from now)
          // (and one after "after" dates it from the start of what it is in: "our first attack … after
          // 22 minutes")
          const ahead = amount > 0 && !breaksAfter(toks, amount - 1) && ((/^(in|within)$/i.test(toks[amount - 1]!.text) && toks.some((t) => FUTURE_CUE.test(t.text))) || /^after$/i.test(toks[amount - 1]!.text));
          if (!ahead && !toks.slice(i, j + 2).some((t) => POINT_IN_TIME.test(t.text))) { i = j + 1; continue; }
          from = ahead ? amount - 1 : amount;
          while (j + 1 < toks.length && !breaksAfter(toks, j) && TIME_UNIT_WORD.test(toks[j + 1]!.text)) j++; // "… yr BP"
        }
        const n = toks.slice(i, j + 1);
        let fit = n.some((t) => t.tags.has('Month') || t.tags.has('Year') || /^\d{4}$/.test(t.text)) ? 1 : DAY_ONLY_FIT;
        const unit = q.headTerm === undefined ? undefined : DATE_UNITS.get(q.headTerm);
        if (unit && !n.some((_, k) => unit(toks, i + k))) fit *= OTHER_UNIT_FIT;
        const lead = start > 0 && q.leadingPreposition && toks[start - 1]!.text.toLowerCase() === q.leadingPreposition ? 1.5 : 1;
        // "Sky first scooped the rights in 1999, but the BBC won them back in 2001": the date in the
        // question's verb's own clause
        if (verbClauses && !verbClauses.has(clauseOf[i]!)) fit *= OTHER_CLAUSE_FIT;
        // ("announce there will be a general election on 5 May" for "When will the election be
        // announced?": a date in what the question's verb reports dates what is reported)
        else if (reportedAfterVerb(toks, i, verbTerms)) fit *= OTHER_CLAUSE_FIT;
        // ("slid down the rankings in the second half of 2004 after contracting the illness in April"
        // for "When did she contract the illness?": the question's verb in a phrase of "after" and
        // its -ing form is dated inside that phrase, not before it)
        else if (gerundAt >= 0 && j < gerundAt - 1) fit *= OTHER_CLAUSE_FIT;
        // ("The police chief said last week that the plans … should be re-examined" for "When do the
        // plans come into force?": without the question's verb, a date right after a verb of saying
        // dates the saying)
        else if (!asksSaying(q) && !toks.some((t) => t.term !== null && verbTerms.has(t.term)) && saidBefore(toks, from)) fit *= OTHER_CLAUSE_FIT;
        // ("Economic output declined 0.2% in 2003 and President X - elected … in 2002 - was criticised"
        // for "When was X elected?": the question's verb in an aside between dashes is dated there)
        else if (verbAside && verbAside[i] !== verbAside.at) fit *= OTHER_CLAUSE_FIT;
        // ("takes place on Friday with the final scheduled for [Saturday]" for "When is the triple
        // jump final?": with no verb of its own, the question asks the date of its last noun, which
        // a date a few words after that noun gives)
        if (eventTerm !== undefined && datedEventBefore(toks, from, eventTerm)) fit *= EVENT_DATE_BONUS;
        // ("issued in February, in line with the UN Convention … of June 2003": a date after "of"
        // dates the noun before it, unless the question asks about that noun)
        // (not one the date's own phrase takes in: "by the end of February")
        if (from === start && datedNounOf(toks, i, questionTerms)) fit *= ATTRIBUTIVE_YEAR_FIT;
        // "has not played in the Australian Open since 2001": when it last happened, not when anything began
        if (from < start && /^since$/i.test(toks[from]!.text) && deniedBefore(toks, from) && !QUESTION_NEGATION.test(q.text)) fit *= MODIFIER_FIT;
        // "January's Australian Open": a possessive date modifies what follows, as a possessive name does
        // (and dates it: "Saturday's speech" for "On which day will Kennedy give his temple speech?",
        // where the question asks about what follows)
        // (a day's, not a month's: "January's Australian Open" for "When does the Australian Open start?"
        // names the month of the whole event, where a sentence may give its day)
        if (/['’]s$/.test(toks[j]!.text) && !(toks[j]!.tags.has('WeekDay') && toks[j + 1]?.term != null && questionTerms.has(toks[j + 1]!.term!) && !breaksAfter(toks, j))) fit *= MODIFIER_FIT;
        // ("the Wales Open in 1989 and the Mostyn Open in 1991" for "When did she win the Mostyn
        // Open?": a date right after another name, where one follows the question's, is that name's)
        if (entityTerms.size > 0 && datesOtherNameAfter(toks, i, entityTerms)) fit *= OTHER_DAY_FIT;
        // ("This year, Italy … ended up losing 28-17" for "On which day did Italy lose …?": a day asked
        // for is given by a day — a weekday, a day of a month, "yesterday", a holiday —, not a year or a month)
        if (dayAsked && !namesDay(toks, from, j)) fit *= MODIFIER_FIT;
        // (a longer date says more, but not by a year relative to now: "April last year" says no more than "last April")
        push(from, j, fit * (datesOtherNoun(toks, i, j, questionTerms) ? ATTRIBUTIVE_YEAR_FIT : 1), ((relativeYear ? j - 2 : j) > i ? 1.2 : 1) * lead);
        i = j + 1;
      }
      break;
    }
    case 'number':
    case 'money':
    case 'age':
    case 'duration':
    case 'measure': {
      // "Which anniversary …?": an ordinal before the noun asked about ("its 36th anniversary"), or
      // before the name of the thing that came round again ("the 15th British Comedy Awards")
      if (q.asksOrdinal) {
        toks.forEach((t, k) => {
          if (!ORDER_PLACE.test(t.text) || breaksAfter(toks, k)) return;
          // (past an adjective: "the 15th annual British Comedy Awards")
          const m = toks[k + 1]?.tags.has('Adjective') && /^\p{Ll}/u.test(toks[k + 1]!.text) && !breaksAfter(toks, k + 1) ? k + 2 : k + 1;
          const n = toks[m];
          if (n?.term === q.headTerm) push(k, m, 1);
          // (not a turn or a round, which are counted within something, not named: "a first Six
          // Nations victory" for "Which round of the Six Nations …?")
          else if (n && /^\p{Lu}/u.test(n.text) && !COUNTED_WITHIN.test(q.headTerm ?? '')) push(k, k, ORDINAL_NAME_FIT);
        });
        break;
      }
      // "Where did Sotherton finish in Athens?": "Sotherton finished third", a place in an order, and
      // no count ("12th place" whole)
      if (q.asksRank) {
        toks.forEach((t, k) => {
          // ("World number 46 Rusedski", "the world No 1": a ranking's number; another's when a name
          // the question does not give follows, "world number six Dementieva")
          const holder = toks[k + 2];
          const othersRank = !!holder && !breaksAfter(toks, k + 1) && /^\p{Lu}/u.test(holder.text) && !(holder.term !== null && entityTerms.has(holder.term));
          if (rankNumberAt(toks, k)) push(k, k + 1, othersRank ? OTHER_OWNER_FIT : 1);
          // ("has slipped to eight in the world": a number "in the world" is a ranking's)
          if (isNumber(t) && !isYearToken(t) && /^in the world$/i.test(toks.slice(k + 1, k + 4).map((x) => x.text).join(' ')) && !breaksAfter(toks, k) && !RANK_NUMBER.test(toks[k - 1]?.text ?? '')) push(k, k, 1);
          // ("the 187th-ranked Arvind Parmar": a place joined to "ranked" or "seeded", the name's after it)
          const joined = /^(.+)-(?:ranked|seeded)$/i.exec(t.text);
          if (joined && ORDER_PLACE.test(joined[1]!)) {
            const owner = toks[k + 1];
            const own = !breaksAfter(toks, k) && !!owner && owner.term !== null && entityTerms.has(owner.term);
            out.push({ text: joined[1]!, key: keyOf(q.kind, joined[1]!), score: ev.score * proximity(k, k), fit: own ? 1 : OTHER_OWNER_FIT, evidence: ev, position: k });
          }
          if (!ORDER_PLACE.test(t.text)) return;
          // (not an ordinal of another noun, nor one of several: "the second round", "the first of his
          // three match points")
          const n = breaksAfter(toks, k) ? undefined : toks[k + 1];
          if (n && (/^of$/i.test(n.text) || (n.tags.has('Noun') && /^\p{Ll}/u.test(n.text) && !RANK_NOUN.test(n.text)))) return;
          // (another's, where a name the question does not give follows: "third seed Joachim
          // Johansson" for "What seed is Lopez?")
          const ranked = !!n && RANK_NOUN.test(n.text);
          let holderEnd = k + 1;
          while (ranked && holderEnd + 1 < toks.length && !breaksAfter(toks, holderEnd) && /^\p{Lu}/u.test(toks[holderEnd + 1]!.text)) holderEnd++;
          const othersPlace = holderEnd > k + 1 && !toks.slice(k + 2, holderEnd + 1).some((x) => x.term !== null && entityTerms.has(x.term));
          push(k, ranked ? k + 1 : k, othersPlace ? OTHER_OWNER_FIT : 1);
        });
        break;
      }
      if (q.kind === 'age') {
        // "the 30-year-old": the number is the answer, the more so next to the question's name
        // ("the 30-year-old Henson"; not "The 26-year-old will face competition … from Gavin Henson")
        toks.forEach((t, k) => {
          const m = ONE_WORD_AGE.exec(t.text);
          const byName = namedAt.length === 0 || namedAt.some((x) => Math.abs(x - k) <= AGE_NAME_GAP);
          const other = !byName && /^the$/i.test(toks[k - 1]?.text ?? '');
          if (m) out.push({ text: m[1]!, key: m[1]!, score: ev.score * proximity(k, k) * (byName ? 1.5 : 1), fit: 1.1 * (other ? OTHER_AGE_FIT : 1), evidence: ev, position: k });
        });
      }
      // "as long as [a year]", "for [a month]": one of a unit, after a word that gives a length
      if (q.kind === 'duration') {
        toks.forEach((_, k) => {
          if (oneUnitLength(toks, k)) push(k, k + 1, ONE_UNIT_FIT);
        });
      }
      // "a place in the 32-strong squad" for "How many athletes are in Kenya's squad?": a group's size
      // joined to "strong", before a noun of the group the question names (past its describing words),
      // for a count or a size asked, no level ("the nine-strong rate-setting committee" for "At what
      // level did the Bank of England hold interest rates?")
      if (q.kind === 'number' && SIZE_ASKED.test(q.text)) {
        toks.forEach((t, k) => {
          // (the tokens are the number, its hyphen after it, and "strong")
          if (!isNumber(t) || t.post !== '-' || !/^strong$/i.test(toks[k + 1]?.text ?? '') || breaksAfter(toks, k + 1)) return;
          let g = k + 2;
          while (g < toks.length && g - k - 1 <= STRONG_GROUP_WORDS && !questionTerms.has(toks[g]!.term ?? '') && !breaksAfter(toks, g) && (toks[g]!.tags.has('Adjective') || toks[g]!.tags.has('Noun'))) g++;
          if (g < toks.length && g - k - 1 <= STRONG_GROUP_WORDS && questionTerms.has(toks[g]!.term ?? '')) out.push({ text: t.text, key: keyOf(q.kind, t.text), score: ev.score * proximity(k, k) * JOINED_COUNT_FIT, fit: JOINED_COUNT_FIT, evidence: ev, position: k });
        });
      }
      // "a new 60,000-seat stadium" for "How many seats …?": the count joined to the noun asked about
      if (q.kind === 'number' && q.headTerm) {
        toks.forEach((t, k) => {
          const m = /^(\d[\d,.]*)-(\p{Ll}+)$/u.exec(t.text);
          if (m && normalizeTerm(m[2]!) === q.headTerm) out.push({ text: m[1]!, key: keyOf(q.kind, m[1]!), score: ev.score * proximity(k, k) * JOINED_COUNT_FIT, fit: JOINED_COUNT_FIT, evidence: ev, position: k });
        });
      }
      // ("The Tories claim £35bn efficiency savings, while Labour has offered £22bn savings" for
      // "How much has Labour offered?": the amount in the clause of the question's verb)
      // (of two clauses with the verb, or a word standing in for it, the one holding more of the
      // question's other words: "4% thought the Conservatives were in power - while 2% believed the
      // Lib Dems were" for "What percentage thought the Conservatives were in power?")
      const { clauseOf, verbClauses } = verbClausesOf(toks, verbTerms, subject, false, contentTerms);
      const { stretchOf, verbStretches } = verbStretchesOf(toks, verbTerms, questionTerms);
      // ("Applications from England and Wales rose by 17%" for "… from Wales …?": an amount of the
      // question's name taken together with another's)
      const joint = jointlyNamed(toks, entityTerms) ? JOINT_AMOUNT_FIT : 1;
      // ("Alitalia lost 330m euros in 2003" for "How much did Lufthansa lose in 2003?": a sentence
      // without the question's subject whose verb another name does says what that name did)
      // ("Vexa employs 9,000 people while AT&T [employs] 47,000" for "How many … does AT&T employ?":
      // an amount after a use of the verb another name does, where the question's name does another)
      const otherDoer = subject.size > 0 ? doerFits(toks, verbTerms, questionTerms, subject, q.text) : () => 1;
      // (of a measure: "the inflation rate"; a thing counted may go by another word before it, "voter
      // websites" by "electoral registration websites")
      const otherKind = q.quantityHead === true && otherKindOfHead(toks, q, questionTerms);
      const askedPeriodAmounts = amountsForAskedPeriod(text, toks, askedPeriods(q));
      const headWord = q.terms.find((t) => t.term === q.headTerm)?.text ?? '';
      const subjectAsked = askedSubject(q);
      const groupAsked = q.kind === 'number' && q.headTerm && verbTerms.size === 0 ? groupOfCount(q) : undefined;
      // (each token's clause by subject, worked out once for the name's clause and the noun's below)
      let bySubject: number[] | undefined;
      const subjectClausesOnce = () => (bySubject ??= subjectClauses(toks));
      const ownClause = namedAt.length ? subjectClausesOnce() : null;
      const namedClauses = ownClause && ownClause[ownClause.length - 1]! > 0 ? withPronounClauses(toks, ownClause, new Set(namedAt.map((k) => ownClause[k]!))) : null;
      // ("GM earned $3.7bn, …, while its annual revenue rose 4.5% to $193bn" for "What was GM's annual
      // revenue?": with no verb to go by, the clause that holds the noun asked about, owned again by
      // a pronoun, over the one naming the question's name; not "Amicus has 1.2 million members and
      // the TGWU has 800,000", another's)
      const headClause = verbTerms.size === 0 && q.headTerm !== undefined && (q.kind === 'money' || q.kind === 'number') ? subjectClausesOnce() : null;
      const headClauses = headClause && headClause[headClause.length - 1]! > 0 ? new Set(toks.flatMap((t, k) => (t.term === q.headTerm && t.tags.has('Noun') && pronounOwns(toks, k) ? [headClause[k]!] : []))) : null;
      // ("Another 18% came from attempts to rip off people's bank accounts, while 13% of cases
      // concerned attempts to defraud employers" for "What proportion of … cases involved attempts on
      // bank accounts?": where the sentence has not the question's verb, nor its name, the clause
      // holding more of the words the verb takes)
      const contentClause = !verbClauses && !namedClauses && !headClauses?.size && contentTerms.size > 1 ? mostContentClause(toks, subjectClausesOnce(), contentTerms) : -1;
      let i = 0;
      while (i < toks.length) {
        if (!isNumber(toks[i]!) || (toks[i]!.tags.has('Year') && q.kind !== 'number') || dayOfMonth(toks, i) || propOne(toks, i)) { i++; continue; }
        let j = i;
        // (a number in words after one in digits is another: "sold for £10 five years ago")
        // ("one-[third]": a fraction after a hyphen is the number's)
        const continues = (t: Token, prev: Token) => ((isNumber(t) && !/^(a|an)$/i.test(t.text)) || SCALE_WORD.test(t.text) || (prev.post === '-' && FRACTION.test(t.text))) && !startsOtherNumber(prev, t);
        while (j + 1 < toks.length && continues(toks[j + 1]!, toks[j]!) && !breaksAfter(toks, j)) j++;
        // ("more than [a quarter] of the market": an article before a fraction's word counts it)
        // ("two and a half times": a fraction's article after "and" is the number's)
        if (j > i && /^and$/i.test(toks[j]!.text) && /^(a|an)$/i.test(toks[j + 1]?.text ?? '') && FRACTION.test(toks[j + 2]?.text ?? '') && !breaksAfter(toks, j) && !breaksAfter(toks, j + 1)) j += 2;
        // (not the end of "two and a half")
        if (j === i && /^(a|an|one)$/i.test(toks[i]!.text) && !breaksAfter(toks, i) && FRACTION.test(toks[i + 1]?.text ?? '') && /^of$/i.test(toks[i + 2]?.text ?? '') && !/^and$/i.test(toks[i - 1]?.text ?? '')) j = i + 1;
        // ratios: "one in three", "one household in three"
        j = ratioEnd(toks, i, j);
        // "at 0300 GMT": a time of day, not a count; "Fathers 4 Justice": a name's word
        // ("one over-60 woman", "England Under-21": an age band, which counts nothing)
        if (clockTime(toks, j) || insideName(toks, i, j) || (i > 0 && toks[i - 1]!.post === '-' && /^(over|under)$/i.test(toks[i - 1]!.text))) { i = j + 1; continue; }
        // ("the 9/11 attacks": day and month with a slash, a date's name, not a count)
        if (i === j && /^\d{1,2}\/\d{1,2}$/.test(toks[i]!.text) && q.kind !== 'measure') { i = j + 1; continue; }
        // ...as is the number of a name the question gives ("the slimline PlayStation 2" for "How
        // many PlayStation 2s were sold?")
        // (or any name's: "the Symbian Series 60 phone operating system" for "How many phones has Cabir infected?")
        // (a name, not a capitalised word of another kind: "At 23, Henson has …")
        if (i === j && i > 0 && /^\p{Lu}/u.test(toks[i - 1]!.text) && toks[i - 1]!.tags.has('Noun') && !FUNCTION_TAGS.some((g) => toks[i - 1]!.tags.has(g)) && numberAfterName(toks, i - 1, i - 1) === i) { i = j + 1; continue; }
        const after = toks[j + 1];
        let fit = 0.8;
        let to = j;
        if (isYearToken(toks[i]!)) fit = 0.2;
        let groupBonus = 1;
        if (q.kind === 'number' && q.headTerm) {
          // ("Of the 20 sectors surveyed, [13] reported growth" for "How many sectors reported growth?":
          // a count that is the subject of the question's verb counts what did it)
          // ("11 people had been prosecuted …, [five] of whom were convicted": a count "of whom" the
          // question's verb follows counts the ones it was done to)
          const verbFollows = (!!toks[j + 1] && toks[j + 1]!.term !== null && verbTerms.has(toks[j + 1]!.term!) && toks[j + 1]!.tags.has('Verb')) || ofWhomVerb(toks, j, verbTerms);
          // ("winning 173 of the 299 votes": the share counts votes as the total does; the total is
          // not what the verb was done to)
          const part = partitive(toks, i, j, q.headTerm, (t) => t.term !== null && verbTerms.has(t.term));
          // (the noun asked about two words on counts only where the word between is no plural noun
          // of its own: "5 million British people", not "717 lawsuits against people")
          const countsNext = countsOtherNext(toks, j, q.headTerm, questionTerms);
          // (or "number" as a verb after it: "China's net users number 100m")
          // (over modifiers "and" joins: "Some 2,000 business and political leaders")
          let follows = toks[j + 1]?.term === q.headTerm || verbFollows || part === 'share' || (numberVerbBefore(toks, i) && toks[i - 2]!.term === q.headTerm) ? 1.5 : (!countsNext && toks.slice(j + 2, j + 4).some((t) => t.term === q.headTerm)) || joinedModifiersBefore(toks, j, q.headTerm) || ofHeadAfter(toks, j, q.headTerm) ? 1.2 : 0.5;
          // ("About 900,000 staff … are among the [1.2 million] affected": the whole a counted
          // group is among, after a count of the noun asked about, is not the count asked)
          const among = /^the$/i.test(toks[i - 1]?.text ?? '') ? i - 2 : i - 1;
          if (among > 0 && /^among$/i.test(toks[among]!.text) && !breaksAfter(toks, among) && toks.slice(0, among).some((t, k) => isNumber(t) && (toks[k + 1]?.term === q.headTerm || joinedModifiersBefore(toks, k, q.headTerm!)))) follows = Math.min(follows, AMONG_WHOLE_FIT);
          // ("short of the [2.5%] which the French government had predicted" for "What growth had the
          // government predicted?": an amount a relative clause says the question's verb of)
          if (follows < 1 && relativeOfAsked(toks, j, questionTerms, entityTerms)) follows = ELLIPTICAL_COUNT_FIT;
          // ("take the total number of people … signing up to [almost 3.3 million]": the amount "the
          // number of" the noun asked about is taken to, or is, with no other amount between)
          if (follows < 1 && numberOfHeadReaches(toks, i, q.headTerm)) follows = NUMBER_OF_FIT;
          // ("mobile phone users grew by 1.4 million to [44.9 million]": so does the level the noun
          // asked about, a change's subject, went to)
          if (follows < 1 && headChangedTo(toks, i, q.headTerm)) follows = NUMBER_OF_FIT;
          // "80 workers at Argonaut headquarters, with [17] at its Morpheme offices": a count given
          // for a place after a count of the noun asked about counts the same
          if (follows < 1 && amountsGivenFor?.has(j) && !breaksAfter(toks, j) && AMOUNT_FOR.test(toks[j + 1]?.text ?? '') &&
            toks.slice(0, i).some((t, k) => isNumber(t) && toks[k + 1]?.term === q.headTerm)) follows = ELLIPTICAL_COUNT_FIT;
          // ...as does one a verb ends its clause with after such a count ("X has seven nominations
          // while The Aviator has [11].")
          // ("Another [1,700] will go from its sales department": a count of the noun the sentence
          // before counted, after "another" or "a further", with a verb right after it: as if the
          // noun followed)
          if (follows < 1 && i > 0 && /^(another|further)$/i.test(toks[i - 1]!.text) && !breaksAfter(toks, i - 1) && ANOTHER_COUNT.test(text)) follows = ANOTHER_COUNT_FIT;
          // (the question's verb the tagger read as a plural noun after a name: "while AT&T [employs] 47,000")
          // (or as an adjective, in the past: "killed 250 people and [wounded] 1,000")
          if (follows < 1 && i > 0 && (toks[i - 1]!.tags.has('Verb') || (toks[i - 1]!.term !== null && verbTerms.has(toks[i - 1]!.term!) && (verbAfterName(toks, i - 1) || /ed$/i.test(toks[i - 1]!.text)))) && (j + 1 === toks.length || breaksAfter(toks, j) || /[.;]/.test(toks[j]!.post)) &&
            toks.slice(0, i - 1).some((t, k) => isNumber(t) && toks[k + 1]?.term === q.headTerm)) follows = ELLIPTICAL_COUNT_FIT;
          // ...as does one "and" joins on after such a count, with no noun of its own ("sold 750,000
          // copies in its first week and [3.5 million] in total")
          if (follows < 1 && i > 0 && /^and$/i.test(toks[i - 1]!.text) && !breaksAfter(toks, i - 1) && !(after && !breaksAfter(toks, j) && after.tags.has('Noun') && /^\p{Ll}/u.test(after.text)) &&
            toks.slice(0, i - 1).some((t, k) => isNumber(t) && toks[k + 1]?.term === q.headTerm)) follows = ELLIPTICAL_COUNT_FIT;
          // ...as does one compared with such a count ("Twenty-seven British films were made …,
          // compared with [45] in 2003")
          if (follows < 1 && i > 1 && /^(with|to)$/i.test(toks[i - 1]!.text) && /^compared$/i.test(toks[i - 2]!.text) &&
            toks.slice(0, i - 2).some((t, k) => isNumber(t) && toks.slice(k + 1, k + 3).some((x) => x.term === q.headTerm))) follows = ELLIPTICAL_COUNT_FIT;
          // ...as does one in brackets after a name the question gives ("third highest scorer …, with
          // 151 goals, and he only trails Alan Shearer (250) and Andy Cole [(173)]")
          // (the tagger may keep the brackets in the number's own text: "(250)")
          const bracketed = (/\(\s*$/.test(toks[i]!.pre) && /^\s*\)/.test(toks[j]!.post)) || (i === j && /^\(.*\)$/.test(toks[i]!.text));
          if (follows < 1 && i > 0 && namedAt.includes(i - 1) && bracketed &&
            toks.slice(0, i - 1).some((t, k) => isNumber(t) && toks[k + 1]?.term === q.headTerm)) follows = ELLIPTICAL_COUNT_FIT;
          // ...as does one a name the question gives owns, after another name's count of it ("Unison's
          // 800,000 workers, the Transport and General Workers' Union's [70,000]"), where the other
          // name's count is not the question's
          const owned = ownerOfCount(toks, i, entityTerms);
          if (owned === true && follows < 1 && toks.some((t, k) => k !== i && isNumber(t) && toks[k + 1]?.term === q.headTerm)) follows = ELLIPTICAL_COUNT_FIT;
          const othersCount = owned === false && toks.some((t, k) => k !== i && isNumber(t) && ownerOfCount(toks, k, entityTerms) === true);
          // "about 100 Muslim, 100 Evangelical Christian and 50 Jewish schools": counts listed with the
          // noun once, after the last, each count it with its own words; the question's words say which
          if (follows < 1.2 && listedCount(toks, i, j, q.headTerm, questionTerms)) follows = 1.2;
          // "What percentage of UK households …?": a share asked for is given as a percentage or a fraction
          if (SHARE_HEAD.test(q.headTerm) && (isPercentage(toks, i, j) || isFraction(toks, i, j))) follows = Math.max(follows, SHARE_FIT);
          // ("Growth in industrial output - the main target of … - was [11.5%] in 2004": an amount a
          // form of "be" gives the noun asked about, its subject, over a phrase and an aside in dashes)
          else if (follows < 1.5 && copulaOfHead(toks, i, q.headTerm)) follows = 1.5;
          // (a count of "shares" is stock, no share of a whole: "receive 1.90 News Corp shares" for
          // "What share of Fox does News Corp own?")
          else if (SHARE_HEAD.test(q.headTerm) && /\bof\b/i.test(q.text) && follows > 1 && toks.slice(j + 1, j + 4).some((t) => t.term === q.headTerm && /s$/i.test(t.text))) follows = 0.5;
          // ("their eight to one majority": a vote's two sides before the noun asked about, whole)
          // (two counts: not a sum and then a count, "worth £808m to 8,177 cases")
          if (toks[j + 1]?.text === 'to' && !!toks[j + 2] && isNumber(toks[j + 2]!) && toks[j + 3]?.term === q.headTerm && !breaksAfter(toks, j) && !breaksAfter(toks, j + 1) && !isMoney(toks[i]!) && !isMoney(toks[j + 2]!)) {
            follows = 1.5;
            to = j + 2;
          }
          // ("13 players out of a squad of [31]" for "How many players are in Sale's squad?": with no
          // verb of its own, the question asks the size of the group it puts them in, which a count
          // after that group's noun and "of" gives)
          if (groupAsked && i > 1 && /^of$/i.test(toks[i - 1]!.text) && toks[i - 2]!.term === groupAsked && !breaksAfter(toks, i - 2) && !breaksAfter(toks, i - 1) &&
            !(after && !breaksAfter(toks, j) && after.tags.has('Noun') && /^\p{Ll}/u.test(after.text) && after.term !== q.headTerm)) {
            follows = Math.max(follows, 1.5);
            groupBonus = GROUP_SIZE_BONUS;
          }
          // ("What is the capacity of Lansdowne Road?": "two weeks" is how long, no count of it)
          if (after && !breaksAfter(toks, j) && TIME_UNIT.test(after.text) && !TIME_UNIT_WORD.test(headWord) && after.term !== q.headTerm) follows = 0;
          fit *= follows;
          // ("killed [250] people and wounded 1,000" for "How many were injured?": a count another verb
          // takes, where the question's verb takes one of its own in the sentence)
          if (otherVerbsCount(toks, i, verbTerms)) fit *= OTHER_VERB_COUNT_FIT;
          if (part === 'total') fit *= PARTITIVE_TOTAL_FIT;
          if (othersCount) fit *= OTHER_OWNER_FIT;
          // ("80 million new PC users in [India] … and 40 million … in Indonesia" for "How many … in
          // Indonesia?": a count given for another place than the one the question names)
          if (givenFor && placeNamed && [...givenFor].some(([k, n]) => n >= i && n <= j && PLACE_TAGS.some((g) => toks[k]!.tags.has(g)) && (toks[k]!.term === null || !entityTerms.has(toks[k]!.term!)))) fit *= OTHER_OWNER_FIT;
          // ("China accounted for 20.1% …, compared with 18.6% for the US" for "What share … did the
          // US account for?": another amount than the one given for the question's name)
          else if (amountsForAsked && amountsForAsked.size > 0 && ![...amountsForAsked].some((n) => n >= i && n <= j)) fit *= OTHER_OWNER_FIT;
        }
        // a share ("one-fifth", "one of six") is no count, and a number before a unit measures
        // ("47 continuous years" for "How many MPs …?"), as does an age ("aged 21")
        const counted = countedWord(q);
        if (counted && (isFraction(toks, i, j) || countsOther(toks, j, counted) || (!isUnit(counted) && markedAsAge(toks, i, j)))) fit = 0;
        // (nor a measure, its unit written on: "the world indoor 5,000m record" for "How many world
        // records has he set?")
        // (not "1.1m" or "100m users", millions: an "m" is metres only after a whole number of 100 or
        // more, before a singular noun, "5,000m record")
        if (counted && !isUnit(counted) && i === j && UNIT_ATTACHED.test(toks[i]!.text) && (!/m$/i.test(toks[i]!.text) || metresBefore(toks, i))) fit = 0;
        // ("his side's 19-13 victory" for "How many victories does Ireland have?": a score, the
        // winner's first, counts nothing; a range runs upwards, "10-12 weeks")
        if (q.kind === 'number' && i === j && scoreLine(toks[i]!.text)) fit = 0;
        // (nor a place in a ranking: "world number one Peter Norfolk", "No 1")
        // (not "number" as a verb after a plural: "China's net users number 100m")
        if (q.kind === 'number' && RANK_PLACE.test(wordBefore(toks, i)) && !numberVerbBefore(toks, i)) fit = 0;
        // "43%", "5 per cent": a share, which is how a change is most often given
        const percent = isPercentage(toks, i, j);
        // ("sales were down 3.7%" for "What share of the market …?": a rate an amount moved by is a
        // change, not the share asked for)
        if (percent && !q.change && q.headTerm !== undefined && SHARE_HEAD.test(q.headTerm) && i > 0 && !breaksAfter(toks, i - 1) &&
          (/^(up|down)$/i.test(toks[i - 1]!.text) || movedBy(toks[i - 1]!) || (/^by$/i.test(toks[i - 1]!.text) && i > 1 && movedBy(toks[i - 2]!)))) fit *= CHANGE_SHARE_FIT;
        // ...and no count of the things "how many" asks about ("just 10% of the backlog" for "How many samples …?")
        // (and "2.1% more cars" is a change in the count, never the count)
        if (counted && percent) fit *= /^(more|fewer|less)$/i.test(toks[j + 1]?.text ?? '') ? 0 : PERCENT_COUNT_FIT;
        // ("even as 90,000 more people were in employment" for "How many people were out of work …?":
        // a count of more or fewer of the things is a change in the count, not the count)
        else if (counted && !q.change && !breaksAfter(toks, j) && /^(more|fewer|extra|additional)$/i.test(toks[j + 1]?.text ?? '') && !breaksAfter(toks, j + 1) && toks[j + 2]?.term === q.headTerm) fit *= DIFFERENCE_FIT;
        // (the currency after the number, a nationality and all: "12 trillion won", "3.1bn Australian dollars")
        const currencyAfter = currencyWords(toks, j);
        const money = isMoney(toks[i]!) || currencyAfter > 0;
        // ...nor a sum ("took $90.3m in ticket sales" for "How many tickets …?")
        if (counted && money && !isMoneyWord(counted)) fit *= PERCENT_COUNT_FIT;
        // (a count of things, "seven nominations", or a rank, "the top five", is no sum)
        if (q.kind === 'money') fit *= money || (q.change && percent) ? 1.3 : countsThings(toks, j, questionTerms) || RANK_WORD.test(wordBefore(toks, i)) ? 0 : 0.4;
        // the same sum in another currency, in brackets after it, is part of the amount ("£1.5m ($2.8m)")
        // the currency word and the unit counted are the amount's ("6.2bn yuan", "23 hours", "30 times")
        if (money && currencyAfter) to = j + currencyAfter;
        // ("70 euro cents": a currency's hundredth after its name)
        if (money && currencyAfter && !breaksAfter(toks, to) && /^(cents?|pence)$/i.test(toks[to + 1]?.text ?? '')) to++;
        // ("one day's notice": a unit of time in the possessive before the noun asked about, with it)
        else if (q.kind === 'number' && after && !breaksAfter(toks, j) && (TIME_UNIT.test(after.text) || /^times$/i.test(after.text) || (TIME_UNIT.test(after.text.replace(/['’]s?$/, '')) && /['’]s?$/.test(after.text) && toks[j + 2]?.term === q.headTerm) || (!!q.headTerm && after.term === q.headTerm && MEASURE_UNIT.test(after.text)))) to = j + 1;
        // ("beat Jolene Byrne by 40 metres" for "By how much did Yelling beat Byrne?": a margin asked
        // by "how much" may be a length or a time, given with its unit)
        else if (q.kind === 'money' && q.change && !money && after && !breaksAfter(toks, j) && (MEASURE_UNIT.test(after.text) || TIME_UNIT.test(after.text))) to = j + 1;
        const converted = money ? conversionAfter(toks, currencyAfter ? to : j) : -1;
        if (converted >= 0) to = converted;
        // ("losing about $1m [a week]": a sum given per stretch of time is a rate, given with it)
        // (unless the question gives the stretch itself: "How much do carers get a week?")
        if (money && q.kind === 'money' && !breaksAfter(toks, to) && /^(a|an|per)$/i.test(toks[to + 1]?.text ?? '') && !breaksAfter(toks, to + 1) && RATE_PERIOD.test(toks[to + 2]?.text ?? '') &&
          !q.text.toLowerCase().split(/[^\p{L}]+/u).includes(toks[to + 2]!.text.toLowerCase())) to += 2;
        // a range's other end ("between $20 (£10.40) to $30 (£15.60)"), unless a change is asked for
        if (!q.change) to = rangeEnd(toks, i, to);
        // the question's own amount, with its conversion, restates it ("the $800m purchase": "$800m (£424m)")
        if (converted >= 0 && inQuestion(i, j)) fit = 0;
        // the rate's word is the amount's ("Sixty percent", "5 per cent")
        if (percent) to = Math.max(to, j + percentUnitAfter(toks, j));
        // "dropped from 10,276 cases … to 8,177 cases" for "How many … were reported?": without a
        // change asked for, the level it went from is the one before, not the one it is at
        // ("raised the maximum stake … to 49% from 40%" for "What was the maximum stake before?": the
        // level it went from, where the question asks the earlier one)
        // ("fell from £180,126 in November to £178,906" for "What was the price in November?": nor
        // does the level it went from, given for the period asked)
        const levelAsked = !q.change && amountPeriod(text, toks, j, askedPeriods(q), askedMonths(q)) !== 'asked';
        if (levelAsked && earlierAsked) {
          if (levelPreposition(toks, i) === 'to' && levelTo(toks, j, 'from')) fit *= FROM_LEVEL_FIT;
        }
        else if (levelAsked && levelPreposition(toks, i) === 'from' && levelTo(toks, j)) fit *= FROM_LEVEL_FIT;
        // ("raised its estimate … by 80,000 barrels a day to 84 million barrels a day": nor, without a
        // change asked for, the step by which it went there)
        else if (levelAsked && levelPreposition(toks, i) === 'by' && levelTo(toks, j)) fit *= FROM_LEVEL_FIT;
        // ("rose 32,000 to 1.41 million": so is an amount right after the verb, before "to" and the level)
        else if (levelAsked && i > 0 && toks[i - 1]!.term !== null && (RISE_TERM.test(toks[i - 1]!.term!) || FALL_TERM.test(toks[i - 1]!.term!)) && !breaksAfter(toks, i - 1) && levelTo(toks, j)) fit *= FROM_LEVEL_FIT;
        // ("fell $12.33 on Tuesday to close at [$172.55]" for "What did Google shares close at?": the
        // amount right after the question's verb and "at" is the level it ended at)
        if (!q.change && i > 1 && /^at$/i.test(toks[i - 1]!.text) && toks[i - 2]!.term !== null && verbTerms.has(toks[i - 2]!.term!) && toks[i - 2]!.tags.has('Verb') && !breaksAfter(toks, i - 2) && !breaksAfter(toks, i - 1)) fit *= VERB_AT_BONUS;
        if (q.change) {
          // "a 43% rise in net profits to 2.4bn euros": the change is 43%; the sum after "to" or
          // "from" is a level, and one after "by" is the step itself
          const prep = levelPreposition(toks, i);
          if (prep === 'to' || prep === 'from') fit *= LEVEL_FIT;
          else if (prep === 'by') fit *= STEP_BONUS;
        }
        if (q.kind === 'duration') {
          // "losing about $1m a week": the time an amount is per, not a length of time; "the
          // 42-year-old": an age
          const rate = /^(a|an|per)$/i.test(toks[i]!.text) && i > 0 && (isNumber(toks[i - 1]!) || isMoney(toks[i - 1]!)) && !breaksAfter(toks, i - 1);
          const age = hyphenatedAge(toks, j);
          if (rate || age) fit = 0;
          // ("two to three weeks": a range ending in its unit)
          if (to > j + 1 && TIME_UNIT.test(toks[to]!.text)) { /* the range's own unit */ }
          else if (after && TIME_UNIT.test(after.text)) {
            to = j + 1;
            // "two hours 40 minutes", "three hours and 10 minutes": one length, in two units
            const k = /^and$/i.test(toks[to + 1]?.text ?? '') && !breaksAfter(toks, to + 1) ? to + 2 : to + 1;
            if (!breaksAfter(toks, to) && toks[k] && isNumber(toks[k]!) && !breaksAfter(toks, k) && TIME_UNIT.test(toks[k + 1]?.text ?? '')) to = k + 1;
            // ("16 months to four years": a range of lengths, whole)
            else if (!q.change) to = rangeEnd(toks, i, to);
          } else if (!unitBeforeTo(toks, i)) fit *= 0.2;
          // ("How long ago …?": "more than five years ago", with its "ago")
          if (/\bago\b/i.test(q.text) && !breaksAfter(toks, to) && /^ago$/i.test(toks[to + 1]?.text ?? '')) to++;
          // "for the first time in three years", "the first match between the pair for three years",
          // "the highest level in five years": the span a first or a most is counted over, not how
          // long anything lasted
          if (/^(in|for)$/i.test(toks[i - 1]?.text ?? '') && toks.slice(Math.max(0, i - 1 - SINCE_FIRST_WORDS), i - 1).some((t) => /^(first|last)$/i.test(t.text) || t.tags.has('Superlative'))) fit *= SINCE_FIRST_FIT;
        }
        if (q.kind === 'measure') {
          // "up to 40 km wide", "300 metres": a number with its unit
          if (to > j + 1 && (MEASURE_UNIT.test(toks[to]!.text) || TIME_UNIT.test(toks[to]!.text))) to = rateEnd(toks, to);
          else if (after && (MEASURE_UNIT.test(after.text) || TIME_UNIT.test(after.text))) to = rateEnd(toks, j + 1);
          else if (!UNIT_ATTACHED.test(toks[i]!.text) && !unitBeforeTo(toks, i)) fit *= 0.3;
          // ("How big is each film?": "about 100 gigabytes", not "up to £4m per film"; a sum may
          // still answer how big a thing is when nothing measures it)
          if (isMoney(toks[i]!)) fit *= MONEY_MEASURE_FIT;
          // the same length in other units, in brackets, is part of it ("1.3m (4.2ft)")
          to = measureConversionAfter(text, toks, to);
          // ("12cm by 7.4cm", "12 cm by 7 cm": a size in two lengths is one measure)
          to = byMeasureEnd(toks, to);
          // "How fast …?" asks for a speed: "3.7m/h", not "1.3m"
          // (a rate, "8.5%", may answer how fast an economy grew)
          const measured = toks.slice(i, to + 1).map((t) => t.text).join(' ');
          if (SPEED_ASKED.test(q.text) && !SPEED_UNIT.test(measured) && LENGTH_OR_WEIGHT.test(measured)) fit *= OTHER_QUANTITY_FIT;
          // "How wide is the plain?": "about 300 km long and up to 40 km wide" — a length the sentence
          // gives as another dimension is not the one asked
          const asked = DIMENSION_ASKED.exec(q.text)?.[1]?.toLowerCase();
          const given = breaksAfter(toks, to) ? undefined : toks[to + 1]?.text.toLowerCase();
          if (asked && given && DIMENSION.test(given) && given !== asked) fit *= OTHER_QUANTITY_FIT;
        }
        if (q.kind === 'age') {
          // an age is marked as one ("27 years old", "aged 27", "Kashian, 27,", "from the age of 11"), as
          // the learned stage requires too: "marine oxygen isotope stage 12" is no age of the North Sea
          // (or an age a noun "age" is set at: "extend their pension age [to 65]", "the retirement age of 65")
          if (markedAsAge(toks, i, j) || (i > 1 && /^(of|to|from)$/i.test(toks[i - 1]!.text) && /^ages?$/i.test(toks[i - 2]!.text) && !breaksAfter(toks, i - 2))) fit *= 1.4;
          else fit = 0;
          // "The 23-year-old could meet … Russian Marat Safin": "the" says the age is of one named
          // before; with the question's name only further off in the sentence, it is someone else's
          if (/^the$/i.test(toks[i - 1]?.text ?? '') && namedAt.length > 0 && !namedAt.some((x) => Math.abs(x - i) <= AGE_NAME_GAP)) fit *= OTHER_AGE_FIT;
          // "died at 80": an age after "at" inside a sentence is its clause's subject's, named before
          // it (not "Estelle came in at 39, Joss Stone was 40th" for "How old is Joss Stone?"; "At 23,
          // Henson has …" opens the sentence with it)
          if (i > 1 && /^at$/i.test(toks[i - 1]!.text) && namedAt.length > 0 && !namedAt.some((x) => x < i)) fit *= OTHER_AGE_FIT;
          // "became Leader of the Opposition at 36" for "How old is Hague?": an age "at" an event is
          // the age then; a question with no verb of its own asks the age now ("Mr Hague, 43, told …")
          else if (i > 1 && /^at$/i.test(toks[i - 1]!.text) && !q.terms.some((t) => t.role === 'verb')) fit *= EVENT_AGE_FIT;
          // ("… outlawed in 1982 when McFadden was two years old": an age in a clause "when" opens is
          // the age then, years ago, not the age now)
          else if (i > 2 && /^(was|were)$/i.test(toks[i - 1]!.text) && toks.slice(Math.max(0, i - WHEN_AGE_SPAN), i - 1).some((t) => /^when$/i.test(t.text)) && !q.terms.some((t) => t.role === 'verb')) fit *= OTHER_AGE_FIT;
          // "became an MP at 27 and Leader of the Opposition at 36": each age is the age at the event
          // named before it; one whose event holds none of the question's words, when another's does, is not asked
          if (ageEvents && ageEvents.length > 1) {
            const own = ageEvents.find((e) => e.at === i);
            const holds = (e: { from: number; at: number }) => toks.slice(e.from, e.at - 1).some((t) => t.term !== null && q.terms.some((x) => x.role !== 'verb' && x.term === t.term));
            if (own && !holds(own) && ageEvents.some((e) => e !== own && holds(e))) fit *= OTHER_AGE_FIT;
          }
          // "Mr Sullivan, 42, … Mr Ebbers' trial" for "How old is Mr Ebbers?": an age in commas is the
          // name's right before it, another's when the question's name is not that one
          if (i > 0 && namedAt.length > 0 && /^,/.test(toks[i - 1]!.post) && /^\p{Lu}/u.test(toks[i - 1]!.text) && !namedAt.includes(i - 1)) fit *= OTHER_AGE_FIT;
          // ("Newcastle's 18-year-old centre Mathew Tait … for Tindall": the name after it is whose age it is)
          else if (namedAt.length > 0 && toks[i]!.post === '-' && /^years?$/i.test(toks[i + 1]?.text ?? '') && toks[i + 1]!.post === '-' && /^old$/i.test(toks[i + 2]?.text ?? '') && ageOfNameAfter(toks, i + 2, namedAt)) fit *= OTHER_AGE_FIT;
          const n = numberValue(toks, i, j);
          if (!(n > 0 && n < 120)) fit = 0;
        }
        if (q.kind !== 'age' && sharedAmount(toks, Math.max(j, to), q)) fit = 0;
        // "rose by 2% in 2004, after a 31% decline in 2003" for "How much did GDP fall in 2003?": an
        // amount given for another year than the question's is that year's
        if (amountForOtherPeriod(text, toks, j, askedPeriods(q), askedMonths(q))) fit *= OTHER_PERIOD_FIT;
        // ("sold 750,000 copies in its first week and 3.5 million in total" for "… in total?": an
        // amount whose phrase after it holds none of the question's words, beside one whose does)
        else if (qualifiedOtherwise(toks, j, q.headTerm, questionTerms)) fit *= OTHER_QUALIFIER_FIT;
        // ("had sales of $5.2bn in 2004 and made a profit of $901m" for "What profit did Travelers
        // make?": an amount another noun gives by "of", where the noun asked about gives one so)
        else if (q.headTerm && (amountOfOtherNoun(toks, i, q.headTerm) || amountBeforeOtherNoun(toks, to, q.headTerm))) fit *= OTHER_QUALIFIER_FIT;
        // ("US retail sales fell 0.3%" for "How much did US car sales fall?": the question's verb said of
        // another kind of its subject's noun)
        else if (otherKindOfSubject(toks, i, subjectAsked, verbTerms, questionTerms)) fit *= OTHER_QUALIFIER_FIT;
        // ...as is, beside an amount given for the question's year ("Twenty-seven British films were
        // made in the UK last year …, compared with [45 in 2003]" for "… in 2003?"), one given for none
        else if (askedPeriodAmounts.length > 0 && !askedPeriodAmounts.includes(j)) fit *= OTHER_PERIOD_FIT;
        if ((q.kind === 'duration' || q.kind === 'number' || q.kind === 'measure') && timeAgo(toks, j, q)) fit = 0; // "22,000 years ago": when, not how long
        // ("the 21-year-old" for "What has her ranking fallen to?": an age, no count)
        if ((q.kind === 'number' || q.kind === 'measure') && hyphenatedAge(toks, j)) fit = 0;
        // ("the [two]-time London Marathon runner-up" for "How many athletes …?": how often someone
        // did something, a word of its own, counts no thing but times)
        if (q.kind === 'number' && howOftenAt(toks, j) && !TIMES_ASKED.test(q.text)) fit = 0;
        // ("unseat two London Assembly members who defected to …" for "How many members make up the
        // London Assembly?": the count of those a relative clause picks out by a verb of its own)
        if (q.kind === 'number' && q.headTerm && countsSubset(toks, j, q.headTerm, ev.matched)) fit *= OTHER_QUALIFIER_FIT;
        // "£1,000 cheaper than last year's list": a difference, not the amount itself, unless the
        // question asks for one ("How much cheaper …?")
        const compared = toks[to + 1];
        if (!q.change && compared && !breaksAfter(toks, to) && (compared.tags.has('Comparative') || /^(more|less|fewer)$/i.test(compared.text)) && /^than$/i.test(toks[to + 2]?.text ?? '') && !q.text.toLowerCase().split(/[^\p{L}]+/u).includes(compared.text.toLowerCase())) fit *= DIFFERENCE_FIT;
        // "Seven Days to the River Rhine": a unit in capitals is a title's word, not an amount's
        if (after && !breaksAfter(toks, j) && /^\p{Lu}\p{Ll}/u.test(after.text) && (TIME_UNIT.test(after.text) || MEASURE_UNIT.test(after.text))) fit = 0;
        // "At what price did oil close?": "closed up $1.26 at $50.88" — the amount after the question's preposition
        // (past a peak's words: "to a new high of [583p]" for "To what level …?")
        const prep = levelPreposition(toks, i) === 'to' ? 'to' : wordBefore(toks, i);
        // ("What are the tax cuts worth?": "tax cuts worth £4bn", the amount after the question's noun
        // and "worth", as after a preposition)
        const worthOf = prep === 'worth' && WORTH_ASKED.test(q.text) && i > 1 && !breaksAfter(toks, i - 2) && toks[i - 2]!.term !== null && questionTerms.has(toks[i - 2]!.term!);
        const lead = prep && (prep === q.leadingPreposition || prep === q.trailingPreposition || worthOf) ? AMOUNT_PREPOSITION_BONUS : 1;
        // ("to help pay off $27.5bn in unpaid taxes" for "How much did Rosneft pay for Yugansk?": the
        // question's verb with a particle the question does not have is another verb)
        if (otherParticle(toks, i, verbTerms, q.text)) fit *= OTHER_PARTICLE_FIT;
        // ("Weekend tickets are now on sale priced at £125 each" for "How much are weekend tickets?":
        // a price asked for by the copula alone is the sum given as one's price, over takings)
        const priced = q.kind === 'money' && verbTerms.size === 0 && PRICE_ASKED.test(q.text) &&
          ((!breaksAfter(toks, to) && PER_ITEM.test(toks[to + 1]?.text ?? '')) || PRICED.test(prep) || (prep === 'at' && PRICED.test(wordBefore(toks, i - 1))));
        if (verbClauses && !verbClauses.has(clauseOf[i]!)) fit *= OTHER_CLAUSE_FIT;
        else if (verbStretches && !verbStretches.has(stretchOf[i]!) && !verbStretches.has(stretchOf[to]!)) fit *= OTHER_STRETCH_FIT;
        if (otherKind) fit *= OTHER_HEAD_KIND_FIT;
        // ...or, with no verb to go by, the clause that names the question's name ("Million Dollar
        // Baby has seven nominations while The Aviator has 11" for "How many … does The Aviator have?")
        else if (!verbClauses && (headClauses?.size ? !headClauses.has(headClause![i]!) : namedClauses && !namedClauses.has(ownClause![i]!))) fit *= OTHER_CLAUSE_FIT;
        else if (contentClause >= 0 && subjectClausesOnce()[i] !== contentClause) fit *= OTHER_CLAUSE_FIT;
        // ("is updated every two days" for "How often …?": a span after "every" says how often, with
        // it; one without says how long)
        const every = q.often && i > 0 && /^every$/i.test(toks[i - 1]!.text) && !breaksAfter(toks, i - 1);
        if (q.often && !every) fit *= OTHER_QUALIFIER_FIT;
        const before = out.length;
        const from = every ? i - 1 : multiplesStart(toks, i);
        // ("against Xstrata's bid of A$6.35 a share" for "How much is Xstrata's bid per share?": the
        // amount a noun of the question's is "of")
        const ofAsked = ofQuestionNoun(toks, qualifierStart(toks, i), questionTerms, possessiveOwners) ? OF_ASKED_NOUN_BONUS : 1;
        push(from, to, Math.min(fit, 1.2) * joint * otherDoer(i), lead * groupBonus * ofAsked * (priced ? PRICE_BONUS : 1));
        // ("[nearly] 10%", "[more than] 1,000": given with the words that qualify it, scored without them)
        // (not a word of emphasis, "just 21 days", "only 24", nor "between" before one token: "$10-25m",
        // nor "over" or "under" opening a phrase, a preposition: "Under 23 hours of questioning, he …")
        let qualified = from === i ? qualifierStart(toks, i) : i;
        // ("over [the next] two years" for "How long …?": the stretch the amount is of, with it)
        if (q.kind === 'duration' && qualified === i && i > 1 && STRETCH_LEAD.test(toks[i - 1]!.text) && /^the$/i.test(toks[i - 2]!.text) && !breaksAfter(toks, i - 2) && !breaksAfter(toks, i - 1)) qualified = i - 2;
        const opensPhrase = qualified === 0 || breaksAfter(toks, qualified - 1);
        if (qualified === i - 1 && (/^(just|only)$/i.test(toks[qualified]!.text) || (/^between$/i.test(toks[qualified]!.text) && to === i) || (/^(over|under)$/i.test(toks[qualified]!.text) && opensPhrase))) qualified = i;
        const c = out[before];
        if (qualified < i && c && out.length === before + 1) {
          const s = surface(text, toks, qualified, to);
          if (s) out[before] = { ...c, text: s };
        }
        // ("from six months to [nine]": one with "nine months" elsewhere, as its unit is the same)
        const shown = out[before];
        if (shown && out.length === before + 1 && to === j && (q.kind === 'duration' || q.kind === 'measure') && unitBeforeTo(toks, i)) out[before] = { ...shown, key: keyOf(q.kind, `${shown.text} ${toks[i - 2]!.text}`) };
        i = Math.max(j, to) + 1;
      }
      // ("will be updated monthly"): a word for a span between times
      if (q.often) toks.forEach((t, k) => { if (FREQUENCY_WORD.test(t.text)) push(k, k, 1); });
      break;
    }
  }
  return out;
}

/** Words that say how often ("monthly", "daily"), answering "How often …?" as "every month" does. */
const FREQUENCY_WORDS = 'hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|biannually|biennially';
const FREQUENCY_WORD = new RegExp(`^(${FREQUENCY_WORDS})$`, 'i');

// ---- assembling the answer -----------------------------------------------------------------

/** A question asking a price by the copula alone ("How much are weekend tickets?", "How much is a copy?"). */
const PRICE_ASKED = /^\W*how\s+much\s+(is|are|was|were|will\s+be)\b/i;
/** Words after a sum that make it a price of one ("£125 each", "$5 a head"). */
const PER_ITEM = /^(each|apiece|per)$/i;
/** Words before a sum that make it a price ("priced at £125", "costs £5", "selling for"). */
const PRICED = /^(priced|costs?|costing|retails?|retailing|sells?|selling|sold)$/i;
/** How much a sum given as one's price beats other sums for a price asked for. */
const PRICE_BONUS = 1.3;

/** A question ending in "worth" ("How much are the tax cuts worth?"). */
const WORTH_ASKED = /\bworth\W*$/i;

/** A naming verb before a word in lower case ("called middleware"). */
const LOWER_NAMED = /\b(?:called|named|dubbed|known as)\s+\p{Ll}/u;

/**
 * The cheap test for a sentence that may give an age: a word that marks one as an age (as
 * markedAsAge reads them: "27-year-old", "27 years old", "aged 27", "the age of 65", "Kashian,
 * 27,", "at 27", "who turned 30"), not any number: a player's sentences give scores, seeds and
 * rankings, which filled the sentences read before "The 34-year-old American …" was reached.
 */
const AGE_HINT = /\byears?[- ]old\b|\bage[ds]?\b|,\s*\d{1,3}\b|\bat\s+\d{1,3}\b|\b(?:is|was|turns|turned)\s+\d{1,3}\b/i;

/** Cheap tests a sentence must pass to be worth tagging for an answer of each kind. */
const KIND_HINT: Partial<Record<AnswerKind, RegExp>> = {
  person: NAME_HINT,
  organization: NAME_HINT,
  place: NAME_HINT,
  name: NAME_HINT,
  number: NUMBER_HINT,
  money: NUMBER_HINT,
  age: AGE_HINT,
  duration: DURATION_HINT,
  measure: NUMBER_HINT,
  date: /\d|\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|spring|summer|autumn|winter|New Year)\b|\bthe (end|start|beginning|middle|turn) of (the|this|next|last) /i,
};

/** The cheap test for how often ("every two days", "monthly"). */
const OFTEN_HINT = new RegExp(`${NUMBER_HINT.source}|\\b(${FREQUENCY_WORDS})\\b`, 'i');
/** The cheap test for a place in an order ("third", "12th"), which no digit need give. */
const ORDER_HINT = new RegExp(`\\b(${ORDINAL_WORDS}|\\d+(st|nd|rd|th)|(number|No\\.?) (\\d+|one|two|three|four|five|six|seven|eight|nine|ten))\\b|\\bin the world\\b`, 'i');

const KIND_LABEL: Record<AnswerKind, string> = {
  person: 'a person', organization: 'an organisation', place: 'a place', date: 'a date', number: 'a number',
  money: 'an amount of money', age: 'an age', duration: 'a length of time', measure: 'a measurement', name: 'a name', thing: 'an answer', reason: 'a reason', manner: 'a way', description: 'description', expansion: 'expansion',
};

/**
 * Finds the passages that may support an answer and weighs each: the search hits, plus — in the
 * articles the best hits come from — sentences that hold the question's verb or noun but ranked low.
 */
/**
 * Whether the bare number at `i` ends a change "to" it from an amount with a unit, whose unit it
 * shares: "extend paid maternity leave from six months to [nine]".
 */
function unitBeforeTo(toks: Token[], i: number): boolean {
  // (not a day of a month: "in the 12 months to [30] September")
  if (i < 3 || !/^to$/i.test(toks[i - 1]!.text) || breaksAfter(toks, i - 2) || breaksAfter(toks, i - 3) || dayOfMonth(toks, i)) return false;
  return (TIME_UNIT.test(toks[i - 2]!.text) || MEASURE_UNIT.test(toks[i - 2]!.text)) && isNumber(toks[i - 3]!);
}

/** How well an amount of the question's name taken together with another's ("England and Wales") answers for it alone. */
const JOINT_AMOUNT_FIT = 0.7;
/**
 * Whether the sentence names the question's names only joined by "and" or "or" to another name
 * the question does not give ("Applications from England and Wales …" for "… from Wales?").
 */
function jointlyNamed(toks: Token[], entityTerms: Set<string>): boolean {
  // (not names given their amounts in turn: "Munster and Leinster have 12 and 11 players respectively")
  if (toks.some((t) => /^respectively$/i.test(t.text))) return false;
  const other = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && !(t.term !== null && entityTerms.has(t.term));
  let seen = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.term === null || !entityTerms.has(t.term) || !/^\p{Lu}/u.test(t.text)) continue;
    seen = true;
    const before = k > 1 && /^(and|or)$/i.test(toks[k - 1]!.text) && !breaksAfter(toks, k - 2) && other(toks[k - 2]);
    const after = /^(and|or)$/i.test(toks[k + 1]?.text ?? '') && !breaksAfter(toks, k) && other(toks[k + 2]);
    if (!before && !after) return false;
  }
  return seen;
}

/** Rare words of a question few enough that its common names join them in the search ({@link gatherEvidence}). */
const FEW_RARE_WORDS = 1;
/** Articles whose title names the question's name, at most, weighed whole for a question of names alone ("How old is X?"). */
const TITLED_ARTICLES = 4;

function gatherEvidence(q: Question, c: Corpus, o: RuleOptions, weights: Map<string, number>): Evidence[] {
  const query: WeightedTerm[] = [];
  // The search gets the question's words and the closest few stand-ins of its verb and noun; words
  // in more than a fortieth of all passages add little to the ranking and much to the cost, so
  // they are left to the weighing step (when the question has rarer words to search by).
  const common = Math.max(50, c.index.documentCount / 40);
  // (a stray word, weighed 0, takes no place in the search, where it would crowd out the question's own words)
  const terms = q.terms.filter((t) => weights.get(t.term) !== 0);
  const df = new Map(terms.map((t) => [t.term, c.index.documentFrequency(t.term)]));
  // (a name stays in the search however common when few other words are rare: "US" in "Who is the US
  // coach?", where "coach" alone ranks another article's coaches first; not a common word capitalised
  // in a title, "World" in "We Are The World")
  const rareCount = terms.filter((t) => df.get(t.term)! <= common).length;
  const ownName = (t: QuestionTerm) => t.role === 'entity' && (/^\p{Lu}{2,}$/u.test(t.text) || !lexicon().isDictionaryWord(t.text));
  const rare = terms.filter((t) => df.get(t.term)! <= common || (ownName(t) && rareCount <= FEW_RARE_WORDS));
  // A long question searches by its eight most specific words; weighing still reads all of them.
  const searchBy = (rare.length ? rare : terms).slice().sort((a, b) => df.get(a.term)! - df.get(b.term)!).slice(0, 8);
  for (const t of searchBy) {
    query.push({ term: t.term, weight: weights.get(t.term) ?? 1, fuzzy: true });
    if (t.role !== 'verb' && t.role !== 'head') continue;
    const standIns = t.related.filter((r) => r.weight >= 0.45 && c.index.documentFrequency(r.term) <= common / 4).slice(0, 4);
    // ("Linux founder Linus Torvalds" for "Who founded Linux?", as the learned stage searches)
    for (const r of [...standIns, ...doerNouns(q, t, standIns, (term) => c.index.documentFrequency(term) <= common / 4)]) {
      query.push({ term: r.term, weight: (weights.get(t.term) ?? 1) * r.weight * 0.5 });
    }
  }
  const hits = c.index.search(query);
  // (nothing found but by words weighing nothing: no passage to rank against the best)
  if (hits.length === 0 || !(hits[0]!.score > 0)) return [];

  const top = hits[0]!.score;
  const scored = new Map<number, number>(hits.map((h) => [h.passage, h.score / top]));
  // The sentence that answers often names the subject only as "it" or "the company he runs":
  // in the articles the best hits come from, also weigh every sentence holding the question's
  // verb or noun, even where the search ranked it low.
  // (a nationality is said by a word for a people, not by the noun: "the Welsh striker")
  const relation = q.terms.filter((t) => t.essential && t.role !== 'entity' && !(q.asksNationality && t.role === 'head'));
  const floor = hits[hits.length - 1]!.score / top; // added sentences rank no better than the weakest hit
  if (relation.length === 0) {
    // Nothing but names to go on ("How old is X?"): weigh the whole of the best articles, where
    // "the 30-year-old" may sit two sentences after the name, or "Lee, 82," in another article
    // than the one naming "Stan Lee" most.
    // (in the articles after the best, only the sentences on the question's names: see sentencesOnNames)
    const named = q.terms.filter((t) => t.role === 'entity').map((t) => t.term);
    const found = [...new Set(hits.map((h) => c.passages[h.passage]!.article))];
    // (and the whole of articles about the name, its title naming it, where "The 25-year-old shocked
    // Pete Sampras" may stand sentences after the last "Safin")
    const about = new Set(found.filter((a) => named.some((t) => c.titleTerms(a).has(t))).slice(0, TITLED_ARTICLES));
    const articles = [...new Set([...found.slice(0, o.expandArticles), ...about])];
    for (const id of sentencesOnNames(articles, named, 80, c, about)) if (!scored.has(id)) scored.set(id, floor);
  } else {
    const articles = [...new Set(hits.slice(0, o.expandArticles * 2).map((h) => c.passages[h.passage]!.article))].slice(0, o.expandArticles);
    for (const a of articles) {
      const [from, to] = c.articleRange(a);
      for (let id = from; id < to; id++) {
        if (scored.has(id) || c.passages[id]!.duplicateOf !== undefined) continue;
        const ts = c.passageTerms(id);
        // (a kind of the noun asked about holds it too: "its main administrator" for "the head of")
        if (relation.some((t) => ts.has(t.term) || t.related.some((r) => (r.weight >= 0.5 || (t.role === 'head' && r.kind === 'specific')) && ts.has(r.term)))) scored.set(id, floor);
      }
    }
  }
  return [...scored]
    .map(([id, s]) => weigh(q, c.passages[id]!, s, weights, c))
    .sort((a, b) => b.score - a.score);
}

/** Little words inside a name ("Club [of] Madrid", "Commission [for] Africa"). */
const NAME_JOINER = /^(of|for)$/i;
/** A question's name of capitalised words a little word joins ("What is the Club of Madrid?"). */
const NAME_JOINED = /\p{Lu}[\p{L}'’-]*\s+(of|for)\s+\p{Lu}/u;

/** How much more an amount a noun of the question's is "of" answers ("Xstrata's bid of A$6.35"). */
const OF_ASKED_NOUN_BONUS = 1.2;
/**
 * Whether the amount starting at `at` comes right after "of" and a noun of the question's that the
 * question's owner, in the possessive, owns ("Xstrata's bid of …"; not "Disney, which reported
 * revenues of $30bn" for "What were EA's revenues?").
 */
function ofQuestionNoun(toks: Token[], at: number, questionTerms: Set<string>, owners: Set<string>): boolean {
  const noun = toks[at - 2];
  // ("his initial promise of $5bn" for "How much did Bush initially promise …?": or a pronoun's,
  // past a word of the question's that modifies the noun, "initial" having the term of "initially")
  const modified = at >= 4 && toks[at - 3]!.tags.has('Adjective') && /^\p{Ll}/u.test(toks[at - 3]!.text) && !breaksAfter(toks, at - 4) && toks[at - 3]!.term !== null && questionTerms.has(toks[at - 3]!.term!);
  const o = modified ? at - 4 : at - 3;
  const owner = toks[o];
  return at >= 3 && /^of$/i.test(toks[at - 1]!.text) && !breaksAfter(toks, at - 2) && !breaksAfter(toks, at - 1) && !!noun && noun.tags.has('Noun') && /^\p{Ll}/u.test(noun.text) && noun.term !== null && questionTerms.has(noun.term) &&
    !!owner && !breaksAfter(toks, o) && ((/['’]s$/.test(owner.text) && owner.term !== null && owners.has(owner.term)) || (modified && /^(his|her|its|their)$/i.test(owner.text)));
}


/** How well the level "the number of X" reaches counts X: as well as a count X follows (1.5). */
const NUMBER_OF_FIT = 1.5;
/** Words, at most, between "number of" and the noun asked about ("the number of [foreign] students"). */
const NUMBER_OF_WORDS = 2;
/** Words that give the level "the number of X" reaches or stands at ("… to 3.3 million", "… is 40,000"). */
const LEVEL_GIVEN = /^(to|at|is|was|are|were|of)$/i;
/**
 * Whether the amount starting at `i` (after its qualifier) is the level "the number of" the noun
 * asked about is taken to or stands at, with no other amount between: "The 600,000 connections take
 * the total number of people signing up for broadband from BT to almost 3.3 million".
 */
export function numberOfHeadReaches(toks: Token[], i: number, head: string): boolean {
  const at = qualifierStart(toks, i);
  if (at < 1 || !LEVEL_GIVEN.test(toks[at - 1]!.text) || breaksAfter(toks, at - 1)) return false;
  for (let k = at - 2; k > 0; k--) {
    if (isNumber(toks[k]!) || /[;:]/.test(toks[k]!.post)) return false;
    if (toks[k]!.term !== head) continue;
    let m = k - 1;
    while (m > 0 && k - m <= NUMBER_OF_WORDS && !/^of$/i.test(toks[m]!.text)) m--;
    // ("the numbers of camera phones in the UK more than doubled to 7.5 million": the plural too)
    return /^of$/i.test(toks[m]!.text) && /^numbers?$/i.test(toks[m - 1]?.text ?? '') && !toks.slice(m - 1, k).some((t, n) => breaksAfter(toks, m - 1 + n));
  }
  return false;
}

/**
 * Whether the plural noun right after the count ending at `j` is what it counts, so that the noun
 * asked about two words on is not: "717 lawsuits against people"; not a plural the question too
 * puts before its noun, which modifies it ("the 151,000 sports clubs" for "How many sports clubs …?").
 */
export function countsOtherNext(toks: Token[], j: number, head: string, questionTerms: ReadonlySet<string>): boolean {
  const next = toks[j + 1];
  if (!next || !next.tags.has('Plural') || !next.tags.has('Noun') || !/^\p{Ll}/u.test(next.text)) return false;
  return !(next.term !== null && questionTerms.has(next.term) && toks[j + 2]?.term === head && !breaksAfter(toks, j + 1));
}

/** Words, at most, of the step between a verb of change and "to" the level ("grew [by 1.4 million] to …"). */
const CHANGE_STEP_WORDS = 4;
/** Words a change's step may hold besides its amount ("by almost 10%", "by more than 2,000"). */
const STEP_WORD = /^(by|more|than|almost|nearly|about|around|some|over|just|roughly|%)$/i;

/**
 * Whether the amount starting at `i` (after its qualifier) is the level the noun asked about went
 * "to", that noun the subject of a verb of rise or fall with at most its step between: "mobile
 * phone users grew by 1.4 million to [44.9 million]", "sales have risen to …" (the step is no count
 * of the noun, the level is).
 */
export function headChangedTo(toks: Token[], i: number, head: string): boolean {
  const at = qualifierStart(toks, i);
  if (at < 3 || !/^to$/i.test(toks[at - 1]!.text) || breaksAfter(toks, at - 1)) return false;
  for (let v = at - 2; v > 0 && at - 2 - v <= CHANGE_STEP_WORDS; v--) {
    const t = toks[v]!;
    if (breaksAfter(toks, v)) return false;
    if (t.term !== null && (RISE_TERM.test(t.term) || FALL_TERM.test(t.term)) && t.tags.has('Verb')) {
      // (over an auxiliary: "users have grown")
      const subject = v > 1 && /^(has|have|had)$/i.test(toks[v - 1]!.text) && !breaksAfter(toks, v - 1) ? v - 2 : v - 1;
      return toks[subject]!.term === head && !breaksAfter(toks, subject);
    }
    if (!isNumber(t) && !SCALE_WORD.test(t.text) && !STEP_WORD.test(t.text)) return false;
  }
  return false;
}

/** Words, at most, from an amount to the noun asked about it stands before ("a 53% pay rise"). */
const AMOUNT_HEAD_WORDS = 2;
/** How well the amount a noun is "of" answers for an owner the question names that the sentence names only after it (the owner's amount is likely another). */
const OTHER_OWNER_AMOUNT_FIT = 0.5;

/** Whether WordNet has `word` joined to the noun asked about as a noun of its own ("bronze medal", "gold medal"). */
function compoundOfHead(word: string, q: Question): boolean {
  const head = q.terms.find((t) => t.role === 'head')?.text;
  if (!head || !/^\p{L}+$/u.test(word)) return false;
  return lexicon().senses(`${word.toLowerCase()}_${lexicon().lemma(head.toLowerCase(), 'noun')}`, 'noun').length > 0;
}

/** How much a common noun of another kind than the one asked about still answers "Which X …?". */
const OTHER_SORT_FIT = 0.5;
/**
 * WordNet classes (of a noun's first sense) of things no name names: an injury (state), a knee
 * (body). Not a prize or an initiative, which names do ("the Golden Lion", "Y Vote").
 */
const UNNAMED_CLASSES: ReadonlySet<string> = new Set(['noun.state', 'noun.body']);
/** WordNet classes of nouns for people or bodies of them: a noun with such a sense ("head") may be answered by a name. */
const NAMED_SENSE_CLASSES: ReadonlySet<string> = new Set(['noun.person', 'noun.group']);
/** Senses read for a noun's classes: all of them. */
const ALL_SENSES = 50;
/** How much a person's name still answers a question about a thing no name names. */
const OTHER_KIND_FIT = 0.1;
/** Whether the noun the question asks about ("What injury …?", "Which knee …?") is of a kind no person's name names. */
function headOfNoName(q: Question): boolean {
  let no = noNameHeads.get(q);
  if (no === undefined) {
    const head = q.terms.find((t) => t.role === 'head' && t.term === q.headTerm);
    // ("Which REM member's flu …?" asks for the member, by name)
    const owned = !head || !/^\p{Ll}/u.test(head.text) || !!q.ownerTerm || new RegExp(`['’]s?\\s+${escapeRegExp(head.text)}\\b`, 'u').test(q.text);
    const classes = owned ? [] : lexicon().nounClasses(lexicon().lemma(head.text.toLowerCase(), 'noun'), ALL_SENSES);
    no = !owned && UNNAMED_CLASSES.has(classes[0] ?? '') && !classes.some((k) => NAMED_SENSE_CLASSES.has(k));
    noNameHeads.set(q, no);
  }
  return no;
}
/**
 * What a noun for a substance is a kind of, by its first sense ("steroid", "painkiller"); with
 * "substance" itself (WordNet's own kinds of substance take in "stuff", a magazine's name).
 */
const SUBSTANCE_KINDS = ['drug', 'compound', 'chemical'];
/** How far up WordNet's kinds a substance's noun is followed ("steroid" → … → compound). */
const SUBSTANCE_DEPTH = 8;
/** The noun the question asks about, as a lemma, when written in lower case ("substance", "magazine"); "" otherwise. */
function headLemma(q: Question): string {
  const head = q.terms.find((t) => t.role === 'head' && t.term === q.headTerm);
  return head && /^\p{Ll}/u.test(head.text) ? lexicon().lemma(head.text.toLowerCase(), 'noun') : '';
}
const substanceHeads = new WeakMap<Question, boolean>();
/**
 * Whether the noun the question asks about is a substance ("What banned substance …?", "What
 * steroid …?"); worked out once per question (it is read for every name and noun phrase).
 */
function headOfSubstance(q: Question): boolean {
  let is = substanceHeads.get(q);
  if (is === undefined) {
    const lemma = headLemma(q);
    is = !!lemma && (lemma === 'substance' || lexicon().isKindOf(lemma, 'noun', SUBSTANCE_KINDS, 1, SUBSTANCE_DEPTH));
    substanceHeads.set(q, is);
  }
  return is;
}
/** Whether tokens `from` to `to` are capitalised common nouns only ("Coach Action", "Football Federation"): no name by themselves. */
function commonWordsName(toks: Token[], from: number, to: number): boolean {
  return toks.slice(from, to + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && lexicon().isCommonNoun(t.text.toLowerCase()));
}
/** Words after a word of the question that may still name the same thing ("the Spanish [football] federation"). */
const SAME_NAME_WORDS = 2;
/**
 * Whether the question names the body a name from `start` to `to` is, its words from `start` to
 * `from` followed closely by another of the name's ("the Spanish federation" for "Spanish Football
 * Federation"): the name is then the question's own, not an answer.
 */
function namedInQuestion(q: Question, toks: Token[], start: number, from: number, to: number): boolean {
  const words = q.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const prefix = (w: string) => w.slice(0, 5);
  const rest = new Set(toks.slice(from, to + 1).map((t) => prefix(t.text.toLowerCase())));
  const lead = toks[from - 1]!.text.toLowerCase();
  return words.some((w, k) => w === lead && words.slice(k + 1, k + 1 + SAME_NAME_WORDS).some((n) => rest.has(prefix(n))));
}
const pressHeads = new WeakMap<Question, boolean>();
/** WordNet's kinds of the press and of websites: "magazine", "newspaper", "tabloid", "journal", "website". */
const PRESS_KINDS = ['press', 'periodical', 'newspaper', 'website'];
/** How far up WordNet's kinds a noun is followed to find it one of the press ("tabloid" → newspaper). */
const PRESS_DEPTH = 4;
/** Whether the noun the question asks about is a newspaper, a magazine or a website ({@link PRESS_KINDS}); worked out once per question. */
function headOfPress(q: Question): boolean {
  let is = pressHeads.get(q);
  if (is === undefined) {
    const lemma = headLemma(q);
    is = !!lemma && lexicon().isKindOf(lemma, 'noun', PRESS_KINDS, 1, PRESS_DEPTH);
    pressHeads.set(q, is);
  }
  return is;
}
/** {@link headOfNoName}, worked out once per question (it is read for every name in every sentence tagged). */
const noNameHeads = new WeakMap<Question, boolean>();
/** WordNet classes of a noun for a physical thing, whose sorts WordNet keeps closely. */
const PHYSICAL_CLASSES = new Set(['noun.object', 'noun.artifact', 'noun.animal', 'noun.plant', 'noun.food', 'noun.substance', 'noun.body']);
/** Senses and hypernym steps searched for the noun asked about above a candidate's noun. */
const SORT_SENSES = 3;
const SORT_DEPTH = 8;
/** WordNet's classes of nouns for people and groups of them. */
const PEOPLE_CLASSES: ReadonlySet<string> = new Set(['noun.person', 'noun.group']);

/** Whether a common noun WordNet knows is no sort of the noun the question asks about (by the words the question types it with). */
function otherKindThan(word: string, q: Question): boolean {
  const head = q.terms.find((t) => t.role === 'head')?.text.toLowerCase();
  if (!head || !lexicon().isCommonNoun(word)) return false;
  const lemma = lexicon().lemma(head, 'noun');
  // (only for a noun for a physical thing: WordNet's sorts of an act or an idea are too loose,
  // "defence" is no "service" in it; but a group or a person is no video or plan: "the only UK
  // [band] to win …" for "Which video won …?")
  const headClass = lexicon().nounClasses(lemma, 1)[0] ?? '';
  if (!PHYSICAL_CLASSES.has(headClass)) return !PEOPLE_CLASSES.has(headClass) && PEOPLE_CLASSES.has(lexicon().nounClasses(word.toLowerCase(), 1)[0] ?? '');
  return !lexicon().isKindOf(word.toLowerCase(), 'noun', [lemma], SORT_SENSES, SORT_DEPTH);
}

/**
 * Whether the question has the capitalised word at `k` only inside a longer name, after a
 * capitalised word the sentence does not have before it: "the New Zealand High Court" for "Which
 * court threw out the Air New Zealand deal?" names no part of the airline.
 */
function inLongerNameAsked(toks: Token[], k: number, question: string): boolean {
  const word = toks[k]!;
  if (!/^\p{Lu}/u.test(word.text)) return false;
  const before = [...question.matchAll(new RegExp(`(\\p{L}+)\\s+${escapeRegExp(word.text)}(?![\\p{L}])`, 'gu'))].map((m) => m[1]!);
  const count = [...question.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(word.text)}(?![\\p{L}])`, 'gu'))].length;
  return before.length > 0 && before.length === count && before.every((w) => /^\p{Lu}/u.test(w) && !/^(Which|What|Who|Where|When|How|Why|Whose|Whom|Is|Are|Was|Were|Did|Does|Do|Has|Have|Had|Will|Can)$/.test(w) && w !== toks[k - 1]?.text);
}

/**
 * Whether the capitalised word at `k` opens a name whose next word the question does not have after
 * it, though it has a capitalised word there: the question names something else that begins the
 * same way ("Las Vegas" in the sentence, "Las Venturas" in the question).
 */
function otherNameSameStart(toks: Token[], k: number, question: string): boolean {
  const [word, next] = [toks[k]!, toks[k + 1]];
  // ("Bruce & Terry" for "… with Bruce Johnston?": a name "&" joins to another is a name of its own)
  if (next?.text === '&' && /^\p{Lu}/u.test(word.text) && ampersandJoins(toks, k, (t) => /^\p{Lu}/u.test(t.text))) return !new RegExp(`(?<![\\p{L}])${escapeRegExp(word.text)}\\s*&`, 'u').test(question);
  if (!next || !/^\p{Lu}/u.test(word.text) || !/^\p{Lu}/u.test(next.text) || breaksAfter(toks, k)) return false;
  // (a title is no name's first word: "Lord Wolfe" for "Who is the Lord Chief Justice?")
  if (word.tags.has('Actor') || word.tags.has('Honorific')) return false;
  // (a word the question has itself goes on with its name: "British British Casino Association")
  if (new RegExp(`(?<![\\p{L}])${escapeRegExp(next.text)}(?![\\p{L}])`, 'u').test(question)) return false;
  const after = [...question.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(word.text)}\\s+(\\p{L}+)`, 'gu'))].map((m) => m[1]!);
  // (nor a one-word name the question ends on, which a person's name goes on from in the sentence: "Ray
  // Charles" for "Who did Jamie Foxx play in Ray?")
  if (after.length === 0) return new RegExp(`(?<![\\p{L}])${escapeRegExp(word.text)}\\s*[?.!]*\\s*$`, 'u').test(question) && (next.tags.has('Person') || next.tags.has('LastName'));
  return after.every((w) => /^\p{Lu}/u.test(w) && w !== next.text);
}

/**
 * Which part of the sentence each token is in, counting the semicolons before it and each "but"
 * or "whereas" opening a clause with a subject of its own ("Mr Brown has headed Labour's
 * preparations for previous polls | but Mr Milburn is taking that role this time").
 */
function semicolonParts(toks: Token[]): number[] {
  let n = 0;
  return toks.map((t, k) => {
    if (k > 0 && CONTRAST_WORD.test(t.text) && ownSubjectAfter(toks, k)) n++;
    const at = n;
    if (/;/.test(t.post)) n++;
    return at;
  });
}
/** A conjunction that sets the clause after it against the one before, or beside it ("while Little Terrorist is …"). */
const CONTRAST_WORD = /^(but|whereas|while|whilst)$/i;
/** Whether the word after the conjunction at `k` starts a subject ("but Mr Milburn is …", "but he …"), not a verb ("but said …"). */
function ownSubjectAfter(toks: Token[], k: number): boolean {
  const next = toks[k + 1];
  if (!next || next.tags.has('Verb') || next.tags.has('Adverb')) return false;
  return next.tags.has('ProperNoun') || next.tags.has('Pronoun') || next.tags.has('Determiner') || next.tags.has('Honorific');
}

/** Shortest question word (as an index term) read as a misspelt name ({@link findCandidates}). */
const MIN_MISSPELT = 4;

/** Tags the best supporting passages and collects candidate short answers of the kind asked. */
function findCandidates(q: Question, supporting: Evidence[], c: Corpus, o: RuleOptions): Candidate[] {
  const questionTerms = new Set(q.terms.map((t) => t.term));
  // A word of the question the articles never use, one typo from a name they do ("bernie ebers'" for
  // Ebbers, typed in lower case, so not corrected as a name): that name is the question's own too
  const misspelt = new Set(q.terms.filter((t) => t.term.length >= MIN_MISSPELT && c.index.documentFrequency(t.term) === 0).flatMap((t) => c.index.spellings(t.term)));
  const candidates: Candidate[] = [];
  // Tag the best passages; if none holds anything of the kind asked, look a little further down.
  // Tagging costs about a millisecond a sentence: skip sentences that cannot hold an answer of the
  // kind asked (no capitalised word past the first, no digit or number word, no month or year).
  const mayHold = q.asksRank || q.asksOrdinal ? ORDER_HINT : q.often ? OFTEN_HINT : KIND_HINT[q.kind];
  let tagged = 0;
  for (let k = 0; k < supporting.length; k++) {
    const ev = supporting[k]!;
    // enough once something of the right kind turned up (for ages: something that reads as an age).
    // For an age, the sentences skipped as holding no number do not count: "Lee, 82," ranks below
    // every sentence naming "Stan Lee" whole (for other kinds, counting only tagged sentences
    // answered 2 more wrong on train and dev)
    if ((q.kind === 'age' ? tagged : k) >= o.candidatePassages * 3 || (tagged >= o.candidatePassages && candidates.some((x) => x.fit >= (q.kind === 'age' ? 1 : 0.6)))) break;
    // (a sentence whose only name may open it is read, but not counted: see nameOpensOnly)
    const held = !mayHold || mayHold.test(ev.passage.text);
    // (nor one where a naming verb gives a word in lower case: "tools - called middleware -")
    if (!held && !nameOpensOnly(mayHold, ev.passage.text) && !(q.kind === 'name' && LOWER_NAMED.test(ev.passage.text))) continue;
    if (held) tagged++;
    candidates.push(...candidatesIn(q, ev, c.tokens(ev.passage), questionTerms, misspelt).filter((x) => !restatesHead(q, x.text)));
  }
  return candidates;
}

/**
 * Whether a candidate only restates the noun asked about with a superlative or a word for a time
 * before it ("latest film" for "Which Miyazaki film won …?", "best album" for "Which album topped
 * …?"): it says which one in no name, so it answers nothing. (Not other adjectives, which may be the
 * answer: "right shoulder" for "Which shoulder …?", "textile exports" for "Which exports …?")
 */
/** Adjectives that place a thing in time relative to others, naming none ("latest", "new", "next"). */
const RELATIVE_TIME_ADJECTIVE = /^(new|newest|latest|recent|current|previous|next|last|former)$/;
function restatesHead(q: Question, text: string): boolean {
  if (!q.headTerm || !WHICH.test(q.text)) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.some((w) => !/^\p{Ll}+$/u.test(w))) return false;
  return normalizeTerm(words[words.length - 1]!) === q.headTerm && words.slice(0, -1).every((w) => isSuperlative(w) || RELATIVE_TIME_ADJECTIVE.test(w));
}

const prints = new WeakMap<Passage, string>();
/** A passage's {@link fingerprint}, worked out once. */
function printOf(p: Passage): string {
  let print = prints.get(p);
  if (print === undefined) prints.set(p, (print = fingerprint(p.text)));
  return print;
}

/** Groups candidates naming the same thing; the best passage counts fully, others a third each. */
function rankCandidates(candidates: Candidate[]): Array<{ best: Candidate; all: Candidate[]; total: number }> {
  // Sum support per answer across passages: the best passage counts fully, others a third each.
  const byKey = new Map<string, Candidate[]>();
  for (const cand of candidates) {
    const list = byKey.get(cand.key) ?? [];
    list.push(cand);
    byKey.set(cand.key, list);
  }
  return [...byKey.values()]
    .map((list) => {
      list.sort((a, b) => b.score - a.score);
      const seen = new Set<number>();
      // (the same sentence in two articles — a story filed twice — is one piece of support)
      const said = new Set<string>();
      let total = 0;
      for (const cand of list) {
        if (seen.has(cand.evidence.passage.id)) continue;
        const print = printOf(cand.evidence.passage);
        if (said.has(print)) continue;
        total += seen.size === 0 ? cand.score : cand.score / 3;
        seen.add(cand.evidence.passage.id);
        said.add(print);
      }
      return { best: list[0]!, all: list, total: Math.min(total, list[0]!.score * 1.6) };
    })
    .sort((a, b) => b.total - a.total);

}

/**
 * The short answer's wording: the winning candidate, joined by a name coordinated with it ("Bruce
 * Forsyth and Tess Daly"), or — for list questions — every item of the right kind from the sentence
 * whose items together answer best ("Kazemi, 24, and Kashian, 27"). `keys` identify what was named.
 */
function shapeAnswer(q: Question, best: Candidate, candidates: Candidate[], o: RuleOptions, c: Corpus): { text: string; keys: Set<string> } {
  let answerText = best.text;
  let keys = new Set([best.key]);
  if (!q.list && !q.count) {
    // "Bruce Forsyth and Tess Daly will host": a name coordinated with the answer shares it.
    const askedWords = new Set(q.terms.flatMap((t) => [t.term, ...t.related.map((r) => r.term)]));
    const text = best.evidence.passage.text;
    const at = text.indexOf(best.text);
    // ("Motorola's chief executive Ed Zander and Steve Jobs" for "Who is Motorola's chief
    // executive?": one the sentence titles with the noun asked about, in the singular, stands alone)
    const head = q.terms.find((t) => t.role === 'head');
    const titledAlone = !!head && lexicon().lemma(head.text.toLowerCase(), 'noun') === head.text.toLowerCase() && !/[^s]s$/i.test(head.text) && at > 0 &&
      new RegExp(`\\b${escapeRegExp(head.text)}\\s*$`, 'i').test(text.slice(0, at));
    const partner = titledAlone ? undefined : candidates.find((x) => {
      if (x.evidence !== best.evidence || x.key === best.key || x.fit < best.fit * 0.8) return false;
      // (two clauses, not a pair: "shareholders lost about $180bn and 20,000 workers lost their jobs")
      if (quantityShape(x.text) !== quantityShape(best.text)) return false;
      const other = text.indexOf(x.text);
      if (other < 0 || at < 0) return false;
      const between = other < at ? text.slice(other + x.text.length, at) : text.slice(at + best.text.length, other);
      // (nor a name after "and" that a verb follows, the subject of a clause of its own: "donated $1m to
      // The American Red Cross and actor Leonardo DiCaprio pledged …")
      // (where the answer is a preposition's object: a subject of two names, "Bruce Forsyth and Tess
      // Daly host …", "Hollywood stars Kevin Spacey and Kate Bosworth attended …", has none before it)
      if (other > at && subjectOfVerbAt(c.tokens(best.evidence.passage), other + x.text.length) && prepositionBefore(c.tokens(best.evidence.passage), at)) return false;
      // (not for "Who is the Defence Secretary?", which asks for the one holding a title: "Defence
      // Secretary Geoff Hoon and Prime Minister Tony Blair" names two)
      // ("Seyyed Kazemi, 24, and Sajjad Kashian": an age between them is theirs)
      return /^\s*(?:,\s*\d{1,3}\s*,)?\s*(and|&)\s*$/.test(between) || (q.kind === 'person' && q.headTerm === undefined && q.terms.some((t) => t.role === 'verb') && titledPartner(between, askedWords));
    });
    // "confronted by Zoe, Chrissie and Sam": a list of three or more that the answer stands in, whole
    // (not for a noun asked about in the singular: "What is Europe's largest inland port?")
    const peers = candidates.filter((x) => x.evidence === best.evidence && (x.key === best.key || x.fit >= LIST_ITEM_FIT) && quantityShape(x.text) === quantityShape(best.text));
    const list = q.headTerm === undefined ? coordinated([best], peers, undefined) : [];
    if (list.length > 2) {
      const items = withoutAliases(list).sort((a, b) => a.position - b.position);
      answerText = asWritten(items) ?? joinList(items.map((x) => x.text));
      keys = new Set(items.map((x) => x.key));
    } else if (partner) {
      const pair = [best, partner].sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
      // (as written: "Procter & Gamble" is not "Procter and Gamble", which the article does not say)
      answerText = asWritten(pair) ?? `${pair[0]!.text} and ${pair[1]!.text}`;
      keys = new Set(pair.map((x) => x.key));
    }
  }
  // a plural asking for an amount asks for one sum ("What were Renault's net profits?"), unless it counts the items
  if (q.list && !(COUNTED_KINDS.has(q.kind) && q.count === undefined)) {
    // The sentence whose items, taken together, answer best ("Kazemi, 24, and Kashian, 27").
    const want = q.count ?? 2;
    let bestGroup: Candidate[] = [];
    let bestGroupScore = 0;
    for (const ev of new Set(candidates.map((x) => x.evidence))) {
      const items: Candidate[] = [];
      for (const x of candidates.filter((x) => x.evidence === ev && x.fit >= LIST_ITEM_FIT).sort((a, b) => b.score - a.score)) {
        if (!items.some((i) => i.key === x.key)) items.push(x);
      }
      const top = items.slice(0, q.count ?? items.length);
      const mean = top.slice(0, want).reduce((s, x) => s + x.score, 0) / want;
      if (mean > bestGroupScore) { bestGroupScore = mean; bestGroup = top; }
    }
    // The best item's own list is the answer where it stands in one ("charges of conspiracy, voter
    // intimidation and transmission …"), not every name of its sentence; else its best items
    const lead = bestGroup[0];
    const sentenceOf = candidates.filter((x) => x.evidence === lead?.evidence);
    const own = q.count === undefined && lead ? coordinated([lead], sentenceOf, undefined) : [];
    // (a best item that is itself a list, "Celebrex and Bextra", is the answer alone: not with
    // "investigations" after it)
    const items = own.length > 1 || (own.length === 1 && q.count === undefined && /\s(?:and|or)\s/.test(own[0]!.text)) ? own : coordinated(bestGroup.filter((x) => x.score >= (lead?.score ?? 0) * 0.45), sentenceOf, q.count);
    const chosen = withoutAliases(items).sort((a, b) => a.position - b.position);
    if (chosen.length > 1 && bestGroupScore >= o.minScore * 0.8) {
      answerText = asWritten(chosen) ?? joinList(chosen.map((x) => x.text));
      keys = new Set(chosen.map((x) => x.key));
    }
  }
  // a number of things asked for ("Which two rivals …?") where the answer stands in its own
  // sentence's pair ("competitors like Google and AOL"), though no item fits the kind asked well
  // enough for a list above (firms for rivals, read as people): the pair, items fitting as well as it
  if (q.list && q.count !== undefined && keys.size === 1 && !COUNTED_KINDS.has(q.kind)) {
    const sentenceOf = candidates.filter((x) => x.evidence === best.evidence && x.fit >= best.fit * PAIR_FIT_SHARE);
    const own = withoutAliases(coordinated([best], sentenceOf, q.count)).sort((a, b) => a.position - b.position);
    if (own.length === q.count) {
      answerText = asWritten(own) ?? joinList(own.map((x) => x.text));
      keys = new Set(own.map((x) => x.key));
    }
  }

  return { text: answerText, keys };
}

/** How well, against the answer's, an item coordinated with it must fit the kind asked about to join it in a pair asked for. */
const PAIR_FIT_SHARE = 0.8;
/** How well an item must fit the kind asked about to stand in the answer's list (a name tagged a plain name does, for a person). */
const LIST_ITEM_FIT = 0.6;

/** What a quantity counts, as its writing shows: money, a share, a plain number; null for no quantity. */
function quantityShape(text: string): 'money' | 'percent' | 'number' | null {
  if (/^(?:about |around |almost |nearly |more than |over |some )?[$£€¥]/i.test(text) || /\d\s*(?:dollars|pounds|euros|yen|pence)\b/i.test(text) || /^\d{1,4}(?:\.\d+)?p$/.test(text)) return 'money';
  if (/\d\s*(?:%|per ?cent)/i.test(text)) return 'percent';
  return /^\D{0,12}\d/.test(text) ? 'number' : null;
}

/** Words WordNet also has as nouns that are no title's ("and then", "and later"). */
const NOT_TITLE = /^(then|later|also|now|so|yet|still|even|again)$/i;
/** At most this many words of a title between "and" and a second name ("and French President Jacques Chirac"). */
const MAX_PARTNER_TITLE = 3;

/** Whether the word before offset `at` (over an article) is a preposition: "to [The American Red Cross]", "to [the] BBC". */
function prepositionBefore(toks: Token[], at: number): boolean {
  let k = toks.findIndex((t) => t.start >= at) - 1;
  if (k > 0 && /^(the|a|an)$/.test(toks[k]!.text) && !breaksAfter(toks, k - 1)) k--;
  return k >= 0 && toks[k]!.tags.has('Preposition') && !/[,;:.!?"“”]/.test(toks[k]!.post);
}

/** Whether the word after the text ending at offset `end` is a verb in the past or present tense, no noun, with more after it ("… DiCaprio [pledged] a gift"). */
function subjectOfVerbAt(toks: Token[], end: number): boolean {
  const k = toks.findIndex((t) => t.start >= end);
  const next = toks[k];
  // (a verb going on to more, its object: not one ending the clause, which may be said of the pair,
  // "had tries from Mark Cueto and Josh Lewsey disallowed.")
  return !!next && /^\s*$/.test(next.pre) && (next.tags.has('PastTense') || next.tags.has('PresentTense')) && next.tags.has('Verb') && !next.tags.has('Noun') && !next.tags.has('Auxiliary') &&
    !next.tags.has('Participle') && !breaksAfter(toks, k) && k + 1 < toks.length;
}

/**
 * What stands between two coordinated names when the second has a title: "German Chancellor
 * Gerhard Schroeder and French President Jacques Chirac", "X and Glasgow flanker Andrew Wilson".
 * The title's words are capitalised or nouns (WordNet); "and then", "and later" join no title.
 * Only for a plain "who": "Which former Blur guitarist …?" asks for the one with that title.
 */
function titledPartner(between: string, asked: Set<string>): boolean {
  const m = /^\s*(?:and|&)\s+((?:[\p{L}'’.-]+\s+){1,3})$/u.exec(between);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  // a title that holds the question's words is the role asked about, which the first name does not
  // share ("Tom Hanks and director Ron Howard" for "Who is directing the film?")
  return words.length <= MAX_PARTNER_TITLE && words.every((w) => (/^\p{Lu}/u.test(w) || (lexicon().nounClasses(w.toLowerCase(), 1).length > 0 && !NOT_TITLE.test(w))) && !asked.has(normalizeTerm(w) ?? ''));
}

/**
 * A list's items without those in brackets right after another, which name it again: "the Official
 * Bureau of Investigation (FBI)" is one body, not two.
 */
function withoutAliases(items: Candidate[]): Candidate[] {
  if (items.length < 2) return items;
  const text = items[0]!.evidence.passage.text;
  // (nor an item another holds whole: "NC" of the name "NL and NC", drawn again as a noun phrase)
  const within = (x: Candidate, y: Candidate) => y !== x && y.text.length > x.text.length && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(x.text)}(?![\\p{L}\\p{N}])`, 'u').test(y.text);
  items = items.filter((x) => !items.some((y) => within(x, y)));
  return items.filter((x) => {
    const at = text.indexOf(x.text);
    if (at < 0 || text.charAt(at + x.text.length) !== ')') return true;
    return !items.some((y) => {
      if (y === x) return false;
      const end = text.indexOf(y.text) + y.text.length;
      return end > 0 && end <= at && /^\s*\(\s*$/.test(text.slice(end, at));
    });
  });
}

/**
 * The chosen items with the rest of the lists they stand in, from the candidates of their sentence:
 * "London, Amsterdam and Sydney" whole, though the tagger took "Sydney" for a person. Items joined
 * only by commas and "and" / "or" are one list, of one kind; a question that counts its items
 * ("Which two …") keeps its count.
 */
function coordinated(chosen: Candidate[], group: Candidate[], count: number | undefined): Candidate[] {
  if (chosen.length === 0) return chosen;
  const text = chosen[0]!.evidence.passage.text;
  const span = (x: Candidate): readonly [number, number] | null => {
    const at = text.indexOf(x.text);
    return at < 0 ? null : [at, at + x.text.length];
  };
  const joined = (a: readonly [number, number], b: readonly [number, number]) => {
    const between = a[1] <= b[0] ? text.slice(a[1], b[0]) : b[1] <= a[0] ? text.slice(b[1], a[0]) : null;
    return between !== null && LIST_JOIN.test(between);
  };
  const out = [...chosen];
  for (let grown = true; grown && (count === undefined || out.length < count); ) {
    grown = false;
    for (const x of group) {
      const sx = out.some((y) => y.key === x.key) ? null : span(x);
      if (!sx || !out.some((y) => { const sy = span(y); return sy !== null && joined(sx, sy); })) continue;
      out.push(x);
      grown = true;
    }
  }
  // A list ends at the item after its "and" or "or": a name joined by commas alone is in apposition
  // ("by the Treasury, Seyyed Kazemi, 24, and Sajjad Kashian, 27"), and so is one after the list's
  // end ("… and transmission of interstate threats, CNN reports"); what those add is dropped
  const placed = out.map((x) => ({ x, at: span(x) })).filter((p): p is { x: Candidate; at: readonly [number, number] } => p.at !== null).sort((a, b) => a.at[0] - b.at[0]);
  const kept = new Set<Candidate>(chosen);
  let run: Candidate[] = [];
  let closed = false;
  placed.forEach((p, k) => {
    const prev = placed[k - 1];
    const between = prev && prev.at[1] <= p.at[0] ? text.slice(prev.at[1], p.at[0]) : null;
    if (!prev || between === null || !LIST_JOIN.test(between) || closed) {
      run = [p.x];
      closed = false;
      return;
    }
    run.push(p.x);
    if (/\b(?:and|or)\b/.test(between)) {
      for (const x of run) kept.add(x);
      closed = true;
    }
  });
  return out.filter((x) => kept.has(x));
}
/**
 * A list's items as the sentence writes them, when they stand together joined only by commas and
 * "and" / "or" ("AEG, Zanussi and Frigidaire", where the tagger read "Zanussi and Frigidaire" as one
 * name); null otherwise. Items in the order they stand.
 */
function asWritten(items: Candidate[]): string | null {
  const text = items[0]!.evidence.passage.text;
  let from = -1;
  let end = -1;
  for (const x of items) {
    const at = text.indexOf(x.text, end < 0 ? 0 : end);
    if (at < 0 || (end >= 0 && !LIST_JOIN.test(text.slice(end, at)))) return null;
    if (from < 0) from = at;
    end = at + x.text.length;
  }
  return text.slice(from, end).replace(/\s+/g, ' ');
}
/** What joins the items of a list: a comma, "and" or "or", or a comma and either ("and the …" too). */
const LIST_JOIN = /^\s*(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)(?:the\s+)?$/;

/**
 * Whether the word before a comma and a name can end a role in apposition to it: a common noun ("its
 * main administrator, X"), or a capitalised one that names a person's role ("… Director, X"); not
 * another name ("indicated by the Treasury, Seyyed Kazemi, 24, and …").
 */
function roleBeforeComma(t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) || lexicon().nounClasses(t.text.toLowerCase(), 1)[0] === 'noun.person';
}

/**
 * Why no passage supports the question, by the essential words the weighed passages lack: those
 * none of them holds ("nothing relevant mentions "Qods""), else those the closest passage lacks
 * (of those naming the question's names, if any do), the others holding them elsewhere ("Mr
 * Kinnock" is in many sentences, never with "appear");
 * null when none lacks one.
 */
export function missingReason(evidence: ReadonlyArray<{ missing: QuestionTerm[]; coverage: number }>): string | null {
  if (evidence.length === 0) return null;
  const words = (e: { missing: QuestionTerm[] }) => new Set(e.missing.map((t) => t.text));
  const quoted = (ws: Iterable<string>) => joinList([...ws].map((w) => `"${w}"`));
  let nowhere = words(evidence[0]!);
  for (const e of evidence) {
    const here = words(e);
    nowhere = new Set([...nowhere].filter((w) => here.has(w)));
  }
  if (nowhere.size) return `The articles don't say: nothing relevant mentions ${quoted(nowhere)}.`;
  // (of the passages that name what the question names, if any do)
  const named = evidence.filter((e) => !e.missing.some((t) => t.role === 'entity'));
  const closest = (named.length ? named : evidence).reduce((a, b) => (b.coverage > a.coverage ? b : a));
  const lacking = words(closest);
  return lacking.size ? `The articles don't say: the closest passages do not mention ${quoted(lacking)}.` : null;
}

/** A question ending "… to do?" ("What did Sophos urge users to do?"). */
const TO_DO_ASKED = /\bto\s+do\W*$/i;

/**
 * Why a short answer cannot settle the question (a yes/no question, a statement, "why", "how",
 * "what happened", what someone is to do), or null when one can: the passages that bear on it are
 * shown instead.
 */
export function beyondShortAnswer(q: Question): string | null {
  return q.form === 'yesno' ? 'This is a yes/no question, which I answer only with the passages themselves: read them below.'
    : q.form === 'statement' ? 'Ask a question (who, what, when, where, which, how many…); here are the passages that mention it.'
    : q.kind === 'reason' ? '"Why" needs more than a short answer: the passages below are the closest.'
    : q.asksWords ? 'What was said needs more than a short answer: the passages below give the words as said.'
    : q.kind === 'manner' && /\bhow\b/i.test(q.text) ? '"How" needs more than a short answer: the passages below are the closest.'
    : q.kind === 'manner' && TO_DO_ASKED.test(q.text) ? 'What someone is to do needs more than a short answer: the passages below are the closest.'
    : q.kind === 'manner' ? '"What happened" needs more than a short answer: the passages below are the closest.'
    : null;
}

/** The evidence last gathered for a question (by object), with what it was gathered over: see answerByRules. */
const evidenceRead = new WeakMap<Question, { c: Corpus; candidatePassages: number; expandArticles: number; evidence: Evidence[] }>();

/**
 * Answers an analysed question from the corpus: retrieve passages, weigh how much of the question
 * each supports, pull candidate short answers of the kind asked from the best of them, pick the
 * answer the evidence supports most (summed across articles), and cite the sentences that hold it.
 * Abstains, with the closest passages, when no passage supports an answer.
 *
 * @example
 * answerQuestion(analyzeQuestion('Who runs Emennet Pasargad?'), corpus)
 * // { answered: true, answer: 'Mohammad Bagher Shirinkar', citations: [...], ... }
 */
export function answerByRules(q: Question, c: Corpus, options: Partial<RuleOptions> = {}): Answer {
  const o = { ...RULE_DEFAULTS, ...options };
  const weights = idfWeights(q, c);
  const abstain = (reason: string, evs: Evidence[]): Answer => ({
    question: q.text,
    answered: false,
    answer: null,
    confidence: 0,
    citations: [],
    related: pickQuotes(evs, o.maxRelated).map((e) => citationOf(e.passage, c)),
    reason,
  });
  // (the checked stage's second reading, without the veto, reads the same question again: its
  // evidence is kept from the first)
  const kept = evidenceRead.get(q);
  const evidence = kept && kept.c === c && kept.candidatePassages === o.candidatePassages && kept.expandArticles === o.expandArticles ? kept.evidence : gatherEvidence(q, c, o, weights);
  evidenceRead.set(q, { c, candidatePassages: o.candidatePassages, expandArticles: o.expandArticles, evidence });
  if (evidence.length === 0) return abstain('Nothing in the articles matches this question.', []);
  // (read without the veto, a sentence lacking a word still may not deny the question, date itself
  // elsewhere or give another source: those vetoes stand)
  const supporting = evidence.filter((e) => e.coverage >= o.minCoverage && (e.essentialOk || (!o.essentialVeto && !readsOtherwise(q, e.passage.text))));
  // Questions a short answer cannot settle: show the passages that bear on them instead.
  const unsupported = beyondShortAnswer(q);
  if (unsupported) return abstain(unsupported, supporting.length ? supporting : evidence);
  if (supporting.length === 0) return abstain(missingReason(evidence) ?? "The articles don't say: no passage covers enough of the question.", evidence);

  const candidates = findCandidates(q, supporting, c, o);
  const ranked = rankCandidates(candidates);
  const winner = ranked[0];
  if (!winner || winner.total < o.minScore) {
    return abstain(`The articles don't say: the closest passages name no ${KIND_LABEL[q.kind].replace(/^an? /, '')} that answers this.`, supporting.concat(evidence));
  }

  const shaped = shapeAnswer(q, winner.best, candidates, o, c);
  // ("in March" in one article, "on 4-6 March" in another: the day the second gives, see finerDate)
  const finer = q.kind === 'date' && shaped.keys.size === 1 ? finerDate(winner.best, ranked) : undefined;
  const { text: answerText, keys } = finer ? { text: finer.text, keys: new Set([finer.key]) } : shaped;

  // Cite every passage that names the answer and covers enough of the question, so a second
  // article saying the same thing in other words is cited too.
  const needles = [...keys].map((k) => k.toLowerCase());
  const names = (e: Evidence) => needles.some((k) => e.passage.text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').includes(k));
  // A count is cited only where it counts the thing asked about: "11 US states", not "Kashian 11
  // years" for "How many states …?"
  const head = q.kind === 'number' ? q.terms.find((t) => t.role === 'head' && t.term === q.headTerm) : undefined;
  const counts = (e: Evidence) => !head || e.matched.has(head.term) || head.related.some((r) => e.matched.has(r.term));
  // A nationality is cited only where it is said of the question's name: not "Russian tennis chief
  // Shamil Tarpishchev" for "What is Svetlana Kuznetsova's nationality?"
  const saysIt = (e: Evidence) => !q.asksNationality || winner.all.some((x) => x.evidence === e);
  // (the sentence giving the finer date first: it holds the answer as worded)
  const citing = [...(finer ? [finer.evidence] : []), winner.best.evidence, ...evidence.filter((e) => e !== winner.best.evidence && e !== finer?.evidence && e.coverage >= o.minCoverage * 0.8 && names(e) && counts(e) && saysIt(e))];
  const quotes = pickQuotes(citing.length ? citing : [winner.best.evidence], o.maxCitations);
  // ("Mr Brady" → "Graham Brady": see wholeName)
  const whole = q.kind === 'person' && keys.size === 1 ? wholeName(answerText, winner.best.evidence.passage, c) : null;
  const cited = quotes.map((e) => e.passage);
  // (the sentence giving the name whole right after the answer's own, so that it stays cited)
  if (whole && !cited.includes(whole.passage)) {
    cited.splice(1, 0, whole.passage);
    cited.length = Math.min(cited.length, o.maxCitations);
  }

  const runnerUp = ranked[1]?.total ?? 0;
  const margin = winner.total > 0 ? (winner.total - runnerUp) / winner.total : 0;
  const articlesCited = new Set(quotes.map((e) => e.passage.article)).size;
  const ev = winner.best.evidence;
  const confidence = Math.max(0, Math.min(1, 0.45 * ev.coverage + 0.25 * Math.min(1, winner.best.fit) + 0.2 * margin + 0.1 * Math.min(1, (articlesCited - 1) / 1)));

  return {
    question: q.text,
    answered: true,
    answer: limitWords(whole?.name ?? answerText, o.maxAnswerWords),
    confidence: Math.round(confidence * 100) / 100,
    citations: cited.map((p) => citationOf(p, c)),
  };
}

/**
 * Whether a sentence reads otherwise than the question whatever words it lacks: dated only outside
 * the question's period, giving another source, denying what is asked, saying the opposite of its
 * adjective, hedging it, naming the other sex's category, or giving another place in an order (see
 * the evidence's checks, which read these only where no essential word is missing).
 */
function readsOtherwise(q: Question, text: string): boolean {
  return otherPeriodsOnly(askedPeriods(q), text) || otherSource(q, text) !== null || contradicts(q.text, text, deniable(q)) || saysOtherwise(q, text) || hedged(q.text, text, verbsOf(q)) || otherSexCategory(q, text) || otherRankOnly(q, text) !== null;
}

/** A month alone, or with its year ("March", "March 2005"): a date without its day. */
const MONTH_ONLY = new RegExp(`^(${MONTH_NAME.source.replace(/^\^\(|\)\$$/g, '')})(\\s+\\d{4})?$`);
/** How well, against the answer's, a finer date must be supported to stand for it (a sentence that passed the same checks; a second article's, with fewer of the question's words, scores about half). */
const FINER_DATE_SHARE = 0.4;

/**
 * A date another supporting sentence gives the day of, where the answer is only its month ("the next
 * tie against Israel in March" in one article, "against Israel on 4-6 March" in another): the same
 * month (and year, where either gives one) with a day, supported at least {@link FINER_DATE_SHARE}
 * as well. The two articles agree; the second says more.
 */
function finerDate(best: Candidate, ranked: Array<{ best: Candidate; total: number }>): Candidate | undefined {
  const month = MONTH_ONLY.exec(best.text.trim());
  if (!month) return undefined;
  const year = month[2]?.trim();
  const day = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+${month[1]}(?:\\s+(\\d{4}))?|${month[1]}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?)$`);
  for (const r of ranked) {
    if (r.best === best || r.best.score < FINER_DATE_SHARE * best.score) continue;
    const m = day.exec(r.best.text.trim());
    if (!m) continue;
    const own = m[1] ?? m[2];
    if (year && own !== year) continue;
    return r.best;
  }
  return undefined;
}

/** Senses of a word, and steps up WordNet's hierarchy, searched for the noun asked about (illness ← disease ← diabetes). */
const HEAD_SORT_SENSES = 3;
const HEAD_SORT_DEPTH = 4;
/**
 * WordNet classes (of a noun's first sense) whose things a sentence names by a sort of them, in
 * lower case: an illness or an injury (state: "diabetes", "fracture"), a part of the body, a
 * substance. Not things named by a name of their own ("Which exchange …?": "stock exchanges" is a
 * sort, the London Stock Exchange the answer), nor events or acts, whose sorts WordNet keeps loosely
 * ("Which race …?": "marathons").
 */
const SORTED_CLASSES: ReadonlySet<string> = new Set(['noun.state', 'noun.body', 'noun.substance']);
/** Words WordNet files too high up for a word under them to say them (a "thing", a "matter"). */
const TOO_GENERAL_HEAD = /^(thing|things|matter|entity|object|part|kind|sort|type|way|one|ones|item|items|stuff|issue|subject|name)$/;

/**
 * Whether `text` holds, in lower case, a common noun WordNet gives as a sort of the noun the
 * question asks about (`head`): "diabetes" for "illness", "fracture" for "injury". Not the noun's
 * own words (those match as words).
 */
function sortOfHeadIn(head: QuestionTerm, text: string): boolean {
  const lemma = sortableHead(head);
  if (!lemma) return false;
  for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Ll}{3,}(?![\p{L}'’-])/gu)) if (sortOf(m[0], lemma)) return true;
  return false;
}

/** The noun asked about as a dictionary word whose sorts say it ("illness"), or null (a name, a word too general); once per term. */
function sortableHead(head: QuestionTerm): string | null {
  let lemma = sortableHeads.get(head);
  if (lemma === undefined) {
    lemma = lexicon().lemma(head.text.toLowerCase(), 'noun');
    // (not a noun for a person as well: "Head of China's statistics bureau?" asks who, not "chief")
    const classes = /^\p{Ll}/u.test(head.text) && !TOO_GENERAL_HEAD.test(lemma) ? lexicon().nounClasses(lemma, ALL_SENSES) : [];
    if (!SORTED_CLASSES.has(classes[0] ?? '') || classes.some((k) => NAMED_SENSE_CLASSES.has(k))) lemma = null;
    sortableHeads.set(head, lemma);
  }
  return lemma;
}
const sortableHeads = new WeakMap<QuestionTerm, string | null>();

/** Whether the word `w` is a sort of the noun `lemma` in WordNet (not the noun itself, nor a little word). */
function sortOf(w: string, lemma: string): boolean {
  return !isStopWord(w) && w !== lemma && lexicon().isCommonNoun(w) && lexicon().isKindOf(w.toLowerCase(), 'noun', [lemma], HEAD_SORT_SENSES, HEAD_SORT_DEPTH);
}

/**
 * Whether a short answer names a sort of the noun the question asks about by its last word, in
 * lower case: "pancreatic cancer" for "What illness …?" (which WordNet says; the ranker does not read it).
 */
export function answersSortOfHead(q: Question, answer: string | null): boolean {
  const last = /(\p{Ll}+)\W*$/u.exec(answer ?? '')?.[1];
  return q.kind === 'thing' && !!last && !/\p{Lu}/u.test(answer ?? '') && isSortOfHead(last, q);
}

/** Whether the word `w` is a sort of the noun the question asks about (see sortOfHeadIn). */
function isSortOfHead(w: string, q: Question): boolean {
  const head = q.terms.find((t) => t.role === 'head' && t.term === q.headTerm);
  const lemma = head ? sortableHead(head) : null;
  return !!lemma && sortOf(w, lemma);
}

/** Where "outside" (or "outside of", "beyond") stands right before the place at `from`, past "the"; -1 if not. */
function outsideAt(toks: Token[], from: number): number {
  let k = from - 1;
  if (k > 0 && /^the$/i.test(toks[k]!.text) && !breaksAfter(toks, k - 1)) k--;
  if (k >= 0 && /^of$/i.test(toks[k]!.text) && /^outside$/i.test(toks[k - 1]?.text ?? '')) k--;
  return k >= 0 && /^(outside|beyond)$/i.test(toks[k]!.text) && !breaksAfter(toks, k) ? k : -1;
}

/** A question asking a price of each share ("a share", "per share", "each"), or a price ("At what price will the new shares be sold?"). */
const EACH_ASKED = /\b(each|per|apiece|a share|price|prices|priced)\b/i;
/** Whether the amount ending at `to` is a price of each share: "$76 for each Guidant share", "$76 a share", "205 riyals per share". */
function perEach(toks: Token[], to: number): boolean {
  const after = toks.slice(to + 1, to + 5).map((t) => t.text.toLowerCase()).join(' ');
  return !breaksAfter(toks, to) && /^(?:(?:a|per) shares?\b|for each (?:\S+ )?shares?\b)/.test(after);
}

/**
 * Whether the name at `from` follows a lower-case noun for a sort of thing that is no place, and no
 * noun of the question's: a work ("programme Go Digital", "the film Monster"), an act or a person
 * ("president Bush"); not a place's ("the city Leeds"), nor a building's, where things happen
 * ("the stadium Anfield").
 */
function otherSortBefore(toks: Token[], from: number, q: Question): boolean {
  const n = toks[from - 1]!;
  if (breaksAfter(toks, from - 1) || !/^\p{Ll}+$/u.test(n.text) || !n.tags.has('Noun') || n.tags.has('Plural') || (n.term !== null && q.terms.some((t) => t.term === n.term))) return false;
  const classes = lexicon().nounClasses(n.text, 2);
  return classes.length > 0 && !classes.includes('noun.location') && !classes.includes('noun.group') && !classes.includes('noun.object') && (classes[0] === 'noun.communication' || classes[0] === 'noun.act' || classes[0] === 'noun.person');
}

/** Words before a role noun read for the job a question asks about ("Cabinet Office minister"). */
const ROLE_PHRASE_WORDS = 4;
/** How well a role phrase in a sentence naming the question's person answers "What job …?": less than one said of the name itself. */
const ROLE_PHRASE_FIT = 0.8;

/**
 * Whether the name at `from`, after a comma, follows another name than the question's, past at most
 * two lower-case words ("Belmarsh prison, London" for "Where is Woodhill prison?").
 */
function apposedToOther(toks: Token[], from: number, entityTerms: Set<string>): boolean {
  for (let k = from - 1; k >= 0 && from - 1 - k <= 2; k--) {
    const t = toks[k]!;
    if (k < from - 1 && breaksAfter(toks, k)) return false;
    // (a name, not a sentence's first word: "Elsewhere, London …"; nor a place before it, the two
    // then items of a list: "Japan, Germany, Spain and Sweden")
    if (/^\p{Lu}/u.test(t.text)) return t.term !== null && !entityTerms.has(t.term) && !t.tags.has('Pronoun') && (k > 0 || t.tags.has('ProperNoun')) && !PLACE_TAGS.some((g) => t.tags.has(g));
    if (!/^\p{Ll}/u.test(t.text)) return false;
  }
  return false;
}

/** How well a name set off by commas right after the question's name answers where it is. */
const APPOSED_PLACE_FIT = 0.9;

/** The verb "based", as a question's terms hold it. */
const BASED_TERM = normalizeTerm('based') ?? 'base';
/** The noun "day", as a question's terms hold it. */
const DAY_TERM = normalizeTerm('day');
/** Words that name a day: "yesterday", "Christmas Day", "New Year's Eve". */
const DAY_WORD = /^(today|tonight|yesterday|tomorrow|day|eve)$/i;

/** Whether the date toks[from..to] names a day: a weekday, a day of a month ("12 March", "March 12th"), "yesterday", a holiday. */
function namesDay(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = toks[k]!;
    if (t.tags.has('WeekDay') || DAY_WORD.test(t.text)) return true;
    if (/^\d{1,2}(st|nd|rd|th)?$/i.test(t.text) && (toks[k + 1]?.tags.has('Month') || toks[k - 1]?.tags.has('Month'))) return true;
    if (/^\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?$/.test(t.text)) return true;
  }
  return false;
}

/** A last name alone, or after a courtesy title, as a sentence names again someone named whole before ("Mr Brady"). */
const LAST_NAME_ONLY = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?((?:(?:van|von|de|di|da|du|le|la|del|der|den|ter)\s+)?\p{Lu}[\p{L}'’-]+)$/iu;
/** The particle a surname may start with ("Van Nistelrooy", "de Villepin"), written either way. */
const SURNAME_PARTICLE = /^(van|von|de|di|da|du|le|la|del|der|den|ter)$/i;

/**
 * The whole name of a person answered by their last name alone ("Mr Brady", "Brady") or their
 * given name alone ("Roy", as a manager speaks of his captain Roy Keane), as the
 * article gives it elsewhere ("Conservative Graham Brady said …"), with the sentence that gives it
 * (cited too, so every word of the answer can be checked); null when the answer is no lone last
 * name, or the article gives that last name whole to no one or to more than one person.
 */
function wholeName(answer: string, p: Passage, c: Corpus): { name: string; passage: Passage } | null {
  const lastName = LAST_NAME_ONLY.exec(answer)?.[1];
  if (!lastName) return null;
  // ("Van Nistelrooy" for "Ruud van Nistelrooy": a particle before the surname, in either case)
  const words = lastName.split(/\s+/);
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}/u.test(last) || (words.length > 1 && !SURNAME_PARTICLE.test(words[0]!))) return null;
  const [first, end] = c.articleRange(p.article);
  const found = new Map<string, Passage>();
  for (let id = first; id < end; id++) {
    const passage = c.passages[id]!;
    if (passage.duplicateOf !== undefined || !passage.text.includes(last)) continue;
    const toks = c.tokens(passage);
    for (const sp of nameSpans(toks)) {
      // (or a name the tagger could not type whose first word is no dictionary word: "Ravi Purushotma",
      // given whole once and "Mr Purushotma" after)
      const untypedPerson = sp.type === 'name' && sp.to === sp.from + 1 && !lexicon().isDictionaryWord(toks[sp.from]!.text);
      if (sp.type !== 'person' && !untypedPerson) continue;
      // ("Roy" for "Roy Keane": a given name alone, as a speaker calls a team-mate, named whole
      // elsewhere in the article; the same rule of one whole name only)
      if (words.length === 1 && toks[sp.to]!.text.replace(/['’]s?$/u, '') !== last) {
        // (not after a courtesy title, which a last name follows: "Mr Roy")
        if (answer.trim() !== last) continue;
        const given = trimTitles(toks, sp.from, sp.to);
        if (given < sp.to && toks[given]!.text === last && toks[given]!.tags.has('FirstName') && sp.to - given === 1) {
          const name = surface(passage.text, toks, given, sp.to);
          if (!found.has(name)) found.set(name, passage);
        }
        continue;
      }
      if (toks[sp.to]!.text.replace(/['’]s?$/u, '') !== last) continue;
      if (words.length > 1 && toks[sp.to - 1]?.text.toLowerCase() !== words[0]!.toLowerCase()) continue;
      const start = trimTitles(toks, sp.from, sp.to);
      // (a given name before a particle may be one the tagger knows only as a person's: "Ruud van Nistelrooy")
      const givenBeforeParticle = words.length > 1 && toks[start]!.tags.has('Person') && /^\p{Lu}/u.test(toks[start]!.text);
      if (start >= sp.to - (words.length - 1) || !toks[start]!.tags.has('FirstName') && !/^\p{Lu}\.?$/u.test(toks[start]!.text) && !untypedPerson && !givenBeforeParticle) continue;
      const name = surface(passage.text, toks, start, sp.to);
      if (!found.has(name)) found.set(name, passage);
    }
  }
  if (found.size !== 1) return null;
  const [name, passage] = [...found][0]!;
  return { name, passage };
}
