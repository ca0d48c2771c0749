// Whether a sentence says what the question asks or its opposite. "What does not often help
// algorithms solve problems?" is not answered by "The ability to make probabilistic decisions
// often helps algorithms solve problems", and "Who sanctioned the firm?" is not answered by "The
// EU did not sanction the firm": each sentence holds the question's words but does not deny, or
// denies, what it asks.

import { normalizeTerm } from '../text.js';

/** A question that denies: "What does not …?", "Who never …?", "Which firms can't …?" (typed with or without the apostrophe). */
const QUESTION_NEGATION = /\b(not|never|cannot|no longer)\b|n['’]t\b|\b(dont|doesnt|didnt|isnt|wasnt|arent|werent|cant|wont|havent|hasnt|hadnt)\b/i;

/** Words that deny something in a sentence. */
const NEGATION = /^(not|never|no|none|nothing|neither|nor|cannot|n['’]t|\w+n['’]t)$/i;
/** … and words that deny without "not": "refused to", "failed to", "without", "declined". */
const IMPLIED_NEGATION = /\b(without|lack(s|ed|ing)?|fail(s|ed|ing|ure)?|refus(e|es|ed|ing|al)|declin(e|es|ed|ing)|den(y|ies|ied|ying|ial)|reject(s|ed|ing)?|unable|absen(t|ce)|instead)\b/i;
/** "not only … but also", "not least": no denial. */
const NOT_DENYING = /^(only|just|merely|least|simply)$/i;

/** Words after a denial that it still reaches: the verb it denies ("did not sanction", "has not been sanctioned"). */
const NEGATION_REACH = 2;

const ANY_NEGATION = /\b(not|never|no|none|nothing|neither|nor|cannot)\b|n['’]t\b/i;

/**
 * Whether `sentence` says the opposite of what the question asks with the verb `asked` (index terms
 * of the question's verb and its synonyms): for a question that denies, the sentence denies
 * nothing at all; for one that does not, the sentence denies that verb ("did not sanction").
 *
 * @example
 * contradicts('Who sanctioned the firm?', 'Treasury did not sanction the firm.', new Set([normalizeTerm('sanctioned')!])) // true
 */
export function contradicts(question: string, sentence: string, asked: ReadonlySet<string>): boolean {
  if (QUESTION_NEGATION.test(question)) return !ANY_NEGATION.test(sentence) && !IMPLIED_NEGATION.test(sentence);
  // "Which strategist said there was "no end in sight"?": the question denies what the sentence does
  if (ANY_NEGATION.test(question)) return false;
  if (asked.size === 0 || !ANY_NEGATION.test(sentence)) return false;
  // words with the punctuation after them: a clause ends at , ; : ( ) and at a sentence's end
  const words = sentence.split(/\s+/);
  let since = Infinity; // words since the last denial in this clause
  for (let k = 0; k < words.length; k++) {
    const raw = words[k]!;
    const word = raw.replace(/^[^\p{L}\p{N}'’]+|[^\p{L}\p{N}'’]+$/gu, '');
    if (NEGATION.test(word) && !NOT_DENYING.test(words[k + 1]?.replace(/[^\p{L}]/gu, '') ?? '')) since = 0;
    else {
      since++;
      const term = since <= NEGATION_REACH ? normalizeTerm(word) : null;
      if (term && asked.has(term)) return true;
    }
    if (/[,;:()!?.–—-]["'’”)]*$/.test(raw)) since = Infinity;
  }
  return false;
}
