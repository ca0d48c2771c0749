import { analyzeQuestion, cleanQuestion, type Question } from '../question.js';
import { normalizeTerm } from '../text.js';
import type { Corpus } from './corpus.js';
import { MIN_TYPO_LENGTH, spelledOut } from './evidence.js';

/** Sentences read per word to see how the articles write it. */
const CASE_SAMPLE = 12;
/** Uses of a word, not at a sentence's start, that must be capitalised for the question to be (a name the articles always capitalise). */
const MIN_CAPITALISED_SHARE = 0.8;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** Words joined by hyphens, possibly one word ("t-mobile", "emennet"). */
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’][\p{L}]+)?/gu;
/** A word in capitals, as an acronym is written ("MP", "IRGC"). */
const ACRONYM = /^\p{Lu}{2,6}s?$/u;

/**
 * A word the articles never use (at least {@link MIN_TYPO_LENGTH} letters, as a name whose spelling
 * is corrected), capitalised when its closest spelling in the articles is a name
 * they capitalise ("pasargard" → "Pasargard", for "Pasargad"), so that the question reads it as a
 * name and the name's spelling is then corrected; null otherwise ("sanctiond" stays a word).
 */
function misspeltName(word: string, term: string, c: Corpus): string | null {
  if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return null;
  const fixed = c.index.spellings(term)[0];
  if (!fixed) return null;
  const uses = (text: string) => [...text.matchAll(WORD)].filter((m) => normalizeTerm(m[0]) === fixed);
  return capitalisedForm(fixed, uses, c) ? word[0]!.toUpperCase() + word.slice(1) : null;
}

/**
 * How the articles write `word` (lower case as typed) when not starting a sentence: their commonest
 * capitalised form when at least {@link MIN_CAPITALISED_SHARE} of the uses are capitalised
 * ("emennet" → "Emennet", "qatar" → "Qatar"), else null ("runs", "company").
 */
function writtenAs(word: string, c: Corpus): string | null {
  // a possessive is its word's: "rem's" → "REM's"
  const possessive = /^(.+)(['’]s)$/.exec(word);
  if (possessive) {
    const base = writtenAs(possessive[1]!, c);
    return base ? base + possessive[2] : null;
  }
  const term = normalizeTerm(word);
  if (!term) return null;
  // a word the articles hold mostly as an acronym: "ukip" → "UKIP", "bt" → "BT", and "uk" → "UK",
  // though "amazon.co.uk" has it in lower case (stop words like "it" never get here)
  const acronym = normalizeTerm(word.toUpperCase());
  if (acronym === word.toUpperCase() && c.index.documentFrequency(acronym) > c.index.documentFrequency(term)) return acronym;
  if (c.index.documentFrequency(term) === 0) {
    // initials the articles never write but spell out: "dni" → "DNI" ("Director of National Intelligence")
    if (acronym === word.toUpperCase() && /^\p{L}{2,6}$/u.test(word) && spelledOut(acronym, c)) return acronym;
    return misspeltName(word, term, c);
  }
  // `word` is letters, digits and an apostrophe (WORD): nothing to escape
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu');
  return capitalisedForm(term, (text) => text.matchAll(pattern), c);
}

/**
 * The commonest capitalised form of a word's uses (`uses` finds them in a sentence) in the passages
 * that hold `term` (or, for several, most of them), not counting a sentence's first word (capitalised anyway), when at least
 * {@link MIN_CAPITALISED_SHARE} of the uses are capitalised; else null.
 */
function capitalisedForm(term: string | string[], uses: (text: string) => Iterable<RegExpMatchArray>, c: Corpus): string | null {
  const forms = new Map<string, number>();
  let lower = 0;
  for (const hit of c.index.search((Array.isArray(term) ? term : [term]).map((t) => ({ term: t, weight: 1 })), CASE_SAMPLE)) {
    const text = c.passages[hit.passage]!.text;
    for (const m of uses(text)) {
      const before = text.slice(0, m.index).trimEnd();
      if (before === '' || /[.!?:"“‘(]$/.test(before)) continue;
      if (m[0] === m[0].toLowerCase()) lower++;
      else forms.set(m[0], (forms.get(m[0]) ?? 0) + 1);
    }
  }
  const capitalised = [...forms.values()].reduce((a, b) => a + b, 0);
  if (capitalised === 0 || capitalised < MIN_CAPITALISED_SHARE * (capitalised + lower)) return null;
  return [...forms].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * A question typed without case ("who runs emennet pasargad", "WHO RUNS EMENNET PASARGAD?") with
 * its words cased as the articles write them, so that names read as names: "who runs Emennet
 * Pasargad". All capitals are read as lower case first, except an acronym the articles use
 * ("US", "IRGC"). A question in lower case but for its acronyms ("when was david miliband first
 * elected an MP?") counts as typed without case; a misspelt name is cased as the name it is
 * closest to ("pasargard"). Other text that mixes cases is the asker's own casing and is left
 * alone.
 *
 * @example
 * casedAsCorpus('WHO RUNS EMENNET PASARGAD?', corpus) // 'who runs Emennet Pasargad?'
 */
export function casedAsCorpus(text: string, c: Corpus): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const allUpper = letters === letters.toUpperCase();
  // lower case but for acronyms: "when was david miliband first elected an MP?" (a capital first
  // word is the asker's casing: "Which department ..." keeps "department" a word, though the
  // articles write it mostly in names, "Justice Department")
  const allLower = (text.match(WORD) ?? []).every((w) => w === w.toLowerCase() || ACRONYM.test(w));
  if (!letters || (!allUpper && !allLower) || letters.toUpperCase() === letters.toLowerCase()) return text;
  return text.replace(HYPHENATED, (whole) => {
    // a hyphenated word the articles use, as they write it whole ("t-mobile" → "T-Mobile"), else word by word
    return (whole.includes('-') ? hyphenatedAs(whole.toLowerCase(), c) : null) ?? whole.replace(WORD, (w) => casedWord(w, allUpper, c));
  });
}

/**
 * How the articles write a hyphenated word (lower case as typed), read whole in the passages that
 * hold its parts: "t-mobile" → "T-Mobile" (its parts, "t" and "mobile", are mostly lower case).
 */
function hyphenatedAs(word: string, c: Corpus): string | null {
  const possessive = /^(.+)(['’]s)$/.exec(word);
  const base = possessive ? possessive[1]! : word;
  const parts = base.split('-').map((p) => normalizeTerm(p)).filter((t): t is string => !!t && c.index.documentFrequency(t) > 0);
  if (parts.length < 2) return null;
  // `base` is letters, digits and hyphens (HYPHENATED): nothing to escape
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${base}(?![\\p{L}\\p{N}-])`, 'giu');
  const form = capitalisedForm(parts, (text) => text.matchAll(pattern), c);
  return form ? form + (possessive?.[2] ?? '') : null;
}

/** One word of {@link casedAsCorpus}'s question as the articles write it. */
function casedWord(w: string, allUpper: boolean, c: Corpus): string {
  if (allUpper) {
    const acronym = normalizeTerm(w);
    if (acronym && acronym === w && c.index.documentFrequency(acronym) > 0) return w;
  }
  if (!allUpper && ACRONYM.test(w)) return w;
  const lower = w.toLowerCase();
  return writtenAs(lower, c) ?? lower;
}

/** The question analysed again with {@link casedAsCorpus} when it was typed without case; shown to the asker as typed. */
export function recased(q: Question, c: Corpus): Question {
  const clean = cleanQuestion(q.text);
  const text = casedAsCorpus(clean, c);
  return text === clean ? q : { ...analyzeQuestion(text), text: q.text };
}
