import type { AnswerKind, Question } from '../question.js';
import type { Candidate, Cue, SpanType } from './candidates.js';

/** The cues extractors report, each one feature (1 when seen). */
export const CUES: Cue[] = [
  'afterQuestionPreposition', 'afterHeadNoun', 'appositionToRelation', 'modifierLike', 'objectOfVerb', 'headNounFollows',
  'headNounNear', 'yearLike', 'moneyMarked', 'unitFollows', 'yearsOld', 'monthOrYear', 'multiWord', 'afterLeadingPreposition',
  'appositionAfter', 'appositionBefore', 'titleBefore', 'initialsMatch', 'aliasCue', 'saidOfName', 'afterPreposition', 'startsSentence', 'ordinal', 'roleNoun', 'quoted',
  'percent', 'levelReached', 'quotedAside',
];

/**
 * Named features of an answer candidate, in the order of the vector the scorer reads. Evidence
 * features say how well the sentence supports the question; candidate features how well the span
 * answers it; support features how many sentences agree.
 */
export const FEATURES = [
  // evidence: the sentence holding the candidate
  'coverage', // weighted share of question words, graded (exact 1, WordNet stand-in, word vector, context)
  'sentenceCoverage', // the same in the sentence itself
  'entitySentence', // the question's names in the sentence (typo-corrected, aliases)
  'entityContext', // ... or in its context / as the article's subject
  'relation', // weakest strength of the verb / noun asked about in the sentence
  'missingEssential', // essential words absent from the sentence, as a share of them
  'retrieval', // search score relative to the best hit
  'passageRank', // 1 / (1 + rank among weighed passages)
  'passageScore', // the passage model's log-odds that the sentence holds the answer
  'nextSentence', // drawn from the sentence after a supporting one
  // the span
  'typeMatchesKind', // a person for "who", a place for "where", a date for "when" ...
  'typeMismatch', // a typed name of another kind (an organisation for "who")
  'typeGenericName', // a capitalised name the tagger could not type
  'nounPhrase', // a common noun phrase (for "what" questions)
  'spanNumber', // a number (any question may be answered by one: "what share ...")
  'spanDate', // a date
  'amountForAmount', // a number where the noun asked about can be an amount ("what deficit", "what income")
  'unknownWords', // share of its words the dictionary does not know (name-like)
  'proximity', // closeness to the question's words in the sentence
  'namedProximity', // closeness to the question's name
  'shortness', // 1 / words
  'window', // share of the question's words within a few words of it
  'headNear', // the noun asked about ("which magazine") within a few words of it, graded
  'headSimilarity', // word-vector similarity of the noun asked about to its own words ("bronze" for "what medal")
  'subjectSlot', // before the question's verb, when the question asks for its subject ("who runs X": "X's boss Y runs ...")
  'objectSlot', // after the question's verb, when the question asks for something else ("what did X buy?")
  ...CUES.map((c) => `cue:${c}`),
  // agreement
  'support', // log(1 + other sentences naming the same thing)
  'otherArticles', // other articles naming it (capped at 3) / 3
  // the kind of question (the weights of the rest differ by kind through these)
  'kindPerson', 'kindOrganization', 'kindPlace', 'kindName', 'kindThing', 'kindDate', 'kindNumeric', 'kindDescription', 'kindExpansion',
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** Each feature's place in the vector (filled by name, not built as an object per candidate). */
const AT = Object.fromEntries(FEATURES.map((n, i) => [n, i])) as Record<FeatureName, number>;

/** How many other articles' agreement counts at most. */
const MAX_OTHER_ARTICLES = 3;
const NUMERIC: AnswerKind[] = ['number', 'money', 'age', 'duration', 'measure'];
const TYPED: SpanType[] = ['person', 'organization', 'place'];

function typeMatches(kind: AnswerKind, type: SpanType): boolean {
  switch (kind) {
    case 'person': case 'organization': case 'place': return type === kind;
    case 'name': return TYPED.includes(type) || type === 'name';
    case 'date': return type === 'date';
    case 'description': return type === 'description';
    case 'expansion': return type === 'expansion';
    case 'thing': return type === 'nounPhrase';
    default: return NUMERIC.includes(kind) && type === 'number';
  }
}

/** Agreement across sentences, per candidate key: how many sentences and articles name it. */
export interface Agreement {
  passages: number;
  articles: number;
}

/** The feature vector of one candidate (see {@link FEATURES}). */
export function featuresOf(q: Question, cand: Candidate, agreement: Agreement): Float64Array {
  const ev = cand.evidence.follows ?? cand.evidence;
  const essential = q.terms.filter((t) => t.essential && !t.alias).length;
  const x = new Float64Array(FEATURES.length);
  x[AT.coverage!] = ev.coverage;
  x[AT.sentenceCoverage!] = ev.sentenceCoverage;
  x[AT.entitySentence!] = ev.entitySentence;
  x[AT.entityContext!] = ev.entityContext;
  x[AT.relation!] = ev.relation;
  x[AT.missingEssential!] = essential ? ev.missing.length / essential : 0;
  x[AT.retrieval!] = ev.retrieval;
  x[AT.passageRank!] = 1 / (1 + ev.rank);
  x[AT.passageScore!] = ev.passageScore;
  x[AT.nextSentence!] = cand.evidence.follows ? 1 : 0;
  // "how much" money is answered by an amount marked as money ("£50"), not a count ("8,000 carers");
  // by how much it changed, also by a percentage ("a 43% rise")
  x[AT.typeMatchesKind!] = typeMatches(q.kind, cand.type) && (q.kind !== 'money' || cand.cues.has('moneyMarked') || (q.change === true && cand.cues.has('percent'))) ? 1 : 0;
  x[AT.typeMismatch!] = TYPED.includes(cand.type) && !typeMatches(q.kind, cand.type) && q.kind !== 'thing' ? 1 : 0;
  x[AT.typeGenericName!] = cand.type === 'name' ? 1 : 0;
  x[AT.nounPhrase!] = cand.type === 'nounPhrase' ? 1 : 0;
  x[AT.spanNumber!] = cand.type === 'number' ? 1 : 0;
  x[AT.spanDate!] = cand.type === 'date' ? 1 : 0;
  x[AT.amountForAmount!] = q.quantityHead && cand.type === 'number' ? 1 : 0;
  x[AT.unknownWords!] = cand.unknownWords;
  x[AT.proximity!] = cand.proximity;
  x[AT.namedProximity!] = cand.namedProximity;
  x[AT.shortness!] = 1 / Math.max(1, cand.words);
  x[AT.window!] = cand.window;
  x[AT.headNear!] = cand.headNear;
  x[AT.headSimilarity!] = cand.headSimilarity;
  x[AT.subjectSlot!] = q.asksSubject && cand.side === 'before' ? 1 : 0;
  x[AT.objectSlot!] = !q.asksSubject && cand.side === 'after' ? 1 : 0;
  for (const c of CUES) x[AT[`cue:${c}`]!] = cand.cues.has(c) ? 1 : 0;
  x[AT.support!] = Math.log1p(Math.max(0, agreement.passages - 1));
  x[AT.otherArticles!] = Math.min(MAX_OTHER_ARTICLES, Math.max(0, agreement.articles - 1)) / MAX_OTHER_ARTICLES;
  x[AT.kindPerson!] = q.kind === 'person' ? 1 : 0;
  x[AT.kindOrganization!] = q.kind === 'organization' ? 1 : 0;
  x[AT.kindPlace!] = q.kind === 'place' ? 1 : 0;
  x[AT.kindName!] = q.kind === 'name' ? 1 : 0;
  x[AT.kindThing!] = q.kind === 'thing' ? 1 : 0;
  x[AT.kindDate!] = q.kind === 'date' ? 1 : 0;
  x[AT.kindNumeric!] = NUMERIC.includes(q.kind) ? 1 : 0;
  x[AT.kindDescription!] = q.kind === 'description' ? 1 : 0;
  x[AT.kindExpansion!] = q.kind === 'expansion' ? 1 : 0;
  return x;
}
