// Whether a sentence says what the question asks or its opposite. "What does not often help
// algorithms solve problems?" is not answered by "The ability to make probabilistic decisions
// often helps algorithms solve problems", and "Who sanctioned the firm?" is not answered by "The
// EU did not sanction the firm": each sentence holds the question's words but does not deny, or
// denies, what it asks.

import nlp from 'compromise';
import { lexicon } from '../lexicon.js';
import type { Question } from '../question.js';
import { normalizeTerm } from '../text.js';

/** A question that denies: "What does not …?", "Who never …?", "Which firms can't …?" (typed with or without the apostrophe). */
export const QUESTION_NEGATION = /\b(not|never|cannot|no longer)\b|n['’]t\b|\b(dont|doesnt|didnt|isnt|wasnt|arent|werent|cant|wont|havent|hasnt|hadnt)\b/i;

/** Words that deny something in a sentence. */
export const NEGATION = /^(not|never|no|none|nothing|neither|nor|cannot|n['’]t|\w+n['’]t)$/i;
/** … and words that deny without "not": "refused to", "failed to", "without", "declined". */
const IMPLIED_NEGATION = /\b(without|lack(s|ed|ing)?|fail(s|ed|ing|ure)?|refus(e|es|ed|ing|al)|declin(e|es|ed|ing)|den(y|ies|ied|ying|ial)|reject(s|ed|ing)?|unable|absen(t|ce)|instead)\b/i;
/** "not only … but also", "not least": no denial; nor "not many", "not much": a quantity ("few people"), not the thing counted. */
const NOT_DENYING = /^(only|just|merely|least|simply|many|much)$/i;

/** Words after a denial that it still reaches: the verb it denies ("did not sanction", "has not been sanctioned"). */
const NEGATION_REACH = 2;

const ANY_NEGATION = /\b(not|never|no|none|nothing|neither|nor|cannot)\b|n['’]t\b/i;

/** A word of a sentence without the punctuation around it. */
function bareWord(raw: string): string {
  return raw.replace(/^[^\p{L}\p{N}'’]+|[^\p{L}\p{N}'’]+$/gu, '');
}

/** Whether a sentence denies anything: a word of denial, not one that only begins "not only" ("shaped not only by the rivers"). */
function deniesAnything(sentence: string): boolean {
  if (!ANY_NEGATION.test(sentence)) return false;
  const words = sentence.split(/\s+/).map(bareWord);
  return words.some((w, k) => NEGATION.test(w) && !(/^not$/i.test(w) && NOT_DENYING.test(words[k + 1] ?? '')));
}

/**
 * Whether `sentence` says the opposite of what the question asks with the verb `asked` (index terms
 * of the question's verb and its synonyms): for a question that denies, the sentence denies
 * nothing at all; for one that does not, the sentence denies that verb ("did not sanction").
 *
 * @example
 * contradicts('Who sanctioned the firm?', 'Treasury did not sanction the firm.', new Set([normalizeTerm('sanctioned')!])) // true
 */
export function contradicts(question: string, sentence: string, asked: ReadonlySet<string>): boolean {
  if (QUESTION_NEGATION.test(question)) return !deniesAnything(sentence) && !IMPLIED_NEGATION.test(sentence);
  // "Which strategist said there was "no end in sight"?": the question denies what the sentence does
  if (ANY_NEGATION.test(question)) return false;
  if (asked.size === 0 || !ANY_NEGATION.test(sentence)) return false;
  // words with the punctuation after them: a clause ends at , ; : ( ) and at a sentence's end
  const words = sentence.split(/\s+/);
  let since = Infinity; // words since the last denial in this clause
  for (let k = 0; k < words.length; k++) {
    const raw = words[k]!;
    const word = bareWord(raw);
    if (NEGATION.test(word) && !NOT_DENYING.test(words[k + 1]?.replace(/[^\p{L}]/gu, '') ?? '')) since = 0;
    // ("would not make any tax commitments": "any" goes with the denial, and is no word it must reach past)
    else if (/^any$/i.test(word) && since <= NEGATION_REACH) { /* no step */ }
    else {
      since++;
      const term = since <= NEGATION_REACH ? (normalizeTerm(word) ?? word.toLowerCase()) : null;
      if (term && asked.has(term)) return true;
    }
    if (/[,;:()!?.–—-]["'’”)]*$/.test(raw)) since = Infinity;
    // (nor does a denial inside quotation marks reach past them: 'its "Make love not spam" campaign')
    else if (/\p{L}["”]$/u.test(raw)) since = Infinity;
  }
  return false;
}

/** A question word that has opposites ("smallest"), as patterns over a sentence's text: its own forms, and those of its opposites ("large", "larger", "largest", "big", …). */
export interface Opposite {
  own: RegExp;
  opposite: RegExp;
}

const opposites = new WeakMap<Question, Opposite[]>();

/**
 * Words that put what follows "to" in doubt or in the future ("was expected to win", "originally
 * tipped to buy", "plans to sell", "tried to block", "in talks to buy", "keen to sign"), and modals
 * that do so directly ("could win").
 */
const HEDGE = /^(expected|tipped|likely|unlikely|set|due|poised|hop(e|es|ed|ing)|plan(s|ned|ning)?|aim(s|ed|ing)?|want(s|ed|ing)?|seek(s|ing)?|sought|tr(y|ies|ied|ying)|attempt(s|ed|ing)?|bid(s|ding)?|intend(s|ed|ing)?|promis(e|es|ed|ing)|threat(en|ens|ened|ening)|vow(s|ed|ing)?|favou?rite|predicted|forecast|talks|keen|eager|ready|willing|prepar(es|ed|ing)|consider(s|ed|ing))$/i;
const HEDGING_MODAL = /^(could|might|may)$/;
/** Modals that, before "have" and a past participle, tell of what did not happen ("could have sold a million"). */
const COUNTERFACTUAL_MODAL = /^(could|might|may|would|should)$/i;
/** Words of a name (or a pronoun) that may stand between a word of hedging and its "to" ("expected Sony to sell"). */
const EXPECTED_OF_WORDS = 3;
/** A pronoun for the one expected to do it ("expected them to win"). */
const OBJECT_PRONOUN = /^(him|her|them|it|us|me)$/i;
/** Words, at most, from "whether" to the verb of the question it puts ("whether the other two men released … in January have also received"). */
const WHETHER_WORDS = 25;
/** A question that itself asks about a plan, a hope, or the future: its answer may well be hedged. */
const QUESTION_HEDGE = /\b(will|would|could|might|may|going to|shall|can)\b/i;

/**
 * Whether `sentence` holds the question's verb (`asked`: its index terms and synonyms) only as
 * something expected, planned or tried, never as done: "Gazprom … was expected to win the auction"
 * does not answer "Who won the auction?". A question that asks about such a thing ("Who is expected
 * to win?", "Who will win?") or about what was not done is not read so.
 *
 * @example
 * hedged('Who won the auction?', 'Gazprom was expected to win the auction.', new Set(['win'])) // true
 */
export function hedged(question: string, sentence: string, asked: ReadonlySet<string>): boolean {
  // nor one about what was not done ("Which cities did the stations fail to view?")
  if (asked.size === 0 || QUESTION_HEDGE.test(question) || QUESTION_NEGATION.test(question) || IMPLIED_NEGATION.test(question)) return false;
  if (question.split(/[^\p{L}]+/u).some((w) => HEDGE.test(w))) return false;
  const words = sentence.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  let hedgedUse = false;
  for (let k = 0; k < words.length; k++) {
    const term = normalizeTerm(words[k]!);
    if (!term || !asked.has(term)) continue;
    // "expected to win", "expected to eventually win", "could win"
    let b = k - 1;
    if (/ly$/i.test(words[b] ?? '')) b--;
    // ("expected Sony to sell": the one expected to do it named between, by name or pronoun)
    let h = b - 1;
    for (let n = 0; n < EXPECTED_OF_WORDS && h > 0 && !HEDGE.test(words[h]!) && (/^\p{Lu}/u.test(words[h]!) || OBJECT_PRONOUN.test(words[h]!)); n++) h--;
    const byTo = words[b]?.toLowerCase() === 'to' && HEDGE.test(words[h] ?? '');
    // "could have sold", "would have won": what might have been, not what was
    // ("would only have won", "would only have been able to infect one phone at a time")
    const modalAt = (m: number) => COUNTERFACTUAL_MODAL.test(words[m] ?? '') || (/^(only|still|also|\w+ly)$/i.test(words[m] ?? '') && COUNTERFACTUAL_MODAL.test(words[m - 1] ?? ''));
    const ableTo = words[b]?.toLowerCase() === 'to' && /^able$/i.test(words[b - 1] ?? '') && /^been$/i.test(words[b - 2] ?? '') ? b - 3 : b;
    const counterfactual = /^have$/i.test(words[ableTo] ?? '') && modalAt(ableTo - 1);
    // ("It is not known whether the other two men … have also received letters": what a question
    // put by "whether" asks, the sentence does not say)
    const asksWhether = words.slice(Math.max(0, k - WHETHER_WORDS), k).some((w) => /^whether$/i.test(w));
    if (byTo || counterfactual || asksWhether || HEDGING_MODAL.test(words[b] ?? '')) hedgedUse = true;
    else return false;
  }
  return hedgedUse;
}

/** An adjective with its comparative and superlative (compromise): "large", "larger", "largest". */
function forms(adjective: string): string[] {
  const c = (nlp(adjective).adjectives() as unknown as { conjugate(): Array<Record<string, string>> }).conjugate()[0];
  return [adjective, ...(c ? [c.Comparative, c.Superlative].filter((f): f is string => !!f) : [])];
}

/**
 * A pattern for any of `words`: in any case for the question's own word; for an opposite, only in
 * lower case ("Old Labour" is a name) and not after "not" ("not many" is "few").
 */
const wordsPattern = (words: string[], opposite: boolean) => {
  const alternatives = [...new Set(words)].map((w) => w.replace(/[^a-z]/g, '')).filter(Boolean).join('|');
  return opposite ? new RegExp(`(?<!\\bnot\\s)\\b(${alternatives})\\b`) : new RegExp(`\\b(${alternatives})\\b`, 'i');
};

/** The adjectives a comparative or superlative may be formed from: "larger" → large, "bigger" → big, "happier" → happy. */
function comparedAdjective(word: string): string[] {
  const m = /^(.+?)(er|est)$/.exec(word.toLowerCase());
  if (!m) return [];
  const stem = m[1]!;
  const out = [stem, `${stem}e`, stem.replace(/i$/, 'y')];
  if (/(.)\1$/.test(stem)) out.push(stem.slice(0, -1));
  return [...new Set(out)].filter((b) => b !== word && lexicon().senses(b, 'adj').length > 0);
}

/**
 * The question's adjectives with WordNet antonyms ("What city has one of
 * the smallest ports?" → "large", "big"; "the least important" → "most"), worked out once per
 * question. A sentence with an opposite and without the word itself ("the largest river port in
 * Europe") says something else.
 */
export function oppositesOf(q: Question): Opposite[] {
  let list = opposites.get(q);
  if (list) return list;
  list = [];
  for (const word of new Set(q.adjectives ?? [])) {
    let base = word;
    let against = lexicon().antonyms(word, 'adj');
    // WordNet files some comparatives as words of their own with no opposite ("larger"): read the
    // adjective they compare ("large" → "small", so "smaller")
    for (const b of comparedAdjective(word)) {
      if (against.length > 0) break;
      against = lexicon().antonyms(b, 'adj');
      base = b;
    }
    if (against.length === 0) continue;
    list.push({ own: wordsPattern([word, ...forms(lexicon().lemma(base, 'adj'))], false), opposite: wordsPattern(against.flatMap(forms), true) });
  }
  opposites.set(q, list);
  return list;
}

/** Whether `sentence` holds the opposite of one of the question's adjectives, and not that adjective. */
export function saysOpposite(list: Opposite[], sentence: string): boolean {
  return list.some((o) => o.opposite.test(sentence) && !o.own.test(sentence));
}

/** Ordinal words: a different one before the same noun names another thing ("the second half" is not "the first half"). */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last'];
const ORDINAL = new RegExp(`^(${ORDINALS.join('|')}|\\d+(st|nd|rd|th))$`, 'i');

/** The question's ordinals with the noun after each ("first half" → first, half), worked out once per question. */
const ordinalsAsked = new WeakMap<Question, Array<{ ordinal: string; noun: string }>>();
function ordinalsOf(q: Question): Array<{ ordinal: string; noun: string }> {
  let list = ordinalsAsked.get(q);
  if (list) return list;
  list = [];
  const words = q.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let k = 0; k + 1 < words.length; k++) {
    const noun = normalizeTerm(words[k + 1]!);
    if (ORDINAL.test(words[k]!) && noun) list.push({ ordinal: words[k]!, noun });
  }
  ordinalsAsked.set(q, list);
  return list;
}

/**
 * Whether `sentence` puts another ordinal before a noun the question puts an ordinal before, and
 * never the question's own: "the second half of the 20th Century" for "What changed the Delta in
 * the first half of the 20th Century?".
 */
export function otherOrdinal(q: Question, sentence: string): boolean {
  const asked = ordinalsOf(q);
  if (asked.length === 0) return false;
  const words = sentence.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return asked.some(({ ordinal, noun }) => {
    if (words.includes(ordinal)) return false;
    for (let k = 0; k + 1 < words.length; k++) if (ORDINAL.test(words[k]!) && normalizeTerm(words[k + 1]!) === noun) return true;
    return false;
  });
}

/** A superlative: "best", "worst", or an "-est" word formed from an adjective ("largest" → large; not "interest"). */
export const isSuperlative = (w: string): boolean => /^(best|worst)$/.test(w) || (/est$/.test(w) && formedSuperlative(w));

/**
 * Whether an "-est" word is an adjective's superlative: one WordNet knows as a noun only is not
 * ("guest", "forest", whatever "gu" and "fore" may be), nor is an adjective of its own that no
 * adjective it could be formed from makes ("modest" is not "mod" at its most); "latest" is "late"'s.
 */
function formedSuperlative(w: string): boolean {
  const bases = comparedAdjective(w);
  if (bases.length === 0) return false;
  const adjective = lexicon().senses(w, 'adj').length > 0;
  if (!adjective) return lexicon().senses(w, 'noun').length === 0;
  return bases.some((b) => forms(b).includes(w));
}

/** How many words after a superlative name what it ranks ("best male film actor"). */
const SUPERLATIVE_PHRASE = 3;

interface TaggedWord { word: string; noun: boolean; modifier: boolean }
/** A text's words in lower case, each with whether compromise reads it as a noun (not a pronoun or a number: "the tightest one yet") or as an adjective or ordinal. */
function taggedWords(text: string): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const s of nlp(text).json() as Array<{ terms: Array<{ normal: string; tags: string[] }> }>) {
    for (const t of s.terms) {
      for (const word of t.normal.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) out.push({ word, noun: t.tags.includes('Noun') && !t.tags.includes('Pronoun') && !t.tags.includes('Value'), modifier: t.tags.includes('Adjective') || t.tags.includes('Ordinal') });
    }
  }
  return out;
}

/** The question's superlatives, each with the index terms of the words after it, where they hold a noun ("best supporting actress" → best, [support, actress]), worked out once per question. */
interface SuperlativeAsked { superlative: string; terms: string[]; pattern: RegExp }
const superlativesAsked = new WeakMap<Question, SuperlativeAsked[]>();
function superlativesOf(q: Question): SuperlativeAsked[] {
  let list = superlativesAsked.get(q);
  if (list) return list;
  list = [];
  if (/\b(best|worst|\p{L}+est)\b/iu.test(q.text)) {
    const words = taggedWords(q.text);
    for (let k = 0; k + 1 < words.length; k++) {
      if (!isSuperlative(words[k]!.word)) continue;
      const terms: string[] = [];
      let noun = false;
      for (let j = k + 1; j < words.length && j <= k + SUPERLATIVE_PHRASE; j++) {
        const term = normalizeTerm(words[j]!.word);
        if (!term) break;
        terms.push(term);
        noun ||= words[j]!.noun;
      }
      // "What is the largest city …?": the noun asked for is the answer's kind, found by other means
      if (noun && !terms.includes(q.headTerm ?? '')) list.push({ superlative: words[k]!.word, terms, pattern: new RegExp(`\\b${words[k]!.word}\\b`, 'i') });
    }
  }
  superlativesAsked.set(q, list);
  return list;
}

/**
 * Sentences' tagged words already read (by their text): the same sentences come up for question
 * after question with "best" in it ("best film", "best actress"), and tagging one again was a sixth
 * of the time of such a question. At most {@link TAGGED_SENTENCES}, then emptied.
 */
const taggedSentences = new Map<string, TaggedWord[]>();
/** Sentences' tagged words kept (a few hundred bytes each). */
const TAGGED_SENTENCES = 4_096;
function sentenceWords(sentence: string): TaggedWord[] {
  let words = taggedSentences.get(sentence);
  if (!words) {
    if (taggedSentences.size >= TAGGED_SENTENCES) taggedSentences.clear();
    taggedSentences.set(sentence, (words = taggedWords(sentence)));
  }
  return words;
}

/**
 * Whether `sentence` puts the question's superlative before another noun and holds none of the
 * words the question puts after it: "Zach Braff won the award for best first feature" for "Who
 * won best actress?" names the winner of another prize.
 */
export function otherSuperlative(q: Question, sentence: string): boolean {
  const asked = superlativesOf(q).filter(({ pattern }) => pattern.test(sentence));
  if (asked.length === 0) return false;
  const terms = new Set(sentence.toLowerCase().split(/[^\p{L}\p{N}]+/u).map((w) => normalizeTerm(w)).filter((t): t is string => !!t));
  const open = asked.filter(({ terms: own }) => !own.some((t) => terms.has(t)));
  if (open.length === 0) return false;
  const words = sentenceWords(sentence);
  // the noun may follow an ordinal or an adjective: "best first feature"
  return open.some(({ superlative }) => words.some((w, k) => w.word === superlative && (words[k + 1]?.noun || (words[k + 1]?.modifier && words[k + 2]?.noun))));
}

/** The words the question negates by "non-" ("non-binary" → binary), worked out once per question. */
const negatedAsked = new WeakMap<Question, string[]>();

/**
 * Whether `sentence` holds a word the question negates by "non-" and never its "non-" form:
 * "integers can be represented in binary notation" for "What is represented by non-binary notation?".
 */
export function dropsNon(q: Question, sentence: string): boolean {
  let words = negatedAsked.get(q);
  if (!words) negatedAsked.set(q, (words = [...q.text.matchAll(/\bnon-(\p{L}{3,})/giu)].map((m) => m[1]!.toLowerCase())));
  return words.some((w) => {
    const own = new RegExp(`\\bnon-?${w}\\b`, 'iu');
    const bare = new RegExp(`(?<!non-?)\\b${w}\\b`, 'iu');
    return !own.test(sentence) && bare.test(sentence);
  });
}

/** Prepositions of direction, each with those of the opposite direction. */
const DIRECTIONS: Record<string, readonly string[]> = {
  from: ['to', 'into', 'towards', 'toward', 'onto'],
  to: ['from'],
  into: ['from', 'out'],
  towards: ['from'],
  toward: ['from'],
  onto: ['from', 'off'],
  out: ['into', 'in'],
  off: ['onto', 'on'],
};

/** The question's verb (as an index term) with the direction after it ("fled from" → flee, from), worked out once per question. */
const directionAsked = new WeakMap<Question, { verb: string; direction: string } | null>();
function directionOf(q: Question): { verb: string; direction: string } | null {
  let d = directionAsked.get(q);
  if (d !== undefined) return d;
  d = null;
  const verb = q.terms.find((t) => t.role === 'verb');
  if (verb) {
    const words = q.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const at = words.findIndex((w) => normalizeTerm(w) === verb.term);
    const next = words[at + 1];
    if (at >= 0 && next && DIRECTIONS[next]) d = { verb: verb.term, direction: next };
  }
  directionAsked.set(q, d);
  return d;
}

/** Words after the verb's other direction and its place within which the question's own direction may still come ("moved to the Bernabeu from Liverpool"). */
const DIRECTION_AFTER_WORDS = 4;

/**
 * Whether `sentence` puts the question's verb before a preposition of the opposite direction, and
 * never before the question's own: "several monks fled to southern Italy" for "Who fled from
 * southern Italy?" (SQuAD's train articles: 2 more unanswerable questions abstained; news train and
 * dev unchanged).
 */
export function otherDirection(q: Question, sentence: string): boolean {
  const asked = directionOf(q);
  if (!asked) return false;
  let other = false;
  // (clause by clause: the question's own direction later in the verb's clause is said too: "who
  // moved to the Bernabeu from Liverpool" for "Which club did Owen move from?")
  for (const clause of sentence.toLowerCase().split(/[,;:()]/)) {
    const words = clause.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (let k = 0; k + 1 < words.length; k++) {
      if (normalizeTerm(words[k]!) !== asked.verb) continue;
      if (words[k + 1] === asked.direction) return false;
      if (!DIRECTIONS[asked.direction]!.includes(words[k + 1]!)) continue;
      if (words.slice(k + 2, k + 2 + DIRECTION_AFTER_WORDS).includes(asked.direction)) return false;
      other = true;
    }
  }
  return other;
}

/**
 * Whether `sentence` says something other than the question asks, by any of the readings above
 * other than a denial of its verb: an opposite adjective, another ordinal, the word the question
 * negates by "non-", or the opposite direction after its verb.
 */
export function saysOtherwise(q: Question, sentence: string): boolean {
  return saysOpposite(oppositesOf(q), sentence) || otherOrdinal(q, sentence) || otherSuperlative(q, sentence) || dropsNon(q, sentence) || otherDirection(q, sentence);
}
