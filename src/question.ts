import nlp from 'compromise';
import { z } from 'zod';
import { lexicon, type Related, type SenseFilter, type WordPos } from './lexicon.js';
import { stemmer } from 'stemmer';
import { IRREGULAR, normalizeTerm, terms as indexTerms, wordTerms } from './text.js';
import { nounsAndParticles, wonAsVerb } from './tagging.js';

/** What kind of short answer the question asks for. */
export type AnswerKind = 'person' | 'organization' | 'place' | 'date' | 'number' | 'money' | 'age' | 'duration' | 'measure' | 'name' | 'thing' | 'reason' | 'manner' | 'description' | 'expansion';

/** A content word of the question, as the answer stage matches it against passages. */
export interface QuestionTerm {
  /** The word as typed. */
  text: string;
  /** Its index term (see normalizeTerm). */
  term: string;
  /** Words that may stand in for it (WordNet), as index terms with a weight < 1. */
  related: Array<{ term: string; weight: number; kind: Related['kind'] }>;
  /** entity: a name in the question; verb: the main verb; head: what is asked about; other. */
  role: 'entity' | 'verb' | 'head' | 'modifier' | 'other';
  /** Terms of one name share a group; a group is matched when any of its terms is. */
  group: number;
  /**
   * The main verb says that someone said something ("called", "branded", "announced") and the
   * question quotes what was said: a sentence holding the quote reports that saying, in whatever verb.
   */
  saying?: boolean;
  /** The evidence should contain this (group): a sentence without it is weaker support. */
  essential: boolean;
  /** Another name the articles give for a name in the question ("formerly ..."): matches for its group, not counted on its own. */
  alias?: boolean;
}

/** The analysed question. */
export interface Question {
  text: string;
  /** wh: who/what/when...; yesno: "Is ...?", "Did ...?"; statement: no question form ("Emennet Pasargad"). */
  form: 'wh' | 'yesno' | 'statement';
  kind: AnswerKind;
  /** The question asks for several items ("Which states...", "Who are the two..."). */
  list: boolean;
  /** How many items, when the question says ("the two Iranians"). */
  count?: number;
  /** Index term of the noun the question asks about ("how many Iranians" → "iranian"). */
  headTerm?: string;
  /** Final preposition ("What did they use it as?" → "as"). */
  trailingPreposition?: string;
  /** Preposition before the question word ("Since when ...?" → "since", "In which states ...?" → "in"). */
  leadingPreposition?: string;
  terms: QuestionTerm[];
  /** The question asks for its verb's subject ("Who runs X?", "Which company bought Y?"), not its object. */
  asksSubject?: boolean;
  /** The noun asked about can be an amount ("what deficit", "what income", "what margin"): WordNet files one of its first senses under quantity, possession or attribute. */
  quantityHead?: boolean;
  /** The question asks what something is or was called ("What was the company X called before?"): another name of its name is an answer. */
  asksName?: boolean;
  /** The question asks for a job or role ("What is X's job?", "What does X do at BT?"): a job title answers it. */
  asksRole?: boolean;
  /** The question asks for a place in an order ("Where did X finish?", "What position did Y finish?"): an ordinal answers it ("third"). */
  asksRank?: boolean;
  /** The question asks which one of things that come round again ("Which anniversary …?", "Which birthday …?"): an ordinal answers it ("36th"). */
  asksOrdinal?: boolean;
  /** "In which competition / tournament …?": a contest, which the news names ("the Davis Cup"); no person answers it. */
  asksContest?: boolean;
  /** The question asks someone's or something's nationality ("What nationality is Craig Bellamy?", "Telenor's nationality?"): a word for a people answers it ("Welsh"), said of the name, seldom with the noun. */
  asksNationality?: boolean;
  /** The noun in the possessive right after "which" or "what", which the question asks about by what it owns ("region" of "Which region's demise …?"), as an index term. */
  ownerTerm?: string;
  /** The question asks what someone said ("What did Wally Adeyemo say?", "What did Trump claim about China?"): their words, read in the passages, not a short answer. */
  asksWords?: boolean;
  /** The question asks which sort of its head noun ("What kind of company is X?"): the answer says which, "computer company". */
  sort?: boolean;
  /** The noun asked about says the kind of answer ("which city" asks for a place): the answer's sentence need not repeat it ("in Doha"). */
  headNamesKind?: boolean;
  /** Its lower-case adjectives as typed ("smallest", "least"): a sentence with their opposites says something else. */
  adjectives?: string[];
  /** Words the question quotes ("called the bill a 'shambles'"), each quote as its index terms in order. */
  quoted?: string[][];
  /** The question asks by how much an amount changed ("By how much did profits rise?"): a percentage or the step, not the level reached. */
  change?: boolean;
  /** The question asks how often ("How often does X update …?"): a span between times ("every two days") or a word for one ("monthly"). */
  often?: boolean;
}

/** WordNet's files for verbs of having ("own", "possess"), which a possessive says as well. */
const HAVING_CLASSES = new Set(['verb.possession', 'verb.stative']);

/** A word asked about as an acronym though not all capitals: a capital, then letters or digits ("Voip", "P2P"). */
export const WRITTEN_ACRONYM = /^\p{Lu}[\p{L}\d]{1,7}$/u;

/** A name coined in lower case: a capital after its first letters ("iPod", "eBay", "easyJet"). */
const INNER_CAPITAL = /^\p{Ll}{1,5}\p{Lu}\p{Ll}/u;
/** One lower-case letter and a hyphen before a word ("i-foot", "e-book"). */
const LETTER_PREFIXED = /^\p{Ll}-\p{L}{2,}$/u;

/** A name coined in lower case, which a question asks about as it would a capitalised name. */
function coinedName(word: string): boolean {
  return INNER_CAPITAL.test(word) || (LETTER_PREFIXED.test(word) && !lexicon().isDictionaryWord(word));
}

/** Longest question accepted, in characters. */
export const MAX_QUESTION_LENGTH = 500;

// Zero-width and bidi controls, C0/C1 controls: invisible, never meaningful in a question.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A question from outside: trimmed, invisible characters removed, 1..500 characters, some letters or digits. */
export const QuestionTextSchema = z
  .string({ error: 'The question must be text.' })
  .transform((s) => s.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, 'Please type a question, for example "Who runs Emennet Pasargad?"')
      .max(MAX_QUESTION_LENGTH, `Questions can be at most ${MAX_QUESTION_LENGTH} characters; please shorten it.`)
      .regex(/[\p{L}\p{N}]/u, 'That does not look like a question: it has no words in it.'),
  );

// Platform mentions: Slack "<@U123>", "<!here>", "<#C123|general>"; Discord "<@123>", "<@!123>", "<@&123>"; "@everyone".
const MENTION = /<[@#!][!&]?[\w|.-]*>|(?<![\w.])@(?:everyone|here|channel)\b/giu;
// Chat emphasis marks at a word's edge: "_Who runs X?_", "*Emennet*", "~~old~~" ("snake_case" inside a word stays).
const EMPHASIS = /(?<![\p{L}\p{N}])[_*~]+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}?.!])[_*~]+(?![\p{L}\p{N}])/gu;
// Who a greeting may be addressed to ("hi all", "hey folks"): never a name, which may be the topic.
const ADDRESSEE = '(?:all|everyone|everybody|folks|guys|team|there|y\'?all|bot|people)';
const GREETING = new RegExp(`^(?:hey+|hi+|hello|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening)|ok(?:ay)?|so|um+|uh+|well|please|pls)(?:\\s+${ADDRESSEE})?(?:\\s*[,!.:;-]+\\s*|\\s+(?=(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|can|could)\\b))`, 'i');
// Requests wrapped around the question: "quick question:", "can you tell me", "do you know", "I was wondering".
const FILLER = /^(?:(?:a\s+)?(?:quick|short|simple)\s+(?:question|q)\s*[:,-]?\s*|question\s*:\s*|(?:can|could|would)\s+(?:you|someone|anyone)\s+(?:please\s+)?(?:tell|let)\s+(?:me|us)(?:\s+know)?\s*,?\s*|(?:do|does)\s+(?:you|u|anyone|anybody|someone)\s+know\s*,?\s*|i\s+(?:was|am|'m)\s+wondering\s*,?\s*|i'?d\s+like\s+to\s+know\s*,?\s*|tell\s+me\s*,?\s*|please\s+)/i;
const THANKS = /[\s,.!]*(?:(?:thanks|thank you|thx|ty|cheers|please|pls)(?:\s+(?:so much|a lot|in advance|all|everyone))?[\s.!]*)+$/i;

/**
 * The question without what surrounds it in chat: platform mentions, greetings ("hey,", "hi all"),
 * fillers ("Quick question:", "can you tell me") and thanks. The question itself is left as typed.
 *
 * @example
 * cleanQuestion('@everyone hey, quick question: who runs Emennet Pasargad? thanks')
 * // 'who runs Emennet Pasargad?'
 */
export function cleanQuestion(text: string): string {
  let s = text.replace(MENTION, ' ').replace(EMPHASIS, '').replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(GREETING, '').replace(FILLER, '').replace(/^[\s,.:;!-]+/, '');
  }
  s = afterPreamble(s);
  const trimmed = s.replace(THANKS, '').trim();
  // "thanks" alone is not a question: keep what was typed
  s = /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : s;
  if (/[?]$/.test(text.trim()) && !/[?]$/.test(s) && /[\p{L}\p{N}]$/u.test(s) && THANKS.test(text)) s += '?';
  return /[\p{L}\p{N}]/u.test(s) ? s : text.trim();
}

/** Words a question starts with: a question word or an auxiliary ("Is …?", "Did …?", "Can you …?"). */
const QUESTION_START = /^(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|must|name|tell|list)\b/i;
/** Pronouns that refer to something named earlier. */
const REFERS_BACK = /\b(?:it|its|he|him|his|she|her|they|them|their)\b/i;

/**
 * The question without the sentences a user typed before it ("I'm writing a piece on Iran. Who
 * runs Emennet Pasargad?"): from the first sentence that ends in "?" and starts as a question does.
 * A sentence split at an abbreviation ("Who is Mr. Smith's boss?") leaves a part that starts
 * otherwise, and is kept whole.
 */
function afterPreamble(s: string): string {
  // a question with no sentence before it: no segmenter needed (nor kept: a V8 start-up image
  // cannot hold ICU objects, see passages.ts)
  if (!/[.!?]\s+\S[\s\S]*\?\s*$/.test(s)) return s;
  const parts = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(s)];
  const at = parts.findIndex((p) => p.segment.trim().endsWith('?'));
  if (at <= 0 || !QUESTION_START.test(parts[at]!.segment.trim())) return s;
  const question = s.slice(parts[at]!.index).trim();
  // "Emennet Pasargad. Who runs it?": what the question refers back to is in the sentences before
  return REFERS_BACK.test(question) ? s : question;
}

/** "who's" → "who is", "what's" → "what is", "whats" → "what is": the tagger reads the question word then. */
function expandContractions(s: string): string {
  return s.replace(/\b(who|what|where|when|how|which)(?:['’]s|s)\b/gi, '$1 is').replace(/\b(who|what|where|when|how)['’]re\b/gi, '$1 are');
}

interface Tok {
  text: string;
  tags: Set<string>;
  lower: string;
  /** Punctuation and spacing around the word ("", ", ", " ("). */
  pre?: string;
  post?: string;
}

const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how']);
/** Lower-case words inside names: "Venta de Banos", "Ruud van Nistelrooy", "Osama bin Laden". */
const NAME_PARTICLE = /^(?:de|del|della|der|den|di|da|das|dos|du|van|von|bin|ibn|al|el|la|le|y)$/;
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'give', 'go', 'happen', 'become', 'come']);
/** Verbs that only place a name somewhere, in "Where is X held?" ("held", "located"; not "based", which the articles say: "Oxford-based"). */
const PLACING_VERBS = new Set(['hold', 'locate', 'situate', 'stage', 'host']);

/** Verbs of wanting, whose object the articles give as often with a noun ("its bid to acquire a stake" for "Which bank does X want a stake in?"): the verb is not essential. */
const WANTING_VERBS = new Set(['want', 'wish', 'seek']);
/** Verbs too general to stand in for a question's verb as its kind: the light verbs and those of saying. */
const GENERIC_VERBS = new Set([...LIGHT_VERBS, 'say', 'tell', 'state']);
/** Words that begin a clause setting the time of what is asked ("when they lost", "after Bush won"). */
const TIME_CLAUSE = new Set(['when', 'after', 'before', 'while', 'whilst', 'until', 'since']);
const TIME_UNITS = /^(year|month|week|day|hour|minute|second|decade|century)s?$/;
/**
 * Verbs whose meaning is in the verb after them ("tried to buy", "expect to grow", "helped bring"):
 * that verb is the one asked about. "help" … "pledge" added with the bare "help bring": train +3
 * right, no wrong; dev and SQuAD's train articles unchanged.
 */
const CATENATIVE = new Set(['use', 'try', 'attempt', 'want', 'plan', 'seek', 'begin', 'start', 'continue', 'decide', 'agree', 'fail', 'hope', 'need', 'intend', 'threaten', 'refuse', 'aim', 'help', 'manage', 'expect', 'promise', 'prepare', 'offer', 'vow', 'pledge']);
/** Verbs whose object, asked for by a bare "what", is a sum of money ("What did the painting fetch?"). */
const MONEY_VERBS = new Set(['cost', 'earn', 'pay', 'value', 'spend', 'fetch']);
/** Words of degree, which the tagger reads as determiners or adverbs: they have opposites as adjectives do. */
const DEGREE_WORDS = new Set(['least', 'most', 'fewest', 'fewer', 'less', 'more']);
/** Words that make another role of a role noun: "shadow education secretary", "deputy prime minister". */
export const OTHER_ROLE_WORD = /^(shadow|deputy|vice|assistant|junior)$/i;

/** Comparatives of a price, which "how much" asks a sum of money for ("How much cheaper …?"). */
const MONEY_COMPARATIVE = /^(cheaper|dearer|costlier|pricier|richer|poorer)$/;
/** Nouns of the people watching, reading or turning up, whose size "What was X's audience?" asks. */
const AUDIENCE_NOUN = /^(audiences?|crowds?|viewership|readership|circulation|membership|workforce)$/;
/** Nouns of a count ("the number of", "the population of"), which "how much" may ask the change of. */
const COUNT_NOUN = /^(number|numbers|population|count|total)$/;
/** Senses of a noun read for whether it names a sum ("debt": a state of owing, then money owed). */
const SUM_SENSES = 2;
/** A share of a thing owned, sized by its rate ("a 56% stake"). */
const STAKE = /^(stakes?|interests?|holdings?|shares?)$/;
/** Adjectives that date the noun after them ("last season", "next year"), not part of a compound. */
const DATING_ADJECTIVE = /^(last|next|past|previous|coming|following|same|early|late|earlier|later|recent)$/;
/** Nouns of time, dated by the adjective before them. */
const TIME_NOUN = /^(year|season|month|week|day|night|weekend|time|century|decade|quarter|term|summer|winter|spring|autumn)s?$/;

/** Kinds of answer that are amounts, which a question may ask the change of. */
const AMOUNT_KINDS = new Set<AnswerKind>(['number', 'money', 'measure']);
/** WordNet's verbs of changing an amount (increase.v.01, decrease.v.01, change_magnitude.v.01) … */
const CHANGE_OF_AMOUNT = ['increase', 'decrease', 'change_magnitude'];
/**
 * … in one of a verb's first twelve senses ("rise" as "go up in value" is its second, "gain" as
 * "rise in rate" its sixth, "fall" as "decrease" its eleventh; "give" as "stretch" is its 33rd) at
 * most two steps below them (rise → grow → increase; three would take in "control" as restrict →
 * limit → decrease). Twelve rather than six changed no answer on the train and dev splits or SQuAD's
 * train articles; "How much did profits fall?" asks a change.
 */
const CHANGE_SENSES = 12;
const CHANGE_DEPTH = 2;
/**
 * Verbs the markets' reports use for moves that WordNet files otherwise: small ones ("eased to 52.7",
 * "slipped to", "edged up to") and sharp ones ("surging 2.1%", "plunged 20%", "soared", "tumbled").
 */
const MARKET_MOVES = /^(ease|slip|edge|dip|surge|soar|plunge|plummet|slump|tumble|sink|slide|rocket|rebound|sag)$/;
const NAME_VERBS = new Set(['call', 'name', 'rename', 'know', 'nickname', 'dub', 'title']);
/**
 * Whether the noun asked about is plural: tagged so, or a plural noun the tagger read as a verb
 * ("Which states received …?": "states" as in "she states").
 */
function pluralNoun(t: Tok): boolean {
  if (t.tags.has('Plural')) return true;
  return !t.tags.has('Noun') && /s$/.test(t.lower) && lexicon().lemma(t.lower, 'noun') !== t.lower;
}

/** Verbs of an amount getting to a level ("sales to top 500,000", "the index reached 58.6"). */
const LEVEL_VERBS = /^(top|exceed|surpass|pass|reach|hit)$/;
/** Nouns read as their level or size when asked about as a thing ("What was the ISM index …?", "What stake …?"). */
const LEVEL_NOUN = /^(index|stake|holding)$/;
/** Verbs that put a thing at an amount ("What is piracy estimated at in China?": "estimated at 92%"). */
const AMOUNT_AT_VERBS = /^(estimate|value|price|put|peg|cap|fix)$/;
/** Verbs a market's price or index ends a day's trading with, "at" a level ("closed at $172.55"). */
const MARKET_LEVEL_VERBS = /^(close|open|end|finish|settle|stand|trade)$/;
/** Words after the noun asked about that make it another subject's object ("What stake has Bates bought?"). */
const OBJECT_AUX = /^(do|does|did|has|have|had|will|would|can|could|should|may|might)$/;

/** Words before "name" that ask for another name of the same thing ("X's old name"). */
const OTHER_NAME = /^(old|former|previous|original|earlier|new|current|present|later|other)$/;
/** Words of a place in an order ("first", "12th"). */
const ORDINAL_WORD = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(st|nd|rd|th))$/;
/** Verbs that give a place in an order ("finished third", "came seventh", "placed fourth"). */
const RANK_VERBS = new Set(['finish', 'come', 'place', 'end', 'rank', 'seed']);
/** Words for what a market prices, whose close is a level: "Brent crude", "BP shares", "the FTSE 100 index". */
const MARKET_NOUN = /^(shares?|stocks?|index|indices|crude|oil|gold|dollar|pound|euro|yen|sterling|prices?|bonds?|futures|ftse|dow|nasdaq|nikkei|dax|cac)$/;
/** Nouns for a change in an amount ("a profit fall", "a price rise"). */
const CHANGE_NOUN = /^(rise|fall|drop|increase|decrease|decline|growth|gain|slump|jump|cut|slide|dip|surge)$/;
/** Lists a place is taken in ("fourth in the earnings list", "number seven in the chart"). */
const RANKED_LIST = /^(lists?|charts?|tables?|rankings?|standings|polls?|league|countdown|top)$/;
/** Nouns for a body in the news that WordNet has first as a person or a device: "Which watchdog …?" asks for "Ofcom", "Which regulator …?" for "the FSA". */
const BODY_OR_PERSON = /^(watchdog|regulator)s?$/;
/** Nouns for a place in an order a player holds ("What seed is X?", "Which ranking is Y?"). */
const RANK_NOUN = /^(seed|seeding|rank|ranking)$/;
/** Nouns of things that come round again, each one counted by an ordinal ("36th anniversary", "25th birthday", "the 15th British Comedy Awards"). */
const ORDINAL_NOUN = /^(anniversary|birthday|edition|instalment|installment|turn|round)$/;
/** Nouns asking for a people one belongs to: a nationality answers them ("Welsh", "Norwegian"). */
const NATIONALITY_NOUN = /^(nationality|citizenship)$/;
/** Nouns that ask what someone is called by the articles: their job, title or role. */
const ROLE_NOUNS = /^(job|title|role|position|post|occupation|profession|rank|portfolio|brief)s?$/;
/** Verbs that only say someone has a role: "What position does X hold?", "What role does X play?". */
const ROLE_VERBS = new Set(['hold', 'have', 'occupy', 'play', 'fill', 'serve']);
/**
 * WordNet verb frames with a person subject and an object (wninput(5WN)): 8 "Somebody ----s
 * something", 9 "… somebody", and 14–21, 24, 25, 30, 31, which add more after the object.
 */
const PERSON_ACTS_ON: ReadonlySet<number> = new Set([8, 9, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31]);

/**
 * WordNet frames (wninput(5WN)) of verbs whose object is a clause or another verb: 26 "Somebody
 * ----s that CLAUSE"; 24 "… somebody to INFINITIVE", 28 "… to INFINITIVE", 35 "Something ----s
 * INFINITIVE"; 25 "… somebody INFINITIVE", 32 "… INFINITIVE"; 33 "… VERB-ing". Read in a verb's
 * first COMPLEMENT_SENSES senses ("think" as "judge" is its second).
 */
const CLAUSE_FRAMES: ReadonlySet<number> = new Set([26]);
const TO_FRAMES: ReadonlySet<number> = new Set([24, 28, 35]);
const BARE_FRAMES: ReadonlySet<number> = new Set([25, 32]);
const ING_FRAMES: ReadonlySet<number> = new Set([33]);
const COMPLEMENT_SENSES = 3;
/**
 * Verbs that frame what someone says, thinks or wants, by their usual sense's WordNet class: the
 * framed verb says what happened. Not verbs of change or state ("stop forming" is not "forming";
 * "start", "keep", "help" and "try" neither), whose own meaning the answer turns on.
 */
const FRAMING_CLASSES = new Set(['verb.communication', 'verb.cognition', 'verb.emotion']);
/** At most this many words of a noun phrase between a verb and the "to" of its complement ("want Cairn Energy to pay"). */
const MAX_OBJECT_WORDS = 4;

function verbFrames(word: string, senses = COMPLEMENT_SENSES): Set<number> {
  const wn = lexicon();
  const lemma = wn.lemma(word, 'verb');
  const out = new Set<number>();
  for (const offset of wn.senses(lemma, 'verb').slice(0, senses)) {
    const s = wn.synset('verb', offset);
    const at = s.words.indexOf(lemma) + 1;
    for (const f of s.frames) if (f.word === 0 || f.word === at) out.add(f.frame);
  }
  return out;
}

/** WordNet's word for an amount per unit of time ("speed", "pace", "velocity" are kinds of it), and how far up to look. */
const RATE_KINDS = ['rate'];
const RATE_DEPTH = 2;
/** Letters WordNet has as a common noun ("CD", "DVD", "PC"), not a name's initials. */
function commonNounLetters(t: Tok): boolean {
  return /^\p{Lu}{2,5}$/u.test(t.text) && lexicon().isCommonNoun(t.lower);
}

/** WordNet's words for how far a thing reaches (its first sense a kind of one, within this many hypernyms): asked about, a measurement. */
const EXTENT_KINDS = ['dimension', 'distance', 'extent'];
const EXTENT_DEPTH = 3;
/** What a noun asking how big something is is a kind of ("size", "length", "height"). */
const MAGNITUDE_KINDS = ['magnitude'];

/** Verbs of lasting, the question asking how long something lasts ("How long is the NEM plan meant to run?"). */
const LASTING_VERB_WORD = /^(take|last|serve|spend|stay|wait|live|run$|runs$|continu|remain)/;

/** WordNet's sorts of noun whose length is a time: "How long was Pountney's ban?" (not "How long is the bridge?"). */
const LASTING_SORTS: ReadonlySet<string> = new Set(['noun.time', 'noun.act', 'noun.event', 'noun.state', 'noun.process', 'noun.communication']);

/**
 * Whether the question asks about a thing that lasts ("ban", "sentence", "war", "delay"), by its first
 * sense: the noun right after the copula ("How long are the bans Kenteris and Thanou face?": the bans,
 * not "face"), else the question's last common noun.
 */
function lastingThing(toks: Tok[]): boolean {
  const common = (t: Tok | undefined): t is Tok => !!t && t.tags.has('Noun') && !t.tags.has('Pronoun') && !/^\p{Lu}/u.test(t.text);
  const lasting = (t: Tok) => {
    const sort = lexicon().nounClasses(t.lower.replace(/['’]s$/, ''), 1)[0];
    return !!sort && LASTING_SORTS.has(sort);
  };
  const copula = toks.findIndex((t) => /^(is|was|are|were)$/.test(t.lower));
  if (copula >= 0) {
    let k = copula + 1;
    while (k < toks.length && (toks[k]!.tags.has('Determiner') || toks[k]!.tags.has('Adjective') || toks[k]!.tags.has('Possessive'))) k++;
    if (common(toks[k]) && lasting(toks[k]!)) return true;
    // the subject's own noun past the names that own or qualify it, the last of a run of nouns
    // ("How long is UK Athletics' new kit deal with adidas?": the deal)
    // (a noun the tagger reads as a verb there too: "the Uefa study into …", "current contract")
    while (k < toks.length && (toks[k]!.tags.has('Adjective') || toks[k]!.tags.has('Possessive') || /^\p{Lu}/u.test(toks[k]!.text) || /['’]s?$/.test(toks[k]!.text))) k++;
    const commonTok: (t: Tok | undefined) => boolean = common;
    const nounThere = (t: Tok | undefined): boolean => commonTok(t) || (!!t && /^\p{Ll}/u.test(t.text) && !t.tags.has('Copula') && !t.tags.has('Preposition') && !t.tags.has('Determiner') && lexicon().isCommonNoun(t.lower));
    let head = -1;
    for (; nounThere(toks[k]); k++) head = k;
    if (head >= 0 && lasting(toks[head]!)) return true;
    // a name alone and then what it was ("How long was Healey out injured?", "How long was Robert
    // Kilroy-Silk a member of UKIP?"): no name of a thing measured is followed by what it was
    if (head < 0 && k > copula + 1 && /^\p{Lu}/u.test(toks[copula + 1]!.text) && toks[k] && PREDICATE_AFTER_NAME.test(toks[k]!.lower)) return true;
  }
  for (let k = toks.length - 1; k >= 0; k--) if (common(toks[k])) return lasting(toks[k]!);
  return false;
}

/** Words opening what a named subject was for a while: a role ("a member"), a state ("out", "away", "in charge", "on loan"). */
const PREDICATE_AFTER_NAME = /^(a|an|the|out|away|off|in|on|at|unbeaten|injured|sidelined|missing|absent|married|president|chairman|manager|captain|coach|leader|head|chief)$/;

/**
 * Whether a verb in the passive follows the question's copula ("How long was Lombard banned for?",
 * "How long were they suspended?"): what lasted is the verb's, a length of time.
 */
function passiveAfterCopula(toks: Tok[]): boolean {
  const copula = toks.findIndex((t) => /^(is|was|are|were)$/.test(t.lower));
  return copula >= 0 && toks.some((t, k) => k > copula && t.tags.has('Verb') && t.tags.has('PastTense') && /ed$/.test(t.lower) && !t.tags.has('Copula'));
}

/** A word of a noun phrase: the subject of a clause or the object before "to". */
function nounPhraseWord(t: Tok): boolean {
  return (t.tags.has('Noun') || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Possessive') || t.tags.has('Pronoun') || /^\p{Lu}/u.test(t.text)) &&
    !t.tags.has('Verb') && !t.tags.has('Preposition') && !t.tags.has('QuestionWord');
}

/**
 * The verb that the question's verb at `v` takes as its object, by the frames the verb has and the
 * words after it: "say [that] Russia violated", "say are hit" (the subject asked about), "thought
 * to hold", "want Cairn Energy to pay", "helped bring", "deny telling". -1 where there is none, or
 * where it is only a copula ("say is the biggest"), which says less than the framing verb does.
 */
function complementVerb(toks: Tok[], v: number, hasVerbSense: (t: Tok) => boolean, isCopula: (t?: Tok) => boolean): number {
  if (!FRAMING_CLASSES.has(lexicon().verbClasses(toks[v]!.lower)[0] ?? '')) return -1;
  const frames = verbFrames(toks[v]!.lower);
  const has = (set: ReadonlySet<number>) => [...set].some((f) => frames.has(f));
  const content = (i: number) => {
    const t = toks[i];
    // (nor "according" of "according to X", which names a source)
    return !!t && !isCopula(t) && !ATTRIBUTION.test(t.lower) && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Particle') && !/^(do|does|did|have|has|had|be|been|being)$/.test(t.lower) &&
      !/^\p{Lu}/u.test(t.text) && !t.tags.has('Adjective') && hasVerbSense(t) && lexicon().lemma(t.lower, 'verb') !== lexicon().lemma(toks[v]!.lower, 'verb');
  };
  const next = toks[v + 1];
  if (!next) return -1;
  if (has(ING_FRAMES) && next.tags.has('Gerund') && content(v + 1)) return v + 1;
  if (has(BARE_FRAMES) && next.tags.has('Infinitive') && next.tags.has('Verb') && content(v + 1)) return v + 1;
  if (has(TO_FRAMES)) {
    let i = v + 1;
    while (i < toks.length && i - v - 1 < MAX_OBJECT_WORDS && toks[i]!.lower !== 'to' && nounPhraseWord(toks[i]!)) i++;
    if (toks[i]?.lower === 'to' && (i === v + 1 || frames.has(24)) && toks[i + 1]?.tags.has('Verb') && content(i + 1)) return i + 1;
  }
  if (has(CLAUSE_FRAMES)) {
    let i = v + 1;
    if (toks[i]?.lower === 'that') i++;
    while (i < toks.length && nounPhraseWord(toks[i]!)) i++;
    // auxiliaries, then the clause's verb
    let aux = false;
    while (i < toks.length && (isCopula(toks[i]) || toks[i]!.tags.has('Auxiliary') || toks[i]!.tags.has('Modal') || /^(do|does|did|has|have|had|been)$/.test(toks[i]!.lower))) i++, aux = true;
    if (i < toks.length && (toks[i]!.tags.has('Verb') || aux) && content(i)) return i;
  }
  return -1;
}

/**
 * The words of a question that only describe: a bracketed remark, and what follows a name after a
 * comma up to the next comma or the end ("Who runs Euronext, the European exchange that met the
 * LSE?"). Not a list of names ("X, Y and Z"), which the segment's own capitalised start shows.
 */
function asides(toks: Tok[]): Set<number> {
  const out = new Set<number>();
  let open = -1;
  for (let i = 0; i < toks.length; i++) {
    if (open < 0 && toks[i]!.pre?.includes('(')) open = i;
    if (open >= 0) out.add(i);
    if (open >= 0 && toks[i]!.post?.includes(')')) open = -1;
  }
  // (after the question word: "According to the FAO, what …?" puts the question after the comma)
  const wh = toks.findIndex((t) => WH.has(t.lower));
  for (let i = Math.max(wh + 1, 1); i + 1 < toks.length; i++) {
    const t = toks[i]!;
    const n = toks[i + 1]!;
    if (!t.post?.includes(',') || !/^\p{Lu}/u.test(t.text) || t.tags.has('QuestionWord')) continue;
    // (not the question's own clause going on: "Who, according to the Treasury, runs X?")
    if (!(n.tags.has('Determiner') || /^\p{Ll}/u.test(n.text)) || (n.tags.has('Verb') && !n.tags.has('Gerund') && !n.tags.has('PastTense'))) continue;
    for (let k = i + 1; k < toks.length; k++) {
      out.add(k);
      if (toks[k]!.post?.includes(',')) break;
    }
  }
  // "…, according to the report on Johansson's Adelaide win?": who or what says it is the source,
  // not what the sentence that answers must name (it is often "he said", or another sentence)
  for (let i = wh + 1; i + 1 < toks.length; i++) {
    if (!ATTRIBUTION.test(toks[i]!.lower) || toks[i + 1]!.lower !== 'to') continue;
    for (let k = i; k < toks.length; k++) {
      out.add(k);
      if (toks[k]!.post?.includes(',')) break;
    }
  }
  return out;
}

const PREPOSITIONS = new Set(['as', 'for', 'from', 'to', 'with', 'by', 'about', 'of', 'on', 'in', 'at', 'into', 'against']);

/** WordNet classes of nouns that can name an amount, and how many of a noun's senses are read for them. */
const QUANTITY_CLASSES = new Set(['noun.quantity', 'noun.possession', 'noun.attribute']);
const QUANTITY_SENSES = 3;

/**
 * Head nouns that only name the kind of answer, left out of the words to find as "old" in "how
 * old" is (see kindNoun): "What is X's age?" is answered "27" and "How much prison time …?"
 * "11 years", neither repeating the noun.
 */
const KIND_NOUNS = /^(ages?|time|duration|length|sentences?)$/;

/** Words before "time" that make it how long a race took, not when: "winning time", "the fastest time". */
const RACE_TIME = /^(winning|finishing|fastest|quickest|record|qualifying|slowest|personal-best|world-best)$/;
/** Nouns for a contest that the news names rather than calls so ("the Davis Cup" for "which competition"). */
const CONTEST_NOUN = /^(competition|tournament|championship)$/;
/** Kinds a noun asked about can name, so that an answer of that kind stands in for it ("which city" → "Doha"). */
const NAMED_KINDS = new Set<AnswerKind>(['person', 'organization', 'place', 'date', 'number', 'money', 'age', 'duration']);

/** "According to X", "owing to": a preposition in a verb's form, never the question's verb. */
const ATTRIBUTION = /^(according|owing)$/;

/** Small words inside a name: "University of Strathclyde", "Bank for International Settlements". */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'de']);

/** Nouns that ask which sort of a thing it is: "What kind / type / sort of organisation is X?". */
const SORT_NOUNS = /^(kinds?|types?|sorts?)$/;

/** WordNet's word for a people (a nationality, a race), and how far up its hypernyms a noun may be one. */
const PEOPLE = ['people'];
const PEOPLE_DEPTH = 8;
/** WordNet's word for a unit of measurement, and how many hypernym steps up it is looked for ("mile" → "linear unit" → "unit of measurement"). */
const MEASUREMENT_UNIT = ['unit_of_measurement'];
const MEASUREMENT_UNIT_DEPTH = 4;
/** Whether a noun names a unit things are measured in ("unit", "mile"), which no number answers. */
function measureUnit(word: string): boolean {
  return lexicon().isKindOf(word, 'noun', MEASUREMENT_UNIT, 1, MEASUREMENT_UNIT_DEPTH);
}

/** Letters, at the least, of the word a compound WordNet does not know ends in ("insurer" in "reinsurer"): shorter ends are too often mere suffixes. */
const COMPOUND_END_LETTERS = 5;

/** WordNet's word for a group of things, not of people (a "law" is "the collection of rules imposed by authority"). */
const COLLECTION = ['collection'];

/** Senses of a noun, at most, that may make it, saying something, a person ("justice": a judge by its third). */
const SAYER_SENSES = 3;

/**
 * A player by the place they play, hyphened, which WordNet lacks ("fly-half", "scrum-half",
 * "full-back"): read by its last word, "half" would ask a number, "back" a part of the body.
 */
const PLAYING_POSITION = /^(fly|scrum|stand|full|half|wing|centre|center|three)-(half|halves|back|backs|off|offs|quarter|quarters)$/;

function classOf(head: string): AnswerKind | null {
  const w = head.toLowerCase();
  if (w === 'name' || w === 'names') return 'name';
  // ("Which Sale fly-half …?": a player)
  if (PLAYING_POSITION.test(w)) return 'person';
  // Generic collective nouns WordNet files under noun.Tops rather than noun.group; and the news's
  // watchdogs and regulators, which WordNet has as persons or devices, are bodies ("Ofcom", "the FSA")
  if (/^(group|organi[sz]ation|body|party|outlet|agency|firm|entity|entities)s?$/.test(w) || BODY_OR_PERSON.test(w)) return 'organization';
  if (/^(year|date|month|day|time|decade|century)s?$/.test(w)) return 'date';
  // A country is a place to name, though WordNet's first sense of "nation" is a people (noun.group)
  if (/^(country|countries|nations?)$/.test(w)) return 'place';
  // "Which person …?" asks "Who …?" (WordNet files "person" under noun.Tops)
  if (/^(person|persons|people|individuals?|someone|somebody)$/.test(w)) return 'person';
  if (/^ages?$/.test(w)) return 'age'; // "What is Kazemi's age?" asks "How old is Kazemi?"
  // ("Which 16-year-old hanged himself …?": someone that old, though WordNet's "old" is first past times)
  if (/^olds?$/.test(w)) return 'person';
  // "What sentence does Kashian face?": in the news, the time a court gives
  if (/^(duration|length|sentences?)$/.test(w)) return 'duration';
  // ("What is the capacity of the stadium?", "What was China's growth in 2003?": a count or a rate)
  if (/^(number|amount|count|total|share|percentage|proportion|rate|figure|level|majority|fraction|capacity|attendance|turnout|growth|inflation|population|prevalence|incidence|magnitude|threshold|ceiling)s?$/.test(w)) return 'number';
  // ("What were Deutsche Telekom's sales?": a firm's sales, in the plural, are a sum; a sale is an act)
  if (/^(price|cost|sum|value|fee|fine|salary|wage|budget|profit|loss|revenue|deal|bid|debt|deficit|surplus|turnover|earnings|takings|income)s?$/.test(w) || w === 'sales') return 'money';
  // ("What speed did Blue Gene/L reach?": WordNet files a rate of time under noun.time; it is measured, not dated)
  if (lexicon().isKindOf(w, 'noun', RATE_KINDS, 1, RATE_DEPTH)) return 'measure';
  // ("What is the range of the headset?", "What is the height of the tower?": a length, though a
  // "range" is next a place in WordNet, as is a "distance")
  // (first an attribute: a "feature" is first a characteristic, a kind of "dimension" as an aspect)
  if (lexicon().nounClasses(w, 1)[0] === 'noun.attribute' && lexicon().isKindOf(w, 'noun', EXTENT_KINDS, 1, EXTENT_DEPTH)) return 'measure';
  // The most frequent sense decides; the second only when the first says nothing useful.
  const byClass: Record<string, AnswerKind> = { 'noun.person': 'person', 'noun.location': 'place', 'noun.group': 'organization', 'noun.time': 'date', 'noun.quantity': 'number' };
  // A person only by the first sense: "target" (first a goal) and "best" are not asking for people.
  const byFirstSenses = (word: string): AnswerKind | null => {
    for (const [i, c] of lexicon().nounClasses(word, 2).entries()) {
      const k = byClass[c];
      // (nor a time or an amount by a later sense: a "tour" is first a journey, "Which tour …?" no
      // date; a "single" first a hit, "Which single …?" no number)
      if ((k === 'person' || k === 'date' || k === 'number') && i > 0) continue;
      // (nor an amount by a unit it is counted in: "Which unit did he escape from?" asks no number,
      // as no number is a unit)
      if (k === 'number' && measureUnit(word)) continue;
      // (a people is no body: "What nationality is X?" asks no organisation)
      if (k === 'organization' && i === 0 && lexicon().isKindOf(word, 'noun', PEOPLE, 1, PEOPLE_DEPTH)) return null;
      // (nor a collection of things: "Which law does the FER blame?" asks for a law, the body of rules)
      if (k === 'organization' && i === 0 && lexicon().isKindOf(word, 'noun', COLLECTION, 1, 1)) return null;
      if (k) return k;
    }
    return null;
  };
  const known = (word: string) => lexicon().senses(lexicon().lemma(word, 'noun'), 'noun').length > 0;
  // A plural WordNet also has as a word of its own ("Judges", a book of the Bible) is, asked
  // about, mostly its singular's plural ("Which judges ruled …?")
  const singular = (word: string) => /[^s]s$/.test(word) && lexicon().senses(word.slice(0, -1), 'noun').length > 0;
  // (a plural WordNet has first as a name, "Chambers", a writer, is its singular's plural: "Which
  // chambers is she a member of?" asks no person)
  const named = (word: string) => singular(word) && !lexicon().isCommonNoun(word);
  // (and where its own first sense says nothing useful, its singular's first sense comes before its
  // own second: "twins" is first a substance, then a constellation; a "twin" is a person)
  const ownFirstSilent = (word: string) => singular(word) && !byClass[lexicon().nounClasses(word, 1)[0] ?? ''];
  const ofWord = (word: string): AnswerKind | null | undefined =>
    known(word) || singular(word) ? (named(word) || ownFirstSilent(word) ? null : byFirstSenses(word)) ?? (singular(word) ? byFirstSenses(word.slice(0, -1)) ?? (ownFirstSilent(word) ? byFirstSenses(word) : null) : null) : undefined;
  const own = ofWord(w);
  if (own !== undefined) return own;
  // A compound WordNet does not know is of the kind of the longest word it ends in: a "reinsurer"
  // is an "insurer" (a body). Not a person: a "chipmaker" or a "drugmaker" is a firm, though a
  // "maker" is first a person.
  for (let k = 1; w.length - k >= COMPOUND_END_LETTERS; k++) {
    const end = ofWord(w.slice(k));
    if (end !== undefined) return end === 'person' ? null : end;
  }
  return null;
}

function wordPos(t: Tok): WordPos | null {
  if (t.tags.has('Verb')) return 'verb';
  if (t.tags.has('Adjective')) return 'adj';
  if (t.tags.has('Noun')) return 'noun';
  return null;
}

/** How much a nationality's country stands in for it ("Iran's ambassador" for "the Iranian ambassador"): as a synonym does. */
export const COUNTRY_WEIGHT = 0.6;

/** WordNet's lexicographer file of places (noun.location). */
const LOCATION_FILE = 15;

/**
 * A country's other one-word names, as WordNet gives them for its first sense: "UK" for "Britain",
 * "America" for "US", "Holland" for "the Netherlands". Only for a capitalised word whose first sense is a named place.
 */
function countryNames(t: Tok): QuestionTerm['related'] {
  if (!/^\p{Lu}/u.test(t.text)) return [];
  const first = lexicon().senses(t.lower, 'noun')[0];
  if (first === undefined) return [];
  const synset = lexicon().synset('noun', first);
  // (a named place: WordNet's instance of a country or city, not a common noun of places, "the
  // open", whose synonym "clear" would match "made it clear" for "the Mexican Open")
  if (synset.lexFile !== LOCATION_FILE || !synset.pointers.some((p) => p.symbol === '@i')) return [];
  const own = normalizeTerm(t.text);
  const out = new Map<string, number>();
  for (const w of synset.words) {
    if (/[_.]/.test(w) || w === t.lower) continue;
    const term = normalizeTerm(w);
    if (term && term !== own) out.set(term, COUNTRY_WEIGHT);
  }
  return [...out].map(([term, weight]) => ({ term, weight, kind: 'synonym' as const }));
}

/**
 * Whether the word at `i` follows "do", "does" or "did" and its subject, with no other verb between:
 * a verb there is in its base form ("did Markova found"; not "did a fan say she saw", where a
 * pronoun opens a clause of its own).
 */
function afterDo(toks: Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= DO_SUBJECT_WORDS + 1; k--) {
    if (/^(do|does|did)$/.test(toks[k]!.lower)) return true;
    if (toks[k]!.tags.has('Verb') || toks[k]!.tags.has('Auxiliary') || (toks[k]!.tags.has('Pronoun') && !/^(do|does|did)$/.test(toks[k - 1]?.lower ?? ''))) return false;
  }
  return false;
}
/** Words, at most, of the subject between "did" and its verb. */
const DO_SUBJECT_WORDS = 5;

function relatedTerms(t: Tok, pos: WordPos | null, role: QuestionTerm['role'], filter?: SenseFilter, adjectives = false, base = false): QuestionTerm['related'] {
  // "the Iranian ambassador": the sentence may say "Iran's Ambassador"
  if (role === 'modifier' && t.tags.has('Demonym')) {
    return lexicon().pertainyms(t.lower).flatMap((w) => {
      const term = normalizeTerm(w);
      return term && term !== normalizeTerm(t.text) ? [{ term, weight: COUNTRY_WEIGHT, kind: 'synonym' as const }] : [];
    });
  }
  if (role === 'entity') return countryNames(t);
  if (!pos || (pos === 'adj' && !adjectives) || role === 'modifier') return [];
  const seen = new Map<string, { weight: number; kind: Related['kind'] }>();
  for (const r of lexicon().related(t.lower, pos, pos === 'verb' ? 3 : 2, filter, base)) {
    // a dictionary word is a base form, though the same letters may be another's past ("wound", a
    // synonym of "injure", is not "wind" here: "wounded 1,000" for "How many were injured?")
    const own = normalizeTerm(r.word) !== null && (IRREGULAR.verb[r.word] !== undefined || IRREGULAR.noun[r.word] !== undefined) ? stemmer(r.word) : null;
    for (const term of new Set([normalizeTerm(r.word), own])) {
      if (!term || term === normalizeTerm(t.text)) continue;
      // a verb's most general kinds are in nearly every sentence ("direct" is a kind of "tell", so of
      // "say": "Peter Lynch said Winn-Dixie would …" for "Who directed Because of Winn-Dixie?")
      if (pos === 'verb' && r.kind === 'general' && GENERIC_VERBS.has(r.word)) continue;
      if ((seen.get(term)?.weight ?? 0) < r.weight) seen.set(term, { weight: r.weight, kind: r.kind });
    }
  }
  return [...seen].map(([term, r]) => ({ term, ...r }));
}

/**
 * A phrase put before the question word, behind a comma, holding a question word of its own, is
 * read after it: "Of the convicted terrorists whose backgrounds were known, how many were Muslim?" →
 * "How many were Muslim, of the convicted terrorists whose backgrounds were known?" (its own "whose"
 * does not ask). Not when the phrase itself asks ("In which year, …").
 */
function frontedPhrase(text: string): string {
  const m = /^((?:of|among|in|at|for|from|during|on|after|before|since|with|according\s+to)\s+(?!(?:which|what|whose|whom|how)\b)[^,?]+),\s*((?:who|whom|whose|what|which|where|when|how)\b[^?]*)(\??)\s*$/i.exec(text);
  // (only a phrase holding a question word of its own, which would be read as the one asking: "In
  // addition to X, what …?" reads as it is)
  if (!m || !/\b(who|whom|whose|which|what|where|when|how)\b/i.test(m[1]!)) return text;
  const asked = m[2]!;
  return `${asked[0]!.toUpperCase()}${asked.slice(1)}, ${m[1]![0]!.toLowerCase()}${m[1]!.slice(1)}${m[3]}`;
}

/**
 * An imperative that asks for things by name reads as "which": "Name three search engines" →
 * "Which three search engines", "List the states that ..." → "Which states that ...". Only when no
 * question word follows ("Name two Iranians who were charged" already asks "who").
 */
function asWhich(text: string): string {
  const m = /^(?:please\s+)?(?:name|list)\s+(?:(?:the|all(?:\s+the)?)\s+)?(?=\S)/i.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  // "List of sanctioned firms" names a topic, not a question
  return /\b(who|what|which|when|where|how)\b/i.test(rest) || /^of\b/i.test(rest) ? text : `Which ${rest}`;
}

/** "What is the (total) number of …", "Number of …": a count asked for, of the words after "of" (not "the number of the house"). */
const NUMBER_OF = /^(?:(?:what|which)\s+(?:is|was|are|were|will\s+be)\s+)?(?:the\s+)?(?:(?:total|overall|combined|exact|estimated|approximate)\s+)?number\s+of\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\b)(?=\p{L})/iu;

/**
 * "Number of PDAs left in London cabs?", "What is the number of Iranians sanctioned?": a count asked
 * as a noun phrase is "How many PDAs left …?", the counted noun the one asked about (read as "What
 * is the number …?", "number" would be a word the sentence must hold: "sanctioned six Iranians" has
 * none). A question mark or the question word says it is asked, not a topic searched.
 */
function countAsked(text: string): string {
  const m = NUMBER_OF.exec(text);
  if (!m || (!/\?\s*$/.test(text) && !/^(what|which)\b/i.test(text))) return text;
  return `How many ${text.slice(m[0].length)}`;
}

/** Whether a (lower-case) noun is first a word for a person, by WordNet ("secretary", "manager"). */
function personNoun(word: string): boolean {
  return lexicon().nounClasses(lexicon().lemma(word, 'noun'), 1)[0] === 'noun.person';
}

/**
 * A name alone with a question mark ("Shirinkar?", "Emennet Pasargad?") asks what the articles say
 * it is: "What is Shirinkar?" (read as "Who is …?" would be: a description). A name alone without
 * one is a search: the passages that mention it.
 */
function nameAsked(text: string): string {
  const name = /^\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*){0,4}\s*\?$/u.test(text) && !QUESTION_START.test(text);
  if (!name) return text;
  const words = text.replace(/\s*\?$/, '');
  // ("Treasury Secretary?", "Prime Minister?": a title ending in a noun for a person asks who holds it)
  const last = words.split(/\s+/).pop()!.toLowerCase();
  const title = /\s/.test(words) && personNoun(last);
  return title ? `Who is the ${words}?` : `What is ${words}?`;
}

/** Words in a noun phrase asked as a question ("Rangers manager?"), at most. */
const MAX_PHRASE_WORDS = 20;
/** Prepositions that end the noun a phrase asks about ("Managing director [of] CB Richard Ellis?"). */
const PHRASE_END = /^(of|for|in|at|on|with|to|from|by|behind|after|before|during|since|about)$/i;

/**
 * A noun phrase alone with a question mark asks what the articles say it is, as a reporter types it
 * in a hurry: "Rangers manager?" → "Who is Rangers manager?" (a noun for a person), "Nike's
 * second-quarter revenues?" → "What are …?", "Metallica's 2004 tour?" → "What is …?". Only a phrase
 * with a common noun and no verb of its own but a participle after a noun ("Uncapped Wrexham
 * defender drafted into the Wales squad?"), no question word, no pronoun.
 */
function phraseAsked(text: string): string {
  // ("Name of Toyota's walking robot?" is a noun phrase, no command to name things)
  if (!/\?\s*$/.test(text) || (QUESTION_START.test(text) && !/^name\s+of\b/i.test(text)) || /\b(who|whom|whose|what|which|where|when|why|how)\b/i.test(text)) return text;
  const body = text.replace(/\s*\?\s*$/, '');
  if (body.split(/\s+/).length > MAX_PHRASE_WORDS) return text;
  const terms = (nlp(body).json({ terms: { offset: false } }) as Array<{ terms: Array<{ text: string; tags: string[]; post?: string }> }>).flatMap((x) => x.terms).filter((t) => t.text);
  let head = -1;
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!;
    const tags = new Set(t.tags);
    const [prev, next] = [terms[k - 1], terms[k + 1]];
    // ("Murambadoro's South African club [before] moving to Israel?": past the noun, a preposition
    // the tagger reads as a conjunction ends it too)
    if (head >= 0 && PHRASE_END.test(t.text)) break;
    // ("Japan's Economic [and] Fiscal Policy Minister?", "Culture, Media [and] Sport Secretary":
    // "and" between capitalised words joins a title's words)
    if (/^(and|&)$/i.test(t.text) && !!prev && !!next && /^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(next.text)) continue;
    if (['Copula', 'Modal', 'Auxiliary', 'Pronoun', 'QuestionWord', 'Conjunction'].some((g) => tags.has(g)) && !tags.has('ProperNoun')) return text;
    // ("Athlete's album that fell from number one …?": a clause about the noun, after it)
    if (head >= 0 && /^that$/i.test(t.text)) break;
    // ("Agassi's [seeding] at the Australian Open?": an "-ing" word a name owns, ending the phrase or
    // before a preposition, is the noun asked about)
    const endsHere = !next || PHRASE_END.test(next.text);
    const owned = !!prev && /['’]s?$/.test(prev.text) && /^\p{Lu}/u.test(prev.text) && /^\p{Ll}+ing$/u.test(t.text) && endsHere;
    // ("Oscars [host]?", "Lions [boss]?", "Destiny's Child [single] at number four?": a word after a
    // name that ends the phrase, read as a verb or an adjective, is a noun where WordNet has it
    // more often as a noun; not "Chelsea win?")
    const nounSenses = /^\p{Ll}/u.test(t.text) && endsHere && !!prev && /^\p{Lu}/u.test(prev.text) && (tags.has('Verb') || tags.has('Adjective')) && !tags.has('Noun') ? lexicon().senses(lexicon().lemma(t.text, 'noun'), 'noun').length : 0;
    const readAsNoun = owned || (nounSenses > 0 && nounSenses > lexicon().senses(lexicon().lemma(t.text, 'verb'), 'verb').length);
    // ("EFF lawyer criticising Apple …": or an "-ing" form, after a noun)
    const participle = !readAsNoun && /^\p{Ll}+(?:ed|en|ing)$/u.test(t.text) && !!prev && prev.tags.includes('Noun') && !(next?.tags.includes('Noun') && /^\p{Ll}/u.test(next.text));
    // ("Uncapped Wrexham defender …", "Kick-off time …", "Radcliffe's winning time …", "Roche's Wimbledon
    // doubles partner": a verb form before a noun modifies it)
    const modifier = (/^\p{L}/u.test(t.text) && !/^\p{Lu}{2}/u.test(t.text)) && !!next && ((next.tags.includes('Noun') && /^\p{Ll}/u.test(next.text)) || next.tags.includes('Hyphenated') || (/^\p{L}+ed$/u.test(t.text) && next.tags.includes('Noun')));
    if (tags.has('Verb') && !participle && !modifier && !readAsNoun && !(tags.has('Noun') || tags.has('Adjective'))) return text;
    // ("Chelsea beat Arsenal?": a word with a verb sense between two names is their verb, whatever the tagger read)
    if (/^\p{Ll}/u.test(t.text) && !!prev && !!next && /^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(next.text) && lexicon().senses(lexicon().lemma(t.text, 'verb'), 'verb').length > 0) return text;
    if (PHRASE_END.test(t.text) || participle) break;
    // (a common noun, or the phrase's first word, capitalised only as its first: "Price of a ticket …?")
    const common = /^\p{Ll}/u.test(t.text) || (k === 0 && !tags.has('ProperNoun') && !tags.has('Possessive'));
    if ((tags.has('Noun') || readAsNoun) && common && !/['’]s?$/.test(t.text)) head = k;
    // (a title's last word, capitalised, a noun for a person: "Japan's Economic and Fiscal Policy
    // [Minister]?"; not one before the name it titles, "Minister Tony Blair")
    else if (tags.has('Noun') && /^\p{Lu}/u.test(t.text) && !/['’]s?$/.test(t.text) && !(next && /^\p{Lu}/u.test(next.text)) && personNoun(t.text.toLowerCase())) head = k;
    // ("Scotland's coach, still seeking …?": a comma after the noun ends it)
    if (head === k && /^\p{Ll}/u.test(t.text) && /,/.test(t.post ?? '')) break;
  }
  if (head < 0) return text;
  const noun = terms[head]!;
  const lower = noun.text.toLowerCase();
  const plural = noun.tags.includes('Plural') || lexicon().lemma(lower, 'noun') !== lower;
  const person = personNoun(lower);
  const first = terms[0]!;
  // (a common word opening the phrase is written small after the question word; a name stays as it is)
  // (a plural or a possessive opening it may be a name the tagger did not know: "Rangers manager?",
  // "Athlete's album …?")
  // (or a noun before another capitalised word, a name's first: "Migration Watch UK chairman?")
  const nameGoesOn = first.tags.includes('Noun') && !first.tags.includes('Adjective') && /^\p{Lu}/u.test(terms[1]?.text ?? '') && head > 0;
  const named = ['ProperNoun', 'Acronym', 'Possessive', 'Plural'].some((g) => first.tags.includes(g)) || /^\p{Lu}{2}/u.test(first.text) || /['’]s?$/.test(first.text) || !lexicon().isDictionaryWord(first.text) || nameGoesOn;
  // (with "the" before it: "Price of a ticket …?" → "What is the price of a ticket …?")
  const opened = named ? body : `the ${body[0]!.toLowerCase()}${body.slice(1)}`;
  return `${person ? 'Who is' : plural ? 'What are' : 'What is'} ${opened}?`;
}

/** A list question counts fewer things than this ("Which two ..."); a bigger number is an amount. */
const MAX_COUNT = 50;

/** Prefixes a hyphen joins to a verb, making another verb ("re-signed", "co-wrote"), no modifier. */
const VERB_PREFIX = /^(re|co|pre|un|de|mis|dis|over|under|out)$/i;
/** Participles a name hyphened before them makes a modifier of ("Colombian-born", "UK-based", "US-led"). */
const NAME_PARTICIPLE = /^(born|bred|based|made|built|owned|led|run|backed|funded|listed|registered|educated|trained)$/;

/** Superlatives of an amount that may stand for their noun ("What is the [longest] a patient should wait?"). */
const AMOUNT_SUPERLATIVE = /^(longest|shortest|most|least|highest|lowest|maximum|minimum)$/;
/** Verbs of lasting or waiting (base forms; WordNet lemmatises the question's): the amount such a superlative stands for is a length of time. */
const LASTING_VERB = /^(wait|last|stay|take|serve|spend|remain|live|go)$/;
/** Verbs of earning or paying (base forms): the amount such a superlative stands for is a sum. */
const MONEY_VERB = /^(earn|pay|cost|charge|raise|spend|borrow|lend|owe|fine|afford)$/;

/**
 * Analyses a (validated) question: the kind of answer wanted, whether it wants a list, and its
 * content words with their roles. Names, the main verb and the noun asked about are essential:
 * evidence that lacks one of them cannot support an answer.
 *
 * @example
 * analyzeQuestion('Who runs Emennet Pasargad?')
 * // { form: 'wh', kind: 'person', list: false,
 * //   terms: [{ text: 'runs', role: 'verb', essential: true, ... }, { text: 'Emennet', role: 'entity', ... }, ...] }
 */
export function analyzeQuestion(asked: string): Question {
  const text = phraseAsked(countAsked(nameAsked(asWhich(frontedPhrase(expandContractions(cleanQuestion(asked)))))));
  const doc = nlp(text);
  const json = doc.json({ terms: { offset: false } }) as Array<{ terms: Array<{ text: string; tags: string[]; pre: string; post: string }> }>;
  // ("Which world number one won the award?": "won" after a number, the verb, as in passages; and
  // plural nouns and particles the tagger read otherwise, as in passages: "ask firms to roll over")
  for (const sentence of json) { wonAsVerb(sentence.terms); nounsAndParticles(sentence.terms); }
  const toks: Tok[] = json.flatMap((s) => s.terms).filter((t) => t.text).map((t) => ({ text: t.text, tags: new Set(t.tags), lower: t.text.toLowerCase(), pre: t.pre, post: t.post }));
  // a common plural in the possessive ("which states' voters") is a noun, whatever the tagger made of it
  const pluralPossessive = (t: Tok) => /^\p{Ll}.*s$/u.test(t.text) && /^['’](\s|$)/.test(t.post ?? '');
  for (const t of toks) if (pluralPossessive(t)) t.tags = new Set(['Noun', 'Plural', 'Possessive']);
  // a hyphened pair of lower-case words right after "which" or "what", before a noun, modifies the
  // noun asked about ("Which warm-up event …?", "What cross-border deal …?"), whatever the tagger
  // made of its parts (a phrasal verb, "warm up")
  for (let k = 1; k + 2 < toks.length; k++) {
    const [a, b, c] = [toks[k]!, toks[k + 1]!, toks[k + 2]!];
    // (or a name before a participle: "Which Colombian-born actress …?", "Which UK-based firm …?")
    const namedFirst = /^\p{Lu}[\p{L}]*$/u.test(a.text) && NAME_PARTICIPLE.test(b.text);
    if (!/^(which|what)$/i.test(toks[k - 1]!.text) || a.post !== '-' || VERB_PREFIX.test(a.text) || !(/^\p{Ll}+$/u.test(a.text) || namedFirst) || !/^\p{Ll}+$/u.test(b.text) || !/^\s+$/.test(b.post ?? '') || !/^\p{Ll}/u.test(c.text)) continue;
    if (!(c.tags.has('Noun') || lexicon().senses(lexicon().lemma(c.lower, 'noun'), 'noun').length > 0) || c.tags.has('Pronoun') || c.tags.has('Determiner') || c.tags.has('Preposition')) continue;
    a.tags = new Set(['Adjective', 'Hyphenated']);
    b.tags = new Set(['Adjective', 'Hyphenated']);
    // (and the noun it modifies is one, though the tagger read a verb: "which long-term contract")
    if (c.tags.has('Verb') && !c.tags.has('Auxiliary') && !c.tags.has('Copula')) c.tags = new Set(['Noun', 'Singular']);
  }

  // (so, anywhere, is a run of lower-case words hyphens join before the noun that ends a phrase: "the
  // year-on-year rise in …", "the euro's all-time high" — not its last word the noun asked about)
  for (let k = 0; k + 1 < toks.length; k++) {
    let m = k;
    while (m + 1 < toks.length && toks[m]!.post === '-' && /^\p{Ll}+$/u.test(toks[m]!.text) && /^\p{Ll}+$/u.test(toks[m + 1]!.text)) m++;
    const c = toks[m + 1];
    // (only where the hyphened part would be read as the noun, "year", not "rate-setting"; and where
    // that noun ends the phrase, the one asked about: "the cut-rate phone service" has its own)
    if (!toks[m]!.tags.has('Noun') || toks[m]!.tags.has('Gerund') || /ing$/.test(toks[m]!.lower)) { k = m; continue; }
    const after = toks[m + 2];
    if (m === k || VERB_PREFIX.test(toks[k]!.text) || !/^\s+$/.test(toks[m]!.post ?? '') || !c || (!!after && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun') && !after.tags.has('Preposition')) || !/^\p{Ll}+$/u.test(c.text) || c.tags.has('Preposition') || c.tags.has('Determiner') || c.tags.has('Pronoun') ||
      !(c.tags.has('Noun') || lexicon().senses(lexicon().lemma(c.lower, 'noun'), 'noun').length > 0) || (c.tags.has('Verb') && !c.tags.has('Noun') && !c.tags.has('Adjective'))) { k = m; continue; }
    for (let x = k; x <= m; x++) if (!toks[x]!.tags.has('Adjective')) toks[x]!.tags = new Set(['Adjective', 'Hyphenated']);
    k = m;
  }

  let kind: AnswerKind = 'thing';
  let list = false;
  let often = false;
  let count: number | undefined;
  let headIndex = -1;
  /** "kind" in "what kind of …": it only says a sort is asked for (see SORT_NOUNS). */
  let sortNoun = -1;
  /** The kind the noun asked about named, when it named one. */
  let headKind: AnswerKind = 'thing';
  const whIndex = toks.findIndex((t) => WH.has(t.lower));
  const wh = whIndex >= 0 ? toks[whIndex]!.lower : '';
  const next = toks[whIndex + 1];
  const isCopula = (t?: Tok) => !!t && (t.tags.has('Copula') || ['is', 'are', 'was', 'were'].includes(t.lower));

  // A compound's head is its last noun: "which US treasury secretary", "what record level".
  // The tagger reads some nouns in questions as verbs ("drugs tests were", "what record level"):
  // a word with a noun sense then counts as a noun where a verb cannot stand.
  const hasNounSense = (t: Tok) => lexicon().senses(lexicon().lemma(t.lower, 'noun'), 'noun').length > 0;
  const changeVerbAt = (i: number) => lexicon().isKindOf(toks[i]!.lower, 'verb', CHANGE_OF_AMOUNT, CHANGE_SENSES, CHANGE_DEPTH) || MARKET_MOVES.test(lexicon().lemma(toks[i]!.lower, 'verb'));
  const hasVerbSense = (t: Tok) => lexicon().senses(lexicon().lemma(t.lower, 'verb'), 'verb').length > 0;
  // ("the chief of Emennet Pasargad": the tagger may take "of" for part of a name, a noun)
  const plainNoun = (t?: Tok) => !!t && t.tags.has('Noun') && !PREPOSITIONS.has(t.lower) && !t.tags.has('Pronoun') && !t.tags.has('Verb') && !t.tags.has('Possessive') && !/^\p{Lu}/u.test(t.text) && !/['’]s$/.test(t.text);
  const auxiliary = (t?: Tok) => !!t && (t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('Modal') || /^(do|does|did|has|have|had)$/.test(t.lower));
  // a noun the tagger read as a verb between a noun after a preposition and a name: the last word
  // of a name's description ("managing director of games firm Lateral Visions"), no verb
  for (let k = 2; k + 1 < toks.length; k++) {
    const [before, prev, t, name] = [toks[k - 2]!, toks[k - 1]!, toks[k]!, toks[k + 1]!];
    if (!t.tags.has('Verb') || auxiliary(t) || !/^\p{Ll}+$/u.test(t.text) || !hasNounSense(t) || !plainNoun(prev) || !/^\p{Lu}/u.test(name.text)) continue;
    if (before.tags.has('Preposition') || before.tags.has('Determiner')) t.tags = new Set(['Noun', 'Singular']);
  }
  // a noun for a place in an order the tagger read as a verb right after "which" or "what", before
  // an auxiliary or a preposition: no verb stands there ("Which turn at the helm … does this year
  // mark?", "What seeding did Ljubicic hold?"). (Any noun so read, retagged, lost more than it won on
  // the probe questions: a noun's synonyms are not a verb's, "What position does X play?" matched
  // "back", "left")
  if (whIndex >= 0 && /^(which|what)$/.test(toks[whIndex]!.lower)) {
    const t = toks[whIndex + 1];
    const after = toks[whIndex + 2];
    if (t && after && t.tags.has('Verb') && (RANK_NOUN.test(t.lower) || ORDINAL_NOUN.test(t.lower)) && (auxiliary(after) || after.tags.has('Preposition'))) t.tags = new Set(['Noun', 'Singular']);
  }
  // a question in the order of a statement, as one asked inside another ("do you know which state
  // Johnny Depp was born in?", its request stripped): the word after "which" or "what" and its
  // modifiers, before a name or an article that a verb of its own follows, is the noun asked about,
  // whatever the tagger made of it ("state", "club")
  if (whIndex >= 0 && /^(which|what)$/.test(toks[whIndex]!.lower)) {
    let k = whIndex + 1;
    while (k < toks.length && (toks[k]!.tags.has('Adjective') || toks[k]!.tags.has('Acronym')) && !auxiliary(toks[k])) k++;
    const [t, after] = [toks[k], toks[k + 1]];
    // (not an owner after it, "Which rock group's CD …?", the order of a question)
    const subject = !!after && !after.tags.has('Possessive') && !/['’]s?$/.test(after.text) && ((/^\p{Lu}/u.test(after.text) && !after.tags.has('Verb')) || after.tags.has('Determiner'));
    if (t && after && subject && t.tags.has('Verb') && !auxiliary(t) && /^\p{Ll}+$/u.test(t.text) && hasNounSense(t) && toks.slice(k + 2).some((x) => auxiliary(x) || (x.tags.has('Verb') && !x.tags.has('Noun')))) t.tags = new Set(['Noun', 'Singular']);
  }
  // "Where does Austin Aitken live?", "Where does Aitken work?": after "do" and a name, a word in its
  // base form with a verb sense is the verb, whatever the tagger made of it (an adjective, a noun)
  if (whIndex >= 0 && /^(do|does|did)$/.test(toks[whIndex + 1]?.lower ?? '')) {
    let k = whIndex + 2;
    while (k < toks.length && /^\p{Lu}/u.test(toks[k]!.text) && !/['’]s?$/.test(toks[k]!.text)) k++;
    const t = toks[k];
    if (k > whIndex + 2 && t && !t.tags.has('Verb') && /^\p{Ll}+$/u.test(t.text) && hasVerbSense(t) && lexicon().lemma(t.lower, 'verb') === t.lower) t.tags = new Set(['Verb', 'Infinitive']);
  }
  // a capitalised noun after a number above one, in a form WordNet reads as a plural, is one: "Which
  // two Tories …?" (the tagger gives "Tories" no number)
  for (let k = 1; k < toks.length; k++) {
    const [n, t] = [toks[k - 1]!, toks[k]!];
    if (!n.tags.has('Cardinal') || /^(one|1|a)$/i.test(n.text) || !/^\p{Lu}\p{Ll}+s$/u.test(t.text) || !t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('Singular')) continue;
    if (lexicon().lemma(t.lower, 'noun') !== t.lower) t.tags = new Set([...t.tags, 'Plural']);
  }
  /** A base-form "verb" that is also a noun ("record", "treasury"). */
  const nounVerb = (t?: Tok) => !!t && t.tags.has('Verb') && t.tags.has('Infinitive') && !auxiliary(t) && !/^\p{Lu}/u.test(t.text) && hasNounSense(t);
  /** An "adjective" with a noun sense where no noun follows ("which firm does", "what security firm warned"): the tagger's adjective is the noun. */
  const adjectiveNoun = (k: number): boolean => {
    const t = toks[k];
    const after = toks[k + 1];
    // (or a plural the tagger read for the question's verb: "Which firm employs …?")
    return !!t && t.tags.has('Adjective') && !/^\p{Lu}/u.test(t.text) && hasNounSense(t) && (!after || auxiliary(after) || after.tags.has('Verb') || after.tags.has('Preposition') || pluralVerb(k + 1));
  };
  // ("Which lock returns to the squad?": a plural with a verb sense before a preposition or an
  // article, with no verb after it, is the question's verb, not a noun)
  const pluralVerb = (k: number): boolean => {
    const t = toks[k];
    const after = toks[k + 1];
    // (or a name: "Which network shows Scrubs in the US?", or a name's role before it: "Which bank
    // employs economist Lian Chia Liang?")
    // (its describing words too: "employs senior bond analyst Evan Mann")
    let m = k + 1;
    while (toks[m] && /^\p{Ll}/u.test(toks[m]!.text) && (plainNoun(toks[m]) || toks[m]!.tags.has('Adjective'))) m++;
    const roleThenName = m > k + 1 && plainNoun(toks[m - 1]) && !toks[m - 1]!.tags.has('Plural') && /^\p{Lu}/u.test(toks[m]?.text ?? '');
    return !!t && t.tags.has('Plural') && hasVerbSense(t) && !!after && (after.tags.has('Preposition') || after.tags.has('Determiner') || (/^\p{Lu}/u.test(after.text) && !after.tags.has('Possessive')) || roleThenName) &&
      !toks.slice(k + 1).some((x) => x.tags.has('Verb'));
  };
  // whether the nouns from `k` run to the question's end or to a preposition
  const endsNounRun = (k: number): boolean => {
    while (plainNoun(toks[k + 1])) k++;
    return k + 1 === toks.length || toks[k + 1]!.tags.has('Preposition');
  };
  /** A word in -s the tagger read as a verb, right before a verb in the past that is no noun: the plural subject of that verb. */
  const pastAfterPlural = (k: number): boolean => {
    const t = toks[k]!;
    const after = toks[k + 1];
    return /[^s]s$/.test(t.lower) && t.tags.has('PresentTense') && !!after && after.tags.has('PastTense') && !after.tags.has('Noun') && !auxiliary(after);
  };
  const compoundHead = (i: number): number => {
    while (i + 1 < toks.length) {
      const n = toks[i + 1]!;
      // ("What were Fox's revenues [last year]?": a noun of time an adjective dates says when, and
      // ends the compound before it, whatever the tagger read the adjective as)
      if (DATING_ADJECTIVE.test(n.lower) && TIME_NOUN.test(toks[i + 2]?.lower ?? '')) break;
      // "Which city hosts the Qatar Open?": a plural "noun" with a verb sense before a determiner
      // or a name is the question's verb, not the end of a compound
      const after = toks[i + 2];
      // (or before a preposition, with no verb after it: "Which player returns to the squad?")
      const verbBeforeObject = (n.tags.has('Plural') && !!after && (after.tags.has('Determiner') || /^\p{Lu}/u.test(after.text)) && hasVerbSense(n)) ||
        (i === whIndex + 1 && pluralVerb(i + 1)) ||
        // ("Which team beat Munster 37-32 …?": a word with a verb sense right after the noun, before a
        // name, with no verb after it, is the question's verb)
        (i === whIndex + 1 && !!after && /^\p{Lu}/u.test(after.text) && /^\p{Ll}/u.test(n.text) && hasVerbSense(n) && !toks.slice(i + 2).some((x) => x.tags.has('Verb')));
      // "Which BBC project connecting people …": an -ing word with no noun sense is a participle
      // that starts a phrase about the noun ("training camp" is a compound: "training" is a noun)
      const participle = /ing$/.test(n.lower) && !hasNounSense(n) && hasVerbSense(n);
      if ((plainNoun(n) && !verbBeforeObject && !participle) || adjectiveNoun(i + 1)) { i++; continue; }
      // ("Which three-time world cross country 4km champion …?": so does a distance or a measure, "4km", "100m")
      if (/^\d+(?:\.\d+)?(?:km|m|cm|mm|kg|g|lb|mph|kph|mi)$/i.test(n.text) && plainNoun(toks[i + 2])) { i++; continue; }
      // ("Which future Russian leader …?": a word for one of a people between nouns goes on the compound)
      if (n.tags.has('Demonym') && /^\p{Lu}/u.test(n.text) && !n.tags.has('Possessive') && plainNoun(toks[i + 2])) { i++; continue; }
      // ("Which three credit rating agencies …?": an "-ing" word with a noun sense before another
      // noun goes on the compound, whatever the tagger read it as)
      if (/ing$/.test(n.lower) && !/^\p{Lu}/u.test(n.text) && hasNounSense(n) && plainNoun(toks[i + 2])) { i++; continue; }
      // "Who is the Tory shadow local government secretary?": after "who is", an adjective between
      // nouns ending the question goes on the compound ("local government secretary"), unless it
      // dates the noun after it ("captain last season"); so does one after the noun right after
      // "which" ("Which world indoor record did Bekele set?")
      if (n.tags.has('Adjective') && !/^\p{Lu}/u.test(n.text) && !DATING_ADJECTIVE.test(n.lower) && plainNoun(toks[i + 2]) && !TIME_NOUN.test(toks[i + 2]!.lower) &&
        ((isCopula(toks[whIndex + 1]) && endsNounRun(i + 2)) || (wh === 'which' && i === whIndex + 1))) { i++; continue; }
      // "Who is the mock elections project manager …?": after "who is", a base-form noun-verb before
      // another noun goes on the compound
      if (nounVerb(n) && plainNoun(toks[i + 2]) && isCopula(toks[whIndex + 1])) { i++; continue; }
      // "how many drugs tests were ...": a noun-verb before an auxiliary ends the compound
      // (as does a plural one before a verb in the past: "Which hedge funds planned …?", no verb
      // in -s being followed by another)
      if (n.tags.has('Verb') && !auxiliary(n) && !/^\p{Lu}/u.test(n.text) && hasNounSense(n) && (auxiliary(toks[i + 2]) || pastAfterPlural(i + 1))) i++;
      // "What is the Three Gorges Dam's sister dam (called)?": after "what is", a noun-verb ending
      // the question, or before the verb that names, ends the compound
      else if (n.tags.has('Verb') && !auxiliary(n) && !/^\p{Lu}/u.test(n.text) && hasNounSense(n) && isCopula(toks[whIndex + 1]) &&
        (!toks[i + 2] || NAME_VERBS.has(lexicon().lemma(toks[i + 2]!.lower, 'verb')))) i++;
      // "what is Clijsters' world ranking?": a gerund ending the question or before a preposition is a noun
      else if (n.tags.has('Gerund') && hasNounSense(n) && (!toks[i + 2] || toks[i + 2]!.tags.has('Preposition'))) i++;
      break;
    }
    return i;
  };
  /**
   * "Which Treasury Secretary said …", "Which Canadian set …": the last capitalised word before the
   * verb, a noun whose first sense is a person, is the noun asked about, written as a title. (A
   * plural one already is: "Which Democrats received …".)
   */
  const personTitle = (k: number): boolean => {
    const t = toks[k]!;
    const after = toks[k + 1];
    if (!/^\p{Lu}/u.test(t.text) || t.tags.has('Possessive') || /['’]s$/.test(t.text) || !after || /^\p{Lu}/u.test(after.text)) return false;
    // ("Who is the Leader of the Commons?": after "the", a title "of" joins to what it leads)
    const ofWhat = k > 0 && toks[k - 1]!.tags.has('Determiner') && after.lower === 'of';
    if (!(after.tags.has('Verb') || auxiliary(after) || ofWhat)) return false;
    // (not a people's adjective before a participle modifying a noun: "the Japanese distilled alcohol")
    if (t.tags.has('Demonym') && /ed$/.test(after.lower) && plainNoun(toks[k + 2])) return false;
    return lexicon().nounClasses(t.lower, 1)[0] === 'noun.person';
  };
  /** The word a head token stands for: "son-in-law" for its "law" (the tagger splits hyphenated words), when WordNet knows it. */
  const wordAt = (k: number): string => {
    const t = toks[k]!;
    if (!t.tags.has('Hyphenated')) return t.text;
    let a = k;
    let b = k;
    while (a > 0 && toks[a - 1]!.tags.has('Hyphenated')) a--;
    while (toks[b + 1]?.tags.has('Hyphenated')) b++;
    const whole = toks.slice(a, b + 1).map((x) => x.lower).join('-');
    return lexicon().senses(whole, 'noun').length > 0 || PLAYING_POSITION.test(whole) ? whole : t.text;
  };
  // "What are the hackers [charged with]?", "What is the firm accused of doing?": a participle
  // (not one that names, "What was the firm called?") and a preposition after the noun that ends
  // the question or leads into a gerund ("the virus found in June …" is a noun asked about)
  const passiveSubject = (k: number): boolean => {
    const verb = toks[k + 1];
    const prep = toks[k + 2];
    return !!verb && verb.tags.has('PastTense') && !NAME_VERBS.has(lexicon().lemma(verb.lower, 'verb')) && !!prep && PREPOSITIONS.has(prep.lower) &&
      (k + 3 === toks.length || !!toks[k + 3]!.tags.has('Gerund'));
  };
  // A lower-case noun in the possessive at token k ("region's" of "Which region's demise …?"), the
  // word without its ending and whether it is singular ("children's", "states'" are not)
  const ownerAt = (k: number): { word: string; singular: boolean } | null => {
    const t = toks[k];
    if (!t || !/^\p{Ll}/u.test(t.text) || !(t.tags.has('Possessive') || /['’]s$/.test(t.text))) return null;
    const word = t.lower.replace(/['’]s?$/, '');
    return { word, singular: lexicon().lemma(word, 'noun') === word };
  };
  // ("Which bank lost computer tapes?": a noun right after "which" or "what" the tagger read as a
  // verb, before a verb in the past it read as an adjective, is the noun asked about, and the
  // past form its verb)
  for (let k = 1; k + 1 < toks.length; k++) {
    const [a, b] = [toks[k]!, toks[k + 1]!];
    if (!/^(which|what)$/i.test(toks[k - 1]!.text) || !a.tags.has('Verb') || a.tags.has('Auxiliary') || a.tags.has('Copula') || a.tags.has('Modal') || a.tags.has('PastTense') || !/^\p{Ll}+$/u.test(a.text)) continue;
    if (b.tags.has('Verb') || !/^\p{Ll}+$/u.test(b.text) || lexicon().senses(lexicon().lemma(a.lower, 'noun'), 'noun').length === 0) continue;
    const bLemma = lexicon().lemma(b.lower, 'verb');
    if (bLemma === b.lower || lexicon().senses(bLemma, 'verb').length === 0 || !(IRREGULAR.verb[b.lower] !== undefined || /ed$/.test(b.lower))) continue;
    a.tags = new Set(['Noun', 'Singular']);
    b.tags = new Set(['Verb', 'PastTense']);
  }

  // The noun right after what/which/how many (skipping adjectives), or after "what is the".
  const findHead = (from: number, skipPossessive = true): number => {
    for (let i = from; i < toks.length; i++) {
      const t = toks[i]!;
      const nextTok = toks[i + 1];
      // ("Who is Gazprom set to merge with?": "set to", "due to", a plan or a hedge, is no noun asked about)
      if (/^(set|due|poised|bound)$/.test(t.lower) && nextTok?.lower === 'to') return -1;
      if (adjectiveNoun(i)) return i;
      if (personTitle(i)) return i;
      if (t.tags.has('Determiner') || t.tags.has('Adjective') || (t.tags.has('Demonym') && !t.tags.has('Plural')) || t.tags.has('Value')) continue;
      // "which us treasury secretary", "what record level": a pronoun or verb can't modify the noun
      // after it, so it is a (mis-tagged) noun that does
      const pronounModifier = i === from && t.tags.has('Pronoun') && (plainNoun(nextTok) || nounVerb(nextTok));
      // ("which research firm does": the tagger's adjective "firm" is the noun; "what operating
      // margin": a gerund right after the question word modifies the noun after it)
      // ("Which lock returns to the squad?": a noun-verb before a plural that is the question's verb
      // is the noun asked about, not a modifier)
      if (i === from && wh === 'which' && nounVerb(t) && pluralVerb(i + 1)) return i;
      const verbModifier = ((nounVerb(t) && (i === from || nounVerb(toks[i - 1]) || toks[i - 1]!.tags.has('Pronoun'))) || (i === from && t.tags.has('Gerund'))) && (plainNoun(nextTok) || adjectiveNoun(i + 1));
      // ("how many scheduled flights": a past participle right after the question word before a
      // plural noun modifies it)
      // (or a singular one before "do" or "be": "What banned substance did Koubek test positive for?")
      const participleModifier = i === from && t.tags.has('Verb') && /ed$/.test(t.lower) && !!nextTok && (nextTok.tags.has('Plural') || auxiliary(toks[i + 2])) && plainNoun(nextTok);
      // ("Which games giants will …": after "which", a plural noun the tagger read as a verb, before
      // a noun, modifies it)
      const pluralModifier = i === from && wh === 'which' && t.tags.has('PresentTense') && /s$/.test(t.lower) && !auxiliary(t) && hasNounSense(t) && plainNoun(nextTok);
      // ("What is the most recently proposed date …?": a past participle after "the" or a modifier
      // of its own, before a noun, modifies it, as does an adverb before such a participle)
      const prev = toks[i - 1];
      const modifiedParticiple = (k: number) => !!toks[k] && toks[k]!.tags.has('Verb') && /ed$/.test(toks[k]!.lower) && plainNoun(toks[k + 1]);
      // ("What is the Japanese distilled alcohol shochu made from?": or a people's adjective)
      const leadModifier = i > from && !!prev && (prev.tags.has('Determiner') || prev.tags.has('Adverb') || prev.tags.has('Adjective') || prev.tags.has('Demonym')) && modifiedParticiple(i);
      const adverbModifier = t.tags.has('Adverb') && /ly$/.test(t.lower) && modifiedParticiple(i + 1);
      // ("the title of Leroi's winning book": an "-ing" form after an owner, before a noun, modifies it)
      const ownedGerund = i > from && t.tags.has('Gerund') && !!prev && (prev.tags.has('Possessive') || /['’]s$/.test(prev.text)) && plainNoun(nextTok);
      if (pronounModifier || verbModifier || participleModifier || pluralModifier || leadModifier || adverbModifier || ownedGerund) continue;
      // "Which states' voters got …?": a plural in the possessive right after the question word is
      // what is asked about (which states). (A singular one stays a modifier: "Which institution's
      // research …?" is answered from sentences about the research; read as the noun asked about, it
      // lost right answers on dev.)
      if (i === from && i === whIndex + 1 && pluralPossessive(t)) return i;
      if (skipPossessive && (t.tags.has('Possessive') || /['’]s$/.test(t.text))) continue; // "Iran's ambassador"
      // ("What CD did Mr Skeens buy?": letters WordNet has as a common noun, right after the
      // question word and before its verb, are the noun asked about)
      if (i === from && from === whIndex + 1 && !!nextTok && auxiliary(nextTok) && commonNounLetters(t)) return i;
      // "Which Iranian company": a name used as a modifier of the noun after it
      const cap = /^\p{Lu}/u.test(t.text);
      const nounNext = nextTok && !/^\p{Lu}/u.test(nextTok.text) && (nextTok.tags.has('Noun') || hasNounSense(nextTok));
      // (the tagger may read it as a verb: "Which Labour minister …?"; no verb follows "which" in capitals)
      if (cap && nounNext && (!t.tags.has('Verb') || (i === whIndex + 1 && wh === 'which' && hasNounSense(t)))) continue;
      // ("Which BBC political correspondent said …?": a name before adjectives and the noun they modify)
      if (cap && !t.tags.has('Verb') && !!nextTok && nextTok.tags.has('Adjective') && /^\p{Ll}/u.test(nextTok.text)) {
        let k = i + 1;
        while (toks[k] && toks[k]!.tags.has('Adjective') && /^\p{Ll}/u.test(toks[k]!.text) && !hasNounSense(toks[k]!)) k++;
        if (k > i + 1 && plainNoun(toks[k])) continue;
      }
      // "Which UK Athletics official", "Which University of Strathclyde professor": a name of several
      // words modifying the noun after it
      // (the tagger may read the first as a verb here too: "Which Labour MP said …?")
      if (cap && nextTok && (!t.tags.has('Verb') || (i === whIndex + 1 && wh === 'which' && hasNounSense(t) && /^\p{Lu}/u.test(nextTok.text)))) {
        let k = i;
        while (toks[k + 1] && (/^\p{Lu}/u.test(toks[k + 1]!.text) || (NAME_JOINERS.has(toks[k + 1]!.lower) && /^\p{Lu}/u.test(toks[k + 2]?.text ?? '')))) k++;
        // "Which Treasury Secretary said …": the title ends the name
        if (k > i && personTitle(k)) return k;
        // ("Which US Undersecretary of State is meeting …?": a title "of" joins to what it heads, before the verb)
        const verbAfter = toks[k + 1];
        if (k > i && verbAfter && (verbAfter.tags.has('Verb') || auxiliary(verbAfter))) {
          for (let m = k - 2; m >= i; m--) if (toks[m + 1]!.lower === 'of' && /^\p{Lu}/u.test(toks[m]!.text) && lexicon().nounClasses(toks[m]!.lower, 1)[0] === 'noun.person') return m;
        }
        const after = toks[k + 1];
        // (not the lower-case end of a hyphenated name: "the CEO of Authenti-corp")
        if (k > i && after && /^\p{Ll}/u.test(after.text) && !auxiliary(after) && !/-$/.test(toks[k]!.post ?? '') && (after.tags.has('Noun') || (!after.tags.has('Verb') && hasNounSense(after)))) { i = k; continue; }
        // ("Who is Winn-Dixie's new chief executive?": a name of several words in the possessive owns what follows)
        if (k > i && skipPossessive && (toks[k]!.tags.has('Possessive') || /['’]s$/.test(toks[k]!.text))) { i = k; continue; }
      }
      if (t.tags.has('Noun') && !t.tags.has('Pronoun') && (!cap || t.tags.has('Plural'))) {
        const h = compoundHead(i);
        // ("Who is the chief police officers' spokesman?": a compound ending in a plural in the
        // possessive owns the noun after it, which is the one asked about)
        const owner = toks[h + 1];
        if (skipPossessive && wh === 'who' && !!owner && /^\p{Ll}.*s$/u.test(owner.text) && owner.tags.has('Possessive') && plainNoun(toks[h + 2])) { i = h + 1; continue; }
        return h;
      }
      // "Which US state had ...": the tagger read "state" as a verb, but a verb follows it
      // ("Who is taking over …?": a particle after it makes it the verb)
      const verbNext = nextTok && !nextTok.tags.has('Particle') && (nextTok.tags.has('Verb') || nextTok.tags.has('Auxiliary') || nextTok.tags.has('Copula'));
      // (unless that verb is an "-ing" noun of a compound going on: "Which three credit rating agencies …?")
      // (not the copula before a passive's verb: "What was sold?", whose "was" WordNet has as a
      // noun, "WA")
      if (!cap && verbNext && t.tags.has('Copula')) return -1;
      if (!cap && verbNext && hasNounSense(t)) return /ing$/.test(nextTok.lower) && hasNounSense(nextTok) && plainNoun(toks[i + 2]) ? compoundHead(i) : i;
      // ("… won the deciding set by what [score]?", "… passed what [figure]?": a word ending the
      // question right after its question word is the noun asked about, whatever the tagger read)
      if (!cap && i === whIndex + 1 && i === toks.length - 1 && hasNounSense(t)) return i;
      return -1;
    }
    return -1;
  };

  switch (wh) {
    case 'who':
    case 'whom':
    case 'whose':
      kind = 'person';
      if (next && ['are', 'were'].includes(next.lower)) list = true;
      // ("Who will be the principal beneficiary …?", "Who has been the club's captain?": "be" after a
      // modal or "has" is the copula)
      const beAt = isCopula(next) ? whIndex + 1 : next && (next.tags.has('Modal') || /^(has|have|had)$/.test(next.lower)) && /^(be|been)$/.test(toks[whIndex + 2]?.lower ?? '') ? whIndex + 2 : -1;
      if (beAt >= 0) headIndex = findHead(beAt + 1); // "Who is Iran's ambassador to Iraq?"
      // "Who is at the head of X?", "Who is on the board of X?": the noun after the preposition
      if (beAt >= 0 && headIndex < 0 && PREPOSITIONS.has(toks[beAt + 1]?.lower ?? '')) headIndex = findHead(beAt + 2);
      // "Who is the world's biggest insurer?": a noun for a body asks for a body (not "Who is the
      // chief exec of the refugee council?": a noun with "of" after it is mostly a post in a body)
      // (a noun, not a word WordNet also has as an acronym: "Who was the Treasury Secretary who …?")
      if (beAt >= 0 && headIndex >= 0 && toks[headIndex]!.tags.has('Noun') && toks[headIndex + 1]?.lower !== 'of' && classOf(wordAt(headIndex)) === 'organization' &&
        // (a watchdog asked for by "who" may be the person: "Who's the standards watchdog looking into …?")
        !BODY_OR_PERSON.test(toks[headIndex]!.lower)) kind = headKind = 'organization';
      break;
    case 'when':
      kind = 'date';
      break;
    case 'why':
      kind = 'reason';
      break;
    case 'where':
      kind = 'place';
      break;
    case 'how': {
      const w = next?.lower;
      if (w === 'many') { kind = 'number'; headIndex = findHead(whIndex + 2, false); }
      // "how much compensation / profit / debt": WordNet files money words under noun.possession
      else if (w === 'much') {
        kind = 'money';
        // (no noun after "much" when a modal follows it: "By how much will prices rise?" asks of no "will")
        // (nor after a perfect's "has been": "How much has been pledged so far?" asks of no "has")
        if (!toks[whIndex + 2]?.tags.has('Modal') && !(/^(has|have|had)$/.test(toks[whIndex + 2]?.lower ?? '') && toks[whIndex + 3]?.lower === 'been')) headIndex = findHead(whIndex + 2);
        // (not the subject of "cost" after "does": "How much does chip and pin cost banks?" asks a sum)
        if (headIndex >= 0 && !/money|cost|price|fund|cash|dollar/.test(toks[headIndex]!.lower) && !lexicon().nounClasses(toks[headIndex]!.text, 2).includes('noun.possession') &&
          !(/^(do|does|did|will|would|could|can|might|may)$/.test(toks[whIndex + 2]?.lower ?? '') && toks.slice(headIndex + 1).some((t) => /^costs?$/.test(t.lower)))) kind = 'number';
        if (headIndex >= 0 && toks[headIndex]!.lower === 'time') kind = 'duration'; // "how much (prison) time"
        // ("How much faster will Cell run than current PC chips?": a comparison not of money is a
        // multiple or a share, "10-times faster", "30% faster", which a count's reading finds)
        const compared = toks[whIndex + 2];
        if (headIndex < 0 && compared?.tags.has('Comparative') && compared.tags.has('Adjective') && !MONEY_COMPARATIVE.test(compared.lower)) kind = 'number';
        // "By how much has the number of lost laptops risen?": a count changing, not a sum of money
        if (headIndex < 0 && toks.some((t, i) => i > whIndex + 2 && COUNT_NOUN.test(t.lower) && toks[i + 1]?.lower === 'of')) kind = 'number';
        // "How much of Ferrari does Fiat own?", "How much of its revenue …?": a share of a whole
        // ("a 56% stake", "more than 80%"), as "what share" asks; a share of a sum of money ("How
        // much of the £264m …?", "of his own money") is itself a sum
        if (toks[whIndex + 2]?.lower === 'of') {
          const whole = toks.slice(whIndex + 3, whIndex + 8);
          if (!whole.some((t) => t.tags.has('Money') || /[$£€¥]/.test(t.text) || /^(money|cash|funds?)$/.test(t.lower))) kind = 'number';
        }
      }
      else if (w === 'old') kind = 'age';
      // "How cheap have inkjet printers become?", "How expensive is the console?": a price
      else if (w && PRICE_ADJECTIVE.test(w)) kind = 'money';
      // "How often does Microsoft update its index?": a span of time between times ("every two days"),
      // or a word for one ("monthly")
      else if (w === 'often') { kind = 'duration'; often = true; }
      // "How quickly was the IPO sold?": the time it took ("within 10 minutes")
      else if (w && /^(quickly|soon|rapidly|swiftly)$/.test(w)) kind = 'duration';
      // ("How long was Lombard banned for?": a verb in the passive after the copula lasts, as a
      // length of time)
      // (the copula right after "how long": "How long had Victoria Lapete been apart from her sister
      // before they were reunited?" asks for a time, whatever a later clause's verb)
      else if (w === 'long') kind = /^(is|was|are|were)$/.test(toks[whIndex + 2]?.lower ?? '') && !toks.some((t) => LASTING_VERB_WORD.test(t.lower)) && !lastingThing(toks) && !passiveAfterCopula(toks) ? 'measure' : 'duration';
      else if (w && /^(wide|tall|high|far|deep|big|large|heavy|fast|thick|hot|cold|warm)$/.test(w)) {
        kind = 'measure';
        // "How big was Softbank's operating loss?", "How large is the majority?": the size of a sum
        // of money or of an amount is that sum or amount, not a length
        // ("How big a fine do they face?": the noun after "a" is sized, up to the verb's auxiliary)
        const sizedAfterArticle = /^(a|an)$/.test(toks[whIndex + 2]?.lower ?? '');
        if (/^(big|large|high)$/.test(w) && (isCopula(toks[whIndex + 2]) || sizedAfterArticle)) {
          // (the noun phrase's last noun: "Softbank's operating loss", "the loss in 2004")
          let sized = -1;
          for (let i = whIndex + 3; i < toks.length && !toks[i]!.tags.has('Preposition') && /^[\p{L}\d'’-]/u.test(toks[i]!.text) && !(sizedAfterArticle && auxiliary(toks[i])); i++) {
            if (toks[i]!.tags.has('Noun') && !toks[i]!.tags.has('Possessive') && !/['’]s$/.test(toks[i]!.text)) sized = i;
          }
          const sizedKind = sized >= 0 ? classOf(toks[sized]!.text) : null;
          // ("How big a pay cut would pilots accept?": a change of an amount is sized as a count's
          // reading finds it, "a 32% pay cut", not as a sum a sense of "cut" names)
          if (sizedAfterArticle && sized >= 0 && lexicon().isKindOf(toks[sized]!.lower, 'verb', CHANGE_OF_AMOUNT, CHANGE_SENSES, CHANGE_DEPTH)) kind = 'number';
          else if (sizedKind === 'money' || sizedKind === 'number') kind = sizedKind;
          // ("How big is the UK's rebate?": a thing owned, by its first sense, is sized by its sum
          // of money; a share of one by its rate: "How big is Fiat's stake?")
          else if (sized >= 0 && !sizedKind && lexicon().nounClasses(toks[sized]!.lower, 1)[0] === 'noun.possession') kind = STAKE.test(toks[sized]!.lower) ? 'number' : 'money';
          // ("How big is the gaming industry?", "How large was the crowd?": a body's or a group's size
          // is a sum or a count, not a length)
          else if (sized >= 0 && lexicon().nounClasses(toks[sized]!.lower, 1)[0] === 'noun.group') kind = 'number';
          // ("How big is Argentina's debt restructuring offer?": a noun sized by a sum the word before
          // it names, "debt", "tax", is that sum)
          // (not after "a": "How big a tax increase …?" asks a rate as often)
          else if (sized >= 0 && !sizedAfterArticle && toks.slice(whIndex + 3, sized).some((t) => t.tags.has('Noun') && !t.tags.has('Possessive') && !/['’]s$/.test(t.text) && /^\p{Ll}/u.test(t.text) &&
            lexicon().nounClasses(t.lower, SUM_SENSES).includes('noun.possession'))) kind = 'money';
        }
      }
      else if (next && (next.tags.has('Verb') || next.tags.has('Auxiliary'))) kind = 'manner'; // "How did they ...?"
      break;
    }
    case 'what':
    case 'which': {
      // "What is the longest a patient should wait …?", "What is the most he can earn?": a
      // superlative standing for its noun, a clause after it, asks for the amount itself — a
      // length of time when the clause waits or lasts, a sum when it earns or costs, else a count
      const most = toks[whIndex + 3];
      const after = toks[whIndex + 4];
      if (wh === 'what' && isCopula(next) && toks[whIndex + 2]?.lower === 'the' && !!most && AMOUNT_SUPERLATIVE.test(most.lower) && !!after && (after.tags.has('Determiner') || after.tags.has('Pronoun'))) {
        const verbs = toks.slice(whIndex + 4).map((t) => lexicon().lemma(t.lower, 'verb'));
        kind = /^(longest|shortest)$/.test(most.lower) ? (verbs.some((v) => LASTING_VERB.test(v)) ? 'duration' : 'measure') : verbs.some((v) => MONEY_VERB.test(v)) ? 'money' : 'number';
        break;
      }
      // "What sort of emails …": the tagger may read "sort of" as an adverb
      if (next && SORT_NOUNS.test(next.lower) && toks[whIndex + 2]?.lower === 'of') {
        const sorted = findHead(whIndex + 3);
        if (sorted >= 0) {
          sortNoun = whIndex + 1;
          headIndex = sorted;
          break;
        }
      }
      headIndex = findHead(whIndex + 1);
      if (headIndex < 0 && isCopula(next)) headIndex = findHead(whIndex + 2);
      // ("What will Hyundai's annual production capacity be?": a modal, its subject, then "be")
      if (headIndex < 0 && !!next && next.tags.has('Modal') && toks[toks.length - 1]?.lower === 'be') headIndex = findHead(whIndex + 2);
      const head = headIndex >= 0 ? toks[headIndex]! : undefined;
      if (head && headIndex === findHead(whIndex + 1)) {
        kind = classOf(wordAt(headIndex)) ?? 'thing';
        // ("Which justice said …?": a noun with a person's sense among its first, the subject of a
        // verb of saying, asks for that person, though a "justice" is first fairness)
        const says = toks[headIndex + 1];
        if (kind === 'thing' && !!says && says.tags.has('Verb') && lexicon().verbClasses(says.lower, SAYING_SENSES).includes('verb.communication') &&
          lexicon().nounClasses(lexicon().lemma(head.lower, 'noun'), SAYER_SENSES).includes('noun.person')) kind = 'person';
        // "What prison time does Kashian face?", "What jail terms do they face?": a length of time,
        // not a time of day nor a thing
        if ((kind === 'date' || kind === 'thing') && /^(time|terms?|sentences?)$/.test(head.lower) && /^(prison|jail|custodial)$/.test(toks[headIndex - 1]?.lower ?? '')) kind = 'duration';

        // "What stake has Bates bought?", "What stake does Standard Life own …?": the object of
        // another subject's verb, a stake or an index is read as its size or level ("a 50% stake");
        // not the subject asked, "Which index fell most?", which is named
        // (nor "which", which asks for one of several by name: "Which index could Cairn be relegated from?")
        if (kind === 'thing' && wh !== 'which' && LEVEL_NOUN.test(head.lower) && OBJECT_AUX.test(toks[headIndex + 1]?.lower ?? '')) kind = 'number';
        // ("Which Peruvian international …?": one capped by a side, a player, after a people's or a
        // country's name, though WordNet's "international" is first a socialist body)
        const capper = toks[headIndex - 1];
        if (/^internationals?$/.test(head.lower) && !!capper && /^\p{Lu}/u.test(capper.text) && (capper.tags.has('Demonym') || capper.tags.has('Place') || capper.tags.has('Country') || lexicon().senses(capper.lower, 'adj').length > 0)) kind = 'person';
        // ("What size monitor comes with the Dell?": a magnitude's noun before the noun asked about
        // asks how big that one is, "a 17 inch monitor", not which; "What length contract …?" how long)
        const extent = toks[whIndex + 1];
        // (not of an amount's noun, "What size stake …?", a share)
        if (headIndex > whIndex + 1 && !!extent && lexicon().nounClasses(extent.lower, 1)[0] === 'noun.attribute' && lexicon().isKindOf(extent.lower, 'noun', MAGNITUDE_KINDS, 1, EXTENT_DEPTH) &&
          !QUANTITY_CLASSES.has(lexicon().nounClasses(lexicon().lemma(head.lower, 'noun'), 1)[0] ?? '')) kind = classOf(extent.lower) === 'duration' ? 'duration' : 'measure';
        // ("Which world number one won …?": "number" and a number after it, a place in a ranking, asks
        // for whoever holds it)
        if (wh === 'which' && head.lower === 'number' && !!toks[headIndex + 1]?.tags.has('Cardinal') && !!toks[headIndex + 2]?.tags.has('Verb') && !toks[headIndex + 2]!.tags.has('Modal')) kind = 'person';
        headKind = kind;
        if (pluralNoun(head)) list = true;
        // ("Which group's presidency …?", "Which firm's shares fell?": a noun in the possessive right
        // after the question word for a person, a body or a place asks for one of those, no date or
        // count of what it owns; the noun it owns stays the one asked about, for the evidence)
        // (asking for that kind itself answered more wrong, "Which band's music …?" with a record
        // label: it asks for a thing, whose name a body's or a person's fits)
        // (a singular one: "Which children's show …?" asks for a show for children)
        const owner = headIndex > whIndex + 1 ? ownerAt(whIndex + 1) : null;
        if (owner?.singular) {
          // (one owner asked for, whatever it owns: "Which weblog's readers …?")
          list = false;
          // (nor a person for "Which weblog's readers …?", where the owner is no person)
          const ownerKind = classOf(owner.word);
          if ((kind === 'date' || kind === 'number') && (ownerKind === 'person' || ownerKind === 'organization' || ownerKind === 'place')) kind = 'thing';
          else if (kind === 'person' && ownerKind !== 'person') kind = 'thing';
        }
      } else if (head && passiveSubject(headIndex)) {
        // "What are the hackers charged with?": the noun is who the verb was done to, and the
        // answer what it was done with — no noun asked about
        headIndex = -1;
      } else if (head) {
        // "What is the capital of France?" — the head names the thing wanted.
        kind = classOf(wordAt(headIndex)) ?? 'thing';
        // ("What was the ISM index in January?", "What was the maximum stake before?": an index's
        // level, a stake's size, "56.4", "40%")
        if (kind === 'thing' && isCopula(next) && LEVEL_NOUN.test(head.lower)) kind = 'number';
        // ("What was Lagat's time in the mile?": someone's time is how long they took, not when; see
        // also RACE_TIME below)
        if (kind === 'date' && head.lower === 'time' && /\p{L}['’]s?$/u.test(toks[headIndex - 1]?.text ?? '')) kind = 'duration';
        // ("What is the biggest power guzzler on a laptop?": "what", not "who", before the copula asks
        // for a thing where a common noun in lower case, no person's, makes the noun a compound,
        // though WordNet's noun is first a person's; not "What is China's biggest lender?", a bank;
        // "the name of …" is read below)
        const compound = toks[headIndex - 1];
        if (kind === 'person' && wh === 'what' && isCopula(next) && !!compound && /^\p{Ll}/u.test(compound.text) && compound.tags.has('Noun') && !compound.tags.has('Possessive') &&
          classOf(compound.text) !== 'person') kind = 'thing';
        // ("What is Rover's total workforce?": a group's total, after the copula, is its size)
        if ((kind === 'organization' || kind === 'thing') && compound?.lower === 'total' && isCopula(next)) kind = 'number';
        // ("What was The Osbournes' peak audience?": the size of those watching, reading or turning up)
        if (kind === 'organization' && isCopula(next) && AUDIENCE_NOUN.test(head.lower)) kind = 'number';
        headKind = kind;
        if (pluralNoun(head) && isCopula(next)) list = true; // "What were the two cities ...?"
      }
      // "What is the name of Emennet Pasargad's manager?": the noun after "the name of" says what is
      // named (a person here); a name of something else is still a name ("the name of the film")
      // So is "the title of" a thing ("the title of the IPPR report"); a person's title is a role.
      if (head && /^(names?|titles?)$/.test(head.lower) && toks[headIndex + 1]?.lower === 'of') {
        const named = findHead(headIndex + 2);
        if (named >= 0 && !(/^titles?$/.test(head.lower) && classOf(wordAt(named)) === 'person')) {
          headIndex = named;
          const k = classOf(wordAt(named));
          kind = k === 'person' || k === 'organization' || k === 'place' ? k : 'name';
        }
      }
      // "What were total US exports worth in 2004?", "What is the deal worth?": a sum of money
      if (wh === 'what' && isCopula(next) && toks.some((t, i) => i > whIndex + 2 && t.lower === 'worth' && (i + 1 === toks.length || !/^\p{L}/u.test(toks[i + 1]!.text) || toks[i + 1]!.tags.has('Preposition') || toks[i + 1]!.tags.has('Conjunction')))) kind = 'money';
      // "What kind of organisation is Futurelab?": the noun after "kind of" is what is asked about,
      // and the answer says which kind ("non-profit organisation"), not a name
      // ("What is the type of …?")
      if (head && SORT_NOUNS.test(head.lower) && toks[headIndex + 1]?.lower === 'of') {
        const sorted = findHead(headIndex + 2);
        if (sorted >= 0) {
          sortNoun = headIndex;
          headIndex = sorted;
          kind = 'thing';
        }
      }
      break;
    }
  }

  // "Medicaid, the health programme for Americans", "King Arthur, out on DVD", "the tycoon (once
  // ranked the world's richest man)": what the question adds about a name it gives, or in
  // brackets, describes it; the sentence need not say it again, and it holds no main verb
  const aside = asides(toks);
  // The main verb: first verb after the wh-word that is not an auxiliary.
  let verbIndex = -1;
  // where a clause that sets the time begins ("… when they lost to New Zealand", "… after Bush won"):
  // the main verb comes before it (the checked stage: dev −1 wrong, SQuAD's train articles −2
  // wrong, train unchanged)
  const setting = toks.findIndex((t, i) => i > whIndex && i > 0 && TIME_CLAUSE.has(t.lower));
  // (nor does an attribution ending the question: "How much could a games starter disc cost,
  // according to Gerhard Florin?" asks about costing; "according" is no verb of the question)
  const attribution = toks.findIndex((t, i) => i > whIndex && ATTRIBUTION.test(t.lower) && toks[i + 1]?.lower === 'to' && !toks.slice(i + 2, -1).some((x) => /,/.test(x.post ?? '')));
  const mainEnd = Math.min(setting >= 0 ? setting : toks.length, attribution >= 0 ? attribution : toks.length);
  // a word the tagger reads as a verb that can be the question's main verb
  const mainVerb = (i: number): boolean => {
    const t = toks[i]!;
    if (aside.has(i)) return false;
    // ("be" after a modal is tagged a plain verb: "will … be released")
    if (!t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal') || /^(do|does|did|be|been|being)$/.test(t.lower)) return false;
    if (!hasVerbSense(t)) return false; // a tagging slip ("asylum")
    // ("What was Butler's winning time?": a form in -ing between a possessive and its noun modifies the noun)
    if (/ing$/.test(t.lower) && i > 0 && /['’]s?$/.test(toks[i - 1]!.text) && toks[i + 1] && /^\p{Ll}/u.test(toks[i + 1]!.text) && hasNounSense(toks[i + 1]!) && (i + 2 >= mainEnd || toks[i + 2]!.tags.has('Preposition'))) return false;
    // "How much has the BBC Global 30 risen …?": "has" before a participle is its auxiliary
    if (/^(has|have|had)$/.test(t.lower) && toks.slice(i + 1, mainEnd).some((x) => x.tags.has('Participle') && x.tags.has('Verb'))) return false;
    return !(ATTRIBUTION.test(t.lower) && toks[i + 1]?.lower === 'to'); // "according to the FAO" names a source
  };
  // (after the noun asked about: "what record level did ... hit", "how many drugs tests were ...")
  for (let i = Math.max(whIndex + 1, headIndex + 1, 0); i < mainEnd && verbIndex < 0; i++) if (mainVerb(i)) verbIndex = i;
  // ("How much were MCI shares up?": a word in -s the tagger read as a verb, after the copula that
  // follows the question word with no "do" or modal, names and modifiers alone between, is a plural
  // noun of the subject: no verb in the present takes "-s" after "were"; not "Who is the man who runs …?")
  if (verbIndex > whIndex + 1 && /s$/.test(toks[verbIndex]!.lower) && toks[verbIndex]!.lower !== lexicon().lemma(toks[verbIndex]!.lower, 'verb') && hasNounSense(toks[verbIndex]!) &&
    toks.slice(whIndex + 1, verbIndex).some((t, k) => t.tags.has('Copula') && toks.slice(whIndex + 2 + k, verbIndex).every((x) => /^\p{Lu}/u.test(x.text) || x.tags.has('Determiner') || x.tags.has('Adjective') || /['’]s?$/.test(x.text))) &&
    !toks.slice(whIndex + 1, verbIndex).some((t) => t.tags.has('Modal') || /^(do|does|did|has|have|had)$/.test(t.lower))) verbIndex = -1;
  // "Which Lib Dem said …?", "Which London MEP said …?": names alone between "which" and a verb of
  // saying (no noun WordNet knows as the one asked about) ask who said it — someone they describe
  if (wh === 'which' && kind === 'thing' && headIndex < 0 && verbIndex > whIndex + 1 && toks.slice(whIndex + 1, verbIndex).every((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has('Possessive') && !/['’]s$/.test(t.text)) &&
    lexicon().verbClasses(toks[verbIndex]!.lower)[0] === 'verb.communication') kind = 'person';
  // Do-support: "did the Treasury sanction ...", "will the new Clio cost": the bare word after the
  // subject is the verb, even where the tagger took it for a noun.
  const doAux = toks.findIndex((t, i) => i > whIndex && (/^(do|does|did)$/.test(t.lower) || t.tags.has('Modal')));
  const supported = (end: number): number => {
    // (the bare word in lower case ending the question, read as the verb past a subject with a
    // phrase of its own: "did sales in the generics business fall?", "did the head of the bank resign?")
    const bareAt = (k: number): number => {
      const w = toks[k];
      return w && /^\p{Ll}+$/u.test(w.text) && hasVerbSense(w) && lexicon().lemma(w.lower, 'verb') === w.lower && !w.tags.has('Preposition') ? k : -1;
    };
    const lastBare = (i: number): number => (end - 1 > i ? bareAt(end - 1) : -1);
    for (let i = doAux + 2; i < end; i++) {
      const t = toks[i]!;
      // (the question's last word, in lower case, is the verb though the tagger reads an
      // adjective: "Which film did Zach Braff direct?"; not one of having, "own", which the
      // articles give by a possessive as often, "Electrolux's brands include …")
      if (i + 1 === end && t.tags.has('Adjective') && /^\p{Ll}/u.test(t.text) && hasVerbSense(t) && !HAVING_CLASSES.has(lexicon().verbClasses(t.lower)[0] ?? '')) return i;
      if (/^\p{Lu}/u.test(t.text) || t.tags.has('Plural') || t.tags.has('Determiner') || t.tags.has('Adjective')) continue;
      // (not one inside a title, "did Shakespeare in Love win?", read as before: with "win" essential,
      // "Shakespeare in Love's victory in 1999" no longer supported it)
      if (t.tags.has('Preposition')) return /^\p{Lu}/u.test(toks[i - 1]?.text ?? '') && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '') ? -1 : lastBare(i);
      // a noun ending the subject before the verb that ends the question or its main clause, or
      // comes before a preposition: "did the deal cost?", "will the new Clio model cost?", "did the
      // Dow Jones index finish on the day after …?"
      const last = toks[i + 1];
      // ("did the Ifo index fall to …?": the tagger may read that "to" as a conjunction)
      // (the verb inside the main clause: not "according" of "… start, according to the report")
      // (or as a particle of a phrasal verb: "did Corus shares close in London?")
      if (i + 1 < end && (i + 2 === end || toks[i + 2]?.tags.has('Preposition') || toks[i + 2]?.tags.has('Particle') || toks[i + 2]?.lower === 'to') && last && /^\p{Ll}/u.test(last.text) && hasNounSense(t) && hasVerbSense(last)) return i + 1;
      // (a noun after an article, before its phrase, is the subject's: "did [the head] of the bank resign?"; not "did Lord Archer sue for libel?")
      const headed = !!toks[i - 1]?.tags.has('Determiner') && !!toks[i + 1]?.tags.has('Preposition') && hasNounSense(t);
      // (nor one of a run of nouns in lower case up to the bare word ending the question: "will the
      // consumer [price] index rise?")
      // (a subject an article opens: not "would the Lib Dems [increase] income tax?")
      let open = i - 1;
      // (a name may open the run: "did the US stock [market] rise …?")
      while (open > doAux + 1 && ((/^\p{Ll}+$/u.test(toks[open]!.text) && toks[open]!.tags.has('Noun')) || (open === i - 1 && /^\p{Lu}/u.test(toks[open]!.text) && toks[open]!.tags.has('Noun')))) open--;
      // (the run may end before a phrase of its own: "did the US stock market rise in the six months …?")
      let run = i + 1;
      while (run < end && /^\p{Ll}+$/u.test(toks[run]!.text) && toks[run]!.tags.has('Noun') && hasNounSense(toks[run]!)) run++;
      const compound = hasNounSense(t) && run - 1 > i + 1 && !!toks[open]?.tags.has('Determiner') && (run === end || !!toks[run]?.tags.has('Preposition'));
      const bare = compound ? bareAt(run - 1) : headed ? lastBare(i + 1) : -1;
      if (hasVerbSense(t)) return bare >= 0 ? bare : i;
    }
    return -1;
  };
  if (verbIndex < 0 && doAux >= 0) verbIndex = supported(mainEnd);
  // a verb the tagger found only inside a phrase after a preposition ("How high did the sea level
  // rise during the ice ages?": "ages") where do-support gives one before it (SQuAD's train articles:
  // 1 more unanswerable question abstained; news unchanged)
  // (after "did" the verb is bare: a form that is not, "ages", "reckoning", is no verb of the question)
  else if (verbIndex >= 0 && doAux >= 0 && doAux < verbIndex && toks[verbIndex]!.lower !== lexicon().lemma(toks[verbIndex]!.lower, 'verb') && toks.slice(doAux + 2, verbIndex).some((t) => t.tags.has('Preposition'))) {
    const before = supported(verbIndex);
    // (after the subject's last noun: "did the number of legions … depend" has "number" after "the")
    const afterNoun = before > 0 && !toks[before - 1]!.tags.has('Determiner') && hasNounSense(toks[before - 1]!);
    if (afterNoun) verbIndex = before;
  }
  // …nor a word ending in -s the tagger read as a verb, with a bare verb after it: "At what price
  // did Exel shares close on Tuesday?" asks about closing, "shares" being the subject
  else if (verbIndex >= 0 && doAux >= 0 && doAux < verbIndex && /s$/.test(toks[verbIndex]!.lower) && toks[verbIndex]!.lower !== lexicon().lemma(toks[verbIndex]!.lower, 'verb')) {
    const after = supported(mainEnd);
    if (after > verbIndex) verbIndex = after;
  }
  // …nor an -ing word right after "did", which opens the subject: "How much did mining output surge?"
  else if (verbIndex >= 0 && doAux >= 0 && verbIndex === doAux + 1 && /ing$/.test(toks[verbIndex]!.lower) && hasNounSense(toks[verbIndex]!) && /^(do|does|did)$/.test(toks[doAux]!.lower)) {
    const after = supported(mainEnd);
    if (after > verbIndex) verbIndex = after;
  }
  // …nor a noun before more nouns and a verb of an amount changing "to" a level: "What did the ISM
  // manufacturing index rise to in December?" asks about rising, not manufacturing
  // (whether the tagger or do-support gave the first)
  // (or before a phrase of its own, or ending the question: "How much did house prices rise in
  // December?" asks about rising, not housing)
  if (verbIndex >= 0 && doAux >= 0 && doAux < verbIndex && !changeVerbAt(verbIndex)) {
    for (let j = verbIndex; j + 1 < toks.length && /^\p{Ll}/u.test(toks[j]!.text) && hasNounSense(toks[j]!); j++) {
      const after = toks[j + 2];
      if (changeVerbAt(j + 1) && (!after || after.lower === 'to' || ((after.tags.has('Preposition') || after.tags.has('Particle')) && (j > verbIndex || /s$/.test(toks[j]!.lower))))) { verbIndex = j + 1; break; }
    }
  }
  // no verb before the clause that sets the time ("Who was in charge … when they lost …?"): the
  // clause's verb is the one asked about (read as not essential, it answered 1 more wrong on train)
  if (verbIndex < 0 && setting >= 0) for (let i = setting + 1; i < toks.length && verbIndex < 0; i++) if (mainVerb(i)) verbIndex = i;
  // "Which network shows Scrubs …?", "Which lock returns to the squad?": the plural after the noun
  // asked about that is read as the question's verb (see pluralVerb)
  if (verbIndex < 0 && headIndex >= 0 && pluralVerb(headIndex + 1)) verbIndex = headIndex + 1;
  // ("What was Tony Martin's sentence cut to?": a change verb whose past is its base, before the
  // final "to", is the passive the question asks about, and no noun asked about)
  if (verbIndex < 0 && toks.length > 2 && toks[toks.length - 1]!.lower === 'to' && toks.slice(whIndex + 1, toks.length - 2).some((t) => isCopula(t)) &&
    /^\p{Ll}/u.test(toks[toks.length - 2]!.text) && changeVerbAt(toks.length - 2) && lexicon().lemma(toks[toks.length - 2]!.lower, 'verb') === toks[toks.length - 2]!.lower) {
    verbIndex = toks.length - 2;
    if (headIndex === verbIndex) headIndex = -1;
  }
  // Passives the tagger read as adjectives: "be returned to"
  if (verbIndex < 0) {
    for (let i = whIndex + 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (i === headIndex || /^\p{Lu}/u.test(t.text) || !/(ed|en)$/.test(t.lower)) continue;
      if (hasVerbSense(t)) { verbIndex = i; break; }
    }
  }
  // "try to tamper", "plan to sell": the verb after "to" says what happened.
  const catenative = verbIndex >= 0 && CATENATIVE.has(lexicon().lemma(toks[verbIndex]!.lower, 'verb'));
  // "helped bring": "help" also takes a bare infinitive
  if (catenative && lexicon().lemma(toks[verbIndex]!.lower, 'verb') === 'help' && toks[verbIndex + 1]?.tags.has('Infinitive')) verbIndex += 1;
  else if (catenative && toks[verbIndex + 1]?.lower === 'to' && toks[verbIndex + 2]?.tags.has('Verb')) {
    verbIndex += 2;
    // "use to be called", "hope to be elected": the participle after "be"
    if (toks[verbIndex]!.lower === 'be' && toks[verbIndex + 1]?.tags.has('Verb') && /(ed|en|wn)$/.test(toks[verbIndex + 1]!.lower)) verbIndex++;
  }
  // "Which treaty does Menatep say Russia violated?", "How much oil is the field thought to hold?",
  // "What rate does India want Cairn to pay?": a verb of saying, thinking or wanting that takes a
  // clause or another verb as its object (WordNet's frames) only frames the one that says what
  // happened, which the article words as it does; the framing verb ("say", "think", "want") the
  // article often words otherwise ("according to", "claims", "is demanding")
  // Only where the question's own auxiliary puts a subject before the framing verb ("does Menatep
  // say", "is the field thought to"): where its subject is what is asked ("Which official said the
  // sanctions show …?", "the spokesman who said …"), the framing verb is the relation asked about.
  const aux = toks.findIndex((t, i) => i > whIndex && i > headIndex && (/^(do|does|did)$/.test(t.lower) || t.tags.has('Modal') || isCopula(t) || t.tags.has('Auxiliary')));
  if (verbIndex >= 0 && aux >= 0 && aux + 1 < verbIndex && toks.slice(aux + 1, verbIndex).every(nounPhraseWord)) {
    const inner = complementVerb(toks, verbIndex, hasVerbSense, isCopula);
    if (inner >= 0) verbIndex = inner;
  }
  // ("Which person was named as X's administrator?" asks who was appointed: "named as" is no name)
  // (nor "Which play was named best new play?", "… named the winner": a verb of naming with a
  // title or a role after it in the passive says what the thing was made, not what it is called)
  const passiveNaming = verbIndex > 0 && toks.slice(whIndex + 1, verbIndex).some((t) => isCopula(t)) && !!toks[verbIndex + 1] &&
    (toks[verbIndex + 1]!.tags.has('Superlative') || toks[verbIndex + 1]!.tags.has('Determiner') || /^(best|worst|top)$/.test(toks[verbIndex + 1]!.lower));
  // (not where a preposition comes before the question word, which then asks when or where the naming
  // is, not the name: "On what day will Fifa name its World Player of the Year?")
  let asksName = verbIndex >= 0 && NAME_VERBS.has(lexicon().lemma(toks[verbIndex]!.lower, 'verb')) && !(whIndex > 0 && PREPOSITIONS.has(toks[whIndex - 1]!.lower)) &&
    !(lexicon().lemma(toks[verbIndex]!.lower, 'verb') === 'name' && (toks[verbIndex + 1]?.lower === 'as' || passiveNaming));
  // ("What is Google's free software for organising digital photos called?": "called" ending the
  // question after "is" or "was" asks the name, whatever verb the phrase before it holds; after "are"
  // it may ask a term, "What are the links hosted by BitTorrent sites called?": "trackers")
  const end = toks.length - 1;
  if (!asksName && (wh === 'what' || wh === 'which') && end > whIndex + 2 && toks[end]!.lower === 'called' && /^(is|was)$/.test(toks[whIndex + 1]!.lower) && !(whIndex > 0 && PREPOSITIONS.has(toks[whIndex - 1]!.lower))) asksName = true;
  // "What happens to the assets …?", "What happened at the rally?": an event, told by the passages,
  // not a short answer (a thing asked about, "What happened to the money?", is told the same way)
  if (wh === 'what' && (headIndex < 0 || toks[headIndex]!.tags.has('Modal')) && toks.slice(whIndex + 1, whIndex + 3).some((t) => t.tags.has('Verb') && lexicon().lemma(t.lower, 'verb') === 'happen')) kind = 'manner';
  // "What did Sophos urge users to do?", "What does the report want the government to do?": an
  // action asked for, which a verb phrase gives ("to update their anti-virus software"), no name or
  // thing (was "companies", from "urged users and companies to update …")
  if (wh === 'what' && headIndex < 0 && toks.length > whIndex + 4 && toks[toks.length - 2]?.lower === 'to' && toks[toks.length - 1]?.lower === 'do') kind = 'manner';
  // ("What was Kathy Butler's winning time?", "the fastest time": a time after a word for how a race
  // was run is how long it took, however the noun asked about was found: in "What was Radcliffe's
  // winning time?" the tagger reads "'s" as "is")
  if (kind === 'date' && headIndex > 0 && toks[headIndex]!.lower === 'time' && RACE_TIME.test(toks[headIndex - 1]!.lower)) kind = 'duration';
  // ("What is the unit called?": a name, though "unit" names a measure)
  // ("What is U2's world tour called?": a name, though a "tour" may be a time)
  if (asksName && (kind === 'thing' || ((wh === 'what' || wh === 'which') && ['number', 'money', 'measure', 'duration', 'age', 'date'].includes(kind)))) kind = 'name';
  // "What did Wally Adeyemo say?", "What did Trump claim about China?": a bare "what" that is the
  // object of a verb of saying (in its usual sense of WordNet's verb.communication, with the frame
  // "Somebody ----s that CLAUSE") asks for someone's words, which the passages give as said; a
  // short answer would be a word of them ("note" from "said in the note"). "What did the emails
  // threaten voters with?" names whom, and asks with what: a short answer; so do "What does
  // Veritas mean?" and "What did X compare Y to?", which frame no clause.
  const asksWords = wh === 'what' && whIndex + 1 < verbIndex && headIndex < 0 && kind === 'thing' && !asksName &&
    lexicon().verbClasses(toks[verbIndex]!.lower)[0] === 'verb.communication' && verbFrames(toks[verbIndex]!.lower, 1).has(26) &&
    (verbIndex + 1 === toks.length || PREPOSITIONS.has(toks[verbIndex + 1]!.lower));
  if (asksWords) kind = 'manner';
  // "What will the new Clio cost?", "What did she earn?": a sum of money
  // ("What was Ferrari valued at?", "What did Mediobanca pay for its stake?"; but "What did they pay
  // for?" and "What did she spend on?" ask what was bought)
  // ("What is the most popular way to pay in China?" asks how, not how much: the verb completes a noun)
  const completesNoun = verbIndex >= 2 && toks[verbIndex - 1]!.lower === 'to' && toks[verbIndex - 2]!.tags.has('Noun');
  if (kind === 'thing' && headIndex < 0 && verbIndex >= 0 && MONEY_VERBS.has(lexicon().lemma(toks[verbIndex]!.lower, 'verb')) && !completesNoun &&
    !(verbIndex + 2 === toks.length && /^(for|on)$/.test(toks[verbIndex + 1]!.lower))) kind = 'money';
  // ("What is the maximum jail term …?", "Maximum prison term faced by …?": a prison term asked
  // about anywhere is a length of time, as right after the question word, above)
  if ((kind === 'thing' || kind === 'date') && headIndex > 0 && /^(time|terms?|sentences?)$/.test(toks[headIndex]!.lower) && /^(prison|jail|custodial)$/.test(toks[headIndex - 1]!.lower)) kind = 'duration';
  // ("Carlsberg profit fall?", "What was the firm's sales rise in 2004?": a change of what the noun
  // before it names, asked for by its size — not a season, "fall", nor a thing)
  // ("Year-on-year rise in French consumer spending?": or after a hyphened modifier)
  const changeNoun = (kind === 'thing' || kind === 'date') && headIndex > 0 && CHANGE_NOUN.test(toks[headIndex]!.lower) && (toks[headIndex - 1]!.tags.has('Noun') || toks[headIndex - 1]!.tags.has('Hyphenated')) &&
    /^\p{Ll}/u.test(toks[headIndex - 1]!.text) && (headIndex + 1 === toks.length || PREPOSITIONS.has(toks[headIndex + 1]!.lower));
  if (changeNoun) kind = 'number';
  if (list) {
    // the number that counts the things asked ("Which two retailers", "Name three search
    // engines"): it stands before a plural noun, not "on 5 May" or "in 2004"
    for (let k = 0; k < toks.length && count === undefined; k++) {
      if (!toks[k]!.tags.has('Cardinal') || toks[k]!.tags.has('Hyphenated')) continue; // not "two-time winners"
      const counts = [1, 2, 3].some((d) => toks[k + d]?.tags.has('Plural') && toks.slice(k + 1, k + d).every((t) => t.tags.has('Adjective') || t.tags.has('Noun')));
      const n = counts ? (nlp(toks[k]!.text).numbers().get() as number[])[0] : undefined;
      if (n !== undefined && n > 1 && n < MAX_COUNT) count = n;
    }
  }

  const last = toks[toks.length - 1];
  const trailingPreposition = last && PREPOSITIONS.has(last.lower) ? last.lower : undefined;

  const headClass = headIndex >= 0 ? lexicon().nounClasses(toks[headIndex]!.text, 1)[0] : undefined;
  const genericHead = headClass === 'noun.Tops' || headClass === 'noun.group';
  const terms: QuestionTerm[] = [];
  let group = 0;
  let prevEntity = false;
  // "how old", "how long", "how wide": the adjective is part of the question word, not a content word
  const howAdjective = wh === 'how' && next && /^(old|long|wide|tall|high|far|deep|big|large|heavy|fast|thick|hot|cold|warm|often)$/.test(next.lower) ? whIndex + 1 : -1;
  // "What is X's age?", "how much prison time": the noun only names the kind of answer. Not after
  // a preposition: "at what age …?" is answered "at the age of 11", where "age" anchors the answer.
  // "What is X's production company called?": the sentence that names it need not say "called"
  // ("its own production company, Further Films"); "Who named the company?" asks who did it
  const namedAs = asksName && (wh === 'what' || wh === 'which') && isCopula(next);
  // "Who is the standards watchdog looking into …?", "Who was the finance minister who attacked …?":
  // a person named by the noun asked about, and described by the verb; the sentence naming them
  // gives either ("watchdog Sir Philip Mawer", "Andrew Fastow, who has pleaded guilty …"), so
  // either will do (one group of words, see below; train +2 right, dev and SQuAD train unchanged)
  const describesHead = wh === 'who' && isCopula(next) && headIndex > whIndex && verbIndex > headIndex &&
    (verbIndex === headIndex + 1 || (verbIndex === headIndex + 2 && /^(who|that)$/.test(toks[headIndex + 1]!.lower)));
  const kindNoun = headIndex >= 0 && (kind === 'age' || kind === 'duration') && KIND_NOUNS.test(toks[headIndex]!.lower) && !(whIndex > 0 && PREPOSITIONS.has(toks[whIndex - 1]!.lower)) ? headIndex : -1;
  // "Who is the head / chief of X?" asks for a head that is a person (chief, administrator), not a
  // body part; "Who operates X?", a person doing something to X, not "operate" as "the machine works"
  const senseFilter = (i: number, role: QuestionTerm['role']): SenseFilter | undefined => {
    if (role === 'head' && kind === 'person') return { lexFile: 'noun.person' };
    const object = toks[i + 1];
    if (role === 'verb' && wh === 'who' && i === whIndex + 1 && object && !PREPOSITIONS.has(object.lower)) return { frames: PERSON_ACTS_ON };
    return undefined;
  };
  toks.forEach((t, i) => {
    if (i === whIndex || i === howAdjective || i === kindNoun || i === sortNoun) return;
    // "Venta de Banos", "Ruud van Nistelrooy": a particle between capitalised words is inside one
    // name, and no word of its own (the name's words stay one group)
    if (prevEntity && NAME_PARTICLE.test(t.text) && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '')) return;
    // a modal ("What will the new Clio cost?") says when, not what: "will" is no testament, and
    // no noun asked about or verb; as a word it still counts ("... will host the programme")
    const modal = t.tags.has('Modal');
    const word = t.text.replace(/['’]s$/i, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const term = normalizeTerm(word);
    if (!term) { prevEntity = false; return; }
    // (or a coined name in lower case: a capital inside it, "iPod", "eBay", or one letter and a
    // hyphen before a word the dictionary lacks as a whole, "the i-foot", "an e-book")
    const capitalised = (/^\p{Lu}/u.test(t.text) && (i > 0 || t.tags.has('ProperNoun'))) || coinedName(word);
    // (nor is letters WordNet has as a common noun, asked about: "What CD did …?")
    const commonLetters = i === headIndex && kind !== 'person' && commonNounLetters(t);
    // (nor letters before it the tagger reads as a common noun, no acronym: "Which TV channel …?"
    // asks for a channel, of which "TV" says the sort; "Which REM member …?" names the band)
    const letterModifier = headIndex > 0 && i > whIndex && i < headIndex && commonNounLetters(t) && !t.tags.has('Acronym');
    const isEntity = capitalised && !commonLetters && !letterModifier && (i !== headIndex || !t.tags.has('Demonym')) && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('Month') && !t.tags.has('QuestionWord');
    let role: QuestionTerm['role'] = 'other';
    if (isEntity) role = 'entity';
    else if (i === verbIndex) role = 'verb';
    else if (i === headIndex) role = 'head';
    else if (headIndex > 0 && i > whIndex && i < headIndex && (t.tags.has('Adjective') || t.tags.has('Demonym') || letterModifier)) role = 'modifier';
    if (isEntity && t.tags.has('Demonym') && headIndex > i) role = 'modifier';
    if (!(isEntity && prevEntity)) group++;
    prevEntity = isEntity;
    const lemmaVerb = role === 'verb' ? lexicon().lemma(t.lower, 'verb') : '';
    const essential =
      role === 'entity' ||
      role === 'modifier' ||
      (role === 'verb' && !LIGHT_VERBS.has(lemmaVerb) && !WANTING_VERBS.has(lemmaVerb) && !namedAs) ||
      // "Who are the two Iranians that were indicted?" / "Which two Iranians were charged?": the
      // answer need not repeat "Iranians", but "Who is Iran's ambassador?" is about "ambassador".
      // Likewise "How many people ...?" counts "six Iranians" or "six individuals".
      (role === 'head' && !(kind === 'person' && verbIndex >= 0) && !(kind === 'number' && genericHead));
    // Dates and numbers in a question narrow it down but are not what it is about.
    const isQualifier = t.tags.has('Value') || t.tags.has('Date') || TIME_UNITS.test(t.lower);
    // The index splits a word at hyphens and apostrophes ("co-producer" → co, produc; "O'Sullivan"
    // → o, sullivan), where a sentence's tokens keep it whole (its own term): its parts join its
    // group, so that a sentence holding them holds the word
    const parts = wordTerms(word);
    if (parts.length > 1) for (const part of parts) terms.push({ text: t.text, term: part, related: [], role: role === 'entity' ? 'entity' : 'other', group, essential: false });
    // "Who did Markova found the Festival Ballet with?": a verb after "did" is in its base form,
    // "found" as in "founded", not the past of "find"
    const base = role === 'verb' && IRREGULAR.verb[t.lower] !== undefined && lexicon().senses(t.lower, 'verb').length > 0 && afterDo(toks, i);
    terms.push({
      text: t.text,
      term: base ? stemmer(t.lower) : term,
      // the question's verb is read as a verb though the tagger took it for a noun ("What charges do the Iranians [face]?")
      related: modal ? [] : relatedTerms(t, role === 'verb' ? 'verb' : wordPos(t), role, senseFilter(i, role), false, base),
      role,
      group,
      essential: essential && !isQualifier && !aside.has(i),
    });
  });

  if (describesHead) {
    const head = terms.find((t) => t.role === 'head');
    const verb = terms.find((t) => t.role === 'verb' && t.essential);
    if (head && verb) {
      head.essential = true;
      verb.group = head.group;
    }
  }

  // "Who is Venezuela's vice president?", "Who is the deputy prime minister?": a word making
  // another role of the noun asked about is part of what is asked ("President Chavez" is not it)
  if (terms.some((t) => t.role === 'head')) for (const t of terms) if (t.role === 'other' && OTHER_ROLE_WORD.test(t.text)) t.essential = true;

  // "Who becomes responsible for X?", "Who is famous for Y?": with a light verb and nothing else
  // essential, the adjective after the verb says what is asked, as a verb would (and its derived
  // forms stand in, as a verb's do: "the responsibility of social services")
  if (verbIndex >= 0 && LIGHT_VERBS.has(lexicon().lemma(toks[verbIndex]!.lower, 'verb')) && !terms.some((t) => t.essential)) {
    const adjective = toks[verbIndex + 1];
    // (the word's own term is the last of its text: a hyphenated adjective's parts come before it)
    const term = adjective?.tags.has('Adjective') ? terms.filter((t) => t.text === adjective.text && t.role === 'other').pop() : undefined;
    if (term && adjective) {
      term.role = 'verb';
      term.essential = true;
      term.related = relatedTerms({ ...adjective, tags: new Set(['Adjective']) }, 'adj', 'verb', undefined, true);
    }
  }

  // Idioms WordNet has no entry for but defines verbs by: "Who is in charge of X?" asks who
  // manages, directs, heads or leads X (their glosses read "be in charge of").
  if (verbIndex < 0) {
    for (let i = Math.max(whIndex + 1, 0); i + 2 < toks.length; i++) {
      const [p1, noun, p2] = [toks[i]!, toks[i + 1]!, toks[i + 2]!];
      if (!PREPOSITIONS.has(p1.lower) || !noun.tags.has('Noun') || /^\p{Lu}/u.test(noun.text) || !PREPOSITIONS.has(p2.lower)) continue;
      const verbs = lexicon().definedBy(`${p1.lower} ${noun.lower} ${p2.lower}`);
      const term = terms.find((t) => t.text === noun.text);
      if (!verbs.length || !term) continue;
      term.role = 'verb';
      term.essential = true;
      term.related = verbs.map((r) => ({ term: normalizeTerm(r.word) ?? r.word, weight: r.weight, kind: r.kind })).filter((r) => r.term !== term.term);
      break;
    }
  }

  // "Who is Alireza Miryousefi?", "What is the IRGC?": nothing but a name after the copula asks
  // what the articles call it.
  // ("Who is the Director of National Intelligence?" asks for a person by role instead.)
  // ("Who is from the League Against Cruel Sports?" asks for a person: a preposition follows)
  // ("Who is Labour's General Secretary?" asks for a person by a role written in capitals: a
  // name ending in a word for a person's role, per WordNet's first sense)
  // (not a family name that is also a trade, "Matt Carter", "Mr Smith")
  let lastAt = toks.length - 1;
  while (lastAt >= 0 && !/\p{L}/u.test(toks[lastAt]!.text)) lastAt--;
  // ("Who is Labour's Chief Secretary to the Treasury?": the role's last word is the one before the
  // body it serves, joined by "to", "of" or "for" and written in capitals)
  for (let k = lastAt - 1; k > whIndex + 2; k--) {
    if (!/^(to|of|for)$/.test(toks[k]!.lower)) continue;
    if (toks.slice(k + 1, lastAt + 1).every((t) => /^\p{Lu}/u.test(t.text) || t.tags.has('Determiner')) && !toks[k - 1]!.tags.has('Plural')) lastAt = k - 1;
    break;
  }
  const lastWord = toks[lastAt];
  const named = (t: Tok | undefined) => !!t && (t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('Honorific'));
  // ("Who is Scotland's First Minister?": a title the tagger reads as an honorific, with nothing after
  // it, is the role asked about, whatever stands before it)
  const endsInRole = wh === 'who' && !!lastWord && /^\p{Lu}/u.test(lastWord.text) && (lastWord.tags.has('Honorific') || (!named(lastWord) && !named(toks[lastAt - 1]))) &&
    lexicon().isCommonNoun(lastWord.lower) && lexicon().nounClasses(lastWord.lower, 1)[0] === 'noun.person';
  if ((wh === 'what' || (wh === 'who' && !endsInRole && !toks[whIndex + 2]?.tags.has('Determiner') && !toks[whIndex + 2]?.tags.has('Preposition'))) && isCopula(next) && terms.length > 0 && terms.every((t) => t.role === 'entity') && !(headIndex >= 0 && KIND_NOUNS.test(toks[headIndex]!.lower)) &&
    // (not with a verb after the name, whose words the terms drop: "Who was Submission made with?")
    !toks.slice(whIndex + 2).some((t) => t.tags.has('Verb') && !t.tags.has('Copula') && !t.tags.has('Auxiliary') && /^\p{Ll}/u.test(t.text) && hasVerbSense(t))) kind = 'description';
  // "What is X's job / title / role / position?", "What position does X hold?": what the articles call X.
  const headWord = headIndex >= 0 ? toks[headIndex]!.lower : '';
  let asksRole = false;
  // ("Which role will Slater play in The Glass Menagerie?" asks for a part played, by its name: "the role of Tom")
  const partPlayed = verbIndex >= 0 && lexicon().lemma(toks[verbIndex]!.lower, 'verb') === 'play';
  // ("Which title will Brizzel defend?": a title one defends, wins or loses is a championship, no
  // role; one holds or has a role)
  const titleWon = /^titles?$/.test(headWord) && verbIndex >= 0 && !isCopula(toks[verbIndex]) && !ROLE_VERBS.has(lexicon().lemma(toks[verbIndex]!.lower, 'verb'));
  if (partPlayed && ROLE_NOUNS.test(headWord) && (wh === 'what' || wh === 'which')) {
    kind = 'name';
    // (the sentence says "stepping into the role", "stars as": the noun, not the verb)
    for (const t of terms) if (t.role === 'verb') t.essential = false;
  } else if ((wh === 'what' || wh === 'which') && ROLE_NOUNS.test(headWord) && terms.some((t) => t.role === 'entity') && !titleWon) {
    kind = 'description';
    asksRole = true;
    // the sentence names the role itself ("his promotion to Cabinet Office minister", "Matthew
    // Olsen, deputy attorney general"), seldom the noun that asks for it ("job", "ministerial
    // post") or the verb that holds it ("What position does X hold?"): the noun only says a role
    // is asked for, as "age" says an age is
    const role = terms.findIndex((t) => t.role === 'head');
    if (role >= 0) terms.splice(role, 1);
    for (const t of terms) if (t.role === 'modifier' || (t.role === 'verb' && ROLE_VERBS.has(lexicon().lemma(t.text.toLowerCase(), 'verb')))) t.essential = false;
  }
  // "What was X's old name?", "What is X's new name?": another name of X's, as "What was X called
  // before?" asks; the sentence says "later renamed", "formerly", seldom "name" or "old"
  if ((wh === 'what' || wh === 'which') && /^names?$/.test(headWord) && terms.some((t) => t.role === 'entity') &&
    toks.some((t, i) => i < headIndex && OTHER_NAME.test(t.lower))) {
    kind = 'name';
    asksName = true;
    const at = terms.findIndex((t) => t.role === 'head');
    if (at >= 0) terms.splice(at, 1);
    for (const t of terms) if (OTHER_NAME.test(t.text.toLowerCase())) t.essential = false;
  }
  // "What does Ian Pearson do at BT?", "What does X do for a living?": X's job, as "What is X's job?"
  // asks; "What did the hackers do?" names no one, and asks what happened; "What does Iran do with
  // the oil?" asks what is done
  const doesDo = wh === 'what' && verbIndex > whIndex + 1 && lexicon().lemma(toks[verbIndex]!.lower, 'verb') === 'do' &&
    lexicon().lemma(toks[whIndex + 1]?.lower ?? '', 'verb') === 'do' && (verbIndex + 1 === toks.length || /^(at|for)$/.test(toks[verbIndex + 1]!.lower));
  if (doesDo && kind === 'thing' && terms.some((t) => t.role === 'entity' && toks.findIndex((x) => x.text === t.text) < verbIndex)) {
    kind = 'description';
    asksRole = true;
    // "for a living", "for work" say a job is asked for, as "job" does
    for (const t of terms) if (t.role !== 'entity') t.essential = false;
  }
  // "Which firm does Ken Mayland work for?", "Where does X work?": X's employer, which the articles
  // give by naming X with it ("Ken Mayland at Clearview Economics", "Graham Cluley, senior
  // consultant from anti-virus firm Sophos"), seldom with "work": the verb only says an employer is
  // asked for, as "hold" says a role is
  // ("Which analyst works at Global Insight?": the one named with the employer, "Global Insight
  // analyst Howard Archer", the same way)
  // ("Which bank employs economist Lian Chia Liang?": "employ" asks the same of its object)
  const employerVerb = verbIndex >= 0 ? lexicon().lemma(toks[verbIndex]!.lower, 'verb') : '';
  const worksFor = verbIndex >= 0 && ((employerVerb === 'work' && (verbIndex + 1 === toks.length || /^(for|at)$/.test(toks[verbIndex + 1]!.lower))) || employerVerb === 'employ') &&
    terms.some((t) => t.role === 'entity' && (toks.findIndex((x) => x.text === t.text) < verbIndex || toks.findIndex((x) => x.text === t.text) > verbIndex + 1));
  // (as does the noun for the employer: "Which firm employs … Evan Mann?" for "Evan Mann, a senior bond
  // analyst at Gimme Credit")
  if (worksFor) for (const t of terms) if (t.role === 'verb' || (t.role === 'head' && kind === 'organization')) t.essential = false;
  // "Where is the SAP Open held?", "Where is X located?": the place of a name, which the articles
  // give as "the SAP Open in San Jose" as often as with the verb, which only says a place is asked
  // for (not "based", which they say: "the Leuven-based brewery")
  const placedAt = wh === 'where' && isCopula(next) && verbIndex === toks.length - 1 && PLACING_VERBS.has(lexicon().lemma(toks[verbIndex]!.lower, 'verb')) &&
    terms.some((t) => t.role === 'entity');
  if (placedAt) for (const t of terms) if (t.role === 'verb') t.essential = false;
  // "What did Letwin call stamp duty?": what X named it, which the articles give as "branding stamp
  // duty a '…'", "dubbing him '…'", "described it as '…'" as often as with "call": the verb only
  // says a name is asked for
  const namedBy = asksName && wh === 'what' && verbIndex >= 0 && lexicon().lemma(toks[verbIndex]!.lower, 'verb') === 'call' && verbIndex + 1 < toks.length &&
    terms.some((t) => t.role === 'entity' && toks.findIndex((x) => x.text === t.text) < verbIndex);
  if (namedBy) for (const t of terms) if (t.role === 'verb') t.essential = false;
  // "What does IRGC stand for?", "What is CIA short for?": the words the letters stand for.
  // (an acronym written with small letters or digits too: "Voip", "P2P")
  if (wh === 'what' && /\b(stand|stands|stood)\s+for\b|\bshort\s+for\b|\babbreviat/i.test(text) && terms.some((t) => /^\p{Lu}{2,}$/u.test(t.text) || (t.role === 'entity' && WRITTEN_ACRONYM.test(t.text)))) {
    kind = 'expansion';
    for (const t of terms) if (t.role !== 'entity') t.essential = false;
  }
  // "What did the Ifo index fall to in February?", "What has inflation risen to?": the level an
  // amount changed to is a number
  // (or "to" before "what": "To what did Southwest shares fall?")
  const toLevel = toks.some((t, i) => i > verbIndex && t.lower === 'to' && (i + 1 === toks.length || toks[i + 1]!.tags.has('Preposition') || !/^\p{L}/u.test(toks[i + 1]!.text))) ||
    (whIndex > 0 && toks[whIndex - 1]!.lower === 'to');
  // ("What do conservatives want Turkcell's stake cut to?": or the word in lower case before the
  // final "to", a verb of a clause the question's verb takes, which the tagger may read as a noun)
  const changeVerb = verbIndex >= 0 && (changeVerbAt(verbIndex) || (trailingPreposition === 'to' && toks.length - 2 > verbIndex && /^\p{Ll}/u.test(toks[toks.length - 2]!.text) && changeVerbAt(toks.length - 2)));
  if (kind === 'thing' && wh === 'what' && headIndex < 0 && toLevel && changeVerb) kind = 'number';
  // "What does NAAMSA expect sales to top in 2005?", "What did the index reach?": an amount that
  // tops or reaches something tops a level, a number
  const amountBefore = verbIndex > 0 ? toks[toks[verbIndex - 1]!.lower === 'to' ? verbIndex - 2 : verbIndex - 1] : undefined;
  if (kind === 'thing' && wh === 'what' && headIndex < 0 && verbIndex >= 0 && LEVEL_VERBS.test(lexicon().lemma(toks[verbIndex]!.lower, 'verb')) &&
    amountBefore && /^\p{Ll}/u.test(amountBefore.text) && (LEVEL_NOUN.test(amountBefore.lower) || AMOUNT_KINDS.has(classOf(amountBefore.text) ?? 'thing'))) kind = 'number';
  // ("What did Google shares close at on Tuesday?": the level a market's verb ends "at" is an amount)
  // (or a thing's, put at an amount: "What is piracy estimated at in China?", "What is her
  // compensation likely to be capped at?")
  if (kind === 'thing' && wh === 'what' && verbIndex >= 0 && toks[verbIndex + 1]?.lower === 'at' && (verbIndex + 2 >= toks.length || toks[verbIndex + 2]!.tags.has('Preposition') || !/^\p{L}/u.test(toks[verbIndex + 2]!.text)) &&
    ((headIndex < 0 && MARKET_LEVEL_VERBS.test(lexicon().lemma(toks[verbIndex]!.lower, 'verb'))) || AMOUNT_AT_VERBS.test(lexicon().lemma(toks[verbIndex]!.lower, 'verb')))) kind = 'number';
  // "Where did Sotherton finish in Athens?", "What position did Leeds finish?": a place in an order
  // ("third", "12th"), which a count's kind is read for; not "Where did Omai come from?"
  // (not a thing put somewhere: "Where are the Safe Travel at Night posters placed?" asks where)
  const putSomewhere = verbIndex >= 0 && lexicon().lemma(toks[verbIndex]!.lower, 'verb') === 'place' && toks.slice(whIndex + 1, verbIndex).some(isCopula);
  const rankVerb = verbIndex >= 0 && RANK_VERBS.has(lexicon().lemma(toks[verbIndex]!.lower, 'verb')) && !putSomewhere;
  // (someone's or a side's place: "Where did the race finish?" asks where)
  const namedSubject = verbIndex > whIndex && toks.slice(whIndex + 1, verbIndex).some((t) => /^\p{Lu}/u.test(t.text));
  // ("What is Agassi seeded?", "What is she ranked?": a seeding or a ranking asked by "what" alone)
  // (not where the place in the order is given: "Where did Respect come first in the European elections?" asks where)
  const rankGiven = rankVerb && toks.slice(verbIndex + 1).some((t) => ORDINAL_WORD.test(t.lower));
  let asksRank = rankVerb && namedSubject && trailingPreposition === undefined && ((wh === 'where' && !rankGiven) || ((wh === 'what' || wh === 'which') && headIndex >= 0 && /^(position|place|rank|ranking)$/.test(toks[headIndex]!.lower)) ||
    (wh === 'what' && headIndex < 0 && /^(seed|rank)$/.test(lexicon().lemma(toks[verbIndex]!.lower, 'verb')))) ||
    // ("What seed is Sprem?", "Which seed is Myskina?": a seeding or a ranking, asked of a name with "be" alone)
    ((wh === 'what' || wh === 'which') && verbIndex < 0 && headIndex === whIndex + 1 && RANK_NOUN.test(toks[headIndex]!.lower) && /^(is|was|are|were)$/.test(toks[headIndex + 1]?.lower ?? '') &&
      toks.slice(headIndex + 2).some((t) => /^\p{Lu}/u.test(t.text))) ||
    // ("What seeding did Ljubicic hold in Dubai?": a seeding or a ranking someone holds)
    ((wh === 'what' || wh === 'which') && headIndex === whIndex + 1 && RANK_NOUN.test(toks[headIndex]!.lower) && verbIndex > headIndex && namedSubject &&
      /^(hold|have)$/.test(lexicon().lemma(toks[verbIndex]!.lower, 'verb')));
  // ("What position did Elton John take in the earnings list?", "At what position did she enter the
  // comedy list?": a place in a list, chart or table asked for, whatever the verb)
  const inList = !asksRank && (wh === 'what' || wh === 'which') && headIndex === whIndex + 1 && verbIndex > headIndex && /^(position|place|spot)$/.test(toks[headIndex]!.lower) &&
    namedSubject && toks.slice(verbIndex + 1).some((t) => RANKED_LIST.test(t.lower));
  if (inList) asksRank = true;
  // ("What is Arvind Parmar's ranking?", "Ljubicic's world ranking?": someone's ranking, asked with
  // "be" alone or no verb, is their place in it: "ranked 264th", "world number 14")
  // (not a "rank", which is also a title: "What is Craig Mackey's rank at Gloucestershire Police?")
  if (!asksRank && (wh === 'what' || wh === 'which' || whIndex < 0) && headIndex >= 0 && toks[headIndex]!.lower === 'ranking' && (verbIndex < 0 || isCopula(toks[verbIndex])) &&
    toks.slice(0, headIndex).some((t) => /['’]s?$/.test(t.text) && /^\p{Lu}/u.test(t.text))) asksRank = true;
  if (asksRank) kind = 'number';
  // ("Where did Brent crude close in London trading?", "Where did BP shares settle?": where a price
  // or an index closed is the level it closed at)
  if (wh === 'where' && verbIndex > whIndex && /^(close|settle|trade)$/.test(lexicon().lemma(toks[verbIndex]!.lower, 'verb')) &&
    toks.slice(whIndex + 1, verbIndex).some((t) => MARKET_NOUN.test(t.lower))) kind = 'number';
  // "Which anniversary of the closure is being marked?", "Which birthday did O'Connor celebrate?": a
  // place in a count of things that come round again, said by an ordinal ("its 36th anniversary"),
  // not a date nor a name
  const asksOrdinal = !asksRank && (wh === 'which' || wh === 'what') && headIndex === whIndex + 1 && ORDINAL_NOUN.test(lexicon().lemma(toks[headIndex]!.lower, 'noun'));
  if (asksOrdinal) kind = 'number';
  // (the noun may go unsaid: "Little Britain triumphed at the 15th British Comedy Awards")
  if (asksOrdinal) for (const t of terms) if (t.role === 'head') t.essential = false;
  // ("Where is X ranked in the world?": a ranking is given by its number, "world number 46", "eight
  // in the world", seldom with the verb)
  if (asksRank && verbIndex >= 0 && lexicon().lemma(toks[verbIndex]!.lower, 'verb') === 'rank') for (const t of terms) if (t.role === 'verb') t.essential = false;
  const first = toks[0]?.lower ?? '';
  const form: Question['form'] = whIndex >= 0 ? 'wh'
    : /^(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|must)$/.test(first) ? 'yesno'
    : 'statement';
  const q: Question = { text: asked, form, kind, list, terms };
  // ("What could crack …?", "Who has won …?": only a modal or "have" between; not "be", which
  // makes the question's subject the verb's object: "Who was named …?")
  // ("Who is working on …?": "be" before a verb in -ing says its doer is asked for)
  const progressive = verbIndex >= 0 && /ing$/.test(toks[verbIndex]!.lower);
  const helpers = (from: number) => toks.slice(from, verbIndex).every((t) => (t.tags.has('Modal') || /^(has|have|had|will|would|shall|should|can|could|may|might|must)$/.test(t.lower) || (progressive && /^(is|are|was|were|been|be)$/.test(t.lower))) && !/^(do|does|did)$/.test(t.lower));
  // ("Who was Ossie Davis married to?": a name after "who" and "be" is the verb's subject, and
  // "who" not)
  const namedHead = (wh === 'who' || wh === 'whom') && headIndex >= 0 && /^\p{Lu}/u.test(toks[headIndex]!.text) && toks[headIndex]!.tags.has('ProperNoun');
  const subjectAsked = verbIndex >= 0 && whIndex >= 0 && ((verbIndex > whIndex && helpers(whIndex + 1)) || (headIndex > whIndex && verbIndex > headIndex && helpers(headIndex + 1) && !namedHead));
  // ("Which firm employs analyst Evan Mann?": the employer is given by naming him with it, "Evan
  // Mann, a senior bond analyst at Gimme Credit", seldom as the verb's subject)
  if (subjectAsked && !(worksFor && employerVerb === 'employ')) q.asksSubject = true;
  if (count !== undefined) q.count = count;
  if (asksName) q.asksName = true;
  if (asksRole) q.asksRole = true;
  if (asksRank) q.asksRank = true;
  if (asksOrdinal) q.asksOrdinal = true;
  // "What nationality is X?", "X's nationality?": a word for a people ("the Welsh striker")
  if (kind === 'thing' && headIndex >= 0 && !list && NATIONALITY_NOUN.test(lexicon().lemma(toks[headIndex]!.lower, 'noun'))) q.asksNationality = true;
  if (often) q.often = true;
  if (asksWords) q.asksWords = true;
  if (sortNoun >= 0 && kind === 'thing' && headIndex >= 0) q.sort = true;
  if (headIndex >= 0 && headKind === kind && NAMED_KINDS.has(kind)) q.headNamesKind = true;
  // ("In which competition did Hewitt beat Federer?": a contest is named, "the Davis Cup", "the Six
  // Nations", seldom called a competition where it is)
  if (headIndex >= 0 && kind === 'thing' && CONTEST_NOUN.test(lexicon().lemma(toks[headIndex]!.lower, 'noun'))) q.headNamesKind = q.asksContest = true;
  if (headIndex >= 0) {
    const h = normalizeTerm(toks[headIndex]!.text);
    if (h) q.headTerm = h;
    if (lexicon().nounClasses(toks[headIndex]!.lower, QUANTITY_SENSES).some((c) => QUANTITY_CLASSES.has(c)) && !measureUnit(toks[headIndex]!.lower)) q.quantityHead = true;
  }
  // ("Which region's demise …?": the region is asked about, by its demise)
  const owner = (wh === 'which' || wh === 'what') && headIndex > whIndex + 1 ? ownerAt(whIndex + 1) : null;
  const ownerTerm = owner ? normalizeTerm(owner.word) : '';
  if (ownerTerm) q.ownerTerm = ownerTerm;
  if (trailingPreposition) q.trailingPreposition = trailingPreposition;
  // ("What did X's turnover drop to after …?": the level is the amount after "to", wherever the question ends)
  else if (kind === 'number' && toLevel && changeVerb) q.trailingPreposition = 'to';
  const before = whIndex > 0 ? toks[whIndex - 1]!.lower : '';
  if (before && (PREPOSITIONS.has(before) || ['since', 'until', 'after', 'before', 'during', 'over'].includes(before))) q.leadingPreposition = before;
  // ("Against whom will Wright-Phillips start?", "Who did Kent play against?": an opponent, a side
  // or a country as often as a person, asked by any name)
  if (q.kind === 'person' && (wh === 'who' || wh === 'whom') && headIndex < 0 && (q.leadingPreposition === 'against' || q.trailingPreposition === 'against')) q.kind = 'name';
  // an adjective before a verb is an adverb ("did Ireland last win"); a degree word counts before
  // what it grades ("the least important", "the fewest votes"), whatever the tagger calls it
  const adjectives = toks.filter((t, i) => {
    if (!/^[a-z]+$/.test(t.text) || toks[i - 1]?.lower === 'how') return false; // "how many", "how old": the question word
    // the verb, which the tagger may read as an adjective ("When does the consultation close?": not "close" as against "far")
    if (i === verbIndex) return false;
    const after = toks[i + 1];
    if (DEGREE_WORDS.has(t.lower)) return !!after && (after.tags.has('Adjective') || after.tags.has('Noun'));
    // (a word WordNet knows only as an adjective, which the tagger read as a noun before a noun: "the
    // southern flanks"; SQuAD's train articles: 3 more unanswerable questions abstained, news unchanged)
    const onlyAdjective = t.tags.has('Noun') && !!after?.tags.has('Noun') && lexicon().senses(lexicon().lemma(t.lower, 'adj'), 'adj').length > 0 && !hasNounSense(t);
    return (t.tags.has('Adjective') || t.tags.has('Superlative') || t.tags.has('Comparative') || onlyAdjective) && !after?.tags.has('Verb');
  }).map((t) => t.lower);
  if (adjectives.length) q.adjectives = adjectives;
  // "By how much did profits rise?", "How much did sales grow?", "… go up?", "… were applications
  // down?": the size of a change, not the level reached
  // ("How many jobs will Renault cut?" counts things, and "To what figure could X raise its
  // offer?" asks the level reached: no change)
  const countsOrLevel = (wh === 'how' && next?.lower === 'many') || before === 'to' || before === 'from' || (toLevel && changeVerb);
  // ("How much did Jet hope to raise?": "raise" with no object after it collects money; it changes
  // none)
  const collects = verbIndex >= 0 && lexicon().lemma(toks[verbIndex]!.lower, 'verb') === 'raise' && !toks.slice(verbIndex + 1).some((t) => t.tags.has('Noun') || t.tags.has('Determiner'));
  if (AMOUNT_KINDS.has(kind) && !countsOrLevel && (before === 'by' || changeNoun ||
      (verbIndex >= 0 && !collects && changeVerbAt(verbIndex)) ||
      // (not a particle of another verb: "… have funding lined up for?")
      toks.some((t, i) => i > whIndex && /^(up|down)$/.test(t.lower) && !toks[i + 1]?.tags.has('Noun') &&
        !(!!toks[i - 1] && (toks[i - 1]!.tags.has('PastTense') || toks[i - 1]!.tags.has('Participle')) && !/^(gone|went|came|was|were|been|moved)$/.test(toks[i - 1]!.lower))))) q.change = true;
  // "Who called the budget the tightest?", "Which secretary announced …?": news reports most
  // sayings with "said" ("Dick Cheney said the budget was the 'tightest'")
  for (const t of terms) {
    // ("What is the film called?" asks a name: no saying; "Which VP called it …?" asks who said so)
    if (t.role !== 'verb' || (asksName && (!subjectAsked || toks.slice(whIndex + 1, verbIndex).some(isCopula))) || t.term === SAY || t.related.some((r) => r.term === SAY)) continue;
    if (lexicon().isKindOf(t.text.toLowerCase(), 'verb', SAYING_KINDS, SAYING_SENSES, SAYING_DEPTH)) t.related.push({ term: SAY, weight: SAID_WEIGHT, kind: 'general' });
  }
  // ("Which newspaper did Freddy Shepherd speak to?": whom one speaks to, news reports say one
  // "told": "Freddy Shepherd told the Newcastle Evening Chronicle")
  // (or with whom after "to": "When did Younger speak to MPs?", "Chairman Sam Younger told MPs on Tuesday")
  const spokenTo = trailingPreposition === 'to' || (verbIndex >= 0 && toks[verbIndex + 1]?.lower === 'to' && verbIndex + 2 < toks.length);
  if (spokenTo) {
    for (const t of terms) {
      if (t.role === 'verb' && SPEAK_VERBS.test(lexicon().lemma(t.text.toLowerCase(), 'verb')) && !t.related.some((r) => r.term === TELL)) t.related.push({ term: TELL, weight: TOLD_WEIGHT, kind: 'synonym' });
    }
  }
  // ("Who speaks for Riggs Bank?": one who speaks for a body is its spokesman, as news reports call
  // them, "Riggs spokesman Mark Hendrix")
  const spokenFor = verbIndex >= 0 && toks[verbIndex + 1]?.lower === 'for' && verbIndex + 2 < toks.length;
  if (spokenFor) {
    for (const t of terms) {
      if (t.role !== 'verb' || !SPEAK_VERBS.test(lexicon().lemma(t.text.toLowerCase(), 'verb'))) continue;
      for (const term of SPOKESPERSON) if (!t.related.some((r) => r.term === term)) t.related.push({ term, weight: SPOKESPERSON_WEIGHT, kind: 'synonym' });
    }
  }
  const quoted = quotedTerms(text);
  if (quoted.length) {
    q.quoted = quoted;
    for (const t of terms) if (t.role === 'verb' && lexicon().verbClasses(t.text.toLowerCase(), SAYING_SENSES).includes('verb.communication')) t.saying = true;
  }
  return q;
}

/** A verb says that someone said something when one of its first senses is filed under communication ("brand": second). */
const SAYING_SENSES = 2;
/**
 * Verbs of saying are kinds of "say" (announce, declare, argue), "label" (call, brand, dub) or
 * "report" (a newspaper that reported something "said" it: "Melbourne's Herald-Sun said Roche …"),
 * within this many steps.
 */
const SAYING_KINDS = ['say', 'label', 'report'];
const SAYING_DEPTH = 2;
/** The index term of "say", "said", "says". */
export const SAY = normalizeTerm('say')!;
/** Verbs of speaking to someone, and the index term of "tell", which reports of it use. */
const SPEAK_VERBS = /^(speak|talk)$/;
const TELL = normalizeTerm('tell')!;
/** Adjectives of price after "how": it asks for a sum of money. */
const PRICE_ADJECTIVE = /^(cheap|expensive|costly|dear|pricey|pricy|affordable)$/;
/** What news reports call one who speaks for a body, as index terms. */
const SPOKESPERSON = ['spokesman', 'spokeswoman', 'spokesperson'].map((w) => normalizeTerm(w)!);
/** How strongly a spokesman stands in for speaking for someone: as a synonym (WordNet's weight for its first senses' synonyms). */
const SPOKESPERSON_WEIGHT = 0.6;
/** "told" stands in for "spoke to" as a synonym does (WordNet synonyms of a first sense weigh 0.6, of others 0.5). */
const TOLD_WEIGHT = 0.5;
/** "said" stands in for a verb of saying as a more general word does (WordNet hypernyms weigh 0.35). */
const SAID_WEIGHT = 0.35;

/**
 * The words a question quotes, in double quotes or in single quotes that are not apostrophes
 * ("called Howard 'arrogant and wrong'", not "Howard's"): each quote's index terms, in order.
 */
function quotedTerms(text: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(/["“”]([^"“”]+)["“”]|(?<![\p{L}\p{N}])['‘]([^'‘’]+)['’](?![\p{L}\p{N}])/gu)) {
    const words = indexTerms(m[1] ?? m[2] ?? '');
    if (words.length) out.push(words);
  }
  return out;
}
