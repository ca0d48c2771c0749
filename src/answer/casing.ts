import { analyzeQuestion, cleanQuestion, type Question } from '../question.js';
import { normalizeTerm } from '../text.js';
import type { Corpus } from './corpus.js';

/** Sentences read per word to see how the articles write it. */
const CASE_SAMPLE = 12;
/** Uses of a word, not at a sentence's start, that must be capitalised for the question to be (a name the articles always capitalise). */
const MIN_CAPITALISED_SHARE = 0.8;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * How the articles write `word` (lower case as typed) when not starting a sentence: their commonest
 * capitalised form when at least {@link MIN_CAPITALISED_SHARE} of the uses are capitalised
 * ("emennet" → "Emennet", "qatar" → "Qatar"), else null ("runs", "company").
 */
function writtenAs(word: string, c: Corpus): string | null {
  const term = normalizeTerm(word);
  if (!term) return null;
  if (c.index.documentFrequency(term) === 0) {
    // a word the articles hold only as an acronym: "ukip" → "UKIP", "bt" → "BT" (stop words like "it" never get here)
    const acronym = normalizeTerm(word.toUpperCase());
    return acronym === word.toUpperCase() && c.index.documentFrequency(acronym) > 0 ? acronym : null;
  }
  const forms = new Map<string, number>();
  let lower = 0;
  // `word` is letters, digits and an apostrophe (WORD): nothing to escape
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu');
  for (const hit of c.index.search([{ term, weight: 1 }], CASE_SAMPLE)) {
    const text = c.passages[hit.passage]!.text;
    for (const m of text.matchAll(pattern)) {
      const before = text.slice(0, m.index).trimEnd();
      if (before === '' || /[.!?:"“‘(]$/.test(before)) continue; // a sentence's first word is capitalised anyway
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
 * ("US", "IRGC"). Text that mixes cases is the asker's own casing and is left alone.
 *
 * @example
 * casedAsCorpus('WHO RUNS EMENNET PASARGAD?', corpus) // 'who runs Emennet Pasargad?'
 */
export function casedAsCorpus(text: string, c: Corpus): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const allUpper = letters === letters.toUpperCase();
  const allLower = letters === letters.toLowerCase();
  if (!letters || (!allUpper && !allLower) || letters.toUpperCase() === letters.toLowerCase()) return text;
  return text.replace(WORD, (w) => {
    if (allUpper) {
      const acronym = normalizeTerm(w);
      if (acronym && acronym === w && c.index.documentFrequency(acronym) > 0) return w;
    }
    const lower = w.toLowerCase();
    return writtenAs(lower, c) ?? lower;
  });
}

/** The question analysed again with {@link casedAsCorpus} when it was typed without case; shown to the asker as typed. */
export function recased(q: Question, c: Corpus): Question {
  const clean = cleanQuestion(q.text);
  const text = casedAsCorpus(clean, c);
  return text === clean ? q : { ...analyzeQuestion(text), text: q.text };
}
