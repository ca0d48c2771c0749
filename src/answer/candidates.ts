import nlp from 'compromise';
import currencyCodes from 'currency-codes';
import { lexicon } from '../lexicon.js';
import { WRITTEN_ACRONYM, type AnswerKind, type Question, type QuestionTerm } from '../question.js';
import { taggedAlone, type Token } from '../tagging.js';
import { isStopWord } from '../text.js';
import { termStrength, type Evidence } from './evidence.js';
import { wordVectors } from './vectors.js';

/**
 * Something in the sentence that argues for a candidate. Extractors name what they saw; the
 * scorer (model.json, learned by `npm run train`) decides how much each counts.
 */
export type Cue =
  | 'afterQuestionPreposition' // "... registered in [the Southern District]" for "registered in?"
  | 'afterHeadNoun' // "its main administrator, [Mohammad Bagher Shirinkar]"
  | 'appositionToRelation' // "The company's manager, [X]" for "who runs"
  | 'modifierLike' // "an [Iranian] company", "[Iran's] cyberactors": a capitalised word qualifying a noun
  | 'objectOfVerb' // "provides the region with [drinking water]"
  | 'headNounFollows' // "[six] Iranians" for "how many Iranians"
  | 'headNounNear' // "[six] Iranian nationals"
  | 'yearLike' // a four-digit year where a count is asked
  | 'moneyMarked' // "$[10 million]", "[5bn] euros"
  | 'unitFollows' // "[40 km]", "[11] years"
  | 'yearsOld' // "[27]-year-old", "aged [27]", "Kashian, [27],"
  | 'monthOrYear' // a date that names a month or a year
  | 'multiWord' // a date of several words ("between August and November 2020")
  | 'afterLeadingPreposition' // "since [2007]" for "since when"
  | 'appositionAfter' // "X, [a spokesman for Iran's mission]," for "who is X?"
  | 'appositionBefore' // "[its main administrator], X"
  | 'titleBefore' // "[Treasury Secretary] Steve Mnuchin"
  | 'initialsMatch' // "[Islamic Revolutionary Guard Corps]" for IRGC
  | 'aliasCue' // "later renamed [Emennet Pasargad]"
  | 'saidOfName' // "Futurelab is [a non-profit organisation]": what the sentence says the question's name is
  | 'afterPreposition' // "a spokesman for Iran's mission to [the United Nations]": governed by a preposition, so not the subject
  | 'ordinal' // "ranked [22nd]": a rank, where a count or a thing is asked
  | 'roleNoun' // "his promotion to [Cabinet Office minister]": a job title
  | 'percent' // "[43%]", "[5 per cent]": a share, how a change is most often given
  | 'levelReached' // "rose … to [2.4bn euros]" for "by how much did X rise?": the level, not the change
  | 'quoted' // "the report on the [“State of Agricultural Commodity Markets 2004”]": a title in quotation marks
  | 'quotedAside' // '"… vote for [President Trump]," the indictment read' for "Who indicted X?": inside a quotation holding none of the question's words
  | 'startsSentence'; // "[Alireza Miryousefi], a spokesman for ..., denied": the sentence's first words, where its subject usually stands

/** What kind of thing an extractor found: its span type (names) or its extractor. */
/** What a name names, by its words' tags. */
export type NameType = 'person' | 'organization' | 'place' | 'name' | 'demonym';
export type SpanType = NameType | 'nounPhrase' | 'date' | 'number' | 'description' | 'expansion';

/** A possible short answer, as found in one sentence. */
export interface Candidate {
  text: string;
  /** What identifies the thing named, across sentences (a person's last name, lower-case words). */
  key: string;
  type: SpanType;
  /** Share of the span's words the dictionary does not know ("Kashian"): name-like. */
  unknownWords: number;
  /** Closeness to the question's words matched in the sentence (1: adjacent; 0.5: far or none). */
  proximity: number;
  /** Closeness to the name the question asks about, for numbers ("Kazemi faces 26 years"). */
  namedProximity: number;
  /** Share of the question's words found (or stood in for) within a few words of the span. */
  window: number;
  /** How strongly the noun asked about ("which magazine") stands within a few words of the span ("[Hazards] magazine"), graded like evidence (0: not there). */
  headNear: number;
  /** Word-vector similarity of the noun asked about to the span's own words ("bronze" for "what medal"); 0 when either has no vector. */
  headSimilarity: number;
  /** Where the span sits relative to the question's verb in the sentence: before it, after it, or no verb found. */
  side: 'before' | 'after' | 'none';
  cues: Set<Cue>;
  evidence: Evidence;
  /** First token of the span. */
  position: number;
  /** Number of words. */
  words: number;
}

interface Span {
  from: number;
  to: number; // inclusive token index
  type: SpanType;
}

/**
 * Whether the name `from`..`to` is a person's, ending in a possessive: "John Peel's BBC Radio 1
 * show" is his show, not one name run on.
 */
export function personsPossessive(tokens: Token[], from: number, to: number): boolean {
  // (a given name the tagger knows only as a person's, before a surname: "Frank Sinatra's My Way")
  const given = tokens.slice(from, to + 1).some((t) => t.tags.has('FirstName')) || (to > from && tokens[from]!.tags.has('Person') && tokens[to]!.tags.has('LastName'));
  return /['’]s$/.test(tokens[to]!.text) && given && !venueNamedFor(tokens, to) && !saintsPlace(tokens, from, to) && !saintsAlone(tokens, from, to);
}

/**
 * "U2's [How to Dismantle a Bomb]", "Ice Cube's [You Can Do It]": a name in the possessive before a
 * capitalised question word or pronoun, which open titles, is the title's owner, not one name run on.
 */
export function ownerBeforeTitle(tokens: Token[], j: number): boolean {
  const n = tokens[j + 1];
  return /['’]s$/.test(tokens[j]!.text) && !!n && /^\p{Lu}/u.test(n.text) && (TITLE_WH.test(n.text) || n.tags.has('Pronoun'));
}

/** "Ireland's [European Indoor] hopefuls", "Japan's [Sumitomo Mitsui]": a country's name in the possessive says whose the name after it is; it is not one name run on. */
export function countrysPossessive(tokens: Token[], j: number): boolean {
  return /['’]s$/.test(tokens[j]!.text) && tokens[j]!.tags.has('Country');
}

/** "St James's Palace", "St John's Wood": a saint's name in the possessive before a capitalised word begins a place's name, no person's. */
function saintsPlace(tokens: Token[], from: number, to: number): boolean {
  return to === from + 1 && /^(St|Saint)\.?$/.test(tokens[from]!.text) && !breaksAfter(tokens, to) && /^\p{Lu}\p{Ll}/u.test(tokens[to + 1]?.text ?? '');
}

/** "at St Mary's": a saint's name in the possessive, alone, names the ground, church or school called after the saint. */
export function saintsAlone(tokens: Token[], from: number, to: number): boolean {
  return to === from + 1 && /^(St|Saint)\.?$/.test(tokens[from]!.text) && /['’]s$/.test(tokens[to]!.text) && !/^\p{Lu}/u.test(tokens[to + 1]?.text ?? '');
}

/** Words that end the name of a place named for someone ("Jack's Snooker Hall", "Ronnie Scott's Jazz Club"). */
const VENUE_WORD = /^(hall|club|bar|cafe|café|restaurant|hotel|theatre|theater|stadium|park|arena|inn|pub|tavern|gallery|academy|college|hospital|church|cathedral|chapel)$/i;
/** Words for a building that make the name they end a place's (not "Club": a club is most often a side). */
const VENUE_PLACE = /^(hall|bar|cafe|café|restaurant|hotel|theatre|theater|stadium|arena|inn|pub|tavern|gallery|cathedral|chapel|church)$/i;
/** How many capitalised words after a possessive a venue's word may stand. */
const VENUE_WORDS = 3;
/** Whether the capitalised words after the possessive at `to` end, within a few, in a word for a venue: the possessive is the venue's name. */
function venueNamedFor(tokens: Token[], to: number): boolean {
  for (let k = to + 1; k < tokens.length && k - to <= VENUE_WORDS; k++) {
    if (!/^\p{Lu}/u.test(tokens[k]!.text) || breaksAfter(tokens, k - 1)) return false;
    if (VENUE_WORD.test(tokens[k]!.text)) return true;
  }
  return false;
}

/** A name's two lower-case particles in a row: "Jeroen van der Veer", "Walter van den Berg", "Luis de la Fuente". */
const PARTICLE_PAIR = /^(van|von|de|da|di|del|della|dos)\s(der|den|de|la|las|los|le)$/;
/** Whether "&" after token `j` joins it to a capitalised `j + 2` in one name ("Standard & Poor's", "Marks & Spencer"). */
export function ampersandJoins(tokens: Token[], j: number, capital: (t: Token, i: number) => boolean): boolean {
  return tokens[j + 1]?.text === '&' && j + 2 < tokens.length && !breaksAfter(tokens, j) && !breaksAfter(tokens, j + 1) && capital(tokens[j + 2]!, j + 2);
}

/**
 * The last token of a body's name that "and" joins on at `j + 1` ("the National Development [and]
 * Reform Commission"): two capitalised dictionary words or more before it, more after it,
 * no person's or place's, the run after "and" ending in a word WordNet files as a group (of
 * its first two senses) or a law's ("the Serious Organised Crime [and] Police Bill"; its first sense,
 * {@link LAW_KINDS}); -1 otherwise. ("Labour and Conservative Party members" are two bodies'; "Marks
 * and Spencer" ends in no group's word.)
 */
export function bodyJoinedByAnd(tokens: Token[], i: number, j: number): number {
  // (two words before "and", at least: "Labour and Conservative Party members" are of two bodies)
  if (j <= i || tokens[j + 1]?.text !== 'and' || breaksAfter(tokens, j) || breaksAfter(tokens, j + 1)) return -1;
  const common = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.tags.has('Person') && !t.tags.has('FirstName') && !PLACE_TAGS.some((tag) => t.tags.has(tag)) && lexicon().isDictionaryWord(t.text);
  let e = j + 2;
  if (!tokens[e] || !common(tokens[e]!)) return -1;
  while (e + 1 < tokens.length && !breaksAfter(tokens, e) && common(tokens[e + 1]!)) e++;
  const last = tokens[e]!.text.toLowerCase();
  if (!(lexicon().nounClasses(last, 2).includes('noun.group') || lexicon().isKindOf(last, 'noun', LAW_KINDS, 1, 1)) || !tokens.slice(i, j + 1).every(common)) return -1;
  return e;
}

/** WordNet's kinds of a law or a treaty, whose names "and" may join words in ("the Serious Organised Crime and Police Bill"). */
const LAW_KINDS = ['legal_document', 'written_agreement'];

/**
 * The last token of a body's name that "and" joins two places in ("the Birmingham [and] Midlands
 * Institute"): after "the", one place's word, "and", places'
 * words, then capitalised words, none a person's or place's, the last one WordNet files as a group;
 * -1 otherwise. (Not "the US and European Union": a group's word must come after places' words only.)
 */
export function placesBodyByAnd(tokens: Token[], i: number, j: number): number {
  const place = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && PLACE_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Person');
  if (j !== i || !/^the$/i.test(tokens[i - 1]?.text ?? '') || breaksAfter(tokens, i - 1) || !place(tokens[i]!) || tokens[j + 1]?.text !== 'and' || breaksAfter(tokens, j) || breaksAfter(tokens, j + 1)) return -1;
  let e = j + 2;
  if (!tokens[e] || !place(tokens[e]!)) return -1;
  while (tokens[e + 1] && !breaksAfter(tokens, e) && place(tokens[e + 1]!)) e++;
  const common = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.tags.has('Person') && !t.tags.has('FirstName') && !PLACE_TAGS.some((tag) => t.tags.has(tag)) && lexicon().isDictionaryWord(t.text);
  if (!tokens[e + 1] || breaksAfter(tokens, e) || !common(tokens[e + 1]!)) return -1;
  e++;
  while (tokens[e + 1] && !breaksAfter(tokens, e) && common(tokens[e + 1]!)) e++;
  return lexicon().nounClasses(tokens[e]!.text.toLowerCase(), 2).includes('noun.group') ? e : -1;
}

/** Whether token `k` is joined to the next by a hyphen, as one word ("head-mounted"). */
export function hyphenJoined(toks: Token[], k: number): boolean {
  return toks[k]!.post === '-' && k + 1 < toks.length && toks[k + 1]!.pre === '';
}

/** Whether tokens `j + 1` and `j + 2` are a name's particle pair joining the capitalised `j` to a capitalised `j + 3`. */
export function particlePair(tokens: Token[], j: number, capital: (t: Token, i: number) => boolean): boolean {
  const a = tokens[j + 1], b = tokens[j + 2], c = tokens[j + 3];
  return !!a && !!b && !!c && PARTICLE_PAIR.test(`${a.text} ${b.text}`) && !breaksAfter(tokens, j) && !breaksAfter(tokens, j + 1) && !breaksAfter(tokens, j + 2) && capital(c, j + 3);
}

/** Titles of nobles and rulers, whose place after "of" is part of their name ("Archduke Sigismund of Austria", "Mary Queen of Scots"). */
export const NOBLE_TITLE = /^(king|queen|prince|princess|duke|duchess|archduke|archduchess|emperor|empress|count|countess|earl|pope|tsar|czar|sultan)$/i;

/** Lower-case words that join the capitalised words of one name ("District of New York", "Paolo di Canio", "Nick Van den Brul"). */
export const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'al', 'bin', 'ibn', 'van', 'von', 'den', 'der', 'la', 'le', 'the', 'and']);
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Adverb', 'Copula', 'Auxiliary'];
const BREAK = /[,;:()\[\]"“”‘’–—!?]|'\s|\.\s/;
const OPENS = /[(\[“"‘]/;
/** A hyphen written as a dash, with spaces round it. */
export const SPACED_DASH = /\s-\s/;
/**
 * A word WordNet has, but not as a noun ("Besides", "Meanwhile"): after an initial's full stop it
 * opens the next sentence ("the funerals of … Malcolm X. Besides Dee, Davis is survived by …"), no
 * surname does.
 */
const sentenceOpener = (word: string): boolean => lexicon().isDictionaryWord(word) && lexicon().senses(word.toLowerCase(), 'noun').length === 0;

/** Whether punctuation separates token i from token i + 1. */
export function breaksAfter(toks: Token[], i: number): boolean {
  // "Rory O' Neill": an apostrophe after a lone O or D is part of the name, not a closing quote
  if (/^[OD]$/.test(toks[i]!.text) && /^['’]\s*$/.test(toks[i]!.post) && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '')) return false;
  // "John E. Kelly": a middle initial's full stop, between a given name and a surname
  if (/^\p{Lu}$/u.test(toks[i]!.text) && /^\.\s+$/.test(toks[i]!.post) && i > 0 && toks[i - 1]!.tags.has('FirstName') && !BREAK.test(toks[i - 1]!.post) &&
    /^\p{Lu}\p{Ll}/u.test(toks[i + 1]?.text ?? '') && (toks[i + 1]!.tags.has('LastName') || toks[i + 1]!.tags.has('Person')) && !sentenceOpener(toks[i + 1]!.text)) return false;
  // "St. Louis", "Dr. John Kelly": an abbreviated title's full stop, before a capitalised word
  // (the full stop read first: this runs for every token a name reader passes)
  if (toks[i]!.post.charCodeAt(0) === FULL_STOP && /^\.\s+$/.test(toks[i]!.post) && TITLE_ABBREVIATION.test(toks[i]!.text) && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '') && !OPENS.test(toks[i + 1]!.pre)) return false;
  return BREAK.test(toks[i]!.post) || OPENS.test(toks[i + 1]?.pre ?? '');
}
/** The full stop's character code. */
const FULL_STOP = 46;
/** Titles abbreviated with a full stop before a name ("St. Elizabeth's flood", "Dr. Kelly", "Mt. Everest"). */
const TITLE_ABBREVIATION = /^(St|Mt|Ft|Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Sgt|Capt|Rev|Gov|Sen|Rep)$/;

/**
 * Whether capitalised `t` (token `i`, between `prev` and `next`) is only a sentence's first word,
 * no name. A sentence's first word is capitalised anyway: it is a name only if tagged so, unknown
 * to the dictionary, or followed by another capitalised word ("Anil Ambani, vice-chairman ..."),
 * unless it is an adjective ("Near Sargans a natural dam …") or, with `pluralStartsNone`, a plural
 * common noun ("Sprinters Kostas Kenteris": a name starts after it). So is a word after a full stop
 * the tagger read as an initial's, whatever it tagged the word ("… reduced to X. Thus no problem …"
 * is one sentence to it, and "Thus" a name). A noun before a short number and a verb (`afterNext`)
 * is a name's first word ("Halo 2 sold …"). Both stages' name readers ask this.
 */
export function firstWordOnly(t: Token, i: number, next: Token | undefined, prev: Token | undefined, pluralStartsNone: boolean, afterNext?: Token): boolean {
  const afterStop = !!prev && /^\.\s/.test(prev.post);
  if (!(i === 0 || afterStop) || (t.tags.has('ProperNoun') && !afterStop) || t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization')) return false;
  if (!lexicon().isDictionaryWord(t.text)) return false;
  // "Standard & Poor's upgraded …": a word that "&" joins to a capitalised one begins a name
  if (next?.text === '&' && !BREAK.test(t.post) && !BREAK.test(next.post) && /^\p{Lu}/u.test(afterNext?.text ?? '')) return false;
  // (as does an adjective "and" joins to another capitalised one: "Industrial and Commercial Bank (ICBC), China's biggest lender, …")
  if (next?.text === 'and' && t.tags.has('Adjective') && !BREAK.test(t.post) && !BREAK.test(next.post) && !!afterNext && /^\p{Lu}\p{Ll}/u.test(afterNext.text) &&
    !['Person', 'Place', 'Demonym'].some((g) => afterNext.tags.has(g))) return false;
  // "Edinburgh-based developer, Rockstar": a capital before "-based" is where, wherever it stands
  if (/^[-‐]$/.test(t.post) && /^based$/i.test(next?.text ?? '')) return false;
  // "Halo 2 won …": a word and a short number before a verb name a thing (as "Xbox 2" does)
  if (next && /^\d{1,3}$/.test(next.text) && !BREAK.test(t.post) && !BREAK.test(next.post) && !t.tags.has('Plural') && t.tags.has('Noun') && afterNext?.tags.has('Verb') && !afterNext.tags.has('Noun')) return false;
  const beforeName = !!next && /^\p{Lu}/u.test(next.text) && !BREAK.test(t.post) && !(pluralStartsNone && t.tags.has('Plural'));
  // (nor is a gerund opening a clause: "Combining SMFG, Japan's third-biggest lender, and Daiwa …")
  // (but an adjective before a capitalised noun for no person, place or people, the subject of the
  // verb after it, begins a body's name: "Electronic Arts was named …", "General Motors said …";
  // as does a gerund, a programme's: "Meeting Point has become one of TV Angola's most watched")
  if (beforeName && (t.tags.has('Adjective') || t.tags.has('Gerund')) && next && afterNext && !BREAK.test(next.post) && afterNext.tags.has('Verb') && !afterNext.tags.has('Noun') && next.tags.has('Noun') &&
    !['Person', 'Place', 'Demonym', 'Possessive'].some((g) => next.tags.has(g)) && !/['’]s?$/.test(next.text) && !['noun.person', 'noun.group', 'noun.location'].includes(lexicon().nounClasses(next.text, 1)[0] ?? '')) return false;
  // (as does an adjective before a word for a body that "of" joins to a name: "National Bank of Kuwait")
  if (beforeName && t.tags.has('Adjective') && next && afterNext?.text === 'of' && !BREAK.test(next.post) && !next.tags.has('Plural') && lexicon().nounClasses(next.text, 2).includes('noun.group')) return false;
  // ("Five British detainees released from Guantanamo …": a number opening the sentence counts the
  // people a word for them names, no name's word)
  if (beforeName) return t.tags.has('Adjective') || (t.tags.has('Gerund') && !t.tags.has('Noun')) || (t.tags.has('Cardinal') && (next!.tags.has('Demonym') || lexicon().pertainyms(next!.text.toLowerCase()).length > 0));
  // "Bank of America", "House of Commons": a word for a body that "of" joins to a name
  return !(next?.text === 'of' && !BREAK.test(t.post) && !t.tags.has('Plural') && lexicon().nounClasses(t.text, 2).includes('noun.group'));
}

/**
 * A name whose capital comes after a lower-case start ("eBay", "iPod", "easyJet"), or an elided
 * particle ("Valery Giscard d'Estaing", "Massimo D'Alema" in lower case), or a web address in lower
 * case ("napster.no").
 */
export const LOWER_LED_NAME = /^(?:\p{Ll}{1,4}\p{Lu}[\p{L}\d]*|\p{Ll}{1,4}['’]\p{Lu}\p{Ll}+|\p{Ll}[\p{Ll}\d-]*(?:\.\p{Ll}{2,6})+)$/u;

/** A capitalised word in the form of a verb made from a name ("Americanised", "Westernising"). */
const NAME_MADE_VERB = /^\p{Lu}\p{Ll}+(?:is|iz)(?:ed|ing)$/u;
/**
 * Whether a capitalised word is a verb made from a name, no name itself ("an Americanised "Jimmy"
 * Bond"), or "I" with a verb joined on ("the biggest screen I've ever seen"), which the tagger may
 * read as a name.
 */
export function nameMadeVerb(t: Token): boolean {
  // (not an "-ing" word the dictionary has as a noun of its own: "the Advertising Standards Authority",
  // nor an "-ised" one it has as an adjective, no name's: "the Serious and Organised Crime Bill")
  return (NAME_MADE_VERB.test(t.text) && taggedAlone(t.text, 'Verb') && !(/ing$/i.test(t.text) && lexicon().nounClasses(t.text.toLowerCase(), 1).length > 0) &&
    !(/ed$/.test(t.text) && lexicon().senses(t.text.toLowerCase(), 'adj').length > 0)) || /^I['’](?:ve|m|d|ll)$/.test(t.text);
}
function isCapital(t: Token, i: number, next?: Token, prev?: Token, afterNext?: Token): boolean {
  if (LOWER_LED_NAME.test(t.text)) return true;
  if (!/^[\p{Lu}\d]/u.test(t.text) || /^\d/.test(t.text)) return false;
  if (FUNCTION_TAGS.some((g) => t.tags.has(g)) && !t.tags.has('ProperNoun')) return false;
  if (firstWordOnly(t, i, next, prev, true, afterNext)) return false;
  // "an Americanised "Jimmy" Bond": a name made a verb ("-ised", "-ized") is no name
  if (nameMadeVerb(t)) return false;
  if (isCalendarTagged(t) && !hyphenedToCapital(t, next) && !titlesPaper(t, next, prev) && !titlesProgramme(t, i, next)) return false;
  return true;
}

/** "A" in "Charles A Blixt": the letter the tagger reads as an article, between a given name and a capitalised word, is a middle initial. */
export function middleInitialA(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return t.text === 'A' && !!prev && !!next && prev.tags.has('FirstName') && /^\s+$/.test(prev.post) && /^\s+$/.test(t.post) && /^\p{Lu}\p{Ll}/u.test(next.text) && !FUNCTION_TAGS.some((g) => next.tags.has(g));
}

/**
 * "Year" in "the New Year Honours": a calendar word that is no month or weekday, between capitalised
 * words that are none, goes on the name (not "New" and "Honours" apart).
 */
export function calendarWordInName(t: Token, prev?: Token, next?: Token): boolean {
  // ("second single, What Happens Tomorrow.": a day relative to now, capitalised after a capitalised
  // word, ends a title; in running text it is written small)
  if (prev && RELATIVE_DAY.test(t.text) && /^\p{Lu}\p{Ll}/u.test(prev.text) && !isCalendarTagged(prev) && /^\s+$/.test(prev.post)) return true;
  if (!prev || !next || !isCalendarTagged(t) || !/^\p{Lu}\p{Ll}/u.test(t.text) || t.tags.has('Month') || t.tags.has('WeekDay') || !/^\s+$/.test(prev.post) || !/^\s+$/.test(t.post)) return false;
  return /^\p{Lu}\p{Ll}/u.test(prev.text) && /^\p{Lu}\p{Ll}/u.test(next.text) && !isCalendarTagged(prev) && !isCalendarTagged(next);
}

/**
 * "the film Black Friday", "Good Friday", "Super Tuesday": a weekday after a name of one capitalised
 * adjective is the name's (not after a person's name, "Smith Monday", nor a longer name, "Manchester
 * United Sunday").
 */
export function adjectiveDay(tokens: Token[], j: number, from: number): boolean {
  const t = tokens[j + 1];
  const prev = tokens[j]!;
  return !!t && j === from && t.tags.has('WeekDay') && !t.tags.has('Plural') && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && /^\s+$/.test(prev.post) && !isCalendarTagged(prev) && !prev.tags.has('Person') &&
    lexicon().senses(prev.text.toLowerCase(), 'adj').length > 0;
}

/**
 * "They Liked You Better When You Were [Dead]": a capitalised word the tagger reads as an adverb,
 * after three or more capitalised words, goes on with the title (in running text it is small).
 */
export function adverbInTitle(tokens: Token[], j: number, from: number): boolean {
  const t = tokens[j + 1];
  return !!t && j - from >= 2 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.tags.has('Adverb') && !['Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Negative'].some((g) => t.tags.has(g)) &&
    tokens.slice(from, j + 1).every((x) => /^\p{Lu}/u.test(x.text));
}

/** Days named relative to now, written with a capital only in a title or at a sentence's start. */
const RELATIVE_DAY = /^(Tomorrow|Today|Tonight|Yesterday)$/;

/** Whether the tagger read a word as a month, a weekday or a date ("May", "Sunday", "Day"). */
export function isCalendarTagged(t: Token): boolean {
  return t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Date');
}

/** "Mondays" in "Happy Mondays": a weekday in the plural after a capitalised word that is no date goes on the name. */
export function pluralDayInName(t: Token, prev: Token): boolean {
  return t.tags.has('WeekDay') && t.tags.has('Plural') && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(prev.text) && !isCalendarTagged(prev) && /^\s+$/.test(prev.post);
}

/** "Day" in "Day-Lewis", which the tagger reads as a date: half of a hyphenated capitalised pair is a name's. */
export function hyphenedToCapital(t: Token, next?: Token): boolean {
  return t.post === '-' && !!next && /^\p{Lu}/u.test(next.text);
}

/** Nouns of a broadcast or a paper that a date word's capital makes a title of ("the Today programme"). */
const PROGRAMME_NOUN = /^(programme|programmes|program|show|bulletin|newspaper)$/;
/** "BBC Radio 4's Today programme": a date word with a capital inside a sentence, before a broadcast's noun, is its title. */
export function titlesProgramme(t: Token, i: number, next?: Token): boolean {
  return i > 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !BREAK.test(t.post) && !!next && PROGRAMME_NOUN.test(next.text);
}

/**
 * "the Sunday Times", "the Sunday Telegraph": a weekday the tagger read as part of a body's name, before
 * more of it; or a weekday after "the" before a capitalised word that is no person's, "the Sunday
 * Independent" (not "on the Sunday Mr Smith left", "the Friday Richardson played").
 */
export function titlesPaper(t: Token, next?: Token, prev?: Token): boolean {
  if (!next || BREAK.test(t.post) || !/^\p{Lu}/u.test(next.text) || isCalendarWord(next)) return false;
  if (t.tags.has('Organization') && next.tags.has('Organization')) return true;
  return !!prev && /^the$/i.test(prev.text) && /^\s+$/.test(prev.post) && t.tags.has('WeekDay') && !t.tags.has('Plural') && /^\s+$/.test(t.post) &&
    /^\p{Lu}\p{Ll}+$/u.test(next.text) && next.tags.has('ProperNoun') && !['Person', 'FirstName', 'LastName', 'Honorific', 'Place'].some((g) => next.tags.has(g));
}

/**
 * Whether "of" or "for" already joins the name `from`..`to`, so that "and" after it goes on with the
 * body's name: "Internet Corporation for Assigned Names and Numbers", "Department of Trade and Industry".
 */
export function ofJoined(tokens: Token[], from: number, to: number): boolean {
  // (a body's name, not a person's: "Emmanuel Gaillard of Shearman and Sterling" is a man and his firm)
  if (tokens.slice(from, to + 1).some((t) => t.tags.has('Person'))) return false;
  for (let k = from + 1; k < to; k++) if (/^(of|for|on)$/.test(tokens[k]!.text)) return true;
  return false;
}

/**
 * A plural name in the possessive before a word for a body goes on into that body's name: "the
 * Professional Rugby Players' Association", "the National Farmers' Union", "the Critics' Circle" (a word
 * for a body in one of its first two senses; not "the Tories' Michael Howard").
 */
export function possessiveBody(tokens: Token[], j: number): boolean {
  const n = tokens[j + 1];
  return /^['’]\s*$/.test(tokens[j]!.post) && /s$/.test(tokens[j]!.text) && /^\p{Lu}/u.test(tokens[j]!.text) && !!n && /^\p{Lu}\p{Ll}/u.test(n.text) && lexicon().nounClasses(n.text, 2).includes('noun.group');
}

/** A courtesy title inside a run of capitalised words ("the BBC Mr Howard"): it opens another name. */
export function honorificAfterName(tokens: Token[], k: number): boolean {
  return k > 0 && /^(mr|mrs|ms|miss|dr)\.?$/i.test(tokens[k]!.text) && !/^(mr|mrs|ms|miss|dr)\.?$/i.test(tokens[k - 1]!.text);
}

/**
 * Whether "and" before `after` ends a list rather than joining one name ("Procter and Gamble"): the
 * word before the name ends in a comma ("Doncaster, Hartlepool and North Tyneside"), or more than
 * one capitalised word follows "and" ("Hartlepool and North Tyneside").
 */
export function inList(tokens: Token[], from: number, after: number): boolean {
  return (from > 0 && tokens[from - 1]!.post.trimEnd().endsWith(',')) || (after + 1 < tokens.length && !breaksAfter(tokens, after) && isCapital(tokens[after + 1]!, after + 1, tokens[after + 2]));
}

/**
 * Where a name runs on over the number after it, the number's index: "Channel 4", "Maroon 5",
 * "Xbox 2", "Hot 100", "Fahrenheit 9/11" name a thing, and the name alone another. Not a score
 * ("Chelsea 2-1", "Chelsea 2 Arsenal 1"), nor a count of what follows ("gave Smith 3 points").
 * `i` and `j` are the name's first and last tokens.
 */
export function numberAfterName(tokens: Token[], i: number, j: number): number | null {
  const n = tokens[j + 1];
  // "Chelsea 2 Arsenal 1": a score line
  if (i > 0 && /^\d+$/.test(tokens[i - 1]!.text)) return null;
  // ("Super 3G": a number with a letter after it too)
  // ("Radio [4's] Today programme": the number with a possessive ending, before what the name owns)
  // ("PlayStation 2s": the plural of a name's number)
  // ("Transport 2000", "Windows 2000", "Euro 2004": four digits too, after a name no place, date or person's)
  if (!n || breaksAfter(tokens, j) || !/^(\d{1,4}|\d{1,3}['’]?s|\d{1,2}\/\d{1,2}|\d{1,2}\p{Lu})$/u.test(n.text) || /^\s*[-–:%.,]?\d/.test(n.post) || /^[-–:%]/.test(n.post)) return null;
  const name = tokens[j]!;
  // (nor a year: "AD 70")
  if (name.tags.has('Month') || name.tags.has('Date') || name.tags.has('WeekDay') || name.tags.has('Person') || /['’]s?$/.test(name.text) || /^(AD|BC|BCE|CE)$/.test(name.text)) return null;
  // (four digits only before the verb the name is the subject of, where no year stands: "at
  // Christmas 2004 by 3%", "London 2005 talks" date what they follow)
  if (/^\d{4}$/.test(n.text)) {
    const verb = tokens[j + 2];
    if (['Place', 'Country', 'City', 'Date'].some((g) => name.tags.has(g)) || !verb || breaksAfter(tokens, j + 1) || !verb.tags.has('Verb') || verb.tags.has('Noun') || !/^\p{Ll}/u.test(verb.text)) return null;
  }
  if (/['’]s$/.test(n.text)) return j + 1;
  const after = tokens[j + 2];
  // ("Il Sole 24 Ore", "Channel 4 News": a short number between a name's words, where one
  // capitalised word ends the name — no score line, "Chelsea 2 Arsenal 1", nor a name after it)
  if (after && !breaksAfter(tokens, j + 1) && /^\d{1,2}$/.test(n.text) && /^\p{Lu}\p{Ll}+$/u.test(after.text) && !['Person', 'FirstName', 'Month', 'WeekDay', 'Date'].some((g) => after.tags.has(g)) &&
    (breaksAfter(tokens, j + 2) || (!!tokens[j + 3] && /^\p{Ll}/u.test(tokens[j + 3]!.text)))) return j + 2;
  // (a number with a slash in it is no amount "and" may go on from: "Fahrenheit 9/11 and Mel Gibson's …")
  const listed = /^(and|or)$/i.test(after?.text ?? '') && n.text.includes('/');
  if (after && !breaksAfter(tokens, j + 1) && !listed && (/^[\p{Lu}\d]/u.test(after.text) || after.tags.has('Plural') || after.tags.has('Unit') || after.tags.has('Value') || NUMBER_WORDS_AFTER.test(after.text))) return null;
  return j + 1;
}
/**
 * Where a name starts with the number before it, the number's index: "radio station [6] Music",
 * "the band [3] Doors Down" — a short number between a common noun that says what the name is and
 * the name. Not a count ("won 6 Grammys", after a verb), a rank ("world number 1 Roger Federer"), a
 * score ("Chelsea 2 Arsenal 1") or a person. `i` and `j` are the name's first and last tokens.
 */
/** Nouns before a number that rank, page, date or age what follows rather than say what kind of name it is ("number 1", "page 3", "aged 5"). */
const NOT_NAME_KIND = /^(number|no|top|page|year|aged?)$/i;
export function numberBeforeName(tokens: Token[], i: number, j: number): number | null {
  const n = tokens[i - 1];
  const kind = tokens[i - 2];
  if (!n || !kind || !/^\d{1,2}$/.test(n.text) || breaksAfter(tokens, i - 1) || breaksAfter(tokens, i - 2) || n.pre !== '') return null;
  if (!/^\p{Ll}+$/u.test(kind.text) || !kind.tags.has('Noun') || kind.tags.has('Plural') || kind.tags.has('Verb') || NOT_NAME_KIND.test(kind.text)) return null;
  const after = tokens[j + 1];
  if (after && !breaksAfter(tokens, j) && /^\d/.test(after.text)) return null;
  return i - 1;
}
/** Words after a number that make it an amount, not part of a name. */
const NUMBER_WORDS_AFTER = /^(of|to|per|percent|and|or|million|billion|m|bn|years?|points?|goals?|runs?|times|minutes?|hours?|days?)$/i;

/** Last words of a name that is a thing named after someone: an award, a building, a body. */
const NAMED_AFTER_SOMEONE = /^(Awards?|Prizes?|Festival|Trophy|Cup|Lecture|Foundation|Trust|Institute|Hospital|Stadium|Centre|Center|Theatre|Hall|Park|Street|Road|Square|Bridge|College|University|School|Airport|Museum|Gallery|Library|Memorial)$/;

/** Whether the name ending at `j` says where something is based: "US-based Amazon.com", "Santa Monica-based Activision". */
export function basedIn(tokens: Token[], j: number): boolean {
  return /^[-‐]$/.test(tokens[j]!.post) && /^based$/i.test(tokens[j + 1]?.text ?? '');
}

/** Whether "of the" after token `j` joins the name on: "News of the World", "Council of Guardians of the Constitution" (not before a person's name). */
export function ofTheJoins(tokens: Token[], j: number, capital: (t: Token, i: number) => boolean): boolean {
  const after = tokens[j + 3];
  return tokens[j + 1]?.text.toLowerCase() === 'of' && tokens[j + 2]?.text.toLowerCase() === 'the' && !!after && !breaksAfter(tokens, j + 1) && !breaksAfter(tokens, j + 2) &&
    capital(after, j + 3) && !after.tags.has('Person') && !after.tags.has('FirstName') && !fromPlace(tokens[j]!, after);
}

/**
 * Whether "on" after token `j` joins a body's name on: "the Parliamentary Group on Betting and
 * Gaming", "the Committee on Standards" — a capitalised word for a group before it (WordNet's
 * noun.group), a capitalised word after it that is no person, day or month ("the Group on Monday").
 */
export function onJoins(tokens: Token[], j: number, capital: (t: Token, i: number) => boolean): boolean {
  const after = tokens[j + 2];
  return tokens[j + 1]?.text === 'on' && !!after && /^\p{Lu}/u.test(tokens[j]!.text) && !breaksAfter(tokens, j + 1) && capital(after, j + 2) &&
    !after.tags.has('Person') && !after.tags.has('FirstName') && !isCalendarWord(after) &&
    (lexicon().nounClasses(tokens[j]!.text, 1)[0] === 'noun.group' || lexicon().isKindOf(tokens[j]!.text.toLowerCase(), 'noun', ['group'], 1, 0));
}

/**
 * "Iveta Benesova of the Czech Republic", "Frank Penski of Boston": a name of words the dictionary
 * does not know, then "of" and a place, is someone from that place, not one name ("Bank of the
 * Czech Republic", "Duke of York" lead with a dictionary word and stay whole).
 */
export function fromPlace(before: Token, place: Token, first?: Token): boolean {
  // (or after a name a given name opens, whatever its last word: "Mark Stephen Trotter of
  // California"; not a peer's, "Lord Irvine of Lairg")
  const given = !!first && first !== before && first.tags.has('FirstName') && !RANK_TITLE.test(first.text);
  return ['Place', 'Country', 'City'].some((tag) => place.tags.has(tag)) && (!lexicon().isDictionaryWord(before.text) || given);
}

/** Lower-case words inside a work's title: "Return [of the] Mack", "Stars [on] Thin Ice". */
const TITLE_LINK = /^(of|on|upon)$/i;
/** Little words inside a title that a noun for a work follows ("the Breakfast with Frost programme", "the Dancing on Ice show"). */
const TITLE_LINK_BEFORE_NOUN = /^(of|on|upon|with|in|at|for|to)$/i;
/** Senses of the noun after a title searched for a work ("programme" is a broadcast in its third). */
const WORK_NOUN_AFTER_SENSES = 3;
/** An article after a title's link word ("Return of [the] Mack"). */
const TITLE_ARTICLE = /^(the|a|an)$/i;
/**
 * Little words inside a title a noun for a work comes before, when a verb or the sentence's end comes
 * after it: "US film [Lost in Translation] won", "the show [Passport to Paradise] will not return",
 * "the television screenplay [Flight into Danger]." (not "the film Ray in Cannes on Friday").
 */
const TITLE_LINK_BEFORE_VERB = /^(in|into|to|with|at|for)$/i;
/** Verbs right before a work's title: "a show titled Stars on Thin Ice". */
const TITLE_VERB = /^(titled|entitled|called)$/i;
/** WordNet kinds of the noun right before a work's title ("the album …", "the film …", "the report …"). */
const WORK_KINDS = ['creation', 'recording', 'show', 'publication', 'musical_composition', 'dramatic_composition', 'drama', 'broadcast', 'writing'];
/** Senses and hypernym steps searched for {@link WORK_KINDS}: "song" is a musical composition two steps up, "drama" a dramatic one. */
const WORK_SENSES = 2;
const WORK_DEPTH = 5;
/**
 * WordNet kinds of a noun for a work performed or played ("album", "song", "film", "show", "play"):
 * narrower than {@link WORK_KINDS}, whose publications ("the encyclopedia Knaurs Lexikon") may say
 * who said something.
 */
export const PERFORMED_WORK_KINDS = ['album', 'recording', 'show', 'musical_composition', 'dramatic_composition', 'drama', 'movie'];
/** Nouns for a record released that WordNet files under no work: "her debut hit Genie in a Bottle", "the single X". */
const RELEASE_NOUN = /^(hit|single|release)$/i;
/** Words before such a noun that make it a record's: "debut hit", "new single" (not "the single European market"); a year does too ("the 1996 single"). */
const RELEASE_LEAD = /^(debut|new|latest|first|second|third|last|next|her|his|their|its|hit|smash|charity|comeback)$/i;
/** Whether the name at token `i` follows a noun for a work of `kinds`, so is its title: "his album [Egypt]", "the show [Stars on Thin Ice]". */
export function workNounBefore(tokens: Token[], i: number, kinds: readonly string[] = WORK_KINDS): boolean {
  const cue = tokens[i - 1];
  // (a noun, not a word for a direction the tagger reads as a place: "in western [Kenya]", though
  // WordNet's "western" is also a film)
  // (an adjective that is also a work's noun is that noun after an article or another noun, before
  // a name no place: "hit [musical] Mamma Mia!", "the [musical] Chess")
  const before = tokens[i - 2];
  // (or after a year: "the 1996 [single] Return of the Mack")
  const nounAfterNoun = !!cue?.tags.has('Adjective') && !!before && !breaksAfter(tokens, i - 2) && (before.tags.has('Determiner') || (before.tags.has('Noun') && /^\p{Ll}/u.test(before.text)) || YEAR.test(before.text)) && !tokens[i]!.tags.has('Place');
  return !!cue && !breaksAfter(tokens, i - 1) && /^\p{Ll}/u.test(cue.text) && (cue.tags.has('Noun') || nounReadAsVerb(tokens, i - 1) || nounAfterNoun) && !cue.tags.has('Place') && (!cue.tags.has('Adjective') || nounAfterNoun) &&
    !tokens[i - 2]?.tags.has('Preposition') && (workNoun(cue.text, kinds) || (kinds === WORK_KINDS && RELEASE_NOUN.test(cue.text) && (RELEASE_LEAD.test(tokens[i - 2]?.text ?? '') || YEAR.test(tokens[i - 2]?.text ?? ''))));
}
/**
 * "US [film] Lost in Translation", "Britain's [film] …": a bare verb form right after a name or a
 * possessive, with no subject it could agree with, is the tagger's misreading of a noun.
 */
function nounReadAsVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  if (!t.tags.has('Infinitive') || !before || breaksAfter(tokens, k - 1)) return false;
  // (or after a singular common noun, with which a bare verb form cannot agree: "euthanasia [film] The Sea Inside")
  return /['’]s$/.test(before.text) || before.tags.has('Determiner') || (before.tags.has('Place') && /^\p{Lu}/u.test(before.text)) ||
    (before.tags.has('Singular') && before.tags.has('Noun') && !before.tags.has('Pronoun') && /^\p{Ll}/u.test(before.text));
}
/**
 * Whether a noun is one for a work of `kinds` ("album", "movie"), per WordNet, in its first `senses`
 * (one for a noun a question asks about: "What was the score?" asks for a result, though a score is
 * also music written down).
 */
export function workNoun(word: string, kinds: readonly string[] = WORK_KINDS, senses = WORK_SENSES): boolean {
  return lexicon().isKindOf(word.toLowerCase(), 'noun', kinds, senses, WORK_DEPTH);
}
/** Whether a work's title may start at token `i`: after a noun for a work or "titled" ("a show titled [Stars on Thin Ice]"). */
function titleCue(tokens: Token[], i: number): boolean {
  const cue = tokens[i - 1];
  return workNounBefore(tokens, i) || (!!cue && !breaksAfter(tokens, i - 1) && TITLE_VERB.test(cue.text));
}
/**
 * How many tokens after `j` a work's title that starts at `i` goes on by: "of"/"on" (and an article)
 * then a capitalised word, as in "the show titled Stars on Thin Ice", "the film Lord of the Rings" (0
 * when it stops). The word after is not a place or a body: "the film Ray on ITV" is two names.
 */
export function titleJoins(tokens: Token[], i: number, j: number, capital: (t: Token, i: number) => boolean): number {
  // ("the children's show Fat Albert and the Cosby Kids": "and" after one work's noun goes on with
  // its title; after "the films" it lists two)
  const link = tokens[j + 1]?.text ?? '';
  const single = link === 'and' && workNounBefore(tokens, i) && !tokens[i - 1]!.tags.has('Plural');
  const cuedBefore = (TITLE_LINK.test(link) || single || (TITLE_LINK_BEFORE_VERB.test(link) && workNounBefore(tokens, i))) && titleCue(tokens, i);
  // ("BBC One's Breakfast with Frost programme": a title the noun for a work follows)
  if (!(cuedBefore || TITLE_LINK_BEFORE_NOUN.test(link)) || breaksAfter(tokens, j)) return 0;
  let k = j + 2;
  if (TITLE_ARTICLE.test(tokens[k]?.text ?? '') && !breaksAfter(tokens, k - 1)) k++;
  const word = tokens[k];
  if (!word || breaksAfter(tokens, k - 1) || !capital(word, k) || ['Place', 'Country', 'City', 'Organization'].some((tag) => word.tags.has(tag))) return 0;
  if (cuedBefore && !TITLE_LINK.test(link) && !single && !verbOrEndAfter(tokens, k, capital)) return 0;
  if (!cuedBefore) {
    // (not after a name's possessive, whose owner the run holds: "BBC One's Breakfast with Frost")
    if (tokens.slice(i, j + 1).some((t) => /['’]s$/.test(t.text))) return 0;
    const noun = tokens[k + 1];
    if (!noun || breaksAfter(tokens, k) || !/^\p{Ll}/u.test(noun.text) || !noun.tags.has('Noun') || !workNoun(noun.text, WORK_KINDS, WORK_NOUN_AFTER_SENSES)) return 0;
  }
  return k - j;
}

/**
 * "his 1959 signature song What'd [I] Say": the pronoun "I" between capitalised words of a title
 * that a noun for a work (or "titled") cues is one of the title's words.
 */
export function pronounInTitle(tokens: Token[], i: number, j: number, capital: (t: Token, i: number) => boolean): boolean {
  const [n, after] = [tokens[j + 1], tokens[j + 2]];
  return n?.text === 'I' && !!after && !breaksAfter(tokens, j) && !breaksAfter(tokens, j + 1) && capital(after, j + 2) && titleCue(tokens, i);
}

/**
 * "the Children in Need record [I'll] Stand By You", "her single [I] Believe": a capitalised pronoun
 * (with a verb joined on or not) right after a noun for a work or "titled", before a capitalised word,
 * opens the title (elsewhere "I'll" is no name: "the biggest screen I've ever seen").
 */
export function pronounOpensTitle(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return /^\p{Lu}/u.test(t.text) && t.tags.has('Pronoun') && i > 0 && !!next && !breaksAfter(tokens, i) && /^\p{Lu}/u.test(next.text) &&
    isCapital(next, i + 1, tokens[i + 2], t, tokens[i + 3]) && titleCue(tokens, i);
}

/** Whether the capitalised run from token `k` ends its sentence or clause, or a verb follows it ("… Translation [won]"). */
function verbOrEndAfter(tokens: Token[], k: number, capital: (t: Token, i: number) => boolean): boolean {
  let m = k;
  while (tokens[m + 1] && !breaksAfter(tokens, m) && capital(tokens[m + 1]!, m + 1)) m++;
  const next = tokens[m + 1];
  // (or a date after a preposition: "her debut hit Genie in a Bottle [in October 1999]")
  const dated = !!next && /^(in|on|since)$/i.test(next.text) && !!tokens[m + 2] && (isCalendarTagged(tokens[m + 2]!) || /^\d{4}$/.test(tokens[m + 2]!.text));
  return !next || breaksAfter(tokens, m) || dated || (next.tags.has('Verb') && !next.tags.has('Noun') && !next.tags.has('Preposition'));
}

/**
 * "Pool A", "Group B", "Plan B": a capital letter after a capitalised noun is the name's last word,
 * not the article "A", when no noun it could stand before follows it ("Pool A together with …";
 * not "the US A team").
 */
export function letterAfterNoun(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const letter = tokens[j + 1];
  if (!letter || !/^\p{Lu}$/u.test(letter.text) || breaksAfter(tokens, j) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !t.tags.has('Noun') || t.tags.has('Person') || t.tags.has('Place')) return false;
  const after = tokens[j + 2];
  // (a word the tagger reads as a noun with no noun sense in WordNet is none: "together")
  return !after || breaksAfter(tokens, j + 1) || (/^\p{Ll}/u.test(after.text) && !after.tags.has('Adjective') && !(after.tags.has('Noun') && lexicon().isCommonNoun(after.text)));
}

/** "Bankash-A", "Sasser-B": a capital letter after a hyphen is the name's last word (a variant's letter), not the article "A". */
export function letterAfterHyphen(tokens: Token[], j: number): boolean {
  return tokens[j]!.post === '-' && /^\p{Lu}$/u.test(tokens[j + 1]?.text ?? '');
}

/**
 * "Nursultan Abish-uly Nazarbayev": a lower-case part of a hyphenated name that no dictionary has,
 * with the name going on after it, is the name's (not "Microsoft-owned Hotmail").
 */
/** "Stockton-on-Tees", "Stratford-upon-Avon": whether token `j` and `j + 2` are a hyphenated place's ends, with a lower-case middle. */
export function lowerMiddle(tokens: Token[], j: number): boolean {
  const n = tokens[j + 1];
  return !!n && tokens[j]!.post === '-' && n.post === '-' && /^\p{Ll}+$/u.test(n.text) && j + 2 < tokens.length && /^\p{Lu}/u.test(tokens[j + 2]!.text);
}
export function hyphenPartJoins(tokens: Token[], j: number, capital: (t: Token, i: number) => boolean): boolean {
  const part = tokens[j + 1];
  return !!part && tokens[j]!.post === '-' && /^\p{Lu}/u.test(tokens[j]!.text) && /^\p{Ll}+$/u.test(part.text) && /^\s+$/.test(part.post) &&
    j + 2 < tokens.length && capital(tokens[j + 2]!, j + 2) && (!lexicon().isDictionaryWord(part.text) || coinedHead(tokens[j]!, part));
}
/**
 * "Blu-ray": a capitalised part no dictionary has, nor a name the tagger knows, before a word of
 * the dictionary that is no participle ("UK-based", "Iranian-born" stay apart), is one coined word.
 */
function coinedHead(head: Token, part: Token): boolean {
  return !lexicon().isDictionaryWord(head.text) && !['Place', 'Person', 'Organization', 'Acronym', 'Demonym'].some((tag) => head.tags.has(tag)) && !/(ed|ing|en)$/.test(part.text);
}

/** A capitalised article inside a title ("Touching From [A] Distance"). */
const TITLE_ARTICLE_WORD = /^(A|An|The)$/;
/** Little words capitalised only in a title written in title case ("Touching [From] …", "More [Than] …"). */
const TITLE_CASE_LINK = /^(From|Than|Such|As|In|On|With|To|At|By|Into|Like|Without|Of|For)$/;
/**
 * "Touching From A Distance", "More Than A Woman": a capitalised article after the run `i`..`j`,
 * before a capitalised word, goes on with a title written in title case (the run holds a capitalised
 * little word after its first).
 */
export function titleCaseArticle(tokens: Token[], i: number, j: number, capital: (t: Token, k: number) => boolean): boolean {
  return TITLE_ARTICLE_WORD.test(tokens[j + 1]?.text ?? '') && j + 2 < tokens.length && !breaksAfter(tokens, j) && !breaksAfter(tokens, j + 1) && capital(tokens[j + 2]!, j + 2) &&
    tokens.slice(i + 1, j + 1).some((t) => TITLE_CASE_LINK.test(t.text));
}

/** A question word that, capitalised inside a sentence, opens a title ("U2's How to Dismantle a Bomb"). */
const TITLE_WH = /^(How|Why|What|Where|When|Who)$/;
/** Little words written small inside such a title. */
const TITLE_SMALL_WORD = /^(to|a|an|the|of|in|on|for|and|with|at|by|from|is|are)$/;
/**
 * Whether a title that a capitalised question word opens inside a sentence goes on over a little
 * word in lower case after token `j` to a capitalised word: "U2's How [to] Dismantle [a] Bomb".
 */
export function whTitleLink(tokens: Token[], i: number, j: number, capital: (t: Token, k: number) => boolean): boolean {
  const open = tokens.slice(i, j + 1).findIndex((t) => TITLE_WH.test(t.text)) + i;
  if (open < i || open < 1 || /[.!?:"“]\s*$/.test(tokens[open - 1]!.post)) return false;
  return TITLE_SMALL_WORD.test(tokens[j + 1]?.text ?? '') && j + 2 < tokens.length && !breaksAfter(tokens, j) && !breaksAfter(tokens, j + 1) && capital(tokens[j + 2]!, j + 2);
}

/**
 * Whether a title opened by a capitalised "A" or "An" inside a sentence goes on over a lower-case
 * connector and article after token `j`: "the 1982 film An Officer [and a] Gentleman" (an
 * indefinite article in capitals opens no name but a title's).
 */
export function indefiniteTitleLink(tokens: Token[], i: number, j: number, capital: (t: Token, k: number) => boolean): boolean {
  const open = /^An?$/.test(tokens[i]!.text) ? i : i > 0 && /^An?$/.test(tokens[i - 1]!.text) && !breaksAfter(tokens, i - 1) ? i - 1 : -1;
  if (open < 1 || /[.!?:"“]\s*$/.test(tokens[open - 1]!.post)) return false;
  return /^(and|of|in|on|for|with)$/.test(tokens[j + 1]?.text ?? '') && /^(a|an|the)$/.test(tokens[j + 2]?.text ?? '') && j + 3 < tokens.length &&
    !breaksAfter(tokens, j) && !breaksAfter(tokens, j + 1) && !breaksAfter(tokens, j + 2) && capital(tokens[j + 3]!, j + 3);
}

/**
 * Whether the capitalised words ending at `to`, from `from` or later, are a name WordNet has as a
 * noun whole ("saint_kitts_and_nevis", "bosnia_and_herzegovina").
 */
export function wordNetNameWith(tokens: Token[], from: number, to: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[to]!.text)) return false;
  for (let s = from; s < to - 1; s++) {
    if (lexicon().senses(tokens.slice(s, to + 1).map((t) => t.text.toLowerCase()).join('_'), 'noun').length > 0) return true;
  }
  return false;
}

/** Proper-name spans ("US Southern District of New York", "Mohammad Bagher Shirinkar"). */
export function nameSpans(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (appositiveOpener(tokens, i)) {
      spans.push({ from: i, to: i, type: 'person' });
      i++;
      continue;
    }
    if (!isCapital(tokens[i]!, i, tokens[i + 1], tokens[i - 1], tokens[i + 2]) && !pronounOpensTitle(tokens, i)) { i++; continue; }
    let j = i;
    // (a dash with spaces round it ends a name, as an en dash does: "a new party called Veritas - Latin for truth")
    while (j + 1 < tokens.length && (!breaksAfter(tokens, j) || possessiveBody(tokens, j)) && !SPACED_DASH.test(tokens[j]!.post)) {
      const n = tokens[j + 1]!;
      if (personsPossessive(tokens, i, j) || countrysPossessive(tokens, j) || ownerBeforeTitle(tokens, j)) break;
      if (isCapital(n, j + 1, tokens[j + 2]) && !honorificAfterName(tokens, j + 1)) { j++; continue; }
      if (pluralDayInName(n, tokens[j]!) || calendarWordInName(n, tokens[j], tokens[j + 2]) || adjectiveDay(tokens, j, i) || adverbInTitle(tokens, j, i) || middleInitialA(tokens, j + 1)) { j++; continue; }
      // "District of New York": a lower-case connector between two capitalised words
      const lower = n.text.toLowerCase();
      const typed = (t: Token) => t.tags.has('Place') || t.tags.has('Person') || t.tags.has('Organization');
      // ...but "of" never joins a person's name on: "the defection to Labour of Robert Jackson"
      const person = (t: Token) => t.tags.has('Person') || t.tags.has('FirstName');
      const joinsWords = lower === 'of' || lower === 'for' || lower === 'and' || lower === 'the';
      // ("Saint Kitts and Nevis", "Trinidad and Tobago": a name WordNet has whole, "and" and all)
      if (lower === 'and' && j + 2 < tokens.length && !breaksAfter(tokens, j + 1) && wordNetNameWith(tokens, i, j + 2)) { j += 2; continue; }
      // ("the National Development and Reform Commission": a body's name, "and" and all)
      const andBody = lower === 'and' ? Math.max(bodyJoinedByAnd(tokens, i, j), placesBodyByAnd(tokens, i, j)) : -1;
      if (andBody > 0) { j = andBody; continue; }
      if (CONNECTORS.has(lower) && j + 2 < tokens.length && !breaksAfter(tokens, j + 1) && isCapital(tokens[j + 2]!, j + 2) && !(joinsWords && person(tokens[j + 2]!)) &&
        // (nor does "for" join anything onto a person's name: "Jean Valentine for Door in the Mountain")
        !(lower === 'for' && person(tokens[i]!) && person(tokens[j]!)) &&
        // (nor "of" a body onto a name a given name opens: "Nick Van den Brul of BNP Paribas")
        !(lower === 'of' && j > i && tokens.slice(i, j).some((t) => t.tags.has('FirstName')) && !NOBLE_TITLE.test(tokens[j]!.text)) &&
        !(lower === 'of' && fromPlace(tokens[j]!, tokens[j + 2]!, tokens[i])) &&
        (lower !== 'and' || (!typed(tokens[j]!) && (j === i || ofJoined(tokens, i, j)) && (adjectiveOpens(tokens, i, j) || (!typed(tokens[j + 2]!) && !inList(tokens, i, j + 2)))))) { j += 2; continue; }
      if (ofTheJoins(tokens, j, isCapital)) { j += 3; continue; }
      if (onJoins(tokens, j, isCapital)) { j += 2; continue; }
      const title = titleJoins(tokens, i, j, isCapital);
      if (title) { j += title; continue; }
      if (particlePair(tokens, j, isCapital)) { j += 3; continue; }
      if (ampersandJoins(tokens, j, isCapital) || pronounInTitle(tokens, i, j, isCapital)) { j += 2; continue; }
      if (letterAfterHyphen(tokens, j) || letterAfterNoun(tokens, j)) { j++; continue; }
      if (lowerMiddle(tokens, j)) { j += 2; continue; }
      if (hyphenPartJoins(tokens, j, isCapital)) { j += 2; continue; }
      if (titleCaseArticle(tokens, i, j, isCapital)) { j += 2; continue; }
      if (indefiniteTitleLink(tokens, i, j, isCapital)) { j += 3; continue; }
      if (whTitleLink(tokens, i, j, isCapital)) { j += 2; continue; }
      break;
    }
    let type: SpanType = spanType(tokens.slice(i, j + 1));
    if (type !== 'person') j = numberAfterName(tokens, i, j) ?? j;
    if (type !== 'person') i = numberBeforeName(tokens, i, j) ?? i;
    if (basedIn(tokens, j)) type = 'place';
    if (type === 'name' && agedAfter(tokens, j)) type = 'person';
    // "X, a spokesman for ...", "its main administrator, X": a role noun in apposition says a person
    if (type === 'name' && (roleAfter(tokens, j) || roleBefore(tokens, i))) type = 'person';
    if (type === 'place' && titledPlace(tokens, i, j)) type = 'person';
    if (type === 'person' && employerAfterRole(tokens, i)) type = 'organization';
    // ("the Olivier Awards", "John Radcliffe Hospital": a name after someone's is no one's)
    if (type === 'person' && j > i && NAMED_AFTER_SOMEONE.test(tokens[j]!.text)) type = 'name';
    if (type === 'name') type = typedByNounBefore(tokens, i) ?? (placeByNounAfter(tokens, j) ? 'place' : type);
    if (placeModifier(tokens, i, j, type)) type = 'place';
    spans.push({ from: i, to: j, type });
    i = j + 1;
  }
  return alikeInLists(tokens, spans);
}

/**
 * "leaving her [Sydney] mansion": a lone word the tagger read as a person's name (as "Sydney",
 * "Austin" are given names) but tagged no given or family name, which WordNet knows first as a
 * place, modifying a noun in lower case right after it, is the place.
 */
export function placeModifier(tokens: Token[], i: number, j: number, type: SpanType): boolean {
  const t = tokens[i]!;
  const next = tokens[j + 1];
  if (type !== 'person' || i !== j || t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('Honorific') || !next || breaksAfter(tokens, j)) return false;
  return next.tags.has('Noun') && !next.tags.has('Pronoun') && /^\p{Ll}/u.test(next.text) && lexicon().nounClasses(t.text.toLowerCase(), 1)[0] === 'noun.location';
}

/** "[Industrial] and Commercial Bank": a lone adjective opening a name, which no list of names holds as an item. */
export function adjectiveOpens(tokens: Token[], i: number, j: number): boolean {
  const t = tokens[i]!;
  if (i !== j) return false;
  if (t.tags.has('Adjective') && !t.tags.has('Noun')) return true;
  // (the tagger may call it a proper noun inside a sentence: a word WordNet has only as an adjective)
  const w = t.text.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && lexicon().senses(w, 'adj').length > 0 && lexicon().senses(lexicon().lemma(w, 'noun'), 'noun').length === 0;
}

/** "in Friday's [third]-round draw": an ordinal joined by a hyphen to a noun in lower case modifies the noun; it is no day of a month, though the tagger may read a date. */
export function ordinalModifier(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.tags.has('Ordinal') && t.post === '-' && /^\p{Ll}/u.test(toks[k + 1]?.text ?? '');
}

/** "Sajjad Kashian, 27,": newswire gives a person's age in commas after the name. */
export function agedAfter(tokens: Token[], j: number): boolean {
  const age = tokens[j + 1];
  return !!age && /^,/.test(tokens[j]!.post) && /^,/.test(age.post) && /^\d{1,3}$/.test(age.text) && Number(age.text) <= MAX_AGE;
}

/** A name's place in its sentence and its type. */
type NamedSpan = { from: number; to: number; type: string };
/** Names a list needs for its items' shared type to outweigh one item's own reading. */
const MIN_LIST_ALIKE = 3;
/** A single word read as a person only because it is also a given name ("Sydney", "Jordan"). */
const lonePerson = (tokens: Token[], s: NamedSpan) => s.type === 'person' && s.from === s.to && !tokens[s.from]!.tags.has('Honorific');
/**
 * Names listed together are alike: a lone word read as a person among at least
 * {@link MIN_LIST_ALIKE} names that are all places (or all bodies) is one too ("Helsinki, ...,
 * Chicago and Sydney": Sydney is a city there). Items are joined by a comma or "and"/"or".
 */
export function alikeInLists<S extends NamedSpan>(tokens: Token[], spans: S[]): S[] {
  const joined = (a: S, b: S) =>
    (b.from === a.to + 1 && /^,\s*$/.test(tokens[a.to]!.post)) ||
    (b.from === a.to + 2 && /^\s*$/.test(tokens[a.to]!.post.replace(/^,/, '')) && /^(and|or)$/i.test(tokens[a.to + 1]!.text));
  let start = 0;
  for (let k = 1; k <= spans.length; k++) {
    if (k < spans.length && joined(spans[k - 1]!, spans[k]!)) continue;
    const list = spans.slice(start, k);
    start = k;
    const odd = list.filter((s) => lonePerson(tokens, s));
    if (odd.length !== 1) continue;
    const rest = list.filter((s) => s !== odd[0]);
    const type = rest[0]?.type;
    if (rest.length >= MIN_LIST_ALIKE && (type === 'place' || type === 'organization') && rest.every((s) => s.type === type)) odd[0]!.type = type;
  }
  return spans;
}

/** Words of an aside read for the role noun that closes it ("High, [the Rugby Football Union's referees' manager], claimed …"). */
const MAX_OPENER_ASIDE_WORDS = 8;
/**
 * "High, the Rugby Football Union's referees' manager, claimed …": a capitalised word opening a
 * sentence, which the dictionary has ("High"), is a person's name when an aside in commas after it,
 * led by an article, ends in a noun for a person and a verb follows: the aside says who it is.
 */
export function appositiveOpener(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (!(i === 0 || /\.\s/.test(toks[i - 1]!.post)) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^,\s+$/.test(t.post) || !/^(the|a|an)$/i.test(toks[i + 1]?.text ?? '')) return false;
  if (['Adverb', 'Conjunction', 'Preposition', 'Pronoun', 'Determiner', 'Gerund', 'PastTense', 'Date'].some((g) => t.tags.has(g) && !t.tags.has('Noun') && !t.tags.has('ProperNoun')) || isRoleNoun(t)) return false;
  for (let k = i + 2; k < toks.length && k <= i + 1 + MAX_OPENER_ASIDE_WORDS; k++) {
    if (/^,\s+$/.test(toks[k]!.post)) return isRoleNoun(toks[k]!) && !!toks[k + 1] && toks[k + 1]!.tags.has('Verb') && !toks[k + 1]!.tags.has('Noun');
    // (a plural's possessive apostrophe goes on: "the union's referees' manager")
    if (breaksAfter(toks, k) && !(/^['’]\s+$/.test(toks[k]!.post) && /s$/.test(toks[k]!.text))) return false;
  }
  return false;
}

/** Words after a name's comma read for a role noun ("X, [a former spokesman] for ..."). */
const MAX_ROLE_AFTER = 3;
/** Whether a word is a noun for a person by WordNet's first sense ("spokesman", "administrator"), not itself a name. */
export function isRoleNoun(t: Token): boolean {
  return t.tags.has('Noun') && !t.tags.has('Person') && !t.tags.has('Place') && !t.tags.has('Organization') && lexicon().nounClasses(t.text.toLowerCase(), 1)[0] === 'noun.person';
}
/** "X, a spokesman for ...": a role noun within a few words after the comma that follows the name. */
/**
 * "[Manfred Mann] singer Paul Jones", "[Prebon Yamane] economist Lena Komileva": whether the name
 * ending at `last` stands right before a noun for a person's role (or two) and then a name of which
 * `named` holds a word, so is the body whose role that person has.
 */
export function bodyOfRoleHolder(toks: Token[], last: number, named: (t: Token) => boolean): boolean {
  let k = last + 1;
  while (k <= last + 2 && toks[k] && !breaksAfter(toks, k - 1) && /^\p{Ll}/u.test(toks[k]!.text) && isRoleNoun(toks[k]!)) k++;
  return k > last + 1 && !!toks[k] && !breaksAfter(toks, k - 1) && /^\p{Lu}/u.test(toks[k]!.text) && named(toks[k]!);
}
function roleAfter(toks: Token[], last: number): boolean {
  if (!/^,/.test(toks[last]!.post)) return false;
  for (let k = last + 1; k < toks.length && k <= last + MAX_ROLE_AFTER; k++) {
    if (isRoleNoun(toks[k]!)) return true;
    if (breaksAfter(toks, k)) return false;
  }
  return false;
}
/**
 * "Lian Chia Liang, economist at [JP Morgan Chase]", "an analyst with [Merrill Lynch]": a name right
 * after a role noun and "at" or "with" is the body the role is held in, however the tagger read its
 * words (as a person's names).
 */
export function employerAfterRole(toks: Token[], first: number): boolean {
  const [link, role] = [toks[first - 1], toks[first - 2]];
  return !!link && !!role && /^(at|with)$/.test(link.text) && !breaksAfter(toks, first - 2) && !breaksAfter(toks, first - 1) && /^\p{Ll}/u.test(role.text) && isRoleNoun(role);
}
/** "its main administrator, X", "The company's manager X": a role noun just before the name. */
function roleBefore(toks: Token[], first: number): boolean {
  const before = toks[first - 1];
  return !!before && /^,?\s*$/.test(before.post) && isRoleNoun(before);
}

/**
 * "welfare minister [Frank Field]": a lower-case role noun right before two words or more the tagger
 * reads only as some place, none a city, country or region, is a person's title. (So is one before a
 * city's name that a surname ends, no place's word: "actor [Dallas Roberts]".)
 */
export function titledPlace(toks: Token[], from: number, to: number): boolean {
  if (!(to > from && /^\p{Ll}/u.test(toks[from - 1]?.text ?? '') && roleBefore(toks, from))) return false;
  const placeWord = (t: Token) => ['City', 'Country', 'Region'].some((tag) => t.tags.has(tag));
  const last = toks[to]!;
  return toks.slice(from, to + 1).every((t) => !placeWord(t)) || (last.tags.has('LastName') && !PLACE_TAGS.some((tag) => last.tags.has(tag)));
}

/** What a common noun just before a name says it is, by WordNet's first sense of the noun. */
const TYPE_OF_CLASS: Record<string, SpanType> = { 'noun.group': 'organization', 'noun.location': 'place' };

/**
 * The type a common noun right before a name gives it ("an Iranian cyber company [Emennet
 * Pasargad]": an organisation; "the city of ..." is not adjacent): null when there is none.
 */
export function typedByNounBefore(toks: Token[], first: number): SpanType | null {
  const before = toks[first - 1];
  if (!before || !/^\s*$/.test(before.post) || !before.tags.has('Noun') || before.tags.has('ProperNoun') || before.tags.has('Pronoun') || !/^\p{Ll}/u.test(before.text)) return null;
  return TYPE_OF_CLASS[lexicon().nounClasses(before.text.toLowerCase(), 1)[0] ?? ''] ?? null;
}

/**
 * Whether a lower-case noun right after a name is a word for a place, by WordNet's first sense
 * ("the Gilan [area]", "the Dordogne [region]"): the name is a place's.
 */
export function placeByNounAfter(toks: Token[], last: number): boolean {
  const after = toks[last + 1];
  if (!!after && /^\s*$/.test(toks[last]!.post) && after.tags.has('Noun') && !after.tags.has('ProperNoun') && /^\p{Ll}+$/u.test(after.text) &&
    lexicon().nounClasses(after.text, 1)[0] === 'noun.location') return true;
  // ("contest Bethnal Green, in London,": as does the larger place it is in, after a comma and "in")
  const place = toks[last + 2];
  return !!place && /^,\s*$/.test(toks[last]!.post) && /^in$/.test(after?.text ?? '') && !breaksAfter(toks, last + 1) && /^\p{Lu}/u.test(place.text) &&
    PLACE_TAGS.some((g) => place.tags.has(g)) && (last + 3 >= toks.length || /^\s*[,.;]/.test(place.post));
}

/**
 * Whether a name is a word for a body joined by "of" to what it serves ("Bank of America", "House of
 * Commons", "Department of Health"): it names the body, however the name after "of" is tagged.
 */
export function bodyOfName(toks: Token[]): boolean {
  return toks.length >= 3 && toks[1]!.text === 'of' && !toks[0]!.tags.has('Person') && lexicon().nounClasses(toks[0]!.text.toLowerCase(), 2).includes('noun.group');
}

/**
 * Whether a name ends in a word for a body that the tagger left untyped ("United States
 * Government", "Hearts Football Club"): it names the body, not the place or person its first words
 * name. (Not "New York": the tagger types "York", which WordNet also files as a royal house.)
 */
function endsInBody(toks: Token[]): boolean {
  const last = toks[toks.length - 1]!;
  return toks.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(last.text) && !['Person', 'Place', 'Organization'].some((tag) => last.tags.has(tag)) &&
    lexicon().nounClasses(last.text.toLowerCase(), 1)[0] === 'noun.group';
}

/** What a name names, by its words' tags: a person, an organisation, a place, a demonym, or a name. */
/** Tags that type a word as a place. */
export const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];

/** The last words of a street's name, which the tagger reads as a place after any capitalised word ("Park Lane"). */
const STREET_WORD = /^(lane|street|road|avenue|way|drive|hill)$/i;
/**
 * "Nathan Lane", "Lois Lane", "Comedian Harry Hill": a given name (one the dictionary does not have
 * as a noun; not "Penny Lane") before a street's last word is a person's, though the tagger reads a
 * street; words for a person's role may lead.
 */
function givenNameBeforeStreetWord(toks: Token[]): boolean {
  const n = toks.length;
  if (n < 2 || !STREET_WORD.test(toks[n - 1]!.text) || !toks[n - 1]!.tags.has('Place')) return false;
  if (!toks.slice(0, n - 2).every((t) => lexicon().nounClasses(t.text, 1)[0] === 'noun.person' && lexicon().isCommonNoun(t.text))) return false;
  const first = toks[n - 2]!.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || lexicon().senses(lexicon().lemma(first.toLowerCase(), 'noun'), 'noun').length > 0) return false;
  return taggedAlone(first, 'FirstName');
}

/** "Janet Street-Porter", "Daniel Day-Lewis": a given name before a surname of two capitalised words a hyphen joins, whatever the parts say alone. */
function givenNameHyphenedSurname(toks: Token[]): boolean {
  return toks.length === 3 && toks[1]!.post === '-' && /^\p{Lu}\p{Ll}+$/u.test(toks[1]!.text) && /^\p{Lu}\p{Ll}+$/u.test(toks[2]!.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(toks[0]!.text) && taggedAlone(toks[0]!.text, 'FirstName');
}

/** Little words a name may hold capitalised ("Reporters Without Borders", "Friends Of The Earth"). */
const CAPITAL_LINK = /^(Without|For|Of|Against|Beyond|Across|Under|Over|Into)$/;
/** Whether the word after token `k` is a capitalised little word inside the name. */
function capitalLinkAfter(toks: Token[], k: number): boolean {
  return !breaksAfter(toks, k) && CAPITAL_LINK.test(toks[k + 1]?.text ?? '') && /^\p{Lu}/u.test(toks[k + 2]?.text ?? '');
}

/** WordNet kinds of a country's name ("Britain" is a European country), and the hypernym steps searched for them. */
const COUNTRY_KINDS = ['country', 'state'];
const COUNTRY_DEPTH = 4;

/** A question counting times ("How many times …?"), which a number joined to "time" answers. */
export const TIMES_ASKED = /\btimes?\b/i;
/**
 * Whether the number ending at `j` is joined to "time" by a hyphen before a noun ("a [two]-time
 * champion", "four-times finalist"): how often someone did something, as a word of its own; not a
 * multiple before a comparative ("10-times faster").
 */
export function howOftenAt(toks: Token[], j: number): boolean {
  const after = toks[j + 2];
  return toks[j]!.post === '-' && /^times?$/i.test(toks[j + 1]?.text ?? '') && !breaksAfter(toks, j + 1) && !!after && !after.tags.has('Comparative') && !/^(more|less|fewer|as|the|faster|bigger|larger|higher|greater)$/i.test(after.text);
}

export function spanType(toks: Token[]): NameType {
  const has = (tag: string) => toks.filter((t) => t.tags.has(tag)).length;
  if (toks.length === 1 && has('Demonym')) return 'demonym';
  if (bodyOfName(toks) || endsInBody(toks)) return 'organization';
  if (givenNameBeforeStreetWord(toks) || givenNameHyphenedSurname(toks) || titleOfEnd(toks, 0, toks.length - 1) >= 0) return 'person';
  if (toks.length > 2 && saintsPlace(toks, 0, 1)) return 'place';
  // ("at St Mary's": a saint's name in the possessive alone names the ground, church or school
  // called after the saint)
  if (saintsAlone(toks, 0, toks.length - 1)) return 'place';
  // ("Reporters Without Borders", "Doctors Without Borders": a plural noun for people, then a
  // capitalised little word, names a body)
  if (toks.length > 2 && /\p{Ll}s$/u.test(toks[0]!.text) && capitalLinkAfter(toks, 0)) return 'organization';
  // ("at Tate Britain": a surname before a country's name, with no given name or title, is no
  // person's name, though the tagger reads it as one; "Ken Ireland" has a given name, "Sport
  // England" no surname)
  if (toks.length > 1 && /^\p{Lu}/u.test(toks[toks.length - 1]!.text) && !toks.some((t) => t.tags.has('FirstName') || t.tags.has('Honorific')) && toks.slice(0, -1).every((t) => t.tags.has('LastName')) &&
    lexicon().isKindOf(toks[toks.length - 1]!.text, 'noun', COUNTRY_KINDS, 1, COUNTRY_DEPTH)) return 'place';
  // "Jack's Snooker Hall", "Royal Albert Hall": a name ending in a word for a building is a place
  if (toks.length > 1 && VENUE_PLACE.test(toks[toks.length - 1]!.text) && /^\p{Lu}/u.test(toks[toks.length - 1]!.text)) return 'place';
  // a last name alone is weaker evidence of a person than a first name; a region than a city
  let person = has('Person') + has('FirstName') + has('LastName') / 2;
  // ("Davis Cup", "Ryder Cup": a surname before a common noun for a thing names the thing, no one)
  if (person > 0 && thingNamedFor(toks)) person = 0;
  // ("Los Caballeros de Plan G", "Los Lobos": a Spanish plural article opens no one's name)
  if (person > 0 && toks.length > 1 && /^(Los|Las)$/.test(toks[0]!.text)) person = 0;
  const org = has('Organization');
  const place = has('Place') + has('Country') + has('City') + has('Region') / 2;
  // ("in Monte Carlo": a name the tagger reads as someone's that WordNet has, whole, first as a place)
  if (person > 0 && toks.length > 1 && toks.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && lexicon().nounClasses(toks.map((t) => t.text.toLowerCase()).join('_'), 1)[0] === 'noun.location') return 'place';
  if (person > 0 && person >= org && person >= place) return 'person';
  if (org > 0 && org >= place) return 'organization';
  // "Munich Re", "Paris Match", "Washington Post": a city leading common nouns that name no place
  // is what the name's owner calls itself, not a place (but "Las Vegas", whose last word is no
  // common noun, is one). A country leading them ("US Treasury", "US Officials") says whose they
  // are: read as before (as names, the learned stage lost the shared sample's "Who are the two
  // Iranians that were indicted?").
  const placeWord = (t: Token) => PLACE_TAGS.some((tag) => t.tags.has(tag));
  if (toks.length > 1 && toks[0]!.tags.has('City') && !toks[0]!.tags.has('Country') && lexicon().isCommonNoun(toks[toks.length - 1]!.text) &&
    toks.slice(1).every((t) => !placeWord(t) && !t.tags.has('Person') && !t.tags.has('Organization'))) return 'name';
  // ("Leeds United", "Dundee United": a city before a capitalised word WordNet has as an adjective
  // and as no noun is a side, as the tagger reads "Manchester United")
  const last = toks[toks.length - 1]!.text;
  if (toks.length === 2 && placeWord(toks[0]!) && !toks[0]!.tags.has('Country') && /^\p{Lu}\p{Ll}+$/u.test(last) && lexicon().senses(last.toLowerCase(), 'noun').length === 0 && lexicon().senses(last.toLowerCase(), 'adj').length > 0) return 'organization';
  // ("World Cross Country": a name whose last two words WordNet has whole as a noun of no place's
  // kind, a race, names no place)
  const pair = place > 0 && toks.length > 1 ? compoundKinds(toks[toks.length - 2]!.text, last) : [];
  if (place > 0 && (pair.length === 0 || pair.includes('noun.location'))) return 'place';
  if (toks.every((t) => t.tags.has('Acronym'))) return 'organization';
  return 'name';
}

/**
 * Whether a name of two words or more ends in a common noun for a thing, not a person, and holds no
 * given name or title: "Davis Cup", "US Davis Cup" (not "Jack Straw", whose given name makes it a
 * person's, nor "Mr Snow").
 */
function thingNamedFor(toks: Token[]): boolean {
  if (toks.length < 2 || toks.some((t) => t.tags.has('Honorific'))) return false;
  const last = toks[toks.length - 1]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last.text) || !lexicon().isCommonNoun(last.text)) return false;
  const first = lexicon().nounClasses(last.text, 1)[0];
  // (with a given name, only an event a place's name comes right before: "the Flora [London
  // Marathon]", a sponsor's name leading it; "Tom Cruise" has no place before the noun)
  if (toks.some((t) => t.tags.has('FirstName'))) {
    const before = toks[toks.length - 2]!;
    return toks.length > 2 && (first === 'noun.event' || first === 'noun.act') && lexicon().nounClasses(before.text.toLowerCase(), 1)[0] === 'noun.location' && !before.tags.has('FirstName');
  }
  return first === 'noun.artifact' || first === 'noun.event' || first === 'noun.act' || first === 'noun.location';
}

/** Words for a company's legal form or its grouping, which name no other body than the name before them. */
const CORPORATE_FORM = /^(holdings?|group|inc|corp|corporation|plc|ltd|limited|co|company|llc|ag|sa|nv)$/i;

/**
 * Whether a name led by the question's own words (`spanFrom` up to `from`) stays whole: what is left
 * after them is a single word that names nothing alone, a numeral ("MDA [III]" for "Which phone is
 * the MDA IV an upgrade of?") or a dictionary word ("Rhine [Gorge]" for "Where does the Rhine
 * flow …?"). Trimmed, the answer would be "III" or "Gorge".
 */
/**
 * "Microsystems" of "Sun Microsystems": a word no dictionary has that is two of its words run
 * together, the last a common noun, so a name's common ending ("micro" + "systems").
 */
export function wordsRunTogether(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{6,}$/u.test(word) || lexicon().isDictionaryWord(word)) return false;
  const lower = word.toLowerCase();
  for (let k = 3; k <= lower.length - 4; k++) {
    if (lexicon().isDictionaryWord(lower.slice(0, k)) && lexicon().isCommonNoun(lower.slice(k))) return true;
  }
  return false;
}

export function ownWordsLead(toks: Token[], spanFrom: number, from: number, to: number, asked: (term: string) => boolean): boolean {
  if (from === spanFrom || from !== to) return false;
  const t = toks[from]!;
  // (nor a body's legal form: "UFJ Holdings" is UFJ, for "Which bank will UFJ merge with?")
  // (nor a plural naming the question's own event at length: "Golden Globe Awards" for "… at the Golden Globes?")
  if ((t.term !== null && asked(t.term)) || t.tags.has('Demonym') || CORPORATE_FORM.test(t.text) || t.tags.has('Plural') || lexicon().lemma(t.text.toLowerCase(), 'noun') !== t.text.toLowerCase()) return false;
  // the words before it are not a possessive ("UK's London"), and the word is a common noun, not
  // an instance of one in WordNet ("London", "Ruhr")
  if (toks.slice(spanFrom, from).some((k) => /['’]s$/.test(k.text))) return false;
  return /^(?:[IVX]{2,}|\d{1,3})$/.test(t.text) || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && lexicon().isCommonNoun(t.text));
}

/** Courtesy titles ("Mr", "Dr", "Sir"), which go with any name. */
export const COURTESY_TITLE = /^(mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|prof)\.?$/i;

/** A courtesy title ("Mr", "Dr", "Sir"): part of how a name is written, never a role that describes it. */
export function courtesyTitle(t: Token): boolean {
  return COURTESY_TITLE.test(t.text);
}

/** WordNet's word for one of a people ("Saxon", "Briton", "Dane"), and how far up its hypernyms a noun may be one. */
const INHABITANT = ['inhabitant'];
const INHABITANT_DEPTH = 6;

/** Titles of rank that stay with a lone name after them ("Lord Rennard", "Dame Judi", "Prince Charles", "Count Olaf"). */
export const RANK_TITLE = /^(lord|lady|sir|dame|baroness|baron|earl|viscount|count|countess|duke|duchess|marquess|prince|princess|king|queen)$/i;
/** A knighthood's title, which goes with the whole name as its bearer is styled ("Sir Anthony O'Reilly", "Dame Kelly Holmes"), not only a lone one. */
const KNIGHTHOOD = /^(sir|dame)$/i;

/**
 * Where a title of the form "X of Y" that WordNet has whole as a person's ends inside the name
 * `from`..`to`, before more of the name ("US Secretary of State Condoleezza Rice", "Chancellor of
 * the Exchequer Gordon Brown"), or -1.
 */
export function titleOfEnd(toks: Token[], from: number, to: number): number {
  for (let k = from; k + 2 < to; k++) {
    if (!/^of$/i.test(toks[k + 1]!.text) || !/^\p{Lu}/u.test(toks[k]!.text)) continue;
    const e = /^the$/i.test(toks[k + 2]!.text) ? k + 3 : k + 2;
    if (e >= to || !/^\p{Lu}/u.test(toks[e]!.text)) continue;
    const title = toks.slice(k, e + 1).map((t) => t.text.toLowerCase()).join('_');
    if (lexicon().nounClasses(title, 1)[0] === 'noun.person') return e;
  }
  return -1;
}

/** Drops leading titles ("Treasury Secretary Steve Mnuchin" → "Steve Mnuchin") from a person's name. */
export function trimTitles(toks: Token[], from: number, to: number): number {
  // ("US Secretary of State Condoleezza Rice": after a title WordNet has whole, the name)
  const titled = titleOfEnd(toks, from, to);
  if (titled >= 0) return titled + 1;
  // "Director of National Intelligence John Ratcliffe": start at the first given name when tagged
  // and more of the name follows it ("Lockheed Martin" ends in one: the whole is the name)
  // (with an initial before it: "journalist S Hussain Zaidi")
  // (or a hyphen joins another given name to it: "American Jan-Michael Gambill")
  for (let k = from; k < to; k++) if (toks[k]!.tags.has('FirstName')) {
    if (k > from && /^\p{Lu}\.?$/u.test(toks[k - 1]!.text) && !breaksAfter(toks, k - 1)) return k - 1;
    // (a title of rank before it, as below: "Lord Irwin of Lairgmore")
    if (k > from && RANK_TITLE.test(toks[k - 1]!.text) && !breaksAfter(toks, k - 1) && (k === to || KNIGHTHOOD.test(toks[k - 1]!.text) || (k + 2 <= to && /^of$/i.test(toks[k + 1]!.text)))) return k - 1;
    let f = k;
    while (f > from && toks[f - 1]!.post === '-' && /^\p{Lu}/u.test(toks[f - 1]!.text)) f--;
    // (a family name before the given name, after a courtesy title: "Dr Khoo Kay Peng")
    let h = f;
    while (h > from && toks[h - 1]!.tags.has('Person') && !toks[h - 1]!.tags.has('Honorific') && /^\p{Lu}\p{Ll}/u.test(toks[h - 1]!.text) && !lexicon().isDictionaryWord(toks[h - 1]!.text) && !breaksAfter(toks, h - 1)) h--;
    if (h < f && h > from && toks[h - 1]!.tags.has('Honorific') && !breaksAfter(toks, h - 1)) return h;
    // (a given name the tagger does not list, opening the name before one it does, is the name's too:
    // "Sion Aubrey Roberts"; not "Lib Dem Norman Baker", "A Beautiful Mind's Ron Howard")
    const opener = toks[from]!;
    if (f === from + 1 && personNotRole(opener) && !breaksAfter(toks, from) && !/['’]s?$/.test(opener.text) && !lexicon().isCommonNoun(opener.text)) return from;
    return f;
  }
  let f = from;
  // "Secretary", "Undersecretary", "Treasury", "Coach": words for roles and bodies, per WordNet
  const roleWord = (t: Token, k: number) => {
    const classes = lexicon().nounClasses(t.text, 1);
    // (not a name WordNet has as one person, "Gore" in "novelist Gore Vidal": Al Gore)
    // (a word the tagger reads as a person's and as a role, whose first sense WordNet gives is of
    // another kind, is a given name: "Robin" in "foreign secretary Robin Cook", a bird)
    const givenOfOtherKind = t.tags.has('Person') && !!classes[0] && classes[0] !== 'noun.person' && classes[0] !== 'noun.group';
    // (nor a word no dictionary has, in capitals inside a sentence, which the tagger took for a role
    // from the one before it: "Beenie" in "reggae artist Beenie Man"; a role in capitals there is a
    // common word, "Secretary", and one no dictionary has opens the sentence, "Frontman …")
    const coined = t.tags.has('Actor') && k > 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && !lexicon().isDictionaryWord(t.text);
    return t.tags.has('Honorific') || (t.tags.has('Actor') && !givenOfOtherKind && !coined) || ((classes[0] === 'noun.person' || classes[0] === 'noun.group') && lexicon().isCommonNoun(t.text));
  };
  // (a word for one of a people before a lone surname is a given name: "Saxon Spence"; before a
  // whole name it says where its bearer is from: "Spaniard Conchita Martinez")
  const givenName = (k: number) => k + 1 === to && lexicon().isKindOf(toks[k]!.text, 'noun', INHABITANT, 1, INHABITANT_DEPTH);
  while (f < to) {
    const t = toks[f]!;
    if (t.tags.has('FirstName') || t.tags.has('LastName')) break;
    // a word the tagger read as part of a person's name, and not as a title: "Frank" in "sporting
    // director Frank Arnesen", though WordNet's "frank" is a person too (a Frank)
    if (personNotRole(t)) break;
    // (nor a word a capitalised little word goes on from: "Reporters [Without] Borders")
    if (capitalLinkAfter(toks, f)) break;
    // (nor one it read as part of a place's name, none a city, country or region: "Frank" in "welfare
    // minister Frank Field MP", read with "Field" as a place)
    if (t.tags.has('Place') && t.tags.has('ProperNoun') && !/^\p{Lu}+$/u.test(t.text) && !['City', 'Country', 'Region', 'Demonym', 'Actor'].some((tag) => t.tags.has(tag))) break;
    if (!roleWord(t, f) || givenName(f)) break;
    // (a title of rank before one name alone is how its bearer is named: "Lord Rennard", "Sir Alex",
    // and a peer's place after "of": "Lord Irvine of Lairg")
    if (RANK_TITLE.test(t.text) && (f + 1 === to || KNIGHTHOOD.test(t.text) || (f + 3 <= to && /^of$/i.test(toks[f + 2]!.text)))) break;
    // "Promoters Regular Music": not down to a last common word that is no role, which names
    // nothing alone ("regular" is a noun for a person too)
    const last = toks[to]!;
    if (f + 1 === to && lexicon().isDictionaryWord(last.text) && !last.tags.has('Person') && !last.tags.has('LastName') && !roleWord(last, to)) break;
    f++;
  }
  // "Liberal Democrats": words for people all through name a body, not a titled person
  const plain = (t: Token) => lexicon().isDictionaryWord(t.text) && !t.tags.has('Person') && !t.tags.has('LastName') && !t.tags.has('FirstName');
  if (f > from && toks.slice(f, to + 1).every(plain) && /[^s']s$/.test(toks[to]!.text)) return from;
  return f;
}

/** Units of a length of time after a number ("23 hours"; "seconds" only in the plural: "a second" is more often the ordinal). */
export const TIME_UNIT = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds|decades?)$/i;
/** Units of time one of which ("a year", "a fortnight") is a length of time. */
const ONE_UNIT_WORDS = 'year|month|week|day|hour|minute|decade|fortnight';
const ONE_UNIT = new RegExp(`^(?:${ONE_UNIT_WORDS})$`, 'i');
/** Words before "a" and a unit of time that make it a length ("as long as a year", "for a month", "more than a decade"). */
const LENGTH_LEAD = /^(for|as|than|to|about|nearly|almost|over|around|within)$/i;
/** Words after an amount of time that make it a point in time ("50 years ago", "two days later"). */
export const POINT_IN_TIME = /^(ago|bp|bc|ad|bce|ce|earlier|later|before|after|on|hence)$/i;

/** Whether token k opens one of a unit of time given as a length: "as long as [a year]", "for [a month]"; not "more than a year ago". */
export function oneUnitLength(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (k < 1 || !/^(a|an)$/i.test(t.text) || breaksAfter(toks, k - 1) || breaksAfter(toks, k) || !ONE_UNIT.test(toks[k + 1]?.text ?? '') || !LENGTH_LEAD.test(toks[k - 1]!.text)) return false;
  return breaksAfter(toks, k + 1) || !POINT_IN_TIME.test(toks[k + 2]?.text ?? '');
}
/** Words for a unit of measure after a number ("40 km", "2.9 megabits", "3.2 megapixel"). */
export const MEASURE_UNIT = /^(km|kilometres?|kilometers?|miles?|metres?|meters?|m|cm|mm|feet|foot|ft|inches|inch|yards?|acres?|hectares?|kg|kilograms?|grams?|g|tonnes?|tons?|pounds?|lbs?|mph|knots?|degrees?|°[CF]?|litres?|liters?|gallons?|square|sq|per|percent|%|(kilo|mega|giga|tera)?(bits?|bytes?)|[kmg]bps|megapixels?|[kmg]hz|watts?|volts?|(kilo|mega|giga|tera|peta)?flops)$/i;
/** A rate's time after its unit ("one gigabit [a second]", "80 miles [an hour]"). */
const RATE_TIME = /^(second|minute|hour|day|week|month|year)$/i;
/** Words that make an area or a volume of the unit after them ("1.5 million square [feet]"). */
const POWER_OF_UNIT = /^(square|sq|cubic)$/i;
/** Where a measure whose unit is read as `to` ends when that word is "square" or "cubic": at the unit after it ("square feet"). */
export function areaUnitEnd(toks: Token[], to: number): number {
  return POWER_OF_UNIT.test(toks[to]?.text ?? '') && !breaksAfter(toks, to) && MEASURE_UNIT.test(toks[to + 1]?.text ?? '') && !POWER_OF_UNIT.test(toks[to + 1]!.text) ? to + 1 : to;
}
/** Where a measure ending at its unit `to` ends with the time it is per: "one gigabit [a second]" ends two words on; else `to`. */
export function rateEnd(toks: Token[], to: number): number {
  to = areaUnitEnd(toks, to);
  return /^(a|an|per)$/i.test(toks[to + 1]?.text ?? '') && RATE_TIME.test(toks[to + 2]?.text ?? '') && !breaksAfter(toks, to) && !breaksAfter(toks, to + 1) ? to + 2 : to;
}
const UNIT_SUFFIX = /^\d[\d,.]*\s*(km|m|cm|mm|kg|g|mph|ft|in|°[CF]?|%)$/i;
/** Words for a sum or a currency after a number ("102.16bn rupees", "372 riyals", "30 trillion rupiah"). */
/**
 * Words for a sum after a number that no currency list gives: scales ("million"), the hundredth
 * parts ("pence", "cents"), and spellings other than ISO 4217's ("rouble", "shekel", "yuan", the
 * Nordic plurals).
 */
const MONEY_EXTRA = ['million', 'billion', 'trillion', 'pence', 'cent', 'yuan', 'yen', 'rouble', 'shekel', 'lire', 'kronor', 'kroner', 'kronur'];
let moneyWords: Set<string> | undefined;
/**
 * Whether a word names a currency or a sum after a number ("154m naira", "12 trillion won",
 * "$5m dollars"), singular or plural: the last word of each currency's name in ISO 4217 (the
 * currency-codes package) that WordNet's first sense files as a quantity (a monetary unit:
 * "naira", "cedi", "rand"; not "mark", "colon", "gold" or "account"), and {@link MONEY_EXTRA}.
 */
export function isMoneyWord(word: string): boolean {
  if (!moneyWords) {
    moneyWords = new Set(MONEY_EXTRA);
    for (const c of currencyCodes.data) {
      const w = c.currency.split(/\s+/).pop()!.toLowerCase();
      if (/^\p{Ll}+$/u.test(w) && lexicon().nounClasses(w, 1)[0] === 'noun.quantity') moneyWords.add(w);
    }
  }
  const w = word.toLowerCase();
  return moneyWords.has(w) || (w.endsWith('s') && moneyWords.has(w.slice(0, -1)));
}
/** A word for a currency or a sum after a number: one of {@link isMoneyWord}, or one the tagger reads as a currency there ("12 trillion won", "300 rand"). */
export function currencyWord(t: Token): boolean {
  return isMoneyWord(t.text) || (t.tags.has('Currency') && !t.tags.has('Demonym'));
}
/** How many words after the number at `j` name its currency: "won" 1, "Australian dollars" 2 (a nationality before the currency's word), none 0. */
export function currencyWords(toks: Token[], j: number): number {
  const after = toks[j + 1];
  if (!after || breaksAfter(toks, j)) return 0;
  if (after.tags.has('Demonym')) return !breaksAfter(toks, j + 1) && !!toks[j + 2] && currencyWord(toks[j + 2]!) ? 2 : 0;
  return currencyWord(after) ? 1 : 0;
}
/** Words that qualify an amount and belong to it ("more than 70,000"). */
const QUALIFIER_2 = /^(more than|less than|fewer than|up to|at least|close to|just over|just under|as many|in excess|well over)$/;
const QUALIFIER_1 = /^(almost|nearly|about|around|roughly|approximately|some|over|under|only|just|barely|exactly|between)$/;
/** Where an amount starting at token `i` begins once a qualifier before it is included ("[more than] 70,000", "[almost] 400,000"). */
export function qualifierStart(toks: Token[], i: number): number {
  const before = (n: number) => toks.slice(Math.max(0, i - n), i).map((t) => t.text.toLowerCase()).join(' ');
  if (i >= 2 && QUALIFIER_2.test(before(2)) && !breaksAfter(toks, i - 2) && !breaksAfter(toks, i - 1)) return i - 2;
  if (i >= 1 && QUALIFIER_1.test(before(1)) && !breaksAfter(toks, i - 1)) return i - 1;
  return i;
}
const TIME_OF_DAY = /^(\d{1,2}([:.]\d\d)?\s*(am|pm)|midnight|noon|midday)$/i;
const TIME_ZONE = /^(GMT|BST|UTC|CET|EST|ET|PST|local)$/;
export const SEASON = /^(spring|summer|autumn|winter)$/i;

/**
 * Whether the name at `from`..`to` ends in the noun asked about ("Harrow Crown Court" for "Which
 * court …?"), or has it before "of" ("Court of Appeal"): the name says it is of the kind asked,
 * whatever type the tagger gave it (a place).
 */
export function endsInHead(toks: Token[], from: number, to: number, q: Question): boolean {
  if (!(to > from && q.headTerm !== undefined)) return false;
  const head = (k: number) => toks[k]!.term === q.headTerm && /^\p{Lu}/u.test(toks[k]!.text);
  // (not a noun the word before makes one of another kind with it: "World Cross Country" for "Which
  // country …?" names a race, which WordNet files as an event)
  if (head(to)) return !otherKindCompound(toks[to - 1]!.text, toks[to]!.text);
  // (or the noun before the "of" that joins the rest on: "United Bank of Africa" for "Which bank …?")
  for (let k = from; k < to - 1; k++) if (toks[k + 1]!.text === 'of' && head(k)) return true;
  return false;
}

/** The kinds WordNet files two words under as one noun ("cross country": an event); none if it has no such noun. */
function compoundKinds(word: string, last: string): string[] {
  const compound = `${word}_${last}`.toLowerCase();
  return /^\p{L}+_\p{L}+$/u.test(compound) ? lexicon().nounClasses(compound, 2) : [];
}

/** Whether two words are a noun WordNet has whole ("cross country") of no kind the last word's first senses are. */
function otherKindCompound(word: string, last: string): boolean {
  const kinds = compoundKinds(word, last);
  if (kinds.length === 0) return false;
  const own = new Set(lexicon().nounClasses(last.toLowerCase(), 3));
  return own.size > 0 && !kinds.some((c) => own.has(c));
}

/** Words of an aside between a name and another in it ("Jackie Stallone, mother of actor Sylvester, has …"). */
const ASIDE_WORDS = 6;
/** A word of the "-ing" form ("featuring", "including"). */
const PARTICIPLE = /^\p{L}{2,}ing$/iu;

/**
 * Whether the name at `from`..`to` stands in an aside opened by a participle and set off by commas,
 * with a verb after it ("Do They Know It's Christmas, featuring artists including Chris Martin and
 * Jamelia, held off Kylie Minogue"): the verb is what the aside is about's, not the name's.
 */
function inParticipleAside(toks: Token[], from: number, to: number): boolean {
  const clauseEnd = (t: Token) => /[;:()!?]|\.\s/.test(t.post);
  let a = from - 1;
  while (a >= 0 && from - a <= ASIDE_WORDS && !/^,/.test(toks[a]!.post) && !clauseEnd(toks[a]!)) a--;
  if (a < 0 || !/^,/.test(toks[a]!.post) || !PARTICIPLE.test(toks[a + 1]!.text)) return false;
  // ("The book, being serialised in the Guardian newspaper, says …": a passive's "being" opens a
  // clause about the noun before, read as "published by Penguin" is)
  if (/^being$/i.test(toks[a + 1]!.text) && (toks[a + 2]?.tags.has('PastTense') || toks[a + 2]?.tags.has('Participle'))) return false;
  let z = to;
  while (z + 1 < toks.length && z - to <= ASIDE_WORDS && !/^,/.test(toks[z]!.post) && !clauseEnd(toks[z]!)) z++;
  const v = toks[z + 1];
  return /^,/.test(toks[z]!.post) && !!v && (v.tags.has('Verb') || verbReadAsPlural(toks, z + 1)) && !PARTICIPLE.test(v.text);
}

/**
 * A verb the tagger read as a plural noun, before a determiner: "The Aviator, starring DiCaprio,
 * [leads] the field" (WordNet has it as a verb too).
 */
function verbReadAsPlural(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  return t.tags.has('Plural') && /^\p{Ll}+s$/u.test(t.text) && !breaksAfter(toks, k) && !!toks[k + 1]?.tags.has('Determiner') &&
    lexicon().senses(lexicon().lemma(t.text, 'verb'), 'verb').length > 0;
}

/**
 * Whether the name at `from`..`to` closes an aside set off by commas after another name, with a
 * verb after it ("Jackie Stallone, mother of actor Sylvester, has become …"): the aside says who
 * the first name is; the verb is the first name's, not this one's.
 */
export function inAsideOfName(toks: Token[], from: number, to: number): boolean {
  if (inParticipleAside(toks, from, to)) return true;
  if (!/^,/.test(toks[to]!.post) || !toks[to + 1]?.tags.has('Verb')) return false;
  const name = (t: Token) => /^\p{Lu}/u.test(t.text) && (t.tags.has('ProperNoun') || t.tags.has('Person'));
  // (a relative clause may hold a verb: "Infinity Broadcasting, which is owned by Viacom, paid …")
  let verb = false;
  for (let k = from - 1; k >= 0 && from - k <= ASIDE_WORDS; k--) {
    const t = toks[k]!;
    // (not a name joined on after ", and": "rivals, such as Yahoo and Microsoft, and new entrants such
    // as Amazon and Blinkx, try …" lists the subjects)
    if (/^,/.test(t.post)) return !verb && name(t) && !/^(and|or)$/i.test(toks[k + 1]!.text);
    if (/^(which|who)$/i.test(t.text)) return k > 0 && /^,/.test(toks[k - 1]!.post) && name(toks[k - 1]!);
    if (BREAK.test(t.post) || /^\p{Lu}/u.test(t.text)) return false;
    if (t.tags.has('Verb')) verb = true;
  }
  return false;
}

/** A word between "of" and a total it does not count: "173 of [the] 299 votes", "121 of [his] 147 matches". */
const ofWhose = (t: Token | undefined) => !!t && (/^the$/i.test(t.text) || POSSESSIVE_PRONOUN.test(t.text));

/**
 * The number at `i`..`j` in a share and its total ("with Mr Sayeed winning 173 of the 299 votes"), as
 * the verb right before the share (`isVerb`: the question's) reads them: 'share' for the share of the
 * noun asked about that the verb got, 'total' for the total the verb did not get; null otherwise.
 */
export function partitive(toks: Token[], i: number, j: number, head: string | undefined, isVerb: (t: Token) => boolean): 'share' | 'total' | null {
  const verbBefore = (k: number) => k > 0 && isVerb(toks[k - 1]!);
  // the share: "173 of (the) 299 votes"
  // (or "121 of his 147 matches")
  if (!breaksAfter(toks, j) && /^of$/i.test(toks[j + 1]?.text ?? '')) {
    const k = ofWhose(toks[j + 2]) ? j + 3 : j + 2;
    // (over an adjective or two: "five of the nine [official] tournaments")
    let h = k + 1;
    while (h < k + 3 && toks[h] && toks[h]!.term !== head && /^\p{Ll}/u.test(toks[h]!.text) && (toks[h]!.tags.has('Adjective') || toks[h]!.tags.has('Singular')) && !toks[h]!.tags.has('Verb') && !breaksAfter(toks, h)) h++;
    if (toks[k] && isNumber(toks[k]!) && !breaksAfter(toks, k - 1) && head !== undefined && toks[h]?.term === head && verbBefore(i)) return 'share';
  }
  // the total: "173 of (the) [299]"
  const k = ofWhose(toks[i - 1]) ? i - 2 : i - 1;
  if (k >= 1 && /^of$/i.test(toks[k]!.text) && isNumber(toks[k - 1]!) && !breaksAfter(toks, k - 1) && !breaksAfter(toks, k) && verbBefore(k - 1)) return 'total';
  return null;
}

/** Whether the number at tokens `i`..`j` is a word of a name around it ("Fathers 4 Justice"): no amount. */
export function insideName(toks: Token[], i: number, j: number): boolean {
  const before = toks[i - 1];
  const after = toks[j + 1];
  return i > 1 && !!before && !!after && !breaksAfter(toks, i - 1) && !breaksAfter(toks, j) &&
    /^\p{Lu}\p{Ll}/u.test(before.text) && /^\p{Lu}\p{Ll}/u.test(after.text) && !isCalendarWord(before) && !isCalendarWord(after);
}

/** Whether the number ending at token `j` is a time of day by its zone ("at 0300 GMT"): when, not how many. */
export function clockTime(toks: Token[], j: number): boolean {
  const after = toks[j + 1];
  // ("0300 local time"; not "5,000 local people")
  return !!after && TIME_ZONE.test(after.text) && !breaksAfter(toks, j) && (after.text !== 'local' || /^time$/i.test(toks[j + 2]?.text ?? ''));
}
/** A number that reads as a year (the tagger misses some: "since 2007"). */
const YEAR = /^(1[5-9]|20)\d\d$/;
/** Ordinal words that make a fraction after a hyphen ("one-fifth", "two-thirds"). */
export const FRACTION = /^(half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/i;
/** An ordinal, alone or leading a hyphenated word ("22nd", "sixth-highest"). */
const ORDINAL = /^(\d{1,3}(?:,\d{3})*(st|nd|rd|th)|\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(-\p{Ll}+)?$/iu;
/** Oldest age a number can be ("aged 27"). */
const MAX_AGE = 120;
/** Words a noun phrase may run to; a description to (a clause is not a short answer). */
const MAX_PHRASE_WORDS = 7;
const MAX_DESCRIPTION_WORDS = 15;
/** Words between a role noun before a name and the name ("its main administrator, X"). */
const MAX_ROLE_BEFORE = 8;
/** Title words before a name ("Kremlin spokesman Dmitry Peskov"). */
const MAX_TITLE_WORDS = 4;
/** Tokens before a noun phrase within which the question's verb makes it the verb's object. */
const OBJECT_WINDOW = 4;
/** Words a relative date runs to ("the day after the elections"). */
const MAX_RELATIVE_DATE_WORDS = 5;
/** Words after a number (past the next) within which the noun asked about still counts ("six Iranian nationals"). */
const HEAD_NEAR_WORDS = 2;
/** Words either side of a span whose match with the question's words counts for its window. */
const WINDOW = 8;
/** Words either side of a span where the noun asked about describes it ("the [Hazards] magazine", "bronze [medal]", "spokeswoman [Sue Bradburn]"). */
const HEAD_WINDOW = 3;
/**
 * Word-vector similarity from which a word beside a span stands for the noun asked about: higher
 * than the evidence floor, for any word in a sentence is beside some span ("faces" is 0.54 from
 * "years"; "month" 0.89).
 */
const HEAD_VECTOR_FLOOR = 0.6;
/** Longest title in quotation marks, in words. */
const MAX_QUOTED_TITLE_WORDS = 10;
/** Words an expansion may run past its initials to reach "(ACRONYM)" ("... Services Union (PCS)"). */
const MAX_EXPANSION_TAIL = 2;
/** Longest parenthetical after a span ("X, a spokesman for ..., denied") that its window and proximity reach past. */
const MAX_APPOSITIVE_WORDS = 15;
/** Proximity: each token between a candidate and the nearest matched question word costs this much. */
const DISTANCE_DECAY = 0.05;
/** ...down to this floor: a far candidate in a supporting sentence is still possible. */
const PROXIMITY_FLOOR = 0.5;

/** A range of large numbers written as one word ("200,000-300,000"), which the tagger may read as a verb; not a score ("18-17") nor years ("2004-05"). */
const NUMBER_RANGE = /^(\d{1,3}(,\d{3})+[–-]\d{1,3}(,\d{3})+|(?!(19|20)\d\d[–-])\d{3,}[–-]\d{3,})$/;

/** A range of sums written as one word ("$10-25m", "£2-3bn", "£40m-£50m"), which the tagger reads as a noun. */
const MONEY_RANGE = /^[$£€]\d[\d.]*(bn|m|k)?[-–][$£€]?\d[\d.]*(bn|m|k)?$/;

/** A range of percentages written as one word ("8-9%", "8%-9%"), which the tagger reads as a noun. */
const PERCENT_RANGE = /^\d[\d.]*%?[-–]\d[\d.]*%$/;

export function isNumber(t: Token): boolean {
  // ("3GSM", "4WD": digits before capitals name something; the tagger reads a value)
  // (but a unit written on is a measure: "30GB", "100MW")
  if (/^\d+\p{Lu}{2,}$/u.test(t.text) && !/^[\d.]+(?:GB|MB|KB|TB|PB|MW|GW|KW|CC)$/.test(t.text)) return false;
  // ("A$584m", "US$2bn", "HK$3m": a dollar sign may follow the letters of its country)
  return (t.tags.has('Value') || t.tags.has('Money') || /^(?:(?:\p{Lu}{1,3})?\$|[£€])?\d[\d,.]*(bn|m|k)?$/u.test(t.text) || NUMBER_RANGE.test(t.text) || MONEY_RANGE.test(t.text) || PERCENT_RANGE.test(t.text)) && !t.tags.has('Ordinal');
}
/** A cheap test for a sentence that may name a person, a body, a place or another name: a capital after a word. */
export const NAME_HINT = /\S\s+[\p{Lu}]/u;
/**
 * A name the cheap test above misses: the sentence's first word ("Intel is developing …"), or one
 * after a bracket or a quotation mark ("technology (UWB)"). Such sentences are read too, but do not
 * count among the passages read before the readers stop: most hold no name past their first word.
 */
const NAME_OPENS = /^["“‘'(]?(\p{Lu}[\p{L}\p{N}]*)/u;
/** A capital after a bracket or a quotation mark inside the sentence ("technology (UWB)"). */
const NAME_BRACKETED = /\s[(\[“"‘']\p{Lu}/u;
/**
 * Whether a sentence the cheap test `hint` turns away is read all the same, uncounted: the test is
 * {@link NAME_HINT}, and a capital stands after a bracket or a quotation mark, or the sentence's
 * first word is capitalised and no stop word ("Intel is …", not "The …", "But …", "He …").
 */
export function nameOpensOnly(hint: RegExp | undefined, text: string): boolean {
  if (hint !== NAME_HINT) return false;
  if (NAME_BRACKETED.test(text)) return true;
  const first = NAME_OPENS.exec(text);
  return !!first && !isStopWord(first[1]!);
}
/** A cheap test for a sentence that may give an amount: digits or a number in words ("Nineteen-year-old", "a dozen", "a quarter of"). */
export const NUMBER_HINT = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(thir|four|fif|six|seven|eigh|nine)teen|(twen|thir|for|fif|six|seven|eigh|nine)ty|dozen|hundred|thousand|million|billion|an? (half|third|quarter|fifth|tenth) of)\b/i;
/** The cheap test for a length of time: an amount, or one of a unit ("as long as a year"). */
export const DURATION_HINT = new RegExp(`${NUMBER_HINT.source}|\\ban? (?:${ONE_UNIT_WORDS})\\b`, 'i');

/**
 * Whether "one" at `i` stands for a noun said before, not a count: "the tiny, shiny expensive
 * [one] they have just lost", "this one", "the first one" (a determiner or an adjective before it,
 * no noun, number or "in"/"of" after it).
 */
export function propOne(toks: Token[], i: number): boolean {
  const before = toks[i - 1];
  return /^ones?$/i.test(toks[i]!.text) && !!before && !breaksAfter(toks, i - 1) && !/^(a|an)$/i.test(before.text) &&
    (before.tags.has('Adjective') || before.tags.has('Determiner') || before.tags.has('Ordinal')) && !(toks[i + 1]?.tags.has('Noun') && !toks[i + 1]!.tags.has('Pronoun')) &&
    // (nor a share: "one in three", "about one-fifth", "one of six")
    !/^-/.test(toks[i]!.post) && !(toks[i + 1] && (toks[i + 1]!.tags.has('Value') || /^(in|of|out)$/i.test(toks[i + 1]!.text)));
}

/** The value of the number at tokens i..j, in digits or words ("27", "1,200", "Nineteen", "twenty five"); NaN when it has none. */
export function numberValue(toks: Token[], i: number, j: number): number {
  if (/^\d/.test(toks[i]!.text)) return Number(toks[i]!.text.replace(/,/g, ''));
  const words = toks.slice(i, j + 1).map((t) => t.text).join(' ');
  return (nlp(words).numbers().get() as number[])[0] ?? NaN;
}

/**
 * Whether the number at tokens i..j is marked as an age: "27 years old", "27-year-old", "Kashian,
 * 27,", "aged 27", "At 23, Henson has …".
 */
export function markedAsAge(toks: Token[], i: number, j: number): boolean {
  const next2 = toks.slice(j + 1, j + 3).map((t) => t.text.toLowerCase()).join(' ');
  const prev = i > 0 ? toks[i - 1]! : undefined;
  // "Kashian, 27, …", or at the sentence's end ("…, said Kashian, 27"); not "Last year, twelve managers"
  const after = toks[j]!.post.trim();
  // (the sentence's stop after it, where a name comes before: "… information to Anthony Elgindy, 36.")
  const commaAfter = after ? after.startsWith(',') || (j === toks.length - 1 && /^[.!?]$/.test(after) && /^\p{Lu}/u.test(prev?.text ?? '')) : j === toks.length - 1;
  // ("Llewellyn, who is 36 at the end of February", "who turned 30 on Monday")
  const whoIs = !!prev && /^(is|was|turns|turned)$/i.test(prev.text) && /^who$/i.test(toks[i - 2]?.text ?? '') && /^\d{1,3}$/.test(toks[j]!.text);
  return whoIs || /^years? old|^-year-old/.test(next2) || (!!prev && /,\s*$/.test(prev.post) && commaAfter) || /^aged?$/i.test(prev?.text ?? '') ||
    // "died in Germany at 50, …", "has died in Germany at 50."; "became an MP at 27 and …"
    (!!prev && /^at$/i.test(prev.text) && (/^,/.test(after) || (/^\d{1,3}$/.test(toks[j]!.text) && ((j === toks.length - 1 && /^\.?$/.test(after)) || lifeEventBefore(toks, i - 1)))));
}

/** Verbs of a life's turning points, after which "at 27" is an age: "became an MP at 27", "retired at 22". */
const LIFE_EVENT_VERB = /^(become|becomes|became|becoming|retire|retires|retired|retiring|die|dies|died|marry|marries|married|debuted|elected|turned)$/i;
/** How many words back from "at" a life-event verb may stand ("became [Leader of the Opposition] at 36"). */
const LIFE_EVENT_REACH = 5;

/** Whether a life-event verb stands a few words before the "at" at `at`, in the same clause. */
function lifeEventBefore(toks: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - LIFE_EVENT_REACH); k--) {
    if (breaksAfter(toks, k)) return false;
    if (LIFE_EVENT_VERB.test(toks[k]!.text)) return true;
  }
  return false;
}

/** Whether the number at tokens i..j is a percentage: "43%", "5 per cent", "7 percent". */
export function isPercentage(toks: Token[], i: number, j: number): boolean {
  return toks[i]!.tags.has('Percent') || /%$/.test(toks[j]!.text) || percentUnitAfter(toks, j) > 0;
}

/** How many words after the number ending at `j` say it is a percentage: "%" or "percent" 1, "per cent" 2, else 0. */
export function percentUnitAfter(toks: Token[], j: number): number {
  const after = toks[j + 1]?.text.toLowerCase();
  if (after === 'percent' || after === '%') return 1;
  return after === 'per' && toks[j + 2]?.text.toLowerCase() === 'cent' ? 2 : 0;
}

/**
 * An amount of pence ("closed at 873p", "950p a share"): digits and "p", not a video format ("720p",
 * "1080p").
 */
const PENCE = /^(?!(?:240|360|480|576|720|1080|1440|2160)p$)\d{1,4}(?:\.\d+)?p$/;

/** Whether a token is, or begins, an amount of money: a currency sign, the tagger's Money, pence. */
export const isMoney = (t: Token) => t.tags.has('Money') || /[$£€¥]/.test(t.text + t.pre) || PENCE.test(t.text);

/** Longest conversion read after an amount, in tokens: "(£1.3 trillion)", "(£158.8bn; 230.9bn euros)". */
const CONVERSION_WORDS = 6;

/**
 * The last token of the same sum in another currency, in brackets right after the amount of money
 * ending at token `j` ("£1.5m [($2.8m)]", "$2.5 trillion [(£1.3 trillion)]"); -1 when none follows.
 * The answer is the amount as the article gives it, with its conversion: the bracket is no second
 * amount.
 */
export function conversionAfter(toks: Token[], j: number): number {
  const first = toks[j + 1];
  if (!first || !/\(\s*$/.test(first.pre) || /[^\s]/.test(toks[j]!.post) || !isMoney(first)) return -1;
  for (let k = j + 1; k < Math.min(toks.length, j + 1 + CONVERSION_WORDS); k++) {
    if (k > j + 1 && !(isNumber(toks[k]!) || isMoneyWord(toks[k]!.text)) || (k > j + 1 && toks[k]!.pre)) return -1;
    if (/^\)/.test(toks[k]!.post)) return k;
    // several conversions: "(£158.8bn; 230.9bn euros)"
    const sep = toks[k]!.post.trim();
    const next = toks[k + 1];
    const another = (sep === ';' || sep === ',') && !!next && (isMoney(next) || (isNumber(next) && isMoneyWord(toks[k + 2]?.text ?? '')));
    if (sep && !another) return -1;
  }
  return -1;
}

/**
 * Whether `t`, a number after `prev`, another, is a number of its own, not the same one: one in
 * words after one in digits ("sold for £10 five years ago"), unless it multiplies it ("5 million",
 * "2 thousand"), or digits after a year ("Since 1997 10 overseas posts have been closed").
 */
export function startsOtherNumber(prev: Token, t: Token): boolean {
  if (isYearToken(prev) && /^\d/.test(t.text)) return true;
  return /\d/.test(prev.text) && /^\p{L}+$/u.test(t.text) && !/^(hundred|thousand)$/i.test(t.text) && !SCALE_WORD.test(t.text);
}

/** Words that multiply the number before them: "5 million", "£35 bn" (written apart). */
/** A hyphenated amount with a fraction in it, which the tagger splits: "three-and-a-half-year", "two-and-a-half". */
const HYPHENATED_FRACTION = /-and-an?-(half|quarter|third)\b/i;
/** An amount's span grown to the whole hyphenated amount it is part of: "three-and-[a-half-year]" → "three-and-a-half-year" (not "74-year-old", "four-time"). */
export function hyphenatedWhole(toks: Token[], from: number, to: number): [number, number] {
  let f = from;
  let t = to;
  while (f > 0 && toks[f - 1]!.post === '-') f--;
  while (t + 1 < toks.length && toks[t]!.post === '-') t++;
  const word = toks.slice(f, t + 1).map((x, k) => x.text + (k < t - f ? x.post : '')).join('');
  return (f < from || t > to) && HYPHENATED_FRACTION.test(word) ? [f, t] : [from, to];
}

/** A rough count's multiplier and its scale: "[tens] of thousands", "[10s] of thousands", "[hundreds] of millions". */
const MULTIPLE = /^(tens|hundreds|thousands|millions|dozens|\d+0s)$/i;
const SCALE_PLURAL = /^(hundreds|thousands|millions|billions)$/i;
/** Where a rough count starts that ends in the scale at `i`: "[10s of] thousands" starts two words back; else `i`. */
export function multiplesStart(toks: Token[], i: number): number {
  return i >= 2 && SCALE_PLURAL.test(toks[i]!.text) && /^of$/i.test(toks[i - 1]!.text) && MULTIPLE.test(toks[i - 2]!.text) && !breaksAfter(toks, i - 2) && !breaksAfter(toks, i - 1) ? i - 2 : i;
}
export const SCALE_WORD = /^(million|billion|trillion|bn|mn)$/i;

/** Whether a number is a year, by its tag or its digits ("2004"). */
export const isYearToken = (t: Token) => t.tags.has('Year') || /^(19|20)\d\d$/.test(t.text);

/** Words "between" may stand before the first amount of a range ("between the ages of six and 11"). */
const RANGE_LEAD_WORDS = 4;

/** Units of time, longest first, that a length given in several goes down through ("two hours, 23 minutes and 10 seconds"). */
const UNITS_DOWN = ['day', 'hour', 'minute', 'second'];
/**
 * Where a length of time ending in a unit at `to` ends when smaller units go on after it, joined by
 * commas or "and" ("two hours[, 23 minutes and 10 seconds]", "1 minute 58 seconds"); `to` when none do.
 */
export function unitsGoOn(toks: Token[], to: number): number {
  const rank = (t?: Token) => (t ? UNITS_DOWN.indexOf(t.text.toLowerCase().replace(/s$/, '')) : -1);
  let k = to;
  while (rank(toks[k]) >= 0 && /^,?\s+$/.test(toks[k]!.post)) {
    // (the comma is the unit's token's own: "hours," then "23"; "and" is a token)
    const n = /^\s+$/.test(toks[k]!.post) && toks[k + 1]?.text.toLowerCase() === 'and' && /^\s+$/.test(toks[k + 1]!.post) ? k + 2 : k + 1;
    const [num, unit] = [toks[n], toks[n + 1]];
    if (!num || !unit || !isNumber(num) || isYearToken(num) || !/^\s+$/.test(num.post) || rank(unit) <= rank(toks[k])) break;
    k = n + 1;
  }
  return k;
}

/**
 * Where a range of amounts ends when the amount at `i`..`to` opens one ("between $20 (£10.40) to
 * $30 (£15.60)", "between 5,000 and 6,000"): the second amount with its unit and conversion; `to`
 * when none follows. A range gives both ends, or it misstates the amount. ("From X to Y" most
 * often gives a change's levels: "turnover dropped from £42.5m to £28.5m".)
 */
export function rangeEnd(toks: Token[], i: number, to: number): number {
  // (a length of time in more units than one is one length: "two hours, 23 minutes and 10 seconds")
  const compound = unitsGoOn(toks, to);
  if (compound > to) return compound;
  // ("between the ages of six and 11": "between" a few words before, over a noun phrase)
  let b = i - 1;
  while (b >= 0 && i - b <= RANGE_LEAD_WORDS && toks[b]!.text.toLowerCase() !== 'between' && !breaksAfter(toks, b) && !toks[b]!.tags.has('Verb') && !isNumber(toks[b]!)) b--;
  const lead = b >= 0 && !breaksAfter(toks, b) ? toks[b]!.text.toLowerCase() : '';
  const joint = toks[to + 1]?.text.toLowerCase();
  // ("maybe four or five shows a year": two counts "or" joins are one guess)
  if (joint === 'or' && to === i && /^\s+$/.test(toks[to]!.post) && !breaksAfter(toks, to + 1) && /^\p{L}+$/u.test(toks[to]!.text) && isNumber(toks[to]!) && !!toks[to + 2] && isNumber(toks[to + 2]!) && /^\p{L}+$/u.test(toks[to + 2]!.text)) return to + 2;
  // ("only use 10 or 15% of the processor": a bare number "or" a percentage is one guess, in percent)
  if (joint === 'or' && to === i && /^\s+$/.test(toks[to]!.post) && !breaksAfter(toks, to + 1) && /^\d+(\.\d+)?$/.test(toks[to]!.text) && /^\d+(\.\d+)?%$/.test(toks[to + 2]?.text ?? '')) return to + 2;
  // ("ready for two to three weeks", "jailed for five to 10 years": a bare count "to" a count with a
  // unit is a range of that unit; not a change's step and level, "fell 65 cents to $14.35", "rose
  // from 5 to 7 days", nor a count a verb takes, "cut 10 to 20 jobs")
  const bare = joint === 'to' && to === i && i > 0 && /^\s+$/.test(toks[to]!.post) && !breaksAfter(toks, to + 1) && !!toks[to + 2] && isNumber(toks[to + 2]!) &&
    !isYearToken(toks[i]!) && !isYearToken(toks[to + 2]!) && !/^(from|by)$/i.test(toks[i - 1]!.text) && !toks[i - 1]!.tags.has('Verb') && !isNumber(toks[i - 1]!);
  // (nor a unit hyphened on to more: "10 to 28-year-olds")
  if (bare && !breaksAfter(toks, to + 2) && toks[to + 3] && (TIME_UNIT.test(toks[to + 3]!.text) || MEASURE_UNIT.test(toks[to + 3]!.text)) && toks[to + 2]!.post !== '-' && toks[to + 3]!.post !== '-') return to + 3;
  // ("only 30 to 40 top firms would be targeted": a bare count "to" a bare count before a plural noun,
  // over an adjective, is a range of that noun)
  if (bare && /^(\d{1,3}(,\d{3})+|\d+|\p{Ll}+)$/u.test(toks[i]!.text) && /^(\d{1,3}(,\d{3})+|\d+|\p{Ll}+)$/u.test(toks[to + 2]!.text) && !breaksAfter(toks, to + 2)) {
    // (a plural the tagger may read as a verb: "top [firms] would be")
    const plural = (t?: Token) => !!t && /^\p{Ll}+s$/u.test(t.text) && !TIME_UNIT.test(t.text) && !MEASURE_UNIT.test(t.text) && !isMoneyWord(t.text) &&
      (t.tags.has('Plural') || (lexicon().lemma(t.text, 'noun') !== t.text && lexicon().senses(lexicon().lemma(t.text, 'noun'), 'noun').length > 0));
    let n = to + 3;
    if (!plural(toks[n]) && toks[n] && /^\p{Ll}+$/u.test(toks[n]!.text) && (toks[n]!.tags.has('Adjective') || toks[n]!.tags.has('Noun')) && !breaksAfter(toks, n)) n++;
    if (plural(toks[n])) return to + 2;
  }
  // ("a sentence of 16 months to four years": a length of time "to" another is a range of lengths;
  // not a change's levels, "extended from 16 months to two years")
  if (joint === 'to' && to === i + 1 && TIME_UNIT.test(toks[to]!.text) && !breaksAfter(toks, to) && !breaksAfter(toks, to + 1) && !!toks[to + 2] && isNumber(toks[to + 2]!) && !isYearToken(toks[to + 2]!) &&
    !breaksAfter(toks, to + 2) && TIME_UNIT.test(toks[to + 3]?.text ?? '') && i > 0 && !/^(from|by)$/i.test(toks[i - 1]!.text) && !toks[i - 1]!.tags.has('Verb')) return to + 3;
  // ("aged 30 to 40": a bare count "to" a count after "aged" is a range of ages)
  if (joint === 'to' && to === i && i > 0 && /^aged$/i.test(toks[i - 1]!.text) && /^\s+$/.test(toks[to]!.post) && !breaksAfter(toks, to + 1) && !!toks[to + 2] && isNumber(toks[to + 2]!)) return to + 2;
  // ("forecasts 2005 revenue of $4.2bn to $4.35bn": a sum "to" a sum in the same currency is a
  // range of it; not a change's step and level, "fell 65 cents to $14.35", "rose from $5 to $7")
  const currency = /^(?:\p{Lu}{0,3}\$|[£€¥])/u.exec(toks[i]!.text)?.[0];
  if (joint === 'to' && to === i && currency && i > 0 && /^\s+$/.test(toks[to]!.post) && !breaksAfter(toks, to + 1) && toks[to + 2]?.text.startsWith(currency) && isNumber(toks[to + 2]!) &&
    !/^(from|by)$/i.test(toks[i - 1]!.text) && !toks[i - 1]!.tags.has('Verb') && !isNumber(toks[i - 1]!)) {
    const converted = conversionAfter(toks, to + 2);
    return converted >= 0 ? converted : to + 2;
  }
  if (lead !== 'between' || (joint !== 'and' && joint !== 'to')) return to;
  // (the first amount may end in its conversion's bracket: "$20 (£10.40) to")
  if (!/^\)?\s*$/.test(toks[to]!.post) || breaksAfter(toks, to + 1) || !toks[to + 2] || !isNumber(toks[to + 2]!)) return to;
  let k = to + 2;
  while (toks[k + 1] && !breaksAfter(toks, k) && (isNumber(toks[k + 1]!) || SCALE_WORD.test(toks[k + 1]!.text))) k++;
  if (toks[k + 1] && !breaksAfter(toks, k) && (isMoneyWord(toks[k + 1]!.text) || TIME_UNIT.test(toks[k + 1]!.text) || MEASURE_UNIT.test(toks[k + 1]!.text))) k++;
  const converted = conversionAfter(toks, k);
  return converted >= 0 ? converted : k;
}

/** Where a span's text ends: after the bracket or quotation mark it opened ("£1.5m ($2.8m)", "a ‘front company’"). */
export function spanEnd(sentence: string, start: number, end: number): number {
  const text = sentence.slice(start, end);
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const next = sentence[end];
  if (next === ')' && count(/\(/g) > count(/\)/g)) return end + 1;
  if (next === '’' && count(/‘/g) > count(/’/g)) return end + 1;
  if (next === '”' && count(/“/g) > count(/”/g)) return end + 1;
  if (next === '"' && count(/"/g) % 2 === 1) return end + 1;
  // ("'BB+'", "'BBB-'", "Sky+": a sign closing a name in capitals is the name's, not punctuation)
  if ((next === '+' || next === '-') && /\p{Lu}$/u.test(text) && !/[\p{L}\p{N}]/u.test(sentence[end + 1] ?? '')) return end + 1;
  return end;
}

/** The span's text; a hyphenated suffix the tagger split off ("COVID" + "-19") stays with it, and so does a quote opening it. */
/** Whether every bracket in `s` closes one it opened ("$3.5bn (£1.8bn)"; not "3-7) 6-3"). */
function bracketsBalanced(s: string): boolean {
  let open = 0;
  for (const ch of s) {
    if (ch === '(' || ch === '[') open++;
    else if (ch === ')' || ch === ']') if (--open < 0) return false;
  }
  return open === 0;
}

function surface(sentence: string, toks: Token[], from: number, to: number): string {
  let end = toks[to]!.end;
  const tail = /^[-‑]\d+\b/u.exec(sentence.slice(end));
  if (tail && (to + 1 >= toks.length || toks[to + 1]!.start >= end + tail[0].length || toks[to + 1]!.start > end)) end += tail[0].length;
  const [start, last] = signedAndJoined(sentence, toks, from, to, quotedStart(toks, from, to), end);
  return withoutPossessive(sentence.slice(start, spanEnd(sentence, start, last)).replace(/\s+/g, ' ').trim(), toks, from, to);
}

/** A person's or a country's name without the possessive ending it: "Michael Buerk's return" names Michael Buerk, "Ireland's Paul Brizzel" Ireland (not "McDonald's"). */
export function withoutPossessive(text: string, toks: Token[], from: number, to: number): string {
  // (and a day's or month's: "Saturday's speech" is given on "Saturday")
  return (personsPossessive(toks, from, to) || countrysPossessive(toks, to) || isCalendarWord(toks[to]!)) && /['’]s$/.test(text) ? text.slice(0, -2) : text;
}

/**
 * A span's text bounds widened over what the tokens leave out: the minus sign of a number ("a
 * growth rate of -0.1%"; the tagger drops it) and the lower-case end of a hyphenated name ("Chung
 * Mong-koo": the tagger splits "koo" off; not "Madrid-based", a dictionary word).
 */
export function signedAndJoined(sentence: string, toks: Token[], from: number, to: number, start: number, end: number): [number, number] {
  if (start === toks[from]!.start && /^\d/.test(toks[from]!.text) && /(^|\s)[-−]$/u.test(sentence.slice(Math.max(0, start - 2), start))) start--;
  const joined = /^-(\p{Ll}+)\b/u.exec(sentence.slice(end));
  if (joined && /^\p{Lu}/u.test(toks[to]!.text) && !lexicon().isDictionaryWord(joined[1]!)) end += joined[0].length;
  return [start, end];
}

/** Where a span's text starts: at the quote opening its first word when the span also holds its close ('"roving" safety reps'). */
export function quotedStart(toks: Token[], from: number, to: number): number {
  const open = /["“‘']$/.test(toks[from]!.pre);
  return open && toks.slice(from, to).some((t) => /["”’']/.test(t.post)) ? toks[from]!.start - 1 : toks[from]!.start;
}

/** Identifies what a candidate names across sentences: a person's last name, else its words. */
export function keyOf(kind: AnswerKind, text: string, type?: SpanType): string {
  // ("$550,000 (£306,814)" and "$550,000 (£293,264)": an amount is one whatever the rate its
  // conversion in brackets was made at)
  const converted = CONVERTED_AMOUNT.exec(text);
  if (converted) text = converted[1]!;
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').split(/\s+/).filter(Boolean);
  if ((kind === 'person' || type === 'person') && words.length > 1) return words[words.length - 1]!;
  if (type === 'date') return dateKey(words);
  return words.join(' ');
}

/** An amount with its conversion in brackets after it: the amount, and the conversion. */
const CONVERTED_AMOUNT = /^(.*\d.*?)\s*\(([^()]*\d[^()]*)\)$/;

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * A day of the month named three ways is one date: "Sunday 27 February", "27 February 2005" and
 * "27 February" share the key "27 february" (the weekday and the year add nothing a sentence of the
 * same story needs), so the sentences that name it count as agreeing.
 */
function dateKey(words: string[]): string {
  const w = words.filter((x) => !WEEKDAY.test(x));
  const day = w.findIndex((x, i) => (MONTH.test(x) && /^\d{1,2}$/.test(w[i + 1] ?? '')) || (/^\d{1,2}$/.test(x) && MONTH.test(w[i + 1] ?? '')));
  if (day >= 0 && w.length === day + 3 && /^\d{4}$/.test(w[day + 2]!)) w.pop();
  return (w.length ? w : words).join(' ');
}

/** Whether the sentence has the question's verb only after token k (so a preposition at k is not the verb's). */
function verbAfter(toks: Token[], verbTerms: ReadonlySet<string>, k: number): boolean {
  const at = toks.findIndex((t) => t.term !== null && verbTerms.has(t.term));
  return at > k;
}

/**
 * A plural noun the tagger read as a verb, after a noun and before a preposition or the end of a
 * clause: "head of third party services at Vodafone" ("services" as in "she services cars").
 */
export function pluralReadAsVerb(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  const before = toks[k - 1];
  const after = toks[k + 1];
  if (!t.tags.has('PresentTense') || !/^\p{Ll}+s$/u.test(t.text) || !before?.tags.has('Noun') || before.tags.has('Pronoun') || /[,;:]/.test(before.post)) return false;
  if (after && !after.tags.has('Preposition') && !/[,;:.)]/.test(t.post)) return false;
  // (WordNet lists some plurals as nouns of their own: "services")
  return lexicon().senses(lexicon().lemma(t.text.toLowerCase(), 'noun'), 'noun').length > 0;
}

/** A word the tagger files with people that is no role ("Musa", "Frank"; not "Secretary", "President", "Dr"). */
function personNotRole(x: Token): boolean {
  return x.tags.has('Person') && !x.tags.has('Actor') && !x.tags.has('Honorific');
}

/** A word the tagger reads as part of a person's name ("Mohammad", "Musa"), not a role it files with people. */
function isPersonName(x: Token): boolean {
  return x.tags.has('FirstName') || x.tags.has('LastName') || personNotRole(x);
}

/** Whose a thing is, said by a pronoun ("its Qods Force"): the tagger may read "its" as a noun. */
export const POSSESSIVE_PRONOUN = /^(its|his|her|their|our|my|your)$/i;

/**
 * The word at `k` can be part of a title before a name: a common noun ("Treasury Secretary", "Kremlin
 * spokesman"), or a word of a body's name before a capitalised one ("[Quds] Force commander Qassem
 * Soleimani"), not a person's name.
 */
export function titleWord(toks: Token[], k: number): boolean {
  const x = toks[k];
  if (!x || !x.tags.has('Noun') || x.tags.has('Pronoun') || POSSESSIVE_PRONOUN.test(x.text) || x.tags.has('FirstName') || x.tags.has('LastName')) return false;
  // a word inside a person's name, though WordNet knows it ("Seyyed Mohammad Hosein [Musa] Kazemi":
  // a genus of banana), is no title; a role the tagger puts in a name is ("Secretary", "President")
  if (isPersonName(x) && k > 0 && toks[k - 1]!.tags.has('Person') && !breaksAfter(toks, k - 1)) return false;
  if (lexicon().isDictionaryWord(x.text)) return true;
  // ("Conservative co-chairman Liam Fox", "vice-president": a role of a person after a hyphen)
  const role = /^\p{Ll}+-(\p{Ll}+)$/u.exec(x.text)?.[1];
  if (role && lexicon().nounClasses(role, 1)[0] === 'noun.person') return true;
  const next = toks[k + 1];
  if (!/^\p{Lu}/u.test(x.text) || x.tags.has('Person') || !next || breaksAfter(toks, k)) return false;
  // a body's name before a capitalised word of a title, or before a person's role: "UKIP leader
  // Roger Knapman", "Investec chief economist Philip Shaw"
  return (/^\p{Lu}/u.test(next.text) && lexicon().isDictionaryWord(next.text)) ||
    (/^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && lexicon().nounClasses(next.text, 1)[0] === 'noun.person');
}

/** Span types that are names: a capitalised word of the question leading one is part of the name. */
export const NAME_TYPES: ReadonlySet<SpanType> = new Set(['person', 'organization', 'place', 'name']);

const ALIAS_BEFORE = /\b(?:renamed|known as|called|formerly|previously|rebranded as|aka)\s*$/i;

/**
 * "the Council of Scottish Colonels" for "Who proposed the merger of … the King's Own Scottish
 * Borderers?": a name holding less than half of a longer name the question gives, and two or more
 * capitalised words of its own, is another name, not the question's (for who or which body does
 * what; "January's View From Great Edinburgh International Cross Country" is no place to hold the
 * World Cross-Country Championships)
 */
export function namesOtherBody(q: Question, toks: Token[], from: number, to: number): boolean {
  if (q.kind !== 'person' && q.kind !== 'organization') return false;
  const inSpan = new Map<number, number>();
  let own = 0;
  for (let k = from; k <= to; k++) {
    const t = toks[k]!;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const asked = q.terms.find((x) => x.term === t.term && !x.alias);
    if (!asked) own++;
    else if (asked.role === 'entity') inSpan.set(asked.group, (inSpan.get(asked.group) ?? 0) + 1);
  }
  if (own < 2) return false;
  for (const [group, n] of inSpan) if (2 * n >= q.terms.filter((x) => x.group === group && x.role === 'entity' && !x.alias).length) return false;
  return true;
}

/**
 * Every candidate answer of the kind asked in one sentence, each with the cues the extractors saw.
 * One extractor per kind of answer: names (people, organisations, places), noun phrases, dates,
 * numbers (counts, money, ages, durations, measures), descriptions of a name, acronym expansions.
 */
/**
 * Where the name of whoever gave the name asked for starts in a sentence ("What did Mark Oaten call
 * the ID scheme?": "Lib Dem home affairs spokesman [Mark Oaten] has branded the ID scheme a waste
 * of money"): the name given comes after it, never before. -1 for other questions.
 */
export function namerStart(q: Question, toks: Token[]): number {
  // (asked in the active, with do-support and an object: not "What is X called?", "What was Ghosn
  // dubbed?", "What did X use to be called?", where X is the one named)
  if (!q.asksName || q.kind !== 'name' || !NAMER_ASKED.test(q.text)) return -1;
  const verb = q.terms.findIndex((t) => t.role === 'verb');
  const first = q.terms.findIndex((t) => t.role === 'entity');
  if (verb < 0 || first < 0 || first > verb) return -1;
  const namer = new Set(q.terms.filter((t) => t.group === q.terms[first]!.group).map((t) => t.term));
  return toks.findIndex((t) => t.term !== null && namer.has(t.term));
}

/** Words at most between a name and the amount it is given ("Altria [rising] 5%", "Reynolds [showing gains of] 4.5%"). */
const OWN_AMOUNT_GAP = 3;
/** Words that join one name's amount to the next's ("Altria rising 5% and Reynolds …"). */
const PAIR_JOIN = /^(and|while|whereas|but)$/i;

/**
 * Whether the amount at `from`..`to` is another name's, in a sentence pairing names with amounts,
 * the question's own name with its own after it: "with Altria rising [5%] and Reynolds showing
 * gains of 4.5%" for "How much did Reynolds shares rise?". The other name stands right before the
 * amount, a comma or "and" right after it, then the question's name and its amount (no year).
 */
export function otherNamesAmount(toks: Token[], from: number, to: number, entityTerms: ReadonlySet<string>): boolean {
  if (entityTerms.size === 0) return false;
  const ours = (k: number) => toks[k]!.term !== null && entityTerms.has(toks[k]!.term!);
  const named = (t: Token) => /^\p{Lu}/u.test(t.text) && !isCalendarTagged(t) && ['ProperNoun', 'Organization', 'Person', 'Place'].some((g) => t.tags.has(g));
  // the other name right before the amount
  let other = false;
  for (let k = from - 1; k > 0 && from - 1 - k <= OWN_AMOUNT_GAP - 1 && !breaksAfter(toks, k); k--) {
    if (ours(k)) return false;
    if (named(toks[k]!)) { other = true; break; }
  }
  if (!other) return false;
  // a comma or a joining word after it, then the question's name, then its own amount
  const join = to + 1;
  if (!(toks[to]!.post.includes(',') || PAIR_JOIN.test(toks[join]?.text ?? ''))) return false;
  const at = PAIR_JOIN.test(toks[join]?.text ?? '') ? join + 1 : join;
  if (!toks[at] || !ours(at)) return false;
  let end = at;
  while (end + 1 < toks.length && ours(end + 1)) end++;
  for (let k = end + 1; k < toks.length && k - end - 1 <= OWN_AMOUNT_GAP; k++) {
    if (isNumber(toks[k]!) && !isYearToken(toks[k]!)) return true;
    if (breaksAfter(toks, k)) return false;
  }
  return false;
}

/**
 * Whether the amount at `from` is told in a "who"/"which" clause about another name than the
 * question's: "Scottish-based band Snow Patrol, [who finished 14th] in the vote" for "Where did Franz
 * Ferdinand finish …?". The clause opens after a comma right after that name, and runs to the
 * amount unbroken.
 */
export function othersRelativeClause(toks: Token[], from: number, entityTerms: ReadonlySet<string>): boolean {
  if (entityTerms.size === 0) return false;
  for (let k = from - 1; k > 1 && from - k <= OWN_AMOUNT_GAP + 1; k--) {
    if (breaksAfter(toks, k)) return false;
    if (!/^(who|which)$/i.test(toks[k]!.text)) continue;
    if (!/^,\s*$/.test(toks[k - 1]!.post)) return false;
    let f = k - 1;
    while (f > 0 && /^\p{Lu}/u.test(toks[f - 1]!.text) && !breaksAfter(toks, f - 1)) f--;
    const name = toks.slice(f, k);
    // (and the sentence lacks some word of the question's names: "Franz Ferdinand beat Snow Patrol,
    // who finished 14th" may tell the question's own)
    const said = new Set(toks.map((t) => t.term));
    return /^\p{Lu}/u.test(toks[k - 1]!.text) && !isCalendarTagged(toks[k - 1]!) && name.every((t) => t.term === null || !entityTerms.has(t.term)) &&
      [...entityTerms].some((t) => !said.has(t));
  }
  return false;
}

/** Words joining a noun to its amount: "assets [of] $200m", "liabilities [totalling] $648m". */
const AMOUNT_LINK = /^(of|totalling|totaling|worth|at)$/i;
/**
 * Whether the amount at `from` is another noun's, joined to it by a little word, where the sentence
 * gives the noun asked about an amount of its own the same way: "assets of [$200m] and liabilities
 * totalling $648m" for "What are China Aviation Oil's total liabilities?".
 */
export function otherNounsAmount(toks: Token[], from: number, headTerm: string | undefined): boolean {
  if (!headTerm) return false;
  const owner = (k: number) => k >= 1 && AMOUNT_LINK.test(toks[k]!.text) && !breaksAfter(toks, k - 1) && !breaksAfter(toks, k) && toks[k - 1]!.tags.has('Noun') && /^\p{Ll}/u.test(toks[k - 1]!.text) ? toks[k - 1]!.term : undefined;
  const mine = owner(from - 1);
  if (mine === undefined || mine === null || mine === headTerm) return false;
  return toks.some((t, k) => k !== from && isNumber(t) && owner(k - 1) === headTerm);
}

/** Words, at most, from "of" to the question's word in a share of it ("3% of [the country's] GDP"). */
const SHARE_OF_WORDS = 3;

/**
 * Whether the percentage ending at `to` is a share of a thing the question asks how much changed,
 * not its change: "below [3%] of GDP" for "How much did Germany's GDP grow?".
 */
export function shareOfAsked(toks: Token[], to: number, changeAsked: boolean, questionTerms: ReadonlySet<string>): boolean {
  if (!changeAsked) return false;
  let k = to + 1;
  if (!/%$/.test(toks[to]!.text)) {
    if (!/^(per\s*cent|percent)$/i.test(toks[k]?.text ?? '')) return false;
    k++;
  }
  if (!/^of$/i.test(toks[k]?.text ?? '') || breaksAfter(toks, k - 1)) return false;
  for (let j = k + 1; j <= k + SHARE_OF_WORDS && toks[j]; j++) {
    if (toks[j]!.term !== null && questionTerms.has(toks[j]!.term!)) return true;
    if (breaksAfter(toks, j)) break;
  }
  return false;
}

/** A question that asks what someone called something, in the active: "What did X call [Y] …?" ("call", "brand", "dub" …). */
const NAMER_ASKED = /^\s*what\s+(?:did|does|do|will|would|could|might)\s+.+?\s(?:call|brand|dub|label|describe|nickname|term)\s+\S/i;

export function candidatesIn(q: Question, ev: Evidence, toks: Token[]): Candidate[] {
  const text = ev.passage.text;
  // "What was X called before?" asks for X's other name: the alias words the corpus gave X
  // (evidence.ts, "Y, later renamed X") are then an answer, not the question's own name.
  const own = q.terms.filter((t) => !(t.alias && (q.kind === 'name' || q.asksName)));
  const questionTerms = new Set(own.map((t) => t.term));
  const out: Candidate[] = [];
  const entityTerms = new Set(own.filter((t) => t.role === 'entity').map((t) => t.term));
  const relationWords = new Set(q.terms.filter((t) => t.role === 'verb' || t.role === 'head').flatMap((t) => t.related.map((r) => r.term)));
  const verbTerms = questionVerbTerms(q);
  // For "how many X", X is read by adjacency (a cue), not as a nearby match.
  const matchedAt = toks.map((t, i) => (t.term && ev.matched.has(t.term) && !(q.kind === 'number' && t.term === q.headTerm) ? i : -1)).filter((i) => i >= 0);
  const quotedAside = quotedAsides(toks, quoteSegments(toks, text), matchedAt, verbTerms);
  // "Alireza Miryousefi, a spokesman for Iran's mission to the United Nations, denied ...": a
  // parenthetical right after a span does not put its verb far from it.
  const appositiveEnd = (to: number): number => {
    if (!toks[to]!.post.includes(',')) return to;
    for (let k = to + 1; k < toks.length && k <= to + MAX_APPOSITIVE_WORDS; k++) {
      if (toks[k]!.post.includes(',')) return k;
      if (/[.;:!?()"“”]/.test(toks[k]!.post)) break;
    }
    return to;
  };
  const near = (anchors: number[], from: number, to: number): number => {
    if (anchors.length === 0) return PROXIMITY_FLOOR;
    let d = Infinity;
    const skip = appositiveEnd(to);
    for (const m of anchors) d = Math.min(d, m < from ? from - m : m > skip ? m - skip : m > to ? m - to : 0);
    return Math.max(PROXIMITY_FLOOR, 1 / (1 + DISTANCE_DECAY * Math.max(0, d - 1)));
  };
  const namedAt = toks.map((t, i) => (t.term !== null && entityTerms.has(t.term) ? i : -1)).filter((i) => i >= 0);
  /** Whether tokens `a`..`b` hold one of the question's names. */
  const namesAsked = (a: number, b: number) => namedAt.some((k) => k >= a && k <= b);
  const verbAt = toks.findIndex((t) => t.term !== null && verbTerms.has(t.term));
  const namerAt = namerStart(q, toks);
  const asked = q.terms.filter((t) => !t.alias).length || 1;
  const windowShare = (from: number, to: number) => {
    const seen = new Set<string>();
    for (let k = Math.max(0, from - WINDOW); k <= Math.min(toks.length - 1, appositiveEnd(to) + WINDOW); k++) {
      const t = toks[k]!.term;
      if (t && (k < from || k > to) && ev.matched.has(t)) seen.add(t);
    }
    return Math.min(1, seen.size / asked);
  };
  // the noun asked about ("which magazine", "what injury"), when it is not one of the question's names
  const head = q.headTerm ? q.terms.find((t) => t.term === q.headTerm && t.role === 'head') : undefined;
  const headNear = (from: number, to: number): number => {
    if (!head) return 0;
    let best = 0;
    for (let k = Math.max(0, from - HEAD_WINDOW); k <= Math.min(toks.length - 1, to + HEAD_WINDOW); k++) {
      if (k < from || k > to) best = Math.max(best, termStrength(head, toks[k]!.term, HEAD_VECTOR_FLOOR));
    }
    return best;
  };
  const headSimilarity = (from: number, to: number): number => {
    if (!head) return 0;
    let best = 0;
    for (let k = from; k <= to; k++) {
      const t = toks[k]!.term;
      if (t) best = Math.max(best, t === head.term ? 1 : wordVectors().similarity(head.term, t));
    }
    return best;
  };
  /** Whether token k is a word of one of the question's own names. */
  const ownNameWord = (k: number): boolean => toks[k]!.term !== null && entityTerms.has(toks[k]!.term!);
  const inQuestion = (from: number, to: number): boolean => {
    const ts = toks.slice(from, to + 1).map((t) => t.term).filter((t): t is string => !!t);
    return ts.length === 0 || ts.every((t) => questionTerms.has(t));
  };
  const push = (from: number, to: number, type: SpanType, cues: Cue[] = [], whole = false) => {
    if (type === 'number') [from, to] = hyphenatedWhole(toks, from, to);
    if (inQuestion(from, to) || to < namerAt || (type === 'number' && otherNamesAmount(toks, from, to, entityTerms))) return;
    // (nor how often, "the [two]-time runner-up", unless times are counted)
    if (type === 'number' && howOftenAt(toks, to) && !TIMES_ASKED.test(q.text)) return;
    // (nor the question's own sum with its conversion after it: "$800m (£424m)" for "… the $800m purchase?")
    if (type === 'number' && from < to && conversionAfter(toks, from) === to && inQuestion(from, from)) return;
    // the question's own words leading the span are not part of the answer ("steroid THG" → "THG");
    // at its end they usually are ("Justice Department" for "Which department ...?")
    const asked = (k: number) => toks[k]!.term !== null && questionTerms.has(toks[k]!.term!) && !isNumber(toks[k]!) && (!NAME_TYPES.has(type) || ownNameWord(k) || !/^\p{Lu}/u.test(toks[k]!.text));
    // (but not half a hyphened word: "head-mounted display" for "What would visitors wear on their heads?",
    // nor an acronym's expansion, which its initials spell whole: "Project Entropia Dollars" for "What
    // does PED stand for in Project Entropia?")
    while (!whole && type !== 'expansion' && from < to && asked(from) && !hyphenJoined(toks, from)) from++;
    let s = surface(text, toks, from, to);
    // (nor a span across half a bracket, which the tokens may not show: "3-7) 6-3" of "6-7 (3-7) 6-3";
    // one that opens a bracket it does not close ends before it: "0630 BST (0530" is "0630 BST")
    while (s && !bracketsBalanced(s) && to > from) s = surface(text, toks, from, --to);
    if (!s || !bracketsBalanced(s)) return;
    const span = toks.slice(from, to + 1);
    const set = new Set(cues);
    if (from > 0 && ALIAS_BEFORE.test(text.slice(0, toks[from]!.start))) set.add('aliasCue');
    const governor = from > 0 && toks[from - 1]!.tags.has('Determiner') ? from - 2 : from - 1;
    if (governor >= 0 && toks[governor]!.tags.has('Preposition') && !toks[governor]!.tags.has('Conjunction')) set.add('afterPreposition');
    if (toks.slice(0, from).every((t) => !/[\p{L}\p{N}]/u.test(t.text))) set.add('startsSentence');
    // (a title in quotation marks is what the quotation gives, not a saying)
    if (!set.has('quoted') && quotedAside(from, to)) set.add('quotedAside');
    out.push({
      text: s,
      key: keyOf(q.kind, s, type),
      type,
      unknownWords: span.filter((t) => !lexicon().isDictionaryWord(t.text)).length / span.length,
      proximity: near(matchedAt, from, to),
      namedProximity: namedAt.length ? near(namedAt, from, to) : PROXIMITY_FLOOR,
      window: windowShare(from, to),
      headNear: headNear(from, to),
      headSimilarity: headSimilarity(from, to),
      side: verbAt < 0 ? 'none' : to < verbAt ? 'before' : from > verbAt ? 'after' : 'none',
      cues: set,
      evidence: ev,
      position: from,
      words: to - from + 1,
    });
  };

  // "What kind of company …?" is answered by the kinds the sentence gives, never by a name
  if (q.sort) {
    for (const sp of sortSpans(toks, q)) push(sp.from, sp.to, 'nounPhrase', phraseCues(toks, q, verbTerms, sp.from));
    return out;
  }
  if (q.kind === 'name' || q.kind === 'thing' || q.kind === 'description') quotedTitles(toks, text, push);
  switch (q.kind) {
    case 'description':
      describeNames(toks, entityTerms, nameEnds(own), push);
      // "What post / job / role ...?" asks for a job title; "What is the IRGC?" for what the articles say it is
      if (q.asksRole) roles(toks, entityTerms, push);
      break;
    case 'expansion':
      expandAcronyms(toks, q, push);
      break;
    case 'person':
    case 'organization':
    case 'place':
    case 'name':
    case 'thing': {
      for (const sp of nameSpans(toks)) {
        let from = sp.from;
        if (q.kind === 'person' && (sp.type === 'person' || sp.type === 'name')) from = trimTitles(toks, sp.from, sp.to);
        const start = from;
        // never repeat the question's own names: trim them off the front. Other words of the
        // question leading a capitalised name are part of it ("[Court] of Appeal" for "which court",
        // "[Nuclear] Decommissioning Agency" for "Britain's nuclear clean-up").
        while (from < sp.to && ownNameWord(from)) from++;
        // ("Bruce & Terry" for "What was Melcher's duo with Bruce Johnston called?": a name "&" joins
        // to another is a name of its own, not the question's name cut short to "& Terry")
        const whole = ownWordsLead(toks, start, from, sp.to, (t) => questionTerms.has(t)) || (from > start && toks[from]!.text === '&');
        if (whole) from = start;
        // ("Microsystems" of "Sun Microsystems" for "What is Sun's service called?": what is left of
        // the question's own name, two words run together, is no name of another thing)
        if (from > start && from === sp.to && wordsRunTogether(toks[from]!.text) && toks.slice(start, from).every((t) => t.term !== null && entityTerms.has(t.term))) continue;
        // "[21] Jump Street", "[10] Downing Street": a small number leading a name of several words
        if (from === sp.from && sp.to > sp.from && from > 0 && /^\d{1,3}$/.test(toks[from - 1]!.text) && !breaksAfter(toks, from - 1)) from--;
        // "Zara Hyde Peters of UK Athletics" for "Which UK Athletics official ...": the name before
        // a connector that leads into the question's own name
        let to = sp.to;
        for (let k = from + 1; k < to; k++) {
          if (CONNECTORS.has(toks[k]!.text.toLowerCase()) && !namesAsked(from, k - 1) && namesAsked(k + 1, to)) { to = k - 1; break; }
        }
        // a name the question itself gives is not its answer ("Shirinkar" → not "Mohammad Bagher Shirinkar")
        if (!whole && toks.slice(from, to + 1).some((t) => t.term !== null && entityTerms.has(t.term)) && !namesOtherBody(q, toks, from, to)) continue;
        if (from > sp.from && CONNECTORS.has(toks[from]!.text.toLowerCase())) continue; // "Ralph the Timid" without "Ralph"
        if (toks.slice(from, to + 1).every(isCalendarWord)) continue; // "Monday", "March": a date
        const cues: Cue[] = [];
        const prep = from > 0 ? toks[from - 1]!.text.toLowerCase() : '';
        if (prep && (prep === q.leadingPreposition || (prep === q.trailingPreposition && verbAt < from))) cues.push('afterQuestionPreposition');
        if (q.headTerm && from > 0 && toks[from - 1]!.term === q.headTerm) cues.push('afterHeadNoun');
        else if (from > 0 && toks[from - 1]!.tags.has('Singular') && toks[from - 1]!.term !== null && relationWords.has(toks[from - 1]!.term!)) cues.push('appositionToRelation');
        // A lone capitalised word before a common noun modifies it ("an Iranian company"); so does a possessive.
        if ((from === to && toks[to + 1] && !breaksAfter(toks, to) && toks[to + 1]!.tags.has('Noun') && /^\p{Ll}/u.test(toks[to + 1]!.text)) || /['’]s$/.test(toks[to]!.text)) cues.push('modifierLike');
        // "Maroon 5", "Channel 4", "Hot 100": a small number ends some names (nameSpans already
        // takes most in, see numberAfterName; this older, looser reading of the learned stage's
        // remains for those it leaves out, and the model was trained with it)
        if (to === sp.to && toks[to + 1] && !breaksAfter(toks, to) && /^\d{1,3}$/.test(toks[to + 1]!.text) && !(toks[to + 2] && (TIME_UNIT.test(toks[to + 2]!.text) || MEASURE_UNIT.test(toks[to + 2]!.text) || isMoneyWord(toks[to + 2]!.text)))) to++;
        const typed = (q.kind === 'person' || q.kind === 'organization' || q.kind === 'place') && endsInHead(toks, from, to, q) ? q.kind : sp.type;
        push(from, to, typed, cues, whole);
      }
      if (q.kind === 'thing') {
        // "what" with a noun that says little ("What did the firm report?"): any kind may answer
        nounPhrases(toks, q, verbTerms, push);
        dates(toks, q, push);
        numbers(toks, q, push);
      }
      break;
    }
    case 'date':
      dates(toks, q, push);
      break;
    case 'number':
    case 'money':
    case 'age':
    case 'duration':
    case 'measure':
      numbers(toks, q, push);
      break;
  }
  return out;
}

type Push = (from: number, to: number, type: SpanType, cues?: Cue[]) => void;

/**
 * The last word of each name the question gives (its own and any old name found for it, apart):
 * a name in a sentence is the one asked about only if it holds that word — "Seyyed Mohammad
 * Hosein Musa Kazemi" shares "Hosein" with "Hosein Akbari Nodeh" but is someone else.
 */
export function nameEnds(terms: readonly QuestionTerm[]): Set<string> {
  const last = new Map<string, string>();
  for (const t of terms) if (t.role === 'entity') last.set(`${t.group}:${t.alias ? 1 : 0}`, t.term);
  return new Set(last.values());
}

/** Tokens `from`..`to` hold one of the names' last words (`ends`; none given: any name will do). */
export function holdsNameEnd(toks: Token[], from: number, to: number, ends: Set<string>): boolean {
  if (ends.size === 0) return true;
  for (let k = from; k <= to; k++) if (toks[k]!.term !== null && ends.has(toks[k]!.term!)) return true;
  return false;
}

/**
 * Token `k` may open a role written before a name, "its main administrator, X": no verb,
 * conjunction or preposition, except "of" inside a title ("three Board of Directors, X").
 */
export function roleWordBefore(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.tags.has('Verb') || t.tags.has('Conjunction')) return false;
  return !t.tags.has('Preposition') || (t.text.toLowerCase() === 'of' && k > 0 && toks[k - 1]!.tags.has('Noun') && !toks[k - 1]!.tags.has('Pronoun'));
}

/** "Director of | National Intelligence": `k` starts a capitalised title that "of" joins to a capitalised noun before it. */
export function titleOf(toks: Token[], k: number): boolean {
  return k >= 2 && /^of$/i.test(toks[k - 1]!.text) && !breaksAfter(toks, k - 2) && !breaksAfter(toks, k - 1) && /^\p{Lu}/u.test(toks[k]!.text) &&
    /^\p{Lu}/u.test(toks[k - 2]!.text) && toks[k - 2]!.tags.has('Noun') && !toks[k - 2]!.tags.has('Pronoun') && lexicon().isDictionaryWord(toks[k - 2]!.text);
}

/**
 * Tokens `from`..`to` are a name, not a description of one: every word capitalised and one a
 * first or last name or no dictionary word ("…, Mostafa Sarmadi, Seyyed Mehdi Hashemi
 * Toghroljerdi, and …" lists names; "Treasury Secretary" describes).
 */
export function isNameRun(toks: Token[], from: number, to: number): boolean {
  const words = toks.slice(from, to + 1);
  return words.length > 0 && words.every((x) => /^\p{Lu}/u.test(x.text)) &&
    words.some((x) => x.tags.has('FirstName') || x.tags.has('LastName') || x.tags.has('Person') || !lexicon().isDictionaryWord(x.text));
}

/**
 * Whether the words before a name are a title that describes it: not a courtesy title alone ("Mr"),
 * nor a nationality alone ("Iranian Quds Force commander …" says where the Quds Force is from, not
 * what it is).
 */
export function isTitle(words: Token[]): boolean {
  return !words.every(courtesyTitle) && !words.every((x) => x.tags.has('Demonym'));
}

/** Words after an amount within which "between them" may say it is shared. */
const SHARED_WINDOW = 8;

/**
 * Whether the amount ending at token `end` is shared by several ("Hodgson and Barkley missed six
 * penalties between them"): no count of one of them, unless the question asks for them together.
 */
export function sharedAmount(toks: Token[], end: number, q: Question): boolean {
  if (/\b(between|together|combined|in total|altogether|and)\b/i.test(q.text.replace(/^.*?\b(how|what)\b/i, ''))) return false;
  for (let k = end + 1; k + 1 < toks.length && k - end <= SHARED_WINDOW; k++) {
    if (breaksAfter(toks, k - 1) && /[.;:!?]/.test(toks[k - 1]!.post)) return false;
    if (!/^between$/i.test(toks[k]!.text)) continue;
    const next = toks[k + 1]!.text.toLowerCase();
    if (next === 'them' || (next === 'the' && /^(two|pair)$/i.test(toks[k + 2]?.text ?? ''))) return true;
  }
  return false;
}

/** Words that only measure or place a time, no date by themselves ("years ago", "yr BP"). */
export const TIME_UNIT_WORD = /^(years?|yrs?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|ago|bp|bc|ad|earlier|later)$/i;

/**
 * Where a date span `from`..`to` of unit words alone ("years ago", "yr BP", which the tagger files
 * as dates) starts with the amount before it ("11,600 years ago", "2.5 million years ago"); -1
 * when no amount stands before it, so it dates nothing. `from` itself for any other span.
 */
export function unitDateStart(toks: Token[], from: number, to: number): number {
  if (!toks.slice(from, to + 1).every((t) => TIME_UNIT_WORD.test(t.text))) return from;
  let k = from;
  while (k > 0 && !breaksAfter(toks, k - 1) && (isNumber(toks[k - 1]!) || /^(million|billion|thousand|hundred)$/i.test(toks[k - 1]!.text) || /^[\d,.]+[–-][\d,.]+$/.test(toks[k - 1]!.text))) k--;
  if (k === from) return -1;
  // ...with a qualifier before the amount, which is the date's: "[nearly] 20 years ago"
  return k > 0 && DATE_QUALIFIER.test(toks[k - 1]!.text) && !breaksAfter(toks, k - 1) ? k - 1 : k;
}
/** Words that qualify an amount of time ago or later ("[nearly] 20 years ago", "[some] 50 years later"). */
const DATE_QUALIFIER = /^(almost|nearly|about|around|roughly|approximately|some|over|just|barely|exactly)$/i;

/**
 * Whether the number ending at token `end` dates something by how long ago it was ("22,000 years
 * ago", "since 600,000 years ago"): a point in time, no length of time nor count of years, unless
 * the question asks how long ago.
 */
export function timeAgo(toks: Token[], end: number, q: Question): boolean {
  if (/\bago\b/i.test(q.text)) return false;
  const unit = toks[end + 1];
  return !!unit && TIME_UNIT.test(unit.text) && !breaksAfter(toks, end) && !breaksAfter(toks, end + 1) && /^ago$/i.test(toks[end + 2]?.text ?? '');
}

/** The word before token `from`, over an article ("in [the] US"): where a preposition governing a name stands. */
export function wordBefore(toks: Token[], from: number): string {
  const at = from > 1 && /^the$/i.test(toks[from - 1]!.text) && !breaksAfter(toks, from - 2) ? from - 2 : from - 1;
  return at >= 0 ? toks[at]!.text.toLowerCase() : '';
}

/**
 * Whether the name at `from`..`to` names one of the noun asked about, standing right before it ("in
 * the East Kilbride seat" for "In which seat …?", "the Guardian newspaper"). Not for a person's role
 * ("Deutsche Boerse bosses" says whose bosses), nor a nationality ("an independent Greek tribunal"
 * says whose it is), nor before a mass noun ("Rhine water" is water of the Rhine).
 */
export function namesHeadNoun(toks: Token[], from: number, to: number, q: Question): boolean {
  if (q.kind === 'person' || q.headTerm === undefined || breaksAfter(toks, to)) return false;
  // (over the question's own words before the noun: "Samsung's Yepp YH-999 [video] jukebox" for
  // "What is Samsung's video jukebox called?")
  let at = to + 1;
  while (at < toks.length && at <= to + HEAD_MODIFIER_WORDS && toks[at]!.term !== q.headTerm && /^\p{Ll}/u.test(toks[at]!.text) && !breaksAfter(toks, at) &&
    q.terms.some((t) => t.role !== 'entity' && t.role !== 'head' && t.term === toks[at]!.term)) at++;
  if (toks[at]?.term !== q.headTerm) return false;
  // (not when a name follows the noun: "Bath prop Matt Stevens" names the prop after it)
  if (!breaksAfter(toks, at) && /^\p{Lu}/u.test(toks[at + 1]?.text ?? '')) return false;
  // (nor a name "of" the noun: "the Derbyshire seat of Erewash" names the seat after "of")
  if (!breaksAfter(toks, at) && /^of$/i.test(toks[at + 1]?.text ?? '') && !breaksAfter(toks, at + 1) && /^\p{Lu}/u.test(toks[at + 2]?.text ?? '')) return false;
  // (nor one whose the noun is: "Eminem's group, D12, …" for "Which group won …?")
  if (/['’]s?$/.test(toks[to]!.text) || toks[to]!.tags.has('Possessive')) return false;
  // (nor a body's, unless a body is asked for: "the BBC show" is the BBC's, "the Guardian newspaper" the Guardian)
  if (q.kind !== 'organization' && toks.slice(from, to + 1).some((t) => t.tags.has('Organization'))) return false;
  // (nor, asked for the noun's name, a place after "a", which says where one of its kind is: "an
  // incident in a London hotel" names no hotel, where "the East Kilbride seat" names the seat; "A
  // Denver court" is which court, asked which)
  if ((q.asksName || q.kind === 'name') && from > 0 && /^(a|an)$/i.test(toks[from - 1]!.text) && !breaksAfter(toks, from - 1) && toks.slice(from, to + 1).every((t) => PLACE_TAGS.some((g) => t.tags.has(g)))) return false;
  return !(from === to && (toks[from]!.tags.has('Demonym') || lexicon().pertainyms(toks[from]!.text).length > 0)) &&
    !lexicon().nounClasses(q.headTerm, 1).includes('noun.substance');
}

/** The question's own words, at most, between a name and the noun asked about that it names ("Yepp YH-999 video jukebox"). */
const HEAD_MODIFIER_WORDS = 2;

/**
 * The last token of a ratio a number at `i` to `j` opens: "one in three" (not an amount in a year:
 * "rose by 2% in 2004"), and "one household in three", its noun between (not "one goal in four
 * games"); else `j`.
 */
export function ratioEnd(toks: Token[], i: number, j: number): number {
  const ratio = (k: number) => toks[k + 1]?.text.toLowerCase() === 'in' && !!toks[k + 2] && isNumber(toks[k + 2]!) && !breaksAfter(toks, k) && !isYearToken(toks[k + 2]!) && !isPercentage(toks, i, j) && !isMoney(toks[i]!);
  if (ratio(j)) return j + 2;
  const noun = toks[j + 1];
  // (not a count of something else after it: "one goal in four games")
  const counted = (k: number) => !breaksAfter(toks, k) && !!toks[k + 1]?.tags.has('Noun');
  if (i === j && /^one$/i.test(toks[i]!.text) && noun && /^\p{Ll}+$/u.test(noun.text) && noun.tags.has('Noun') && noun.tags.has('Singular') && !breaksAfter(toks, j) && ratio(j + 1) && !counted(j + 3)) return j + 3;
  return j;
}

/** Whether the name ending at token `end` modifies the common noun right after it ("Bayan Gostar [personnel]"). */
export function modifiesNoun(toks: Token[], end: number): boolean {
  const next = toks[end + 1];
  return !!next && !breaksAfter(toks, end) && next.tags.has('Noun') && !next.tags.has('Pronoun') && /^\p{Ll}/u.test(next.text);
}

/**
 * Where a description from `from` to `j` that runs to the sentence's end ends without the way its
 * words were given ("said Paul Boateng, chief secretary to the Treasury [in a statement]."): a last
 * "in a(n) …" whose noun WordNet files first as a communication (statement, interview, letter)
 * belongs to the verb of saying, not to the description.
 */
export function reportedInEnd(toks: Token[], from: number, j: number): number {
  if (!(j === toks.length - 1 || /\.\s|\.$/.test(toks[j]!.post)) || !toks[j]!.tags.has('Noun') || toks[j]!.term === null) return j;
  for (let k = j - 2; k > from; k--) {
    if (toks[k]!.text === 'in' && /^an?$/i.test(toks[k + 1]!.text)) return lexicon().nounClasses(toks[j]!.text.toLowerCase(), 1)[0] === 'noun.communication' ? k - 1 : j;
    if (breaksAfter(toks, k)) return j;
  }
  return j;
}

/** What the sentence calls a name: "X, a spokesman for ..., said", "its main administrator, X", "Treasury Secretary X". */
function describeNames(toks: Token[], entityTerms: Set<string>, ends: Set<string>, push: Push): void {
  // (as a name is written: "coalition forces" is no mention of the Qods Force)
  const named = (k: number) => toks[k]!.term !== null && entityTerms.has(toks[k]!.term!) && /^[\p{Lu}\p{N}]/u.test(toks[k]!.text);
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
    // after: ", a spokesman for Iran's mission to the United Nations,"
    const next = toks[end + 1];
    if (/^,/.test(toks[end]!.post) && next && (next.tags.has('Determiner') || next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun')) {
      let j = end + 1;
      while (j + 1 < toks.length && j - end < MAX_DESCRIPTION_WORDS && !/[,;:)]|\.\s|\.$/.test(toks[j]!.post) && (!toks[j + 1]!.tags.has('Verb') || pluralReadAsVerb(toks, j + 1))) j++;
      j = reportedInEnd(toks, end + 1, j);
      // a description names what it is: not "X, later renamed Y", nor the next name of a list
      if (toks.slice(end + 1, j + 1).some((x) => x.tags.has('Noun') && !x.tags.has('Pronoun')) && !isNameRun(toks, end + 1, j)) push(end + 1, j, 'description', ['appositionAfter']);
    }
    // before: "its main administrator, X" (not where the name modifies a noun after it: "the 2020
    // election, Bayan Gostar personnel planned …")
    if (start > 0 && /^,/.test(toks[start - 1]!.post) && toks[start - 1]!.tags.has('Noun') && !modifiesNoun(toks, end)) {
      let j = start - 1;
      while (j > 0 && start - j < MAX_ROLE_BEFORE && !/[,;:(]/.test(toks[j - 1]!.post) && roleWordBefore(toks, j - 1)) j--;
      if (!isNameRun(toks, j, start - 1)) push(j, start - 1, 'description', ['appositionBefore']);
    }
    // titles: "Treasury Secretary Steve Mnuchin", "Kremlin spokesman Dmitry Peskov"
    let t = start;
    // ...with the adjectives before them: "the [Iranian cybersecurity company] Eeleyanet Gostar"
    const modifier = (k: number) => {
      const x = toks[k]!;
      return titleWord(toks, k) || ((x.tags.has('Adjective') || x.tags.has('Demonym') || (x.tags.has('Noun') && /^\p{Ll}/u.test(x.text))) && !x.tags.has('Possessive') && !x.tags.has('Pronoun'));
    };
    for (;;) {
      if (t > 0 && !breaksAfter(toks, t - 1) && (t === start ? titleWord(toks, t - 1) : modifier(t - 1)) && start - t < MAX_TITLE_WORDS) t--;
      else if (t < start && titleOf(toks, t) && start - t + 2 <= MAX_TITLE_WORDS) t -= 2; // "Director of [National Intelligence]"
      else break;
    }
    if (t < start && isTitle(toks.slice(t, start))) push(t, start - 1, 'description', ['titleBefore']);
  }
}

/**
 * Job titles: a run of nouns and adjectives (capitalised or not) ending in a noun for a person
 * ("promotion to [Cabinet Office minister]", "his previous job was [school standards minister]").
 */
function roles(toks: Token[], entityTerms: Set<string>, push: Push): void {
  for (let k = 0; k < toks.length; k++) {
    if (!isRoleNoun(toks[k]!) || toks[k]!.tags.has('Plural')) continue;
    let from = k;
    const modifier = (t: Token) => (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Pronoun') && !t.tags.has('Possessive') && !/['’]s$/.test(t.text) && !(t.term !== null && entityTerms.has(t.term));
    while (from > 0 && k - from < MAX_TITLE_WORDS && !breaksAfter(toks, from - 1) && modifier(toks[from - 1]!)) from--;
    push(from, k, 'description', ['roleNoun']);
  }
}

/** Titles in quotation marks: "the FAO report on the [“State of Agricultural Commodity Markets 2004”]". */
function quotedTitles(toks: Token[], text: string, push: Push): void {
  for (let i = 0; i < toks.length; i++) {
    if (!/["“‘']\s*$/.test(toks[i]!.pre) || !/^\p{Lu}/u.test(toks[i]!.text)) continue;
    for (let j = i; j < toks.length && j - i < MAX_QUOTED_TITLE_WORDS; j++) {
      if (/^[”"’']/.test(toks[j]!.post)) {
        // a title, not a quoted remark: no sentence punctuation inside
        if (j > i && !/[.!?]/.test(text.slice(toks[i]!.start, toks[j]!.end))) push(i, j, 'name', ['quoted']);
        break;
      }
      if (/[.!?;]/.test(toks[j]!.post)) break;
    }
  }
}

/**
 * An acronym's letters as its words spell them: a "2" between letters read as "to", a "4" as "for"
 * ("P2P" → "PTP", "Peer-to-peer"); hyphens dropped ("EV-DO" → "EVDO"); any other digit kept, for no
 * words spell it ("NM2" for "New Media for a New Millennium").
 */
export function acronymLetters(word: string): string {
  return word.replace(/(?<=\p{L})2(?=\p{L})/gu, 'T').replace(/(?<=\p{L})4(?=\p{L})/gu, 'F').replace(/[^\p{L}\d]/gu, '');
}

/**
 * The acronyms a question asks about, letters only ("IRGC"); one written with hyphens is one
 * acronym, not its parts ("EV-DO" → "EVDO", not "EV" and "DO").
 */
export function askedAcronyms(q: Question): string[] {
  // (capitals only: a digit no word spells, "NM2", makes no acronym)
  const out = new Set(q.terms.map((t) => acronymLetters(t.text)).filter((t) => /^\p{Lu}{2,}$/u.test(t)));
  // ("What does Voip stand for?": the name asked about is an acronym, however written)
  if (q.kind === 'expansion' && out.size === 0) {
    for (const t of q.terms) {
      const letters = acronymLetters(t.text).toUpperCase();
      if (t.role === 'entity' && WRITTEN_ACRONYM.test(t.text) && !/\d/.test(letters)) out.add(letters);
    }
  }
  for (const m of q.text.matchAll(/(?<![\p{L}-])(\p{Lu}+(?:-\p{Lu}+)+)(?![\p{L}-])/gu)) {
    const parts = m[1]!.split('-');
    for (const part of parts) out.delete(part);
    out.add(parts.join(''));
  }
  return [...out];
}

/** Capitalised word runs whose initials spell an acronym of the question ("Islamic Revolutionary Guard Corps" for IRGC). */
function expandAcronyms(toks: Token[], q: Question, push: Push): void {
  const acronyms = askedAcronyms(q);
  for (const acronym of acronyms) {
    const read = new Set<string>();
    for (let i = 0; i < toks.length; i++) {
      // initials of capitalised words, skipping "of", "and", "the" inside the run
      let j = i;
      let letters = '';
      while (j < toks.length && letters.length < acronym.length) {
        const w = toks[j]!.text;
        if (/^\p{Lu}/u.test(w)) letters += w[0];
        else if (!(letters.length > 0 && (CONNECTORS.has(w.toLowerCase()) || w === '&'))) break;
        j++;
      }
      if (letters !== acronym || j - i <= 1) continue;
      // "Public and Commercial Services Union (PCS)": the name runs on to the bracketed letters
      let end = j - 1;
      for (let k = j; k < toks.length && k <= j + MAX_EXPANSION_TAIL && !breaksAfter(toks, k - 1); k++) {
        if (!/^\p{Lu}\p{Ll}/u.test(toks[k]!.text)) break;
        if ((/\(\s*$/.test(toks[k]!.post) || /\(\s*$/.test(toks[k + 1]?.pre ?? '')) && toks[k + 1]?.text.replace(/[^\p{L}]/gu, '') === acronym) { end = k; break; }
      }
      push(i, end, 'expansion', ['initialsMatch']);
      read.add(`${i} ${end}`);
    }
    // (the same words read by their capitals above are not a second candidate)
    expandBracketed(toks, acronym, (from, to, kind, cues) => { if (!read.has(`${from} ${to}`)) push(from, to, kind, cues); });
  }
}

/** Little words an acronym may take a letter from or none ("Voice over IP" → Voip). */
const SPELLING_SMALL_WORDS = new Set(['over', 'on', 'in', 'at', 'by', 'with', 'a', 'an']);
/** Words, at most, of an expansion bracketed with its acronym. */
const MAX_BRACKETED_EXPANSION = 8;
/**
 * Words bracketed with the acronym, right before "(ACRONYM)" or inside "ACRONYM (…)", whose
 * beginnings spell it, a word giving one letter or more ("video jockey (VJ)", "VJ (video jockey)",
 * "Evolution, Data Optimised (EV-DO)"): only the brackets make such words an expansion.
 */
function expandBracketed(toks: Token[], acronym: string, push: Push): void {
  const opensAfter = (k: number) => /\(\s*$/.test(toks[k]!.post) || /\(\s*$/.test(toks[k + 1]?.pre ?? '');
  const closesAfter = (k: number) => /^\s*\)/.test(toks[k]!.post) || /^\s*\)/.test(toks[k + 1]?.pre ?? '');
  const words = (from: number, to: number) => toks.slice(from, to + 1).map((t) => t.text);
  const plain = (k: number) => /^\p{L}/u.test(toks[k]!.text) && !/[()]/.test(toks[k]!.post);
  for (let b = 0; b < toks.length; b++) {
    if (acronymLetters(toks[b]!.text).toUpperCase() !== acronym) continue;
    // "… (ACRONYM)": the shortest run ending before the bracket that spells it
    if (b > 0 && opensAfter(b - 1) && closesAfter(b)) {
      for (let i = b - 2; i >= 0 && b - 1 - i < MAX_BRACKETED_EXPANSION && plain(i); i--) {
        if (/[.!?;:]/.test(toks[i]!.post)) break;
        if (spellsAcronym(acronym, words(i, b - 1))) { push(i, b - 1, 'expansion', ['initialsMatch']); break; }
      }
    }
    // "ACRONYM (…)": the bracketed words, all of them
    if (opensAfter(b)) {
      let e = b + 1;
      while (e < toks.length && e - b <= MAX_BRACKETED_EXPANSION && !closesAfter(e) && plain(e)) e++;
      if (e < toks.length && closesAfter(e) && e > b + 1 && spellsAcronym(acronym, words(b + 1, e))) push(b + 1, e, 'expansion', ['initialsMatch']);
    }
  }
}

/**
 * Whether the words' beginnings spell the acronym in order, each word giving one letter or more
 * ("Evolution, Data Optimised" → EV-DO), connectors ("of", "and") giving one or none; the first
 * word must give one.
 */
export function spellsAcronym(acronym: string, words: string[]): boolean {
  // (a hyphenated word's parts each: "Peer-to-peer" for P2P)
  const letters = words.flatMap((w) => w.split('-')).map((w) => w.replace(/[^\p{L}]/gu, '').toUpperCase()).filter(Boolean);
  // (nor does a small word in lower case open one: "of the Deputy Prime Minister" spells ODPM only
  // after "Office")
  const first = words[0] ?? '';
  if (/^\p{Ll}/u.test(first) && (CONNECTORS.has(first) || SPELLING_SMALL_WORDS.has(first))) return false;
  const go = (a: number, i: number): boolean => {
    if (i === letters.length) return a === acronym.length;
    const w = letters[i]!;
    if (i > 0 && (CONNECTORS.has(w.toLowerCase()) || SPELLING_SMALL_WORDS.has(w.toLowerCase())) && go(a, i + 1)) return true;
    for (let p = 1; p <= w.length && a + p <= acronym.length; p++) {
      if (w.slice(0, p) !== acronym.slice(a, a + p)) break;
      if (go(a + p, i + 1)) return true;
    }
    return false;
  };
  return letters.length > 1 && go(0, 0);
}

/**
 * A name of the question written as an acronym of three letters or more ("Icann", "NIESR"): capitals,
 * or one capital and no dictionary word. Wider than {@link askedAcronyms}, which reads a mixed-case
 * name as an acronym only where the question asks what it stands for.
 */
function namesWrittenShort(q: Question): string[] {
  let out = namesWrittenShortOf.get(q);
  if (!out) {
    out = q.terms.filter((t) => t.role === 'entity' && /^\p{Lu}[\p{L}]{2,}$/u.test(t.text) && (/^\p{Lu}+$/u.test(t.text) || !lexicon().isDictionaryWord(t.text.toLowerCase()))).map((t) => t.text.toUpperCase());
    namesWrittenShortOf.set(q, out);
  }
  return out;
}
const namesWrittenShortOf = new WeakMap<Question, string[]>();

/**
 * Whether the words `from`..`to` spell a name the question gives as an acronym: "the Internet
 * Corporation for Assigned Names and Numbers" for "Which domain names did Icann approve?" is the
 * question's own name written out, no answer (but for "What does Icann stand for?", asked for).
 */
export function spellsAskedName(q: Question, toks: Token[], from: number, to: number): boolean {
  if (q.kind === 'expansion' || to - from < 2) return false;
  const acronyms = namesWrittenShort(q);
  if (acronyms.length === 0) return false;
  const words = toks.slice(from, to + 1).map((t) => t.text);
  return acronyms.some((a) => spellsAcronym(a, words));
}

/** A weekday or a month ("Monday", "March"): part of a date, never a name or a thing. */
export function isCalendarWord(t: Token): boolean {
  return t.tags.has('WeekDay') || t.tags.has('Month');
}

/**
 * Whether the number at `k` is the day of a date ("November [18]", "[5] May", "May [5]th"): part of
 * the date, not a count of anything ("In its November 18 statement" for "How many states …?").
 */
export function dayOfMonth(toks: Token[], k: number): boolean {
  if (!/^\d{1,2}(st|nd|rd|th)?$/i.test(toks[k]!.text)) return false;
  return (k > 0 && toks[k - 1]!.tags.has('Month') && !breaksAfter(toks, k - 1)) || (!!toks[k + 1]?.tags.has('Month') && !breaksAfter(toks, k));
}

/** Latin abbreviations a tagger may read as nouns ("the complement problems (i.e. problems …)"): no thing's name. */
export const LATIN_ABBREVIATION = /^(i\.e|e\.g|etc|viz|cf|ibid)\.?$/i;

/** Noun phrases: "a 'front company'", "voter intimidation". */
function nounPhrases(toks: Token[], q: Question, verbTerms: Set<string>, push: Push): void {
  let i = 0;
  // a weekday or a month is a date, not a thing ("on [Monday]" for "what declaration ...")
  const word = (t: Token) => (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Pronoun') && !t.tags.has('ProperNoun') && !isCalendarWord(t) && !LATIN_ABBREVIATION.test(t.text);
  // the first half of a hyphenated modifier belongs to the phrase whatever its tag ("non-profit", "far-right")
  const isNp = (k: number) => word(toks[k]!) || (toks[k]!.post === '-' && k + 1 < toks.length && word(toks[k + 1]!));
  while (i < toks.length) {
    if (!isNp(i)) { i++; continue; }
    let j = i;
    while (j + 1 < toks.length && isNp(j + 1) && !/[,;:()!?]|\.\s/.test(toks[j]!.post) && j - i < MAX_PHRASE_WORDS - 1) j++;
    // An adjective alone ("deterministic") is rarely the thing asked for; a noun phrase ends in a noun.
    let end = j;
    while (end > i && !toks[end]!.tags.has('Noun')) end--;
    if (!toks[end]!.tags.has('Noun') || timePhrase(toks, i, end)) { i = j + 1; continue; }
    push(i, end, 'nounPhrase', phraseCues(toks, q, verbTerms, i));
    i = j + 1;
  }
}

/** What places a noun phrase starting at token `i` in the question's frame (see {@link Cue}). */
function phraseCues(toks: Token[], q: Question, verbTerms: Set<string>, i: number): Cue[] {
  const cues: Cue[] = [];
  const before = i > 0 ? toks[i - 1]! : undefined;
  const prep = q.trailingPreposition;
  const at = before && before.text.toLowerCase() === prep ? i - 1 : i > 1 && before?.tags.has('Determiner') && toks[i - 2]!.text.toLowerCase() === prep ? i - 2 : -1;
  // the question's verb's own preposition follows the verb ("threatened them [with] physical injury"), not "[With] that data, they ..."
  if (prep && at >= 0 && !verbAfter(toks, verbTerms, at)) cues.push('afterQuestionPreposition');
  if (toks.some((t, k) => k < i && k >= i - OBJECT_WINDOW && t.term !== null && verbTerms.has(t.term))) cues.push('objectOfVerb');
  // "Futurelab is (a) [non-profit organisation]"
  let b = i - 1;
  if (b >= 0 && toks[b]!.tags.has('Determiner')) b--;
  if (b >= 1 && toks[b]!.tags.has('Copula') && toks[b - 1]!.term !== null && q.terms.some((t) => t.role === 'entity' && t.term === toks[b - 1]!.term)) cues.push('saidOfName');
  return cues;
}

/**
 * Answers to "What kind of X …?" ({@link Question.sort}): each mention of X (or a synonym) with the
 * words before it that say which kind ("an Iranian [cyber company]", '["roving" safety reps]',
 * "Emennet Pasargad [computer company]": a name stops it), or the kinds named after it ("new search
 * products such as [desktop search]"). At least one word must be new to the question. Shared by
 * both stages.
 */
export function sortSpans(toks: Token[], q: Question): Array<{ from: number; to: number; example?: boolean }> {
  const head = q.terms.find((t) => t.term === q.headTerm);
  if (!head) return [];
  const heads = new Set([head.term, ...head.related.filter((r) => r.kind === 'synonym').map((r) => r.term)]);
  const asked = new Set(q.terms.map((t) => t.term));
  const modifier = (t: Token) =>
    (t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Demonym') || t.tags.has('Gerund')) && !t.tags.has('Determiner') && !t.tags.has('Pronoun') && !t.tags.has('Possessive') && !/['’]s$/.test(t.text) &&
    !t.tags.has('Value') && !/\d/.test(t.text) && !isCalendarWord(t) && (!/^\p{Lu}/u.test(t.text) || t.tags.has('Demonym'));
  // the first half of a hyphenated modifier belongs to it whatever its tag ("non-profit")
  const modifierAt = (k: number) => modifier(toks[k]!) || (toks[k]!.post === '-' && k + 1 < toks.length && modifier(toks[k + 1]!));
  // a quoted word still modifies the noun after it ('"roving" safety reps')
  const joins = (k: number) => !breaksAfter(toks, k) || (/["“‘']$/.test(toks[k]!.pre) && /^["”’']\s*$/.test(toks[k]!.post));
  const news = (a: number, b: number) => toks.slice(a, b + 1).some((t) => t.term !== null && !asked.has(t.term) && !heads.has(t.term));
  const out: Array<{ from: number; to: number; example?: boolean }> = [];
  for (let h = 0; h < toks.length; h++) {
    if (toks[h]!.term === null || !heads.has(toks[h]!.term!)) continue;
    // a compound of the head's words ends at its last one ("safety reps" for "safety reps")
    let end = h;
    while (toks[end + 1]?.term && heads.has(toks[end + 1]!.term!) && !breaksAfter(toks, end)) end++;
    let from = h;
    while (from > 0 && modifierAt(from - 1) && joins(from - 1) && h - from < MAX_PHRASE_WORDS - 1) from--;
    if (from < h && news(from, h - 1)) out.push({ from, to: end });
    // "products such as desktop search", "firms including Yahoo"
    const lead = toks[end + 1]?.text.toLowerCase() === 'such' && toks[end + 2]?.text.toLowerCase() === 'as' ? end + 3 : toks[end + 1]?.text.toLowerCase() === 'including' ? end + 2 : -1;
    if (lead > 0 && lead < toks.length && !breaksAfter(toks, end)) {
      let to = lead;
      while (to + 1 < toks.length && modifierAt(to + 1) && !breaksAfter(toks, to) && to - lead < MAX_PHRASE_WORDS - 1) to++;
      while (to > lead && !toks[to]!.tags.has('Noun')) to--;
      if (modifierAt(lead) && toks[to]!.tags.has('Noun') && news(lead, to)) out.push({ from: lead, to, example: true });
    }
    h = end;
  }
  return out;
}

/**
 * A lower-case phrase `from`..`to` whose head noun is a stretch of time by its first WordNet sense
 * and that counts nothing: "appear every [day]" says when, and is no thing asked for ("18 months"
 * and "the Financial Times" are answers).
 */
export function timePhrase(toks: Token[], from: number, to: number): boolean {
  const head = toks[to]!;
  if (!/^\p{Ll}/u.test(head.text) || lexicon().nounClasses(head.text, 1)[0] !== 'noun.time') return false;
  return !toks.slice(from, to + 1).some((t) => t.tags.has('Value') || /\d/.test(t.text));
}

/** Words that place a date relative to now: "[next] year", "[last] Tuesday". */
export const RELATIVE_DATE = /^(next|last|this|previous|following|coming|past)$/i;
/** Whether a date relative to now follows token `to`: "by Newcastle [last Sunday]", "X [next week]". */
export function relativeDateAfter(toks: Token[], to: number): boolean {
  const a = toks[to + 1], b = toks[to + 2];
  return !!a && !!b && RELATIVE_DATE.test(a.text) && !breaksAfter(toks, to) && !breaksAfter(toks, to + 1) && (isCalendarWord(b) || timePhrase(toks, to + 2, to + 2));
}

/** ...and that may stand before those: "[later] this year", "[early] next month". */
const RELATIVE_DATE_LEAD = /^(later|earlier|early|late)$/i;

/**
 * Where a date starting at token `i` begins once the words that place it are included ("next
 * year", "later this year", "last Tuesday"): "year" alone answers nothing.
 */
export function relativeDateStart(toks: Token[], i: number): number {
  // ("in late 2003", "by early 2005": the part of the year is the date's)
  // (and of a month: "in mid-November", "in early March")
  // (and of a decade, over a span of its parts: "in the late 1980s", "in the mid-to-late 1980s")
  if (i > 0 && /^(early|late|mid)$/i.test(toks[i - 1]!.text) && !breaksAfter(toks, i - 1) && (/^\d{4}s?$/.test(toks[i]!.text) || toks[i]!.tags.has('Month'))) {
    const spanned = i > 3 && toks[i - 2]!.post === '-' && /^to$/i.test(toks[i - 2]!.text) && toks[i - 3]!.post === '-' && /^(early|mid)$/i.test(toks[i - 3]!.text);
    return spanned ? i - 3 : i - 1;
  }
  // ("by the end of February", "at the start of 2006": the part of the month or year is the date's)
  if (i > 2 && /^of$/i.test(toks[i - 1]!.text) && /^(end|start|beginning|middle)$/i.test(toks[i - 2]!.text) && /^the$/i.test(toks[i - 3]!.text) &&
    !breaksAfter(toks, i - 3) && !breaksAfter(toks, i - 2) && !breaksAfter(toks, i - 1) && (/^\d{4}$/.test(toks[i]!.text) || toks[i]!.tags.has('Month'))) return i - 3;
  if (i === 0 || !RELATIVE_DATE.test(toks[i - 1]!.text) || breaksAfter(toks, i - 1)) return i;
  return i > 1 && RELATIVE_DATE_LEAD.test(toks[i - 2]!.text) && !breaksAfter(toks, i - 2) ? i - 2 : i - 1;
}

/** Where a date starting at token `i` begins once a rank before its unit is included ("in the [11th] minute", "its 21st year"). */
export function rankedUnitStart(toks: Token[], i: number): number {
  return i > 0 && /^(minute|hour|day|week|month|year|century)$/i.test(toks[i]!.text) && /^\d+(st|nd|rd|th)$/i.test(toks[i - 1]!.text) && !breaksAfter(toks, i - 1) ? i - 1 : i;
}

/** The part of a day a day's name may have after it ("on Thursday night", "yesterday morning"). */
const PART_OF_DAY = /^(morning|afternoon|evening|night)$/i;
/** Where a date ending at token `j` ends once the part of the day after a day's name is included ("Thursday [night]"). */
export function partOfDayEnd(toks: Token[], j: number): number {
  const day = toks[j]!;
  return (day.tags.has('WeekDay') || /^(yesterday|tomorrow)$/i.test(day.text)) && !breaksAfter(toks, j) && PART_OF_DAY.test(toks[j + 1]?.text ?? '') ? j + 1 : j;
}

/** The most days a month has: a number up to it right before a month is its day. */
const DAYS_IN_MONTH = 31;

/**
 * Where a date starting at token `i` begins once a range of days (or a choice of two) before it is
 * included: "4-6 March", "4 to 6 March", "6 or 7 January" ("March" or "6 March" alone would say less
 * than the sentence). The rules stage reads it (and the default gives its wording where the ranker's "March" agrees); the
 * learned stage's date extractor does not yet: the model retrained with it there let the learned
 * stage answer "Who replaced the Kestrels …?" with the house they replaced (a test), at 0.72.
 */
export function dayRangeStart(toks: Token[], i: number): number {
  const day = (k: number) => k >= 0 && /^\d{1,2}$/.test(toks[k]!.text);
  // (a day the tagger left out of its month's date: "about the night of [12] August")
  if (toks[i]!.tags.has('Month') && day(i - 1) && Number(toks[i - 1]!.text) >= 1 && Number(toks[i - 1]!.text) <= DAYS_IN_MONTH && !breaksAfter(toks, i - 1)) return dayRangeStart(toks, i - 1);
  if (/^\d{1,2}$/.test(toks[i]!.text) && i > 1 && /^(to|and|or)$/i.test(toks[i - 1]!.text) && day(i - 2) && !breaksAfter(toks, i - 2) && !breaksAfter(toks, i - 1)) return i - 2;
  if (i > 0 && /^\d{1,2}[-–]\d{1,2}$/.test(toks[i - 1]!.text) && !breaksAfter(toks, i - 1)) return i - 1;
  return i;
}

/** Words before "New Year" that make it a time, not a name ("in the New Year", "over the New Year"). */
const HOLIDAY_LEAD = /^(in|at|over|by|until|till|before|after|since|from|around|during)$/i;

/**
 * Whether token `k` is part of "New Year" dating something, after a preposition of time ("assessed
 * in the New Year"), not modifying a noun ("a New Year party"). (Not "Christmas": "came at
 * Christmas 1986" dated the wrong coming-back of the same sentence's person on the probes.)
 */
export function holidayAt(toks: Token[], k: number): boolean {
  const first = /^Year$/.test(toks[k]!.text) ? k - 1 : k;
  if (first < 0 || !/^New$/.test(toks[first]!.text) || !/^Year$/.test(toks[first + 1]?.text ?? '') || breaksAfter(toks, first)) return false;
  const after = toks[first + 2];
  if (after && !breaksAfter(toks, first + 1) && after.tags.has('Noun') && /^\p{Ll}/u.test(after.text) && !/^(period|holidays?|break)$/i.test(after.text)) return false;
  const lead = /^the$/i.test(toks[first - 1]?.text ?? '') && !breaksAfter(toks, first - 1) ? first - 2 : first - 1;
  return lead >= 0 && HOLIDAY_LEAD.test(toks[lead]!.text) && !breaksAfter(toks, lead);
}

/** An ordinal, or a range ending in one, as a century's number: "11th", "11–13th". */
const CENTURY_ORDINAL = /^(?:\d+(?:st|nd|rd|th)?[-–])?\d+(?:st|nd|rd|th)$/i;
/** The era after a year or a century: "BC", "AD". */
const ERA = /^(BC|AD|BCE|CE)$/;

/**
 * Where a century named from token `k` ends: "the [6th century BC]", "the [11–13th century AD]", "the
 * [10th and 11th centuries]" (its era kept: "6th century" alone is another one); -1 when none starts
 * there. Both stages' date readers ask this.
 */
export function centuryEnd(toks: Token[], k: number): number {
  const century = (i: number) => CENTURY_ORDINAL.test(toks[i]?.text ?? '') && /^centur/i.test(toks[i + 1]?.text ?? '');
  const end = century(k) ? k + 1 : CENTURY_ORDINAL.test(toks[k]?.text ?? '') && toks[k + 1]?.text === 'and' && century(k + 2) ? k + 3 : -1;
  if (end < 0) return -1;
  return ERA.test(toks[end + 1]?.text ?? '') && !breaksAfter(toks, end) ? end + 1 : end;
}

function dates(toks: Token[], q: Question, push: Push): void {
  let i = 0;
  // times of day and seasons answer "when" too: "6pm on Saturday", "midnight on 16 December", "1700 GMT", "in the spring"
  const isTime = (k: number) => TIME_OF_DAY.test(toks[k]!.text) || (/^\d{4}$/.test(toks[k]!.text) && TIME_ZONE.test(toks[k + 1]?.text ?? ''));
  const isDate = (t: Token, k = toks.indexOf(t)) => (t.tags.has('Date') && !ordinalModifier(toks, k)) || YEAR.test(t.text) || t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Year') || isTime(k) || SEASON.test(t.text) || (TIME_ZONE.test(t.text) && k > 0 && isTime(k - 1)) || holidayAt(toks, k);
  const lead = (k: number) => (k > 0 && q.leadingPreposition && toks[k - 1]!.text.toLowerCase() === q.leadingPreposition ? ['afterLeadingPreposition' as const] : []);
  while (i < toks.length) {
    // "the 10th and 11th centuries", "the 6th century BC" (and "the 1990s", below)
    const end = centuryEnd(toks, i);
    if (end >= 0) {
      push(i, end, 'date', ['monthOrYear', ...lead(i)]);
      i = end + 1;
      continue;
    }
    if (/^\d{4}s$/.test(toks[i]!.text)) { push(i, i, 'date', ['monthOrYear', ...lead(i)]); i++; continue; }
    // "the day after the elections", "a week before the vote"
    if (/^(day|week|month|year|night|morning|evening|weekend)s?$/i.test(toks[i]!.text) && /^(after|before)$/i.test(toks[i + 1]?.text ?? '')) {
      let end = i + 1;
      while (end + 1 < toks.length && end < i + MAX_RELATIVE_DATE_WORDS && !breaksAfter(toks, end) && !toks[end + 1]!.tags.has('Verb') && !toks[end + 1]!.tags.has('Pronoun')) end++;
      const start = i > 0 && toks[i - 1]!.tags.has('Determiner') ? i - 1 : i;
      push(start, end, 'date', ['multiWord']);
      i = end + 1;
      continue;
    }
    if (!isDate(toks[i]!, i)) { i++; continue; }
    let j = i;
    for (;;) {
      const n = toks[j + 1];
      if (!n) break;
      // (not over a dash with spaces round it: "in March - one by Coldplay …", as the rules stage reads it)
      if (SPACED_DASH.test(toks[j]!.post)) break;
      if (isDate(n, j + 1) || (isNumber(n) && !BREAK.test(toks[j]!.post))) { j++; continue; }
      if (['and', 'to', 'until', 'through', 'on'].includes(n.text.toLowerCase()) && toks[j + 2] && isDate(toks[j + 2]!, j + 2)) { j += 2; continue; }
      if (n.text.toLowerCase() === 'local' && /^time$/i.test(toks[j + 2]?.text ?? '') && isTime(j)) { j += 2; continue; }
      break;
    }
    j = partOfDayEnd(toks, j);
    let from = relativeDateStart(toks, rankedUnitStart(toks, i));
    if (from === i && i > 0 && ['between', 'from', 'since'].includes(toks[i - 1]!.text.toLowerCase())) from = i - 1;
    // "years ago" dates nothing without the amount before it ("22,000 years ago"), and an amount
    // of time without "ago" or "later" is a length, no date ("for 20 years"), as the rules read them
    const amount = unitDateStart(toks, from, j);
    if (amount < 0 || (amount < from && !toks.slice(i, j + 2).some((t) => POINT_IN_TIME.test(t.text)))) { i = j + 1; continue; }
    from = Math.min(from, amount);
    const cues: Cue[] = [...lead(i)];
    if (toks.slice(i, j + 1).some((t) => t.tags.has('Month') || t.tags.has('Year') || /^\d{4}$/.test(t.text))) cues.push('monthOrYear');
    if (j > i) cues.push('multiWord');
    // "January's Australian Open": a possessive date modifies what follows, as a possessive name does
    if (/['’]s$/.test(toks[j]!.text)) cues.push('modifierLike');
    push(from, j, 'date', cues);
    i = j + 1;
  }
}

/** An age written as one word ("20-year-old", as the tagger keeps it at a sentence's end: "said the 20-year-old."), its number captured. */
export const ONE_WORD_AGE = /^(\d{1,3})-years?-old$/i;

function numbers(toks: Token[], q: Question, push: Push): void {
  if (q.kind === 'age') {
    // "the 30-year-old": the number is the answer
    toks.forEach((t, k) => {
      if (ONE_WORD_AGE.test(t.text)) push(k, k, 'number', ['yearsOld']);
    });
  }
  // (a thing asked with no noun, "What did Melzer twist?", is no rank: "seventh seed Jurgen Melzer")
  if ((q.kind === 'thing' && (q.headTerm !== undefined || q.asksRank)) || q.kind === 'number') {
    // a rank or place: "ranked [22nd]", "the [sixth-highest] earning DVD", "in its [11th] year"
    toks.forEach((t, k) => {
      // "the [87th minute]" for "in what minute": the noun asked about stays with its rank
      if (ORDINAL.test(t.text)) push(k, q.headTerm && toks[k + 1]?.term === q.headTerm && !breaksAfter(toks, k) ? k + 1 : k, 'number', ['ordinal']);
    });
  }
  if (q.kind === 'duration') {
    // a length of time with no number: "could last as long as [a year]", "for [a month]"
    toks.forEach((_, k) => {
      if (oneUnitLength(toks, k)) push(k, k + 1, 'number', ['unitFollows']);
    });
  }
  if (q.kind !== 'age') {
    // "a [10,000-vote] majority", "an [11-day] festival"
    toks.forEach((t, k) => {
      if (/^\d[\d,.]*-\p{Ll}+$/u.test(t.text) && !/-year-old$/.test(t.text)) push(k, k, 'number', ['unitFollows']);
    });
  }
  let i = 0;
  while (i < toks.length) {
    if (!isNumber(toks[i]!) || (toks[i]!.tags.has('Year') && q.kind !== 'number') || dayOfMonth(toks, i) || propOne(toks, i)) { i++; continue; }
    let j = i;
    // "half [a] million" and "one-[fifth]" go on; a bare "a" does not
    const continues = (k: number) => {
      const t = toks[k]!;
      if (/^(a|an)$/i.test(t.text)) return /^(million|billion|trillion|thousand|hundred|dozen)$/i.test(toks[k + 1]?.text ?? '');
      if (toks[k - 1]!.post === '-' && FRACTION.test(t.text)) return true;
      // (and "one sixth", "two thirds", written apart; not "one third-round tie")
      if (FRACTION.test(t.text) && /^(one|two|three|four|five|six|seven|eight|nine)$/i.test(toks[k - 1]!.text) && t.post !== '-') return true;
      return (isNumber(t) || SCALE_WORD.test(t.text)) && !startsOtherNumber(toks[k - 1]!, t);
    };
    while (j + 1 < toks.length && continues(j + 1) && !breaksAfter(toks, j)) j++;
    j = ratioEnd(toks, i, j);
    const after = toks[j + 1];
    const cues: Cue[] = [];
    let to = j;
    if (toks[i]!.tags.has('Year') || /^(19|20)\d\d$/.test(toks[i]!.text)) cues.push('yearLike');
    // (or the question's verb: "Of the 20 sectors surveyed, [13] reported growth" counts what did it)
    const verbFollows = !!toks[j + 1] && toks[j + 1]!.term !== null && toks[j + 1]!.tags.has('Verb') && q.terms.some((t) => t.role === 'verb' && t.term === toks[j + 1]!.term);
    // ("winning 173 of the 299 votes": the share the question's verb got counts votes; the total
    // is not what it got)
    const part = partitive(toks, i, j, q.headTerm, (t) => t.term !== null && q.terms.some((x) => x.role === 'verb' && x.term === t.term));
    if (q.headTerm && part !== 'total') {
      if (toks[j + 1]?.term === q.headTerm || verbFollows || part === 'share') cues.push('headNounFollows');
      else if (toks.slice(j + 2, j + 2 + HEAD_NEAR_WORDS).some((t) => t.term === q.headTerm)) cues.push('headNounNear');
    }
    if (isMoney(toks[i]!) || currencyWords(toks, j) > 0) cues.push('moneyMarked');
    if (isPercentage(toks, i, j)) cues.push('percent');
    if (q.change && i > 0 && /^(to|from)$/i.test(toks[i - 1]!.text)) cues.push('levelReached');
    const unit = after && (TIME_UNIT.test(after.text) || (q.kind === 'measure' && MEASURE_UNIT.test(after.text)));
    if (unit || UNIT_SUFFIX.test(toks[i]!.text)) cues.push('unitFollows');
    // an age is the number alone: "the [60]-year-old actor"
    const ageGiven = q.kind === 'age' && /^years? old\b/.test(toks.slice(j + 1, j + 3).map((t) => t.text.toLowerCase()).join(' '));
    // the unit or currency after it is part of the amount ("26 years", "420bn yuan", "30 times", "70 per cent")
    if (ageGiven) to = j;
    else if (currencyWords(toks, j) === 2) to = j + 2; // "3.1bn Australian dollars"
    else if (after && !breaksAfter(toks, j) && (TIME_UNIT.test(after.text) || MEASURE_UNIT.test(after.text) || currencyWord(after) || /^(times|fold)$/i.test(after.text))) {
      to = areaUnitEnd(toks, j + 1);
      // "70 per cent"; "£100 per week", "31p per share": a rate keeps what it is per; a bare "per" is no unit
      if (/^per$/i.test(after.text)) to = toks[j + 2] && !breaksAfter(toks, j + 1) && /^\p{L}+$/u.test(toks[j + 2]!.text) ? j + 2 : j;
    } else if (q.kind === 'number' && after && !breaksAfter(toks, j) && after.tags.has('Plural') && after.tags.has('Noun') && after.term !== q.headTerm && /^\p{Ll}/u.test(after.text)) {
      // ...and so is what "how much" counts in ("a billion [barrels]")
      to = j + 1;
    }
    // ...and so is the same sum in another currency, in brackets after it
    if (cues.includes('moneyMarked')) {
      const converted = conversionAfter(toks, to);
      if (converted >= 0) to = converted;
    }
    // ...and a range's other end ("between $20 (£10.40) to $30 (£15.60)"), unless a change is asked for
    if (!q.change) to = rangeEnd(toks, i, to);
    // ...and so is a qualifier before it ("more than 70,000", "almost 400,000", "close to eight million")
    const multiples = multiplesStart(toks, i);
    const from = multiples < i ? multiples : qualifierStart(toks, i);
    if (q.kind === 'age') {
      const next2 = toks.slice(j + 1, j + 3).map((t) => t.text.toLowerCase()).join(' ');
      if (markedAsAge(toks, i, j)) cues.push('yearsOld');
      const n = numberValue(toks, i, j);
      // "faces 11 years" is a length of time, not an age: "years" without "old"
      const duration = after && TIME_UNIT.test(after.text) && !/^years? old/.test(next2);
      // an age is marked as one ("27 years old", "aged 27", "Kashian, 27,"): "11 US states" is not
      if (!(n > 0 && n < MAX_AGE) || duration || !cues.includes('yearsOld')) { i = j + 1; continue; }
    }
    // a sum of money never says how long or how old, nor a length of time how much ("How big …?" may ask for money)
    const money = cues.includes('moneyMarked');
    const timed = !!after && TIME_UNIT.test(after.text) && to > j;
    // …nor an amount shared by several what one of them did ("missed six penalties between them")
    if (!(money && (q.kind === 'duration' || q.kind === 'age')) && !(timed && q.kind === 'money') && (q.kind === 'age' || !sharedAmount(toks, to, q))) push(from, to, 'number', cues);
    i = to + 1;
  }
}

/** Double quotation marks, straight or curly. */
const DOUBLE_QUOTE = /["“”]/g;

/**
 * For each token, which quotation it stands in (numbered from 1), or 0 outside any: double quotes
 * typed before a word open or close one, after it close or open one. Null for a sentence without
 * double quotes (most).
 */
export function quoteSegments(toks: Token[], sentence: string): number[] | null {
  if (!/["“”]/.test(sentence)) return null;
  const out = new Array<number>(toks.length).fill(0);
  let seg = 0;
  let open = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    for (let n = (t.pre.match(DOUBLE_QUOTE) ?? []).length; n > 0; n--) { open = !open; if (open) seg++; }
    out[i] = open ? seg : 0;
    for (let n = (t.post.match(DOUBLE_QUOTE) ?? []).length; n > 0; n--) { open = !open; if (open) seg++; }
  }
  // an unclosed quotation (a quote running on from the sentence before) is not one
  if (open) for (let i = 0; i < toks.length; i++) if (out[i] === seg) out[i] = 0;
  return out;
}

/**
 * For a sentence, which spans stand inside a quotation that holds none of the question's words
 * while the sentence holds some outside it ('"… vote for President Trump," the indictment … read'
 * for "Who indicted Kazemi and Kashian?"): what was said, not who or what the question asks about.
 * Not the words the question's verb takes ('the economy had hit a "softer patch"' for "What did
 * King say the economy had hit?"). `quote`: the sentence's {@link quoteSegments}; `matchedAt`: the
 * tokens matching the question's words; `verbTerms`: the question's verbs (and their synonyms).
 */
export function quotedAsides(toks: Token[], quote: number[] | null, matchedAt: number[], verbTerms: Set<string>): (from: number, to: number) => boolean {
  if (!quote || matchedAt.length === 0) return () => false;
  const quotedObject = (seg: number) => {
    let k = quote.indexOf(seg) - 1;
    if (k > 0 && toks[k]!.tags.has('Determiner')) k--;
    return k >= 0 && toks[k]!.term !== null && verbTerms.has(toks[k]!.term!);
  };
  return (from, to) => {
    const seg = quote[from]!;
    return seg > 0 && quote[to] === seg && !matchedAt.some((m) => quote[m] === seg) && !quotedObject(seg);
  };
}

/** The index terms of the question's words of one role and their WordNet synonyms ("manager" for the noun asked about, "coach"). */
export function withSynonyms(q: Question, role: QuestionTerm['role']): Set<string> {
  return new Set(q.terms.filter((t) => t.role === role).flatMap((t) => [t.term, ...t.related.filter((r) => r.kind === 'synonym').map((r) => r.term)]));
}

/** The question's verbs and their WordNet synonyms (what a quotation right after them gives: see {@link quotedAsides}). */
export function questionVerbTerms(q: Question): Set<string> {
  return withSynonyms(q, 'verb');
}
