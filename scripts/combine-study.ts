#!/usr/bin/env tsx
// `npx tsx scripts/combine-study.ts [--test] [--sample FILE]`: measures ways of combining the rules
// answer stage with the learned one, without changing either. Per gold question it runs both
// stages once, then replays each gate over those runs, so every variant is judged on the same
// answers. Reports train and dev (choose on dev); test only with --test (report once, never tune).
// With --sample it also scores the shared sample questions over the corpus articles alone.
//
// Variants (rules answer = what the 'rules' scorer says; top = the learned ranker's best candidate):
//   a(t)  the rules answer when top agrees with it and the learned confidence of top is ≥ t
//   b(t)  the rules answer when the learned confidence computed with the rules' answer as the top
//         candidate is ≥ t (needs the rules' answer among the learned candidates)
//   c(t)  the learned answer when it answers, else a(t)
//   d(r)  the learned answer when it answers, else the rules answer when the rules' own confidence ≥ r
//   e(t)  the rules answer unless the learned top disagrees with it with a confidence ≥ t (a veto)
//   f(t)  the learned answer when it answers, else b(t): the 'combined' stage (with t = 0.5)
//   g(t)  the learned answer when it answers, else e(t)
//   j(r)  the learned answer when it answers, else the rules answer when the learned top names the same thing and the rules' own confidence is ≥ r
//   k(g)  the rules answer unless the learned stage has candidates and the one naming it scores more than g below its top (e(0) with no candidate is k(0))
//   i     the rules answer when the learned top names the same thing, else the learned answer when it answers
//   h(t)  i, with the learned answer only when its confidence is ≥ t
//   m(t)  the learned answer when it answers, else a(t), else b(0.5): the combined stage with the checked stage's agreed answers
//   n(t)  the checked stage's agreed answer, else the learned answer where the rules abstain, at confidence ≥ t
// With --verify it also prints, for the rules answers the learned stage does not give itself, how
// many are right in each band of the learned confidence in them (what MIN_RULES_CONFIDENCE in
// src/answer/index.ts is chosen from).
import { readFileSync } from 'node:fs';
import { analyse, confidenceIn, learnedConfidence, namesSame } from '../src/answer/index.js';
import { rankByKey } from '../src/answer/choose.js';
import { ask, CorpusState, type CorpusState as State } from '../src/engine.js';
import { GoldQuestionSchema, judge, score, type Outcome, type ScoredSource } from '../src/evaluate.js';
import { loadCorpus } from '../src/ingest.js';
import { analyzeQuestion } from '../src/question.js';
import type { Answer } from '../src/types.js';
import { loadGold, newsState } from './datasets.js';

const args = process.argv.slice(2);
const withTest = args.includes('--test');
const samplePath = args.includes('--sample') ? args[args.indexOf('--sample') + 1] : undefined;
const verify = args.includes('--verify');

/** Both stages' views of one question. */
interface Run {
  unanswerable: boolean;
  rules: Answer;
  learned: Answer;
  rulesOutcome: Outcome;
  learnedOutcome: Outcome;
  /** The learned top candidate agrees with the rules answer (same key, or one text contains the other). */
  agreeTop: boolean;
  /** The learned stage has a candidate at all. */
  hasCandidate: boolean;
  /** How far below the learned top the rules answer's candidate scores (0 when it is the top; Infinity when it has none). */
  rulesGap: number;
  /** Learned confidence of its own top candidate (0 without candidates). */
  topConfidence: number;
  /** Learned confidence with the rules' answer put first (0 when no learned candidate matches it). */
  rulesAnswerConfidence: number;
}

function study(state: State, q: string, unanswerable: boolean, outcome: (a: Answer) => Outcome): Run {
  const rules = ask(state, q, { scorer: 'rules' });
  const learned = ask(state, q, { scorer: 'learned' });
  const an = analyse(analyzeQuestion(q), state);
  const ranked = rankByKey(an.scored);
  const at = rules.answered ? ranked.findIndex((s) => namesSame(rules.answer ?? '', s)) : -1;
  return {
    unanswerable,
    rules,
    learned,
    rulesOutcome: outcome(rules),
    learnedOutcome: outcome(learned),
    agreeTop: at === 0,
    hasCandidate: ranked.length > 0,
    rulesGap: at < 0 ? Infinity : ranked[0]!.score - ranked[at]!.score,
    topConfidence: learnedConfidence(an).confidence,
    rulesAnswerConfidence: rules.answered ? confidenceIn(rules.answer ?? '', an) : 0,
  };
}

type Gate = (r: Run) => 'rules' | 'learned' | 'abstain';
const VARIANTS: Record<string, Gate> = { rules: () => 'rules', learned: () => 'learned' };
for (const t of [0, 0.1, 0.2, 0.3, 0.4, 0.5]) {
  VARIANTS[`a(${t})`] = (r) => (r.agreeTop && r.topConfidence >= t ? 'rules' : 'abstain');
  VARIANTS[`b(${t})`] = (r) => (r.rulesAnswerConfidence > 0 && r.rulesAnswerConfidence >= t ? 'rules' : 'abstain');
  VARIANTS[`c(${t})`] = (r) => (r.learned.answered ? 'learned' : VARIANTS[`a(${t})`]!(r));
  VARIANTS[`f(${t})`] = (r) => (r.learned.answered ? 'learned' : VARIANTS[`b(${t})`]!(r));
}
for (const t of [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8]) VARIANTS[`e(${t})`] = (r) => (!r.agreeTop && r.topConfidence >= t ? 'abstain' : 'rules');
for (const r0 of [0.5, 0.6, 0.7, 0.8]) VARIANTS[`j(${r0})`] = (r) => (r.learned.answered ? 'learned' : r.agreeTop && r.rules.answered && r.rules.confidence >= r0 ? 'rules' : 'abstain');
VARIANTS['e(0) with no candidate'] = (r) => (r.hasCandidate && !r.agreeTop ? 'abstain' : 'rules');
for (const g of [0.02, 0.05, 0.1, 0.2, 0.3]) VARIANTS[`k(${g})`] = (r) => (r.hasCandidate && r.rulesGap > g ? 'abstain' : 'rules');
VARIANTS['i'] = (r) => (r.agreeTop && r.rules.answered ? 'rules' : r.learned.answered ? 'learned' : 'abstain');
for (const t of [0, 0.05, 0.1, 0.2, 0.3]) VARIANTS[`g(${t})`] = (r) => (r.learned.answered ? 'learned' : VARIANTS[`e(${t})`]!(r));
for (const t of [0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) VARIANTS[`h(${t})`] = (r) => (r.agreeTop && r.rules.answered ? 'rules' : r.learned.answered && r.topConfidence >= t ? 'learned' : 'abstain');
for (const t of [0, 0.1, 0.2, 0.3]) VARIANTS[`m(${t})`] = (r) => (r.learned.answered ? 'learned' : r.agreeTop && r.rules.answered && r.topConfidence >= t ? 'rules' : VARIANTS['f(0.5)']!(r));
for (const t of [0.6, 0.7, 0.8, 0.9]) VARIANTS[`n(${t})`] = (r) => (r.agreeTop && r.rules.answered ? 'rules' : !r.rules.answered && r.learned.answered && r.topConfidence >= t ? 'learned' : 'abstain');
for (const t of [0.6, 0.64, 0.7, 0.75, 0.8, 0.85]) VARIANTS[`d(${t})`] = (r) => (r.learned.answered ? 'learned' : r.rules.confidence >= t ? 'rules' : 'abstain');

const pick = (r: Run, g: Gate): Outcome => {
  const which = g(r);
  return which === 'rules' ? r.rulesOutcome : which === 'learned' ? r.learnedOutcome : 'abstained';
};

const items = loadGold().filter((g) => g.split !== 'test' || withTest);
const state = await newsState();
const bodies = new Map(state.articles.map((a) => [a.id, a.body]));
const runs = items.map((item) => ({ split: item.split, run: study(state, item.q, 'unanswerable' in item, (a) => judge(item, a, (id) => bodies.get(id))) }));
const table: Record<string, Record<string, string>> = {};
for (const [name, gate] of Object.entries(VARIANTS)) {
  table[name] = {};
  for (const split of ['train', 'dev', ...(withTest ? ['test'] : [])]) {
    const rs = runs.filter((x) => x.split === split).map((x) => x.run);
    const out = rs.map((r) => pick(r, gate));
    const right = out.filter((o) => o === 'right').length;
    const wrong = out.filter((o) => o === 'wrong').length;
    const un = rs.filter((r) => r.unanswerable).length;
    const held = rs.filter((r, i) => r.unanswerable && out[i] === 'abstained').length;
    table[name]![split] = `${right}/${rs.length - un} right, ${wrong} wrong (${((100 * wrong) / rs.length).toFixed(1)}%), unans ${held}/${un}`;
  }
}

if (samplePath) {
  const { articles, problems } = await loadCorpus('corpus');
  const corpus = CorpusState.build(articles, problems);
  const byId = new Map<string, ScoredSource>();
  for (const a of articles) {
    // front matter `seed:` links a corpus file to the shared seed the sample's sources name (as in npm run eval)
    const seed = /^seed:\s*(\S+)/m.exec(readFileSync(a.origin.replace(/:\d+$/, ''), 'utf8'))?.[1];
    byId.set(a.id, { body: a.body, origin: a.origin, seed });
  }
  const gold = readFileSync(samplePath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => GoldQuestionSchema.parse(JSON.parse(l)));
  const verdict = (g: (typeof gold)[number], a: Answer): Outcome => (!a.answered ? 'abstained' : score([g], [a], (d) => byId.get(d)).correct || (g.unanswerable && !a.answered) ? 'right' : 'wrong');
  const sample = gold.map((g) => study(corpus, g.q, !!g.unanswerable, (a) => verdict(g, a)));
  for (const [name, gate] of Object.entries(VARIANTS)) {
    const out = sample.map((r) => pick(r, gate));
    const answerable = sample.filter((r) => !r.unanswerable).length;
    const right = out.filter((o, i) => o === 'right' && !sample[i]!.unanswerable).length;
    const held = sample.filter((r, i) => r.unanswerable && out[i] === 'abstained').length;
    table[name]!.sample = `${right}/${answerable} right, unans ${held}/${sample.length - answerable}`;
  }
}
console.table(table);

if (verify) {
  const bands = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1.01];
  const rows: Record<string, Record<string, string>> = {};
  for (let b = 0; b + 1 < bands.length; b++) {
    const name = `${bands[b]}–${Math.min(1, bands[b + 1]!)}`;
    rows[name] = {};
    for (const split of ['train', 'dev']) {
      const rs = runs.filter((x) => x.split === split && !x.run.learned.answered && x.run.rules.answered && x.run.rulesAnswerConfidence >= bands[b]! && x.run.rulesAnswerConfidence < bands[b + 1]!).map((x) => x.run);
      rows[name]![split] = `${rs.filter((r) => r.rulesOutcome === 'right').length} right of ${rs.length}`;
    }
  }
  rows['no such candidate'] = {};
  for (const split of ['train', 'dev']) {
    const rs = runs.filter((x) => x.split === split && !x.run.learned.answered && x.run.rules.answered && x.run.rulesAnswerConfidence === 0).map((x) => x.run);
    rows['no such candidate']![split] = `${rs.filter((r) => r.rulesOutcome === 'right').length} right of ${rs.length}`;
  }
  console.log('rules answers the learned stage does not give, by its confidence in them:');
  console.table(rows);
  // the checked stage's answers (the rules' answer the ranker's top agrees with), by the learned confidence in that top
  const agreed: Record<string, Record<string, string>> = {};
  for (let b = 0; b + 1 < bands.length; b++) {
    const name = `${bands[b]}–${Math.min(1, bands[b + 1]!)}`;
    agreed[name] = {};
    for (const split of ['train', 'dev']) {
      const rs = runs.filter((x) => x.split === split && x.run.agreeTop && x.run.rules.answered && x.run.topConfidence >= bands[b]! && x.run.topConfidence < bands[b + 1]!).map((x) => x.run);
      agreed[name]![split] = `${rs.filter((r) => r.rulesOutcome === 'right').length} right, ${rs.filter((r) => r.rulesOutcome === 'wrong').length} wrong`;
    }
  }
  console.log('rules answers the learned top agrees with, by the learned confidence in it:');
  console.table(agreed);
}
