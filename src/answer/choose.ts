import type { Question } from '../question.js';
import { NAME_TYPES, type Candidate } from './candidates.js';
import { ANSWER_SUMMARY } from './model.js';
import { joinList } from './quotes.js';
import { normalizeAnswer } from '../text.js';

/** A candidate with its features and the ranker's verdict. */
export interface Scored {
  candidate: Candidate;
  features: Float64Array;
  /** The ranker's score. */
  score: number;
  /** Its share of the softmax over the question's candidates: how strongly the ranker prefers it. */
  probability: number;
}

/**
 * What the confidence model reads (see {@link ANSWER_FEATURES}) about the top of `ranked` (one
 * candidate per thing named, best first).
 */
export function answerFeatures(q: Question, ranked: Scored[], rules: string | null = null): Float64Array {
  const top = ranked[0]!;
  const agree = rules !== null && agreesWith(rules, top);
  const ev = top.candidate.evidence.follows ?? top.candidate.evidence;
  const essential = q.terms.filter((t) => t.essential && !t.alias).length;
  const f: Record<(typeof ANSWER_SUMMARY)[number], number> = {
    topShare: top.probability,
    topScore: top.score,
    margin: ranked[1] ? top.score - ranked[1].score : MARGIN_ALONE,
    coverage: ev.coverage,
    sentenceCoverage: ev.sentenceCoverage,
    entitySentence: ev.entitySentence,
    relation: ev.relation,
    missingEssential: essential ? ev.missing.length / essential : 0,
    retrieval: ev.retrieval,
    candidates: Math.log(ranked.length),
    rulesAgree: agree ? 1 : 0,
    rulesDisagree: rules !== null && !agree ? 1 : 0,
  };
  return Float64Array.from([...ANSWER_SUMMARY.map((n) => f[n]), ...top.features]);
}

/** Whether a short answer names what a candidate names: one text holds the other, or the answer holds its key ("Kashian"). */
export function namesSame(answer: string, s: Scored): boolean {
  const said = normalizeAnswer(answer);
  const t = normalizeAnswer(s.candidate.text);
  const k = s.candidate.key;
  // (an amount by its key, with no punctuation, as a whole word: "$550,000 (£306,814)" names the
  // "550000" of "$550,000 (£293,264)")
  const amount = /\d/.test(k) && ` ${said.replace(/[^\p{L}\p{N}\s]/gu, '')} `.includes(` ${k} `);
  return said !== '' && (said.includes(t) || t.includes(said) || (k !== '' && said.includes(k)) || amount);
}

/** Whether the candidate's sentence gives it and `answer` as one name and its short form: "Official Bureau of Investigation (FBI)". */
export function bracketed(answer: string, s: Scored): boolean {
  const text = s.candidate.evidence.passage.text;
  const t = s.candidate.text;
  return answer !== '' && (text.includes(`${answer} (${t})`) || text.includes(`${t} (${answer})`));
}

/** Whether another stage's answer names the candidate's thing, in full or as its bracketed short form. */
export function agreesWith(answer: string, s: Scored): boolean {
  return namesSame(answer, s) || bracketed(answer, s);
}

/** The margin of a candidate with no rival: as wide as a clear win (scores span about ±5). */
const MARGIN_ALONE = 5;

/** The best candidate of each key (the thing named), best first. */
export function rankByKey(scored: Scored[]): Scored[] {
  const best = new Map<string, Scored>();
  for (const s of scored) {
    const b = best.get(s.candidate.key);
    if (!b || s.score > b.score) best.set(s.candidate.key, s);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.candidate.evidence.rank - b.candidate.evidence.rank);
}

/**
 * A coordinated name ("Bruce Forsyth and Tess Daly") joins the answer when the ranker scores it
 * at most this much below the winner (a score is a log-odds: 1 is a factor of e ≈ 2.7).
 */
const PARTNER_GAP = 1.5;
/** A list item of the winning sentence joins the answer when scored at most this much below the best item. */
const LIST_GAP = 2.5;
/** Items a list question wants when it does not say how many. */
const DEFAULT_LIST_ITEMS = 2;

/**
 * The short answer's wording: the winning candidate, joined by a name coordinated with it ("Bruce
 * Forsyth and Tess Daly"), or — for list questions — every likely item from the sentence whose
 * items together answer best ("Kazemi, 24, and Kashian, 27"). `keys` identify what was named.
 */
export function shapeAnswer(q: Question, best: Scored, all: Scored[]): { text: string; keys: Set<string> } {
  const win = best.candidate;
  let text = win.text;
  let keys = new Set([win.key]);
  if (!q.list && !q.count) {
    const sentence = win.evidence.passage.text;
    const at = sentence.indexOf(win.text);
    const partner = all.find((x) => {
      const c = x.candidate;
      if (c.evidence !== win.evidence || c.key === win.key || x.score < best.score - PARTNER_GAP) return false;
      const other = sentence.indexOf(c.text);
      if (other < 0 || at < 0) return false;
      const between = other < at ? sentence.slice(other + c.text.length, at) : sentence.slice(at + win.text.length, other);
      return /^\s*(and|&)\s*$/.test(between);
    });
    if (partner) {
      const pair = [win, partner.candidate].sort((a, b) => sentence.indexOf(a.text) - sentence.indexOf(b.text));
      text = `${pair[0]!.text} and ${pair[1]!.text}`;
      keys = new Set(pair.map((x) => x.key));
    }
  }
  if (q.list) {
    const want = q.count ?? DEFAULT_LIST_ITEMS;
    let group: Scored[] = [];
    let groupScore = 0;
    for (const ev of new Set(all.map((x) => x.candidate.evidence))) {
      const items: Scored[] = [];
      for (const x of all.filter((x) => x.candidate.evidence === ev).sort((a, b) => b.score - a.score)) {
        if (!items.some((i) => i.candidate.key === x.candidate.key)) items.push(x);
      }
      const top = items.slice(0, q.count ?? items.length);
      const mean = top.slice(0, want).reduce((s, x) => s + x.probability, 0) / want; // shares: comparable across sentences
      if (mean > groupScore) { groupScore = mean; group = top; }
    }
    const coordinated = coordinatedWith(win, group);
    // the winner's own list when it has one ("at Bristol, Isle of Wight and Stockton-on-Tees and
    // mayors at Doncaster ...": not the next list); else the sentence's likely items
    const chosen = group.filter((x) => (coordinated.size > 1 ? coordinated.has(x) : x.score >= (group[0]?.score ?? 0) - LIST_GAP && x.candidate.type === win.type)).sort((a, b) => a.candidate.position - b.candidate.position);
    if (chosen.length > 1 && chosen.some((x) => x.candidate.key === win.key)) {
      text = joinList(chosen.map((x) => x.candidate.text));
      keys = new Set(chosen.map((x) => x.candidate.key));
    }
  }
  return { text, keys };
}

/**
 * The items of the winner's own list in its sentence ("residents in [Alaska], [Arizona], [Florida]
 * and [Pennsylvania]"): candidates of its type joined to it by commas and "and"/"or" only. A list
 * question wants them all, however much lower the ranker scores the later ones. Names count as one
 * type here: the list says they are alike when the tagger does not ("House of Fraser" a place,
 * "Woolworths" a name; "London, Amsterdam and Sydney" with Sydney a person).
 */
function coordinatedWith(win: Candidate, group: Scored[]): Set<Scored> {
  const sentence = win.evidence.passage.text;
  const alike = (c: Candidate) => c.type === win.type || (NAME_TYPES.has(c.type) && NAME_TYPES.has(win.type));
  const items = group
    .filter((x) => x.candidate.evidence.passage === win.evidence.passage && alike(x.candidate))
    .map((x) => ({ x, at: sentence.indexOf(x.candidate.text) }))
    .filter((i) => i.at >= 0)
    .sort((a, b) => a.at - b.at);
  const at = items.findIndex((i) => i.x.candidate.key === win.key);
  if (at < 0) return new Set();
  // items may carry an age in commas: "Seyyed Kazemi, 24, and Sajjad Kashian, 27"
  const joined = (a: (typeof items)[number], b: (typeof items)[number]) => /^\s*(,\s*\d{1,3}\s*)?(,|,?\s*(and|or|&))\s*$/.test(sentence.slice(a.at + a.x.candidate.text.length, b.at));
  let lo = at;
  let hi = at;
  while (lo > 0 && joined(items[lo - 1]!, items[lo]!)) lo--;
  while (hi < items.length - 1 && joined(items[hi]!, items[hi + 1]!)) hi++;
  return new Set(items.slice(lo, hi + 1).map((i) => i.x));
}
