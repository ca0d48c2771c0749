#!/usr/bin/env tsx
// `npm run probe`: scores the engine on probe questions kept out of training (eval/probes/*.tsv,
// one question a line: article id, question, gold answers separated by "|", or "-" when the
// article does not answer it), over the corpus and the BBC articles. Right = answered, the answer
// holds a gold answer and a citation is from the article; "other" = the gold answer, cited from
// another article only; wrong = any other answer (to an unanswerable question: any answer).
import { Command } from 'commander';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ANSWER_STAGES, ask, type AnswerStage } from '../src/engine.js';
import { containsGold, sameArticle } from '../src/evaluate.js';
import { bodyOf, newsState, ROOT } from './datasets.js';

const program = new Command()
  .name('probe')
  .description('Scores the engine on the probe questions in eval/probes/*.tsv (held out of training); about a minute per 300 questions a stage.')
  .argument('[files...]', 'TSV files of probe questions (default: eval/probes/*.tsv)')
  .option('--scorer <names...>', `answer stages: ${ANSWER_STAGES.join(', ')} (default ${ANSWER_STAGES[0]})`)
  .option('-v, --verbose', 'print every question with its verdict and answer')
  .showHelpAfterError()
  .parse();
const Options = z.object({ scorer: z.array(z.enum(ANSWER_STAGES as unknown as [AnswerStage, ...AnswerStage[]])).optional(), verbose: z.boolean().optional() });
/** Stops with a one-line message (no stack trace): bad input is the user's to fix. */
function fail(message: string): never {
  console.error(`probe: ${message}`);
  process.exit(2);
}
const parsedOpts = Options.safeParse(program.opts());
if (!parsedOpts.success) fail(`--scorer must be among ${ANSWER_STAGES.join(', ')}`);
const opts = parsedOpts.data;
const ProbeLine = z.tuple([z.string().regex(/^[\w.-]+$/, 'an article id'), z.string().min(1), z.string().min(1)]);
const dir = join(ROOT, 'eval', 'probes');
const files = program.args.length ? program.args : readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(dir, f));
const read = (f: string): string => {
  try {
    return readFileSync(f, 'utf8');
  } catch (e) {
    return fail(`cannot read ${f} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
};
const probes = files.flatMap((f) => read(f).split('\n').flatMap((line, i) => {
  if (!line.trim()) return [];
  const parsed = ProbeLine.safeParse(line.split('\t'));
  if (!parsed.success) fail(`${f}:${i + 1}: expected "article<TAB>question<TAB>gold|gold" or "-" (${parsed.error.issues[0]?.message})`);
  const [article, q, gold] = parsed.data;
  return [{ article, q, golds: gold.trim() === '-' ? [] : gold.split('|').map((g) => g.trim()).filter(Boolean) }];
}));
const state = await newsState();
const body = bodyOf(state);
for (const scorer of opts.scorer ?? [ANSWER_STAGES[0]]) {
  const n = { right: 0, other: 0, wrong: 0, abstained: 0, unanswerable: 0, abstainedUnanswerable: 0, wrongUnanswerable: 0 };
  for (const p of probes) {
    const a = ask(state, p.q, { scorer });
    let verdict: 'right' | 'other' | 'wrong' | 'abstained';
    if (!a.answered) verdict = 'abstained';
    else if (p.golds.length === 0 || !containsGold(a.answer ?? '', p.golds)) verdict = 'wrong';
    else verdict = a.citations.some((c) => sameArticle(c.document, p.article, body)) ? 'right' : 'other';
    if (p.golds.length === 0) {
      n.unanswerable++;
      if (verdict === 'abstained') n.abstainedUnanswerable++;
      else n.wrongUnanswerable++;
    } else n[verdict]++;
    if (opts.verbose) console.log([verdict, scorer, p.article, p.q, a.answer ?? ''].join('\t'));
  }
  const answerable = probes.length - n.unanswerable;
  console.log(`${scorer}: ${probes.length} questions; answerable ${answerable}: ${n.right} right, ${n.other} right from another article only, ${n.wrong} wrong, ${n.abstained} abstained; unanswerable ${n.unanswerable}: ${n.abstainedUnanswerable} abstained, ${n.wrongUnanswerable} answered`);
}
