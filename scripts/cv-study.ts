#!/usr/bin/env tsx
// Cross-validation study of the learned answer stage over the train and dev splits (never test):
// five folds by article; in each, the ranker and the confidence model learn from the other four
// as `npm run train` learns them, and answer the fifth. Candidates are drawn once with the
// committed passage model, so a run takes about 20 s. It reports how often the top answer is
// right, and the most right answers at any threshold that keeps wrong answers within 5%, 8% or
// 12% of the questions: a steadier yardstick than dev's 125 questions when comparing features.
// `npx tsx scripts/cv-study.ts [--show N] [--salt N]` (--show: the N most confident answers that are
// wrong; --salt: another split into folds — figures move by about ±10 between splits, so compare
// changes over several)
import { Command } from 'commander';
import { loadGold, newsState } from './datasets.js';
import { analyseRows, crossValidate } from './learn.js';

const FOLDS = 5;
const opts = new Command()
  .name('cv-study')
  .description('Cross-validates the learned answer stage over the train and dev splits (about 20 s).')
  .option('--show <n>', 'print the n most confident wrong answers', '0')
  .option('--salt <n>', 'another split into folds (0: alternating article ids; any other number: by a hash of the id)', '0')
  .showHelpAfterError()
  .parse()
  .opts<{ show: string; salt: string }>();

const state = await newsState();
const rows = analyseRows(loadGold().filter((g) => g.split === 'train' || g.split === 'dev'), state);
const results = crossValidate(rows, FOLDS, state, Number(opts.salt)).sort((a, b) => b.confidence - a.confidence);
const answerable = results.filter((r) => !('unanswerable' in r.item)).length;
const mostRight = (share: number) => {
  let best = 0, wrong = 0, right = 0;
  for (const r of results) {
    if (r.outcome === 'right') right++;
    else if (r.outcome === 'wrong') wrong++;
    if (wrong <= share * results.length) best = Math.max(best, right);
  }
  return best;
};
const top = results.filter((r) => r.outcome === 'right').length;
console.log(`cv ${FOLDS} folds over train+dev (${results.length} questions, ${answerable} answerable): top answer right ${top} (${((100 * top) / answerable).toFixed(1)}%); most right with wrong <= 5%: ${mostRight(0.05)}, <= 8%: ${mostRight(0.08)}, <= 12%: ${mostRight(0.12)}`);
let shown = 0;
for (const r of results) {
  if (shown >= Number(opts.show)) break;
  if (r.outcome !== 'wrong') continue;
  shown++;
  console.log(`${r.confidence.toFixed(2)} ${r.item.q} -> ${r.text} (gold: ${'unanswerable' in r.item ? 'unanswerable' : r.item.answers.join(' | ')})`);
}
