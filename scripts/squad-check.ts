#!/usr/bin/env tsx
// `npm run check:squad`: how the engine does outside the news corpus, on the SQuAD 2.0 sample in
// ../shared/data/squad (217 Wikipedia paragraphs as articles, 1,905 questions, 910 unanswerable).
// Strict: an answer is right only when it contains a gold answer and cites the gold paragraph.
// The passage model learned from three of the six articles (scripts/datasets.ts); figures are
// given for the other three (test) and, separately, for those three (train).
import { Command } from 'commander';
import { ask } from '../src/engine.js';
import { calibration, judge, report, type Outcome } from '../src/evaluate.js';
import { bodyOf, squad } from './datasets.js';
import { ANSWER_STAGES, type AnswerStage } from '../src/engine.js';

const program = new Command()
  .name('check:squad')
  .description('Scores the engine strictly on the SQuAD 2.0 sample in ../shared/data/squad (a few minutes).')
  .option('--scorer <name>', `answer stage: ${ANSWER_STAGES.join(', ')} (default ${ANSWER_STAGES[0]})`)
  .showHelpAfterError()
  .parse();
const scorer = program.opts<{ scorer?: string }>().scorer;
if (scorer !== undefined && !ANSWER_STAGES.includes(scorer as never)) throw new Error(`check:squad: --scorer must be one of ${ANSWER_STAGES.join(', ')}, not "${scorer}"`);
const options = scorer ? { scorer: scorer as AnswerStage } : {};
const { state, items } = squad();
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
for (const split of ['test', 'train'] as const) {
  const chosen = items.filter((i) => i.split === split);
  const results = chosen.map((item) => {
    const a = ask(state, item.q, options);
    return { confidence: a.confidence, outcome: judge(item, a, bodyOf(state)) as Outcome };
  });
  const r = report(chosen, results.map((x) => x.outcome));
  console.log(`\n== SQuAD (${scorer ?? 'default'} scorer) ${split} articles (${split === 'train' ? 'the passage model learned from these' : 'never learned from'}): ${r.total} questions`);
  console.log(`answerable questions: ${r.right} right, ${r.wrongAnswerable} wrong, ${r.answerable - r.right - r.wrongAnswerable} abstained (${pct(r.right, r.answerable)} right; precision when answering ${pct(r.right, r.right + r.wrongAnswerable)})`);
  console.log(`unanswerable questions: ${r.abstainedUnanswerable}/${r.unanswerable} abstained (${pct(r.abstainedUnanswerable, r.unanswerable)})`);
  console.table(calibration(results).map((b) => ({ confidence: `${b.lo.toFixed(1)}–${b.hi.toFixed(1)}`, answers: b.answers, 'share right': b.answers ? (b.right / b.answers).toFixed(2) : '-' })));
}
