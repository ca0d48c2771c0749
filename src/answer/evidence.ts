import type { WeightedTerm } from '../index.js';
import type { Passage } from '../passages.js';
import { COUNTRY_WEIGHT, SAY, type Question, type QuestionTerm } from '../question.js';
import { lexicon } from '../lexicon.js';
import { normalizeTerm, terms } from '../text.js';
import type { AnswerOptions, Corpus, TermSet } from './corpus.js';
import { namedByRole, nameText, namedOtherwise, otherBodyIn, commonWordOnly } from './roles.js';
import { wordVectors } from './vectors.js';

/** How well one passage supports the question, as graded strengths (0..1) the scorer reads. */
export interface Evidence {
  passage: Passage;
  /** Search score relative to the best hit (0..1); sentences added from the best articles get the weakest hit's. */
  retrieval: number;
  /** Weighted share of the question's words found, each at its strength, in the sentence or its context. */
  coverage: number;
  /** The same, counting the sentence itself only. */
  sentenceCoverage: number;
  /** Mean strength of the question's names in the sentence (1 when the question names nothing). */
  entitySentence: number;
  /** Mean strength of the question's names in the sentence, its context or its article's subject. */
  entityContext: number;
  /** Weakest strength, in the sentence, of the relation asked about (main verb, noun asked about); 1 when none. */
  relation: number;
  /** Share of the question's neighbouring word pairs that stand next to each other (or one word apart), in order, in the sentence. */
  phrase: number;
  /** 1 / (1 + the sentence's place in its article): news puts the main facts first. */
  lead: number;
  /** Essential words the sentence lacks (strength below {@link PRESENT}). */
  missing: QuestionTerm[];
  /** Index terms of the sentence that matched a question word (the word or a stand-in). */
  matched: Set<string>;
  /** Ranking of passages before the scorer: mostly coverage, a little retrieval. */
  score: number;
  /** The passage model's log-odds that the sentence holds the answer (0 before it is weighed). */
  passageScore: number;
  /** Position among the weighed passages, best first. */
  rank: number;
  /** For the sentence after a supporting one ("... said. He is 27."): the supporting sentence's evidence. */
  follows?: Evidence;
}

// Strength of a question word's match in a sentence. An exact (same index term) match is whole;
// the rest are graded below it, so a missing word lowers the score but never vetoes an answer.
/** The same index term (after stemming), or a name's typo corrected to a corpus spelling. */
export const EXACT = 1;
/** WordNet stand-ins count 0.45 + 0.5 × their relation weight (0.35..0.6): between a vector neighbour and an exact match. */
const RELATED_BASE = 0.45;
const RELATED_SCALE = 0.5;
/** Cosine similarity below which word vectors say "same topic", not "same meaning" (sentence ~ court ~ judge). */
const VECTOR_FLOOR = 0.45;
/** A vector neighbour counts at most this share of its similarity: never as much as the word itself. */
const VECTOR_SCALE = 0.85;
/** A word found only in the two sentences before, or the title: the sentence may refer to it ("it", "the company"). */
const IN_CONTEXT = 0.55;
/** A name that is the article's subject (in its title or named in several sentences). */
const ARTICLE_SUBJECT = 0.4;
/** A stand-in found only in the context. */
const RELATED_IN_CONTEXT = 0.3;
/** A name named in this many sentences of an article is its subject. */
const SUBJECT_MENTIONS = 3;
/** A verb of saying, in a sentence holding the words the question quotes: as a WordNet synonym. */
export const QUOTED_SAYING = RELATED_BASE + RELATED_SCALE * 0.6;

/** Verbs of making a work, which a name's possessive before the work's title, or "by" after it, gives without the verb. */
const AUTHORING = new Set(['write', 'direct', 'compose', 'paint', 'design', 'create', 'pen', 'author', 'illustrate', 'draw', 'sculpt']);

const authorship = new WeakMap<Question, RegExp | null>();

/**
 * Whether `text` gives who made the work the question names, by a possessive before its title or
 * "by" after it ("Andrew Lloyd Webber's The Woman in White", "Biscuit Bear by Mini Grey") for "Who
 * wrote …?", whose verb it need not hold. `t` is the question's verb.
 */
export function authoredIn(q: Question, t: QuestionTerm, text: string): boolean {
  let re = authorship.get(q);
  if (re === undefined) {
    const names = q.terms.filter((x) => x.role === 'entity' && /^\p{Lu}/u.test(x.text));
    const first = names[0]?.text.replace(/['’]s?$/, '');
    const last = names.at(-1)?.text.replace(/['’]s?$/, '');
    const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = first && last && AUTHORING.has(lexicon().lemma(t.text.toLowerCase(), 'verb'))
      ? new RegExp(`\\p{Lu}[\\p{L}.'’-]*(?:['’]s|s['’])\\s+(?:(?:The|A|An)\\s+)?${esc(first)}\\b|\\b${esc(last)}\\s+by\\s+\\p{Lu}`, 'u')
      : null;
    authorship.set(q, re);
  }
  return !!re && re.test(text);
}
/** Words for a limit, and what a sentence says for them before a number ("fined up to £5,000"). */
const LIMIT_SAID: Record<string, RegExp> = {
  maximum: /\b(?:up to|at most|no more than|not more than)\s+(?:[£$€]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|a hundred)\b)/i,
  minimum: /\b(?:at least|no less than|not less than|no fewer than)\s+(?:[£$€]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|a hundred)\b)/i,
};
LIMIT_SAID.max = LIMIT_SAID.maximum!;
LIMIT_SAID.min = LIMIT_SAID.minimum!;

/**
 * Whether `text` says the limit the question's word `t` names, without the word: "fined up to
 * £5,000" for "What is the maximum fine …?", "at least six weeks" for "the minimum …".
 */
export function limitSaid(t: QuestionTerm, text: string): boolean {
  const re = LIMIT_SAID[t.text.toLowerCase()];
  return !!re && re.test(text);
}

/** Strength from which an essential word counts as present in the sentence (a WordNet stand-in or close vector is). */
export const PRESENT = 0.5;
/** The preliminary passage ranking: coverage decides, the search score breaks ties. */
const COVERAGE_SHARE = 0.85;
/** Role weights: names and the relation asked about say more about the right sentence than other words. */
const ROLE_WEIGHT: Record<QuestionTerm['role'], number> = { entity: 1.3, verb: 1.2, head: 1.2, modifier: 1.2, other: 1 };
/** Floor of a word's weight, so that even the commonest question word counts a little. */
const MIN_WEIGHT = 0.35;

/**
 * Each question term's weight: rarer words (higher inverse document frequency) and names count more.
 * A word that is neither essential nor a name, and that no article holds in any form ("evil",
 * "Кто", "${TOKEN}" around a real question), weighs nothing: it cannot tell one passage from
 * another, and counting it would only lower every passage's coverage below the bar.
 */
export function idfWeights(q: Question, c: Pick<Corpus, 'index'>): Map<string, number> {
  const n = Math.max(1, c.index.documentCount);
  const w = new Map<string, number>();
  for (const t of q.terms) {
    const df = c.index.documentFrequency(t.term);
    if (df === 0 && isStrayWord(t, c)) {
      if (!w.has(t.term)) w.set(t.term, 0);
      continue;
    }
    const idf = Math.log(1 + n / (df + 1)) / Math.log(1 + n);
    w.set(t.term, Math.max(w.get(t.term) ?? 0, (MIN_WEIGHT + idf) * ROLE_WEIGHT[t.role]));
  }
  return w;
}

/** A filler word around the question: not essential, not a name, and in no article, nor any of its stand-ins. */
function isStrayWord(t: QuestionTerm, c: Pick<Corpus, 'index'>): boolean {
  return t.role === 'other' && !t.essential && t.related.every((r) => c.index.documentFrequency(r.term) === 0);
}

/** Sentences before a passage this many back are its context (skipping repeated captions). */
const CONTEXT_SENTENCES = 2;

/** The sentences before `p` and its article's title. */
class ContextTerms implements TermSet {
  private readonly sets: TermSet[] = [];
  private readonly title: TermSet;
  constructor(p: Passage, c: Corpus) {
    const [first] = c.articleRange(p.article);
    for (let i = p.id - 1; i >= first && this.sets.length < CONTEXT_SENTENCES; i--) {
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

/**
 * How strongly an index term of a sentence stands for one question word: the word itself
 * ({@link EXACT}), a WordNet stand-in, or a word-vector neighbour, graded as {@link weigh} grades
 * them; 0 when it does not.
 */
export function termStrength(t: QuestionTerm, term: string | null, vectorFloor = VECTOR_FLOOR): number {
  if (!term) return 0;
  if (term === t.term) return EXACT;
  let s = 0;
  for (const r of t.related) if (r.term === term) s = Math.max(s, RELATED_BASE + RELATED_SCALE * r.weight);
  const sim = wordVectors().similarity(t.term, term);
  return sim >= vectorFloor ? Math.max(s, VECTOR_SCALE * sim) : s;
}

/**
 * Similarities already computed, per corpus: for each question word, its similarity to every index
 * term by term id (NaN: not yet computed). A question weighs hundreds of sentences that share most
 * of their words, and this was a sixth of answering; reading the sentence's term ids into an array
 * also spares a string lookup a word.
 */
export class Similarities {
  /** Vector row of each index term (-1: none). */
  readonly rows: Int32Array;
  private readonly byWord = new Map<string, { sims: Float64Array; used: number }>();
  private uses = 0;
  constructor(readonly terms: readonly string[]) {
    const v = wordVectors();
    this.rows = Int32Array.from(terms, (t) => v.rowOf(t));
  }
  /** `word`'s similarities to the index terms (NaN until computed); null when `word` has no vector. */
  of(word: string): Float64Array | null {
    const known = this.byWord.get(word);
    if (known) {
      known.used = ++this.uses;
      return known.sims;
    }
    if (!wordVectors().has(word)) return null;
    let sims: Float64Array;
    if (this.byWord.size >= SIMILARITY_WORDS) {
      // The table of the word unused longest is emptied and reused: a fresh 170 KB array for every
      // new word (several a question) cost an eighth of answering time, and emptying them all at
      // once made the next questions recompute every similarity.
      let oldest = '';
      let at = Infinity;
      for (const [w, t] of this.byWord) if (t.used < at) { at = t.used; oldest = w; }
      sims = this.byWord.get(oldest)!.sims.fill(NaN);
      this.byWord.delete(oldest);
    } else sims = new Float64Array(this.terms.length).fill(NaN);
    this.byWord.set(word, { sims, used: ++this.uses });
    return sims;
  }
  /** Similarity of `word` (row `row`, its table `sims`) to index term `id`, computed once. */
  at(sims: Float64Array, row: number, id: number): number {
    let s = sims[id]!;
    if (s !== s) {
      const r = this.rows[id]!;
      sims[id] = s = r < 0 ? 0 : wordVectors().similarityOfRows(row, r);
    }
    return s;
  }
}
/** Index terms of verbs of rising, which "up" after the copula says ("were up 0.5%"). */
export const RISE_TERM = /^(rise|rose|risen|increas|climb|grow|gain|jump|soar|surg|lift|advanc)$/;
/** Index terms of verbs of falling, which "down" after the copula says ("were down 3%"). */
export const FALL_TERM = /^(fall|fell|fallen|drop|declin|slip|slump|dip|shrink|tumbl|plung|sink)$/;
/** Words saying an amount rose, verbs and nouns ("jumped", "a 13.8% rise", "were up 5%"). */
const RISE_WORDS = /\b(?:ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|grow(?:s|n|ing|th)?|grew|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|gain(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|up(?: by)? \d)/i;
/** Words saying an amount fell ("slumped", "a 3% drop", "were down 2%"). */
const FALL_WORDS = /\b(?:fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|slip(?:s|ped|ping)?|slump(?:s|ed|ing)?|dip(?:s|ped|ping)?|shr(?:ink|inks|ank|unk|inking)|tumbl(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|s(?:ink|inks|ank|inking)|down(?: by)? \d)/i;
/** How well another word of the same direction says the change asked about ("jumped" for "rise"). */
export const CHANGE_WORD = 0.75;
/** The words of the direction of change the verb's term says, if it says one. */
export function changeWordsLike(term: string): RegExp | null {
  return RISE_TERM.test(term) ? RISE_WORDS : FALL_TERM.test(term) ? FALL_WORDS : null;
}
/** Question words whose similarity tables are kept (each 8 bytes an index term: about 170 KB at BBC scale). */
export const SIMILARITY_WORDS = 48;
const similarityTables = new WeakMap<readonly string[], Similarities>();
function similaritiesFor(c: Corpus): Similarities {
  const terms = c.termsById();
  let s = similarityTables.get(terms);
  if (!s) similarityTables.set(terms, (s = new Similarities(terms)));
  return s;
}

/** Best vector similarity of `term` to any of the passage's terms, as a strength (0 below the floor). */
function vectorStrength(term: string, passage: number, c: Corpus): { strength: number; match: string | null } {
  const table = similaritiesFor(c);
  const sims = table.of(term);
  if (!sims) return { strength: 0, match: null };
  const row = wordVectors().rowOf(term);
  const ids = c.termIdsOf(passage);
  let best = 0;
  let match = -1;
  for (let k = 0; k < ids.length; k++) {
    const sim = table.at(sims, row, ids[k]!);
    if (sim > best) { best = sim; match = ids[k]!; }
  }
  return best >= VECTOR_FLOOR ? { strength: VECTOR_SCALE * best, match: table.terms[match]! } : { strength: 0, match: null };
}

/** The passage's term nearest `term` by word vectors, when near enough to count as a stand-in (see {@link VECTOR_FLOOR}); null otherwise. */
export function vectorMatch(term: string, passage: number, c: Corpus): string | null {
  return vectorStrength(term, passage, c).match;
}

/** Whether any of `words` is at least `floor` similar to one of the passage's terms. */
function anyVectorMatch(words: readonly string[], passage: number, floor: number, c: Corpus): boolean {
  const table = similaritiesFor(c);
  const ids = c.termIdsOf(passage);
  for (const w of words) {
    const sims = table.of(w);
    if (!sims) continue;
    const row = wordVectors().rowOf(w);
    for (let k = 0; k < ids.length; k++) if (table.at(sims, row, ids[k]!) >= floor) return true;
  }
  return false;
}

/** A question word and its stand-ins as index term ids (see {@link questionTermIds}). */
export interface TermIds {
  /** -1: no passage uses the word. */
  id: number;
  /** The stand-ins some passage uses. */
  related: Array<{ id: number; term: string; weight: number; kind: QuestionTerm['related'][number]['kind'] }>;
}

const termIdCache = new WeakMap<Question, { corpus: Corpus; ids: TermIds[] }>();

/**
 * Each of the question's words (in `q.terms` order) and its WordNet stand-ins as index term ids,
 * looked up once per question instead of once per sentence weighed. A stand-in no passage uses is
 * left out: it can match nothing (most of them, at BBC scale).
 */
export function questionTermIds(q: Question, c: Corpus): TermIds[] {
  const hit = termIdCache.get(q);
  if (hit && hit.corpus === c) return hit.ids;
  const ids = q.terms.map((t) => ({
    id: c.termId(t.term),
    related: t.related.flatMap((r) => {
      const id = c.termId(r.term);
      return id < 0 ? [] : [{ id, term: r.term, weight: r.weight, kind: r.kind }];
    }),
  }));
  termIdCache.set(q, { corpus: c, ids });
  return ids;
}

/**
 * The terms of the sentence being weighed, marked in an array over the whole vocabulary: whether
 * it holds a term is then one array read, not a string lookup and a search. One sentence at a time.
 */
export class SentenceMarks {
  private readonly marks: Int32Array;
  private stamp = 0;
  constructor(size: number) {
    this.marks = new Int32Array(size);
  }
  /** Marks passage `passage`'s terms, forgetting the last sentence's. */
  mark(c: Corpus, passage: number): this {
    if (++this.stamp === 0x7fffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    const ids = c.termIdsOf(passage);
    for (let k = 0; k < ids.length; k++) this.marks[ids[k]!] = this.stamp;
    return this;
  }
  has(id: number): boolean {
    return id >= 0 && this.marks[id] === this.stamp;
  }
}

const marksByVocabulary = new WeakMap<readonly string[], SentenceMarks>();
/** The corpus's sentence marks, with `passage` marked. */
export function markSentence(c: Corpus, passage: number): SentenceMarks {
  const vocabulary = c.termsById();
  let m = marksByVocabulary.get(vocabulary);
  if (!m) marksByVocabulary.set(vocabulary, (m = new SentenceMarks(vocabulary.length)));
  return m.mark(c, passage);
}

/**
 * What weighing reads of a question, worked out once per question instead of once per sentence:
 * each word's weight, the groups of names and of essential words, and which words belong to
 * which group.
 */
interface WeighPlan {
  /** Each word's weight (q.terms order); aliases weigh nothing on their own. */
  weights: Float64Array;
  /** The words of each group that are not aliases, and that are (by group number). */
  members: Map<number, { own: number[]; aliases: number[] }>;
  entityGroups: number[];
  relationGroups: number[];
  /** The essential words that are not aliases. */
  essential: number[];
}

const plans = new WeakMap<Question, { weights: Map<string, number>; plan: WeighPlan }>();

function weighPlan(q: Question, weights: Map<string, number>): WeighPlan {
  const hit = plans.get(q);
  if (hit && hit.weights === weights) return hit.plan;
  const members = new Map<number, { own: number[]; aliases: number[] }>();
  q.terms.forEach((t, i) => {
    let m = members.get(t.group);
    if (!m) members.set(t.group, (m = { own: [], aliases: [] }));
    (t.alias ? m.aliases : m.own).push(i);
  });
  const plan: WeighPlan = {
    weights: Float64Array.from(q.terms, (t) => (t.alias ? 0 : weights.get(t.term) ?? 1)),
    members,
    entityGroups: [...new Set(q.terms.filter((t) => t.role === 'entity').map((t) => t.group))],
    relationGroups: [...new Set(q.terms.filter((t) => t.essential && t.role !== 'entity').map((t) => t.group))],
    essential: q.terms.flatMap((t, i) => (t.essential && !t.alias ? [i] : [])),
  };
  plans.set(q, { weights, plan });
  return plan;
}

/** Strengths of each question word in the sentence and anywhere around it: reused, one sentence at a time. */
let inSentenceScratch = new Float64Array(16);
let anywhereScratch = new Float64Array(16);

/**
 * An alias found ("Eeleyanet Gostar, later renamed Emennet Pasargad") stands for the name it
 * renames. The alias counts as found only when all its words are (its weakest word's strength):
 * "Bayan Gostar" is not "Eeleyanet Gostar".
 */
function aliasStrength(m: Float64Array, plan: WeighPlan, group: number): number {
  const aliases = plan.members.get(group)?.aliases;
  if (!aliases || aliases.length === 0) return 0;
  let min = Infinity;
  for (const i of aliases) min = Math.min(min, m[i]!);
  return min;
}

/** The best strength among a group's words (or its alias, found whole). */
function groupBest(m: Float64Array, plan: WeighPlan, group: number): number {
  let best = aliasStrength(m, plan, group);
  for (const i of plan.members.get(group)?.own ?? []) best = Math.max(best, m[i]!);
  return best;
}

function meanOver(groups: number[], m: Float64Array, plan: WeighPlan): number {
  if (groups.length === 0) return 1;
  let sum = 0;
  for (const g of groups) sum += groupBest(m, plan, g);
  return sum / groups.length;
}

/** Text between quotation marks. */
const QUOTATION = /["“]([^"“”]{8,})["”]/g;
/** Words, at least, of what the question says was said that a quotation must hold. */
const SAID_WORDS = 2;
const saidWordsCache = new WeakMap<Question, string[]>();

/**
 * Whether the passage quotes what the question asks who said ("Who said the issue will not go
 * away?": "…, warning: "This issue will not go away.""): most of the question's words after its
 * "said", and at least two, inside one quotation. The quotation is then the saying, whatever verb
 * introduces it.
 */
export function quotesWhatIsSaid(q: Question, t: QuestionTerm, p: Passage): boolean {
  if (t.role !== 'verb' || t.term !== SAY) return false;
  let said = saidWordsCache.get(q);
  if (!said) {
    const at = q.terms.indexOf(t);
    said = q.terms.slice(at + 1).filter((x) => x.role === 'other' || x.role === 'head').map((x) => x.term);
    saidWordsCache.set(q, said);
  }
  if (said.length < SAID_WORDS || !/["“]/.test(p.text)) return false;
  for (const m of p.text.matchAll(QUOTATION)) {
    const inQuote = new Set(terms(m[1]!));
    const held = said.filter((w) => inQuote.has(w)).length;
    if (held >= SAID_WORDS && held * 3 >= said.length * 2) return true;
  }
  return false;
}

/** Whether the passage holds one of the question's quotes, word for word (as index terms: punctuation and stop words aside). */
export function quotesQuestion(q: Question, p: Passage): boolean {
  if (!q.quoted) return false;
  const words = terms(p.text);
  return q.quoted.some((quote) => words.some((_, k) => quote.every((w, j) => words[k + j] === w)));
}

/** How well one passage supports the question: each question word graded by how it is found. */
export function weigh(q: Question, p: Passage, retrieval: number, weights: Map<string, number>, c: Corpus): Evidence {
  const sentence = c.passageTerms(p.id);
  const ids = questionTermIds(q, c);
  const marks = markSentence(c, p.id);
  const plan = weighPlan(q, weights);
  let contextSet: TermSet | null = null;
  const context = () => (contextSet ??= new ContextTerms(p, c));
  const matched = new Set<string>();
  const n = q.terms.length;
  if (inSentenceScratch.length < n) {
    inSentenceScratch = new Float64Array(n * 2);
    anywhereScratch = new Float64Array(n * 2);
  }
  const inSentence = inSentenceScratch;
  const anywhere = anywhereScratch;
  // "Henry III" is not "Henry II", nor "Michael Ancram" "Michael Howard": a name the sentence gives
  // another number or another bearer of its first word is not in it
  const renumbered = namedOtherwise(q.terms, p.text);
  // ("Daiwa Securities" is no mention of "Sejong Securities", nor "City boss …" in an article never
  // naming Newry of "Newry City": the sentence's words do not count for it)
  const othered = otherBodyIn(q.terms, p.text, (term) => c.mentions(p.article, term) > 0);
  // ("the red rose garden" is no mention of "Gardener": a name that is also a common word counts only in capitals)
  const lowered = commonWordOnly(q.terms, p.text, q.text);
  for (let i = 0; i < n; i++) {
    const t = q.terms[i]!;
    const own = ids[i]!;
    if (renumbered?.has(t.group)) {
      inSentence[i] = anywhere[i] = 0;
      continue;
    }
    let s = 0;
    if (othered?.has(t.group) || lowered?.has(i)) {
      // (context only, below)
    } else if (marks.has(own.id)) {
      s = EXACT;
      matched.add(t.term);
    } else {
      for (const r of own.related) {
        if (!marks.has(r.id)) continue;
        s = Math.max(s, RELATED_BASE + RELATED_SCALE * r.weight);
        matched.add(r.term);
      }
      if (t.role !== 'entity') {
        const v = vectorStrength(t.term, p.id, c);
        if (v.strength > s && v.match) {
          s = v.strength;
          matched.add(v.match);
        }
      }
    }
    let a = s;
    if (a === 0 && context().has(t.term)) a = IN_CONTEXT;
    // The article's subject — in its title or named in several sentences — is what "it", "the
    // company" refer to; a name mentioned once elsewhere in the article is not.
    if (a === 0 && (t.role === 'entity' ? c.titleTerms(p.article).has(t.term) || c.mentions(p.article, t.term) >= SUBJECT_MENTIONS : c.mentions(p.article, t.term) > 0)) a = ARTICLE_SUBJECT;
    if (a === 0 && t.related.some((r) => context().has(r.term))) a = RELATED_IN_CONTEXT;
    // "the prime minister" for Tony Blair, where the article calls him "Prime Minister Tony Blair"
    if (a < IN_CONTEXT && t.role === 'entity' && namedByRole(c, p, nameText(q.terms, t.group))) a = IN_CONTEXT;
    // "Who called the bill a 'shambles'?": a sentence quoting it reports the saying ("said the way
    // the bill was handled was a 'shambles'")
    if (s < QUOTED_SAYING && ((t.saying && quotesQuestion(q, p)) || quotesWhatIsSaid(q, t, p))) a = s = Math.max(a, QUOTED_SAYING);
    // "Who wrote Spilled Water?": "Sally Grindley's Spilled Water", "Biscuit Bear by Mini Grey"
    if (s < QUOTED_SAYING && t.role === 'verb' && authoredIn(q, t, p.text)) a = s = Math.max(a, QUOTED_SAYING);
    // "What is the maximum fine …?": "fined up to £5,000"
    if (s < QUOTED_SAYING && limitSaid(t, p.text)) a = s = Math.max(a, QUOTED_SAYING);
    // "By how much did … grow?": "New vehicle sales jumped 22%", "a 13.8% rise in numbers"
    if (s < CHANGE_WORD && t.role === 'verb' && q.change === true && changeWordsLike(t.term)?.test(p.text)) a = s = Math.max(a, CHANGE_WORD);
    inSentence[i] = s;
    anywhere[i] = a;
  }
  let got = 0;
  let gotSentence = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const t = q.terms[i]!;
    if (t.alias) continue;
    const w = plan.weights[i]!;
    // a name also counts as found when an alias of it is
    const entity = t.role === 'entity';
    got += w * (entity ? Math.max(anywhere[i]!, aliasStrength(anywhere, plan, t.group)) : anywhere[i]!);
    gotSentence += w * (entity ? Math.max(inSentence[i]!, aliasStrength(inSentence, plan, t.group)) : inSentence[i]!);
    total += w;
  }
  const missing: QuestionTerm[] = [];
  for (const i of plan.essential) if (groupBest(inSentence, plan, q.terms[i]!.group) < PRESENT) missing.push(q.terms[i]!);
  let relation = 1;
  for (const g of plan.relationGroups) relation = Math.min(relation, groupBest(inSentence, plan, g));
  const coverage = total > 0 ? got / total : 0;
  return {
    phrase: phraseShare(q, p.text, sentence),
    lead: 1 / (1 + p.id - c.articleRange(p.article)[0]),
    passage: p,
    retrieval,
    coverage,
    sentenceCoverage: total > 0 ? gotSentence / total : 0,
    entitySentence: meanOver(plan.entityGroups, inSentence, plan),
    entityContext: meanOver(plan.entityGroups, anywhere, plan),
    relation,
    missing,
    matched,
    score: COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * retrieval,
    passageScore: 0,
    rank: 0,
  };
}

/** Words apart (in index terms, stop words left out) that still count as next to each other. */
const PHRASE_GAP = 2;

/** Sentences whose term positions are kept between questions (a bounded cache: a few MB). */
const POSITION_CACHE = 5_000;
const positions = new Map<string, Map<string, number[]>>();
/** Each index term of `text` with the places it stands (stop words left out), cached. */
function termPositions(text: string): Map<string, number[]> {
  let at = positions.get(text);
  if (at) return at;
  at = new Map<string, number[]>();
  terms(text).forEach((t, i) => {
    const list = at!.get(t);
    if (list) list.push(i);
    else at!.set(t, [i]);
  });
  if (positions.size >= POSITION_CACHE) positions.clear();
  positions.set(text, at);
  return at;
}

/**
 * Share of the question's neighbouring word pairs found in order, at most {@link PHRASE_GAP} apart,
 * in `text`. With the text's terms (`has`), a text holding no such pair is not tokenised at all.
 */
export function phraseShare(q: Question, text: string, has?: TermSet): number {
  const asked = q.terms.filter((t) => !t.alias).map((t) => t.term);
  if (asked.length < 2) return 0;
  if (has && !asked.some((t, k) => k > 0 && has.has(t) && has.has(asked[k - 1]!))) return 0;
  const at = termPositions(text);
  let found = 0;
  for (let k = 1; k < asked.length; k++) {
    const a = at.get(asked[k - 1]!) ?? [];
    const b = at.get(asked[k]!) ?? [];
    if (a.some((i) => b.some((j) => j > i && j - i <= PHRASE_GAP))) found++;
  }
  return found / (asked.length - 1);
}

/** Words in more than this share of all passages add little to a search and much to its cost. */
const COMMON_SHARE = 1 / 40;
/** ...but a word is never "common" in a corpus so small that it is in fewer than this many passages. */
const MIN_COMMON = 50;
/** A long question searches by its most specific words; weighing still reads all of them. */
const MAX_SEARCH_TERMS = 8;
/** WordNet stand-ins of the verb and noun asked about that join the search: the closest few, if rare. */
const SEARCH_RELATED = 4;
const SEARCH_RELATED_MIN_WEIGHT = 0.45;
/** A stand-in searches at half its relation weight: it ranks below the word itself. */
const SEARCH_RELATED_SHARE = 0.5;
/** Sentences of the best article weighed when the question has nothing but names to go by. */
const WHOLE_ARTICLE_SENTENCES = 80;
/** Hits looked at per article expanded: the best articles are those of the best few hits. */
const EXPAND_HITS_PER_ARTICLE = 2;
/** Vector similarity from which a sentence of a best article holds the relation asked about. */
const EXPAND_VECTOR_FLOOR = 0.5;

/** Nouns for the doer of the question's verb ("founder", "owner") searched by besides its first stand-ins. */
const DOER_NOUNS_SEARCHED = 2;
/** WordNet senses read for a doer's noun: "founder" is first a horse's disease, then a person. */
const DOER_NOUN_SENSES = 2;
/**
 * "Linux founder Linus Torvalds" for "Who founded Linux?": a question asking who did something
 * searches by the nouns for one who does it too (derived from its verb, a person in WordNet's first
 * senses), though the verb's synonyms come first among its stand-ins. None for other questions,
 * nor for one naming the doer by a noun of its own.
 */
export function doerNouns(q: Question, t: QuestionTerm, standIns: QuestionTerm['related'], searchable: (term: string) => boolean): QuestionTerm['related'] {
  // (a question with a noun of its own for the doer searches by that: "Which France player kicked …?")
  if (q.kind !== 'person' || t.role !== 'verb' || q.headTerm !== undefined) return [];
  return t.related.filter((r) => r.kind === 'derived' && !standIns.includes(r) && lexicon().nounClasses(r.term, DOER_NOUN_SENSES).includes('noun.person') && searchable(r.term)).slice(0, DOER_NOUNS_SEARCHED);
}

/**
 * Finds the passages that may support an answer and weighs each: the search hits, plus — in the
 * articles the best hits come from — sentences that hold the question's verb or noun (or a close
 * stand-in) but ranked low. Best first.
 */
export function gatherEvidence(q: Question, c: Corpus, o: AnswerOptions, weights: Map<string, number>): Evidence[] {
  const query: WeightedTerm[] = [];
  const common = Math.max(MIN_COMMON, c.index.documentCount * COMMON_SHARE);
  // (a stray word, weighed 0, takes no place in the search: eight of them, "{{7*7}}" and "env"
  // wrapped around a question, would otherwise crowd out its own words, being the rarest)
  const searchable = q.terms.filter((t) => weights.get(t.term) !== 0);
  const df = new Map(searchable.map((t) => [t.term, c.index.documentFrequency(t.term)]));
  const rare = searchable.filter((t) => df.get(t.term)! <= common);
  const searchBy = (rare.length ? rare : searchable).slice().sort((a, b) => df.get(a.term)! - df.get(b.term)!).slice(0, MAX_SEARCH_TERMS);
  for (const t of searchBy) {
    query.push({ term: t.term, weight: weights.get(t.term) ?? 1, fuzzy: true });
    if (t.role !== 'verb' && t.role !== 'head') continue;
    const standIns = t.related.filter((r) => r.weight >= SEARCH_RELATED_MIN_WEIGHT && c.index.documentFrequency(r.term) <= common / SEARCH_RELATED).slice(0, SEARCH_RELATED);
    for (const r of [...standIns, ...doerNouns(q, t, standIns, (term) => c.index.documentFrequency(term) <= common / SEARCH_RELATED)]) {
      query.push({ term: r.term, weight: (weights.get(t.term) ?? 1) * r.weight * SEARCH_RELATED_SHARE });
    }
  }
  const hits = c.index.search(query);
  // (nothing found but by words weighing nothing: no passage to rank against the best)
  if (hits.length === 0 || !(hits[0]!.score > 0)) return [];

  const top = hits[0]!.score;
  const scored = new Map<number, number>(hits.map((h) => [h.passage, h.score / top]));
  const relation = q.terms.filter((t) => t.essential && t.role !== 'entity');
  const floor = hits[hits.length - 1]!.score / top; // added sentences rank no better than the weakest hit
  if (relation.length === 0) {
    // Nothing but names to go on ("How old is X?"): weigh the whole of the best articles, where
    // "the 30-year-old" may sit two sentences after the name, or "Lee, 82," in another article
    // than the one naming "Stan Lee" most.
    // (in the articles after the best, only the sentences on the question's names: see sentencesOnNames)
    const named = q.terms.filter((t) => t.role === 'entity').map((t) => t.term);
    const articles = [...new Set(hits.map((h) => c.passages[h.passage]!.article))].slice(0, o.expandArticles);
    for (const id of sentencesOnNames(articles, named, WHOLE_ARTICLE_SENTENCES, c)) if (!scored.has(id)) scored.set(id, floor);
  } else {
    const articles = [...new Set(hits.slice(0, o.expandArticles * EXPAND_HITS_PER_ARTICLE).map((h) => c.passages[h.passage]!.article))].slice(0, o.expandArticles);
    const v = wordVectors();
    const vectorTerms = relation.map((t) => t.term).filter((t) => v.has(t));
    for (const a of articles) {
      const [from, to] = c.articleRange(a);
      for (let id = from; id < to; id++) {
        if (scored.has(id) || c.passages[id]!.duplicateOf !== undefined) continue;
        const ts = c.passageTerms(id);
        // (a kind of the noun asked about holds it too: "its main administrator" for "the head of")
        const holds = relation.some((t) => ts.has(t.term) || t.related.some((r) => (r.weight >= PRESENT || (t.role === 'head' && r.kind === 'specific')) && ts.has(r.term))) ||
          (vectorTerms.length > 0 && anyVectorMatch(vectorTerms, id, EXPAND_VECTOR_FLOOR, c));
        if (holds) scored.set(id, floor);
      }
    }
  }
  const evidence = [...scored].map(([id, s]) => weigh(q, c.passages[id]!, s, weights, c)).sort((a, b) => b.score - a.score);
  evidence.forEach((e, i) => (e.rank = i));
  return evidence;
}

/**
 * How many sentences after one naming the question's name a sentence may speak of them by a
 * description alone ("The 31-year-old …"), as the weighing reads the two sentences before (context).
 */
const DESCRIBED_AFTER = 2;

/**
 * The sentences a question of names alone weighs in the best `articles` (up to `limit` of each, not
 * duplicates): all of the first's (and of those in `whole`); in the others, those naming one of the question's names
 * (`named`, index terms) or following one that does by up to {@link DESCRIBED_AFTER} ("Jo Pavey will
 * miss …" then "The 31-year-old was third …").
 */
export function sentencesOnNames(articles: number[], named: string[], limit: number, c: Corpus, whole: ReadonlySet<number> = new Set()): number[] {
  const out: number[] = [];
  for (const a of articles) {
    const [from, to] = c.articleRange(a);
    let lastNamed = -Infinity;
    for (let id = from; id < Math.min(to, from + limit); id++) {
      if (named.some((t) => c.passageTerms(id).has(t))) lastNamed = id;
      if (c.passages[id]!.duplicateOf !== undefined) continue;
      if (a === articles[0] || whole.has(a) || id - lastNamed <= DESCRIBED_AFTER) out.push(id);
    }
  }
  return out;
}

/** Names this long or longer may be typos of a corpus spelling ("Pasargard" for "Pasargad"). */
export const MIN_TYPO_LENGTH = 5;

/**
 * The question with its names spelled as the corpus spells them: a name term (or a capitalised
 * modifier: "Ukranian prime minister") the corpus never uses is replaced by the closest corpus
 * term the index's typo-tolerant search finds.
 */
export function correctSpelling(q: Question, c: Corpus): Question {
  let changed = false;
  const named = (t: QuestionTerm) => t.role === 'entity' || (t.role === 'modifier' && /^\p{Lu}/u.test(t.text));
  const terms = q.terms.map((t) => {
    if (!named(t) || t.term.length < MIN_TYPO_LENGTH || c.index.documentFrequency(t.term) > 0) return t;
    const fixed = c.index.spellings(t.term)[0] ?? swapped(t.term, c);
    if (!fixed) return t;
    changed = true;
    // a nationality, once spelled right, stands for its country as the question's do ("Ukranian" →
    // "Ukrainian" → "Ukraine's prime minister")
    const country = t.related.length ? [] : lexicon().pertainyms(fixed).flatMap((w) => {
      const term = normalizeTerm(w);
      return term && term !== fixed ? [{ term, weight: COUNTRY_WEIGHT, kind: 'synonym' as const }] : [];
    });
    return { ...t, term: fixed, ...(country.length ? { related: country } : {}) };
  });
  return changed ? { ...q, terms } : q;
}

/**
 * The corpus term `term` is with two neighbouring letters swapped, the commonest typo ("Kashain"
 * for "Kashian"), which the index's typo distance counts as two edits and so misses in a name of
 * under ten letters. The most frequent when several are.
 */
function swapped(term: string, c: Corpus): string | undefined {
  let best: string | undefined;
  for (let i = 0; i + 1 < term.length; i++) {
    if (term[i] === term[i + 1]) continue;
    const t = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
    if (c.index.documentFrequency(t) > (best ? c.index.documentFrequency(best) : 0)) best = t;
  }
  return best;
}

/** Words that introduce another name for the same thing. */
const ALIAS_CUE = /\b(?:later|since|now|formerly|previously|originally|also|then)?\s*(?:re-?named(?: as| to)?|known as|called|rebranded(?: as)?|renamed|formerly|previously|aka)\b[\s,]*/giu;
const NAME_RUN = /(?:\p{Lu}[\p{L}\p{N}'’&.-]*)(?:\s+(?:of|the|and|de|al)?\s*\p{Lu}[\p{L}\p{N}'’&.-]*)*/u;
const NAME_RUN_BEFORE = /(?:\p{Lu}[\p{L}\p{N}'’&.-]*)(?:\s+(?:of|the|and|de|al)?\s*\p{Lu}[\p{L}\p{N}'’&.-]*)*[\s,(]*$/u;
/** Passages searched for another name of a name asked about. */
const ALIAS_SEARCH_HITS = 10;

/** Another name an article gives for a name in the question, and where it says so. */
export interface Alias {
  /** The question's name group it renames. */
  group: number;
  /** The other name, as the article writes it ("Emennet Pasargad"). */
  other: string;
  /** The passage that gives both names; -1 for a name spelled out from the question's initials ("DNI"). */
  passage: number;
}

/** A name of capitalised words, with the little words inside it that its initials skip ("Director of National Intelligence"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;
/** Capitalised words a name spelled out from initials has at most. */
const MAX_INITIALS = 6;
/** Uses of a spelled-out name needed where the articles also write the initials themselves ("PM" and "Prime Minister"). */
const MIN_SPELLED_USES = 2;
const initialsTables = new WeakMap<readonly Passage[], Map<string, Map<string, number>>>();

/**
 * The names the articles write out, by their initials, with how often each is written: "Director of
 * National Intelligence" under "DNI", "Prime Minister" under "PM". Every stretch of a capitalised run
 * from one capitalised word to another counts ("Director of National Intelligence John Ratcliffe"
 * holds "Director of National Intelligence"). Read once per corpus, on the first question that needs it.
 */
function initialsTable(c: Corpus): Map<string, Map<string, number>> {
  let table = initialsTables.get(c.passages);
  if (table) return table;
  table = new Map();
  for (const p of c.passages) {
    if (p.duplicateOf !== undefined) continue;
    for (const m of p.text.matchAll(CAPITALISED_RUN)) {
      const words = m[0].split(/\s+/).map((w) => w.replace(/['’]s$/u, ''));
      for (let i = 0; i < words.length; i++) {
        if (!/^\p{Lu}/u.test(words[i]!) || words[i] === 'The') continue;
        let initials = '';
        for (let j = i; j < words.length && initials.length < MAX_INITIALS; j++) {
          if (!/^\p{Lu}/u.test(words[j]!)) continue;
          initials += words[j]![0];
          if (initials.length < 2) continue;
          const phrase = words.slice(i, j + 1).join(' ');
          let uses = table.get(initials);
          if (!uses) table.set(initials, (uses = new Map()));
          uses.set(phrase, (uses.get(phrase) ?? 0) + 1);
        }
      }
    }
  }
  initialsTables.set(c.passages, table);
  return table;
}

/**
 * The name the articles most often write out for the initials `acronym` ("DNI" → "Director of
 * National Intelligence"), of dictionary words only (so no person's name: "Peter Mandelson" is not
 * "PM"); null when they write none, or too seldom beside the initials themselves.
 */
export function spelledOut(acronym: string, c: Corpus): string | null {
  const uses = initialsTable(c).get(acronym);
  if (!uses) return null;
  const least = c.index.documentFrequency(acronym) > 0 ? MIN_SPELLED_USES : 1;
  let best: string | null = null;
  let most = 0;
  for (const [phrase, n] of uses) {
    if (n < least || n <= most) continue;
    if (!phrase.split(/\s+/).every((w) => !/^\p{Lu}/u.test(w) || lexicon().isDictionaryWord(w))) continue;
    best = phrase;
    most = n;
  }
  return best;
}

/** Initials a question may use for a name: capitals only ("DNI", "PM"). */
const INITIALS = /^\p{Lu}{2,6}$/u;

/**
 * The other names of the question's names that the articles give ("Eeleyanet Gostar, later
 * renamed Emennet Pasargad"; "X, formerly Y"; "also known as"), and the names they write out for
 * the question's initials ("DNI"): for `initials` "unwritten", only initials the articles never
 * use themselves.
 */
export function findAliases(q: Question, c: Corpus, initials: 'unwritten' | 'all' = 'unwritten'): Alias[] {
  const groups = [...new Set(q.terms.filter((t) => t.role === 'entity' && !t.alias).map((t) => t.group))];
  const found: Alias[] = [];
  for (const g of groups) {
    const names = q.terms.filter((t) => t.group === g && !t.alias).map((t) => t.term);
    // (initials in brackets are not another name where the question asks what they stand for)
    for (const { other, passage } of otherNames(names, c, q.kind !== 'expansion')) {
      if (!found.some((a) => a.group === g && a.other === other)) found.push({ group: g, other, passage });
    }
    // initials the articles write out ("Who is the DNI?": "Director of National Intelligence John Ratcliffe")
    const own = q.terms.filter((t) => t.group === g && !t.alias);
    // (not what "What does FAO stand for?" asks for; and initials the articles also write, only
    // where asked: "deputy PM" and "Deputy Prime Minister")
    const spelled = q.kind !== 'expansion' && own.length === 1 && INITIALS.test(own[0]!.text) && (initials === 'all' || c.index.documentFrequency(own[0]!.term) === 0) ? spelledOut(own[0]!.text, c) : null;
    if (spelled && !found.some((a) => a.group === g)) found.push({ group: g, other: spelled, passage: -1 });
  }
  return found;
}

/**
 * The other names the articles give for a name (its index terms): "Eeleyanet Gostar, later renamed
 * Emennet Pasargad" gives "Emennet Pasargad" for ["eeleyanet", "gostar"] and the other way round.
 */
function otherNames(names: string[], c: Corpus, initials: boolean): Array<{ other: string; passage: number }> {
  const found: Array<{ other: string; passage: number }> = [];
  if (names.length === 0) return found;
  const has = (s: string) => names.every((term) => s.split(/[^\p{L}\p{N}]+/u).some((w) => normalizeTerm(w) === term));
  for (const h of c.index.search(names.map((term) => ({ term, weight: 1 })), ALIAS_SEARCH_HITS)) {
    for (const [before, after] of renamings(c.passages[h.passage]!.text, initials)) {
      const other = has(before) ? after : has(after) ? before : null;
      if (other) found.push({ other, passage: h.passage });
    }
  }
  return found;
}

/** Initials in brackets after a name: "Athletics Kenya (AK)", "PricewaterhouseCoopers (PwC)". */
const BRACKETED_INITIALS = /\((\p{Lu}[\p{Lu}\p{Ll}&]{1,5})\)/gu;

/**
 * The end of the name before bracketed `initials` that they abbreviate, from the word their first
 * letter opens: "Athletics Kenya" for "AK", "Karachi Stock Exchange" for "KSE",
 * "PricewaterhouseCoopers" for "PwC" (its letters in order, the capitals among them each a word's
 * first or a capital inside one). Null when no such name stands before them.
 */
function initialledName(before: string, initials: string): string | null {
  const run = NAME_RUN_BEFORE.exec(before)?.[0].replace(/[\s,(]+$/u, '');
  if (!run) return null;
  const words = run.split(/\s+/);
  const capitals = [...initials].filter((ch) => /\p{Lu}/u.test(ch)).length;
  for (let i = 0; i < words.length; i++) {
    const name = words.slice(i).join(' ');
    if (name[0] !== initials[0]) continue;
    // each capitalised word gives a letter (at most one more than the initials have capitals: "Ltd")
    const capitalised = words.slice(i).filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitalised > capitals + 1) continue;
    let k = 0;
    for (const ch of name) if (k < initials.length && ch.toLowerCase() === initials[k]!.toLowerCase() && (/\p{Ll}/u.test(initials[k]!) || /\p{Lu}/u.test(ch))) k++;
    if (k === initials.length) return name;
  }
  return null;
}

/** The pairs of names a sentence gives as one thing's ("Eeleyanet Gostar, later renamed Emennet Pasargad", "Athletics Kenya (AK)"). */
function renamings(text: string, initials = true): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (initials) for (const m of text.matchAll(BRACKETED_INITIALS)) {
    const name = initialledName(text.slice(0, m.index), m[1]!);
    if (name) pairs.push([name, m[1]!]);
  }
  for (const m of text.matchAll(ALIAS_CUE)) {
    const before = NAME_RUN_BEFORE.exec(text.slice(0, m.index))?.[0] ?? '';
    const after = NAME_RUN.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    if (!before || !after || !text.slice(m.index + m[0].length).startsWith(after)) continue;
    pairs.push([before.replace(/[\s,(]+$/u, ''), after]);
  }
  return pairs;
}

/**
 * Whether a sentence gives `a` and `b` as two names of one thing ("Eeleyanet Gostar, later renamed
 * Emennet Pasargad"), either way round: each holds the words of one of the two names.
 */
export function renamedIn(text: string, a: string, b: string): boolean {
  const terms = (s: string) => s.split(/[^\p{L}\p{N}]+/u).map((w) => normalizeTerm(w)).filter((t): t is string => t !== null);
  const same = (x: string[], y: string[]) => x.length > 0 && y.length > 0 && (x.every((t) => y.includes(t)) || y.every((t) => x.includes(t)));
  const [ta, tb] = [terms(a), terms(b)];
  return renamings(text).some(([x, y]) => (same(terms(x), ta) && same(terms(y), tb)) || (same(terms(x), tb) && same(terms(y), ta)));
}

/**
 * Adds the other names of the question's names that the articles give (see {@link findAliases}):
 * a sentence about the new name answers a question about the old. Alias terms join their name's
 * group.
 */
export function addAliases(q: Question, c: Corpus): Question {
  const added: QuestionTerm[] = [];
  for (const { group, other } of findAliases(q, c)) {
    for (const w of other.split(/[^\p{L}\p{N}]+/u)) {
      const term = normalizeTerm(w);
      if (term && !q.terms.some((t) => t.term === term) && !added.some((t) => t.term === term)) {
        added.push({ text: w, term, related: [], role: 'entity', group, essential: false, alias: true });
      }
    }
  }
  return added.length ? { ...q, terms: [...q.terms, ...added] } : q;
}
