// Periods of time a text names: years ("1072", "2001-2004", "in 911"), decades and centuries written as
// "the 1050s" or "the 1100's", and ordinal centuries ("the 11th century", "10th and 11th
// centuries"). A question that names a period asks about that period: a sentence that names only
// other periods is about something else ("Who invaded Scotland in the 10th century?" is not
// answered by "William invaded Scotland in 1072").

import type { Question } from '../question.js';

/** A span of years, both ends included. */
export type Period = readonly [from: number, to: number];

/** Years read as years: four digits from here to there ("1,500" and "5000" are amounts). */
const FIRST_YEAR = 1000;
const LAST_YEAR = 2099;

const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)`;
/** "11th century", "10th and 11th centuries", "9th-10th century". */
const CENTURIES = new RegExp(String.raw`\b${ORDINAL}((?:\s*(?:,|and|or|to|-|–)\s*${ORDINAL})*)[\s-]+centur(?:y|ies)\b`, 'giu');
const MORE_ORDINALS = new RegExp(ORDINAL, 'gu');
/** "1050s", "1100's" (a decade, or a century when it ends in 00). */
const DECADE = /(?<![\p{L}\p{N}$£€.,])(\d{3}0)['’]?s\b/gu;
/**
 * "2001-2004", "2004-05", "2001 to 2004", "between 2001 and 2004", or a year alone; not a number
 * before a word it qualifies: "2000 jobs" counts, and "the 2020 US presidential elections" names
 * the elections, not when the sentence's event happened ("sanctioned six Iranians for meddling
 * with 2020 US presidential elections" is not dated 2020).
 */
const YEARS = /(?<![\p{L}\p{N}$£€.,])(\d{4})(?:\s*(?:-|–|to|until|and)\s*(\d{4})(?!\p{N})|[-–/](\d{2})(?!\p{N})|(?![\p{N}%]|['’]?s\b|,\d|\.\d|\s+(?!(?:and|or|to|until|when|while|whilst|whereas|but|though|although|because|since|despite|which|where|after|before|as|in|on|at|by|for|from|with|the|a|an|is|was|were|has|had|he|she|it|they|we)\b)\p{L}))/gu;

const isYear = (n: number) => n >= FIRST_YEAR && n <= LAST_YEAR;

/**
 * A year after a month ("In April 1191 Richard left …"): a date, whatever word follows it (SQuAD's
 * train articles: 1 more unanswerable question abstained; news train and dev unchanged).
 */
const MONTH_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s+(\d{4})(?!\p{N})/gu;

/**
 * A year of three digits, read as one only after a word that dates ("in 911", "until 987", "AD
 * 800") and only where no amount could stand: at the end of a clause or before a word that does not
 * follow a number ("in 911 the Duchy …", "began in 911, as …"), never before a word it counts ("in
 * 150 countries") or another number's preposition ("from 250 to 300", "by 250 in March").
 * (SQuAD's train articles: 1 more unanswerable question abstained; news train and dev unchanged.)
 */
const EARLY_YEAR = /\b(?:in|since|until|till|around|circa|c\.|AD)\s+(\d{3})(?=\s*(?:$|[;:!?)]|[.,](?!\d)|\s(?:AD|BC|BCE|CE|and|the|when|as|after|before|he|she|it|they|we|was|were|is|had|has)\b))/giu;

/**
 * Where `text` writes a year, as the periods below read one ("In 1066, …", "in 911 the Duchy …",
 * "April 1191", "1066-1070"): the offsets the years start at. The tagger knows years from about
 * 1400 on; earlier ones it reads as plain numbers.
 */
export function yearStarts(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(YEARS)) {
    if (!isYear(Number(m[1]))) continue;
    out.add(m.index);
    if (m[2] && isYear(Number(m[2]))) out.add(m.index + m[0].lastIndexOf(m[2]));
  }
  for (const re of [EARLY_YEAR, MONTH_YEAR]) for (const m of text.matchAll(re)) out.add(m.index + m[0].lastIndexOf(m[1]!));
  return out;
}

/**
 * The periods `text` names, in no particular order. A century is read as its years in common use
 * ("the 11th century": 1000–1099); a range of years whole.
 *
 * @example
 * periodsIn('in the 10th and 11th centuries') // [[900, 999], [1000, 1099]]
 * periodsIn('between 2001 and 2004')          // [[2001, 2004]]
 */
export function periodsIn(text: string): Period[] {
  const out: Period[] = [];
  let rest = text.replace(CENTURIES, (_all, first: string, more: string) => {
    for (const n of [Number(first), ...[...more.matchAll(MORE_ORDINALS)].map((m) => Number(m[1]))]) {
      if (n >= 1 && n <= 21) out.push([(n - 1) * 100, n * 100 - 1]);
    }
    return ' ';
  });
  rest = rest.replace(DECADE, (all, digits: string) => {
    const start = Number(digits);
    if (!isYear(start)) return all;
    out.push(start % 100 === 0 ? [start, start + 99] : [start, start + 9]);
    return ' ';
  });
  rest = rest.replace(MONTH_YEAR, (all, digits: string) => {
    const year = Number(digits);
    if (!isYear(year)) return all;
    out.push([year, year]);
    return ' ';
  });
  for (const m of rest.matchAll(EARLY_YEAR)) {
    const year = Number(m[1]);
    if (year >= 100) out.push([year, year]);
  }
  for (const m of rest.matchAll(YEARS)) {
    const from = Number(m[1]);
    // "2004-05": the second year in two digits, in the first one's century
    const short = m[3] ? Math.floor(from / 100) * 100 + Number(m[3]) : undefined;
    const to = m[2] ? Number(m[2]) : short !== undefined ? (short < from ? short + 100 : short) : from;
    if (isYear(from) && isYear(to) && to >= from) out.push([from, to]);
    else if (isYear(from)) out.push([from, from]);
  }
  return out;
}

/**
 * Whether a sentence names periods of time and none of them falls in any of the periods `asked`
 * about. A sentence that names no period does not contradict (it may be dated by its context).
 */
export function otherPeriodsOnly(asked: readonly Period[], sentence: string): boolean {
  if (asked.length === 0) return false;
  const named = periodsIn(sentence);
  // (a year naming an event counts as naming its period here: "in 2021, over the 2020 US elections")
  return named.length > 0 && ![...named, ...eventYears(sentence)].some(([a, b]) => asked.some(([x, y]) => a <= y && x <= b));
}

/** "the 2000 US Open final", "the 2020 US presidential elections": a year naming the event after it. */
const EVENT_YEAR = /\bthe\s+(\d{4})\s+(?=\p{Lu})/giu;

/**
 * The years that name an event ("the 2000 US Open final"): not when a sentence's event happened
 * ({@link YEARS} leaves them out), but a question asking about "the 2000 US Open final" asks about
 * 2000 ("Who did Safin beat in the 2000 US Open final?" is not answered by "the player he beat in
 * the semi-finals in 2002").
 */
function eventYears(text: string): Period[] {
  return [...text.matchAll(EVENT_YEAR)].map((m) => Number(m[1])).filter(isYear).map((y) => [y, y] as const);
}

const periodsAsked = new WeakMap<Question, readonly Period[]>();
/** The months of the year, as written in full. */
export const MONTH_NAME = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;

const monthsAsked = new WeakMap<Question, ReadonlySet<string>>();

/** The months a question names ("By how much did house prices rise in February?" → February); read once a question. */
export function askedMonths(q: Question): ReadonlySet<string> {
  let m = monthsAsked.get(q);
  if (!m) monthsAsked.set(q, (m = new Set(q.text.split(/[^\p{L}]+/u).filter((w) => MONTH_NAME.test(w)))));
  return m;
}

/** The periods of time the question names ("in the 11th century"), read once per question. */
export function askedPeriods(q: Question): readonly Period[] {
  let p = periodsAsked.get(q);
  if (!p) periodsAsked.set(q, (p = [...periodsIn(q.text), ...eventYears(q.text)]));
  return p;
}
