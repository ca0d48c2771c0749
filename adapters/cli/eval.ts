#!/usr/bin/env tsx
// `npm run eval`: scores the engine on the gold questions in eval/gold/*.jsonl (the corpus and the
// BBC articles loaded), per split, with a calibration table. `npm run eval -- FILE` scores a JSONL
// file of sample questions ({q, any|all, sources?} or {q, unanswerable: true}) as before.
import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { ask } from '../../src/engine.js';
import { createEngine } from '../../src/engine.js';
import { loadCorpus } from '../../src/ingest.js';
import { calibration, GoldQuestionSchema, judge, report, score, type GoldItem, type GoldQuestion, type Outcome, type ScoredSource } from '../../src/evaluate.js';
import { bbcFiles, loadGold, newsState } from '../../scripts/datasets.js';
import { ANSWER_STAGES, type AnswerStage } from '../../src/engine.js';

const program = new Command()
  .name('eval')
  .argument('[file]', 'JSONL of {q, any|all, sources?} or {q, unanswerable: true}; without it, the gold set in eval/gold')
  .option('--corpus <dir>', 'folder of articles', 'corpus')
  .option('--jsonl <file...>', 'also load articles from JSONL files (gold mode: default the BBC articles in ../shared/data/bbc-news)')
  .option('--split <name...>', 'gold splits to report (default train, dev, test)')
  .option('--scorer <name>', `answer stage: ${ANSWER_STAGES.join(', ')} (default ${ANSWER_STAGES[0]})`)
  .option('-v, --verbose', 'print every question')
  .showHelpAfterError()
  .parse();
const [file] = program.args as [string | undefined];
const opts = program.opts<{ corpus: string; jsonl?: string[]; split?: string[]; scorer?: string; verbose?: boolean }>();
if (opts.scorer && !ANSWER_STAGES.includes(opts.scorer as never)) throw new Error(`eval: --scorer must be one of ${ANSWER_STAGES.join(', ')}, not "${opts.scorer}"`);
const answer = opts.scorer ? { scorer: opts.scorer as AnswerStage } : {};
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

if (file) await sampleEval(file);
else await goldEval();

async function sampleEval(path: string): Promise<void> {
  const gold: GoldQuestion[] = [];
  (await readFile(path, 'utf8')).split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const r = GoldQuestionSchema.safeParse(JSON.parse(line));
    if (!r.success) throw new Error(`${path}:${i + 1}: ${r.error.issues.map((x) => x.message).join('; ')}`);
    gold.push(r.data);
  });
  const engine = await createEngine(opts.corpus, { jsonl: opts.jsonl, answer, warn: (m) => console.error(m) });
  const { articles } = await loadCorpus(opts.corpus, { jsonl: opts.jsonl });
  const byId = new Map<string, ScoredSource>();
  for (const a of articles) {
    // front matter `seed:` links a corpus file to the shared seed it was made from
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(await readFile(a.origin.replace(/:\d+$/, ''), 'utf8').catch(() => ''));
    const seed = fm ? (parseYaml(fm[1] ?? '') as { seed?: unknown } | null)?.seed : undefined;
    byId.set(a.id, { body: a.body, origin: a.origin, seed: typeof seed === 'string' ? seed : undefined });
  }
  const answers = gold.map((g) => engine.ask(g.q));
  const r = score(gold, answers, (doc) => byId.get(doc));
  for (const v of r.verdicts) if (opts.verbose || !v.ok) console.log(`${v.ok ? 'ok  ' : 'MISS'} ${v.question}\n     expected ${v.expected}\n     got ${v.got}`);
  console.log(`answerable:   ${r.correct}/${r.answerable} correct (${pct(r.correct, r.answerable)})`);
  console.log(`unanswerable: ${r.abstained}/${r.unanswerable} abstained (${pct(r.abstained, r.unanswerable)})`);
  console.log(`quotes:       ${r.verbatimQuotes}/${r.quotes} verbatim (${pct(r.verbatimQuotes, r.quotes)})`);
}

async function goldEval(): Promise<void> {
  const items = loadGold();
  if (items.length === 0) throw new Error('eval: no gold questions in eval/gold/*.jsonl; pass a JSONL file of questions instead');
  const state = await newsState(opts.corpus, opts.jsonl ?? bbcFiles());
  const bodies = new Map(state.articles.map((a) => [a.id, a.body]));
  const splits = opts.split ?? ['train', 'dev', 'test'];
  for (const split of splits) {
    const chosen = items.filter((g) => g.split === split);
    if (chosen.length === 0) continue;
    let quotes = 0;
    let verbatim = 0;
    const results: Array<{ item: GoldItem; confidence: number; outcome: Outcome }> = [];
    for (const item of chosen) {
      const a = ask(state, item.q, answer);
      for (const c of [...a.citations, ...(a.related ?? [])]) {
        quotes++;
        if (bodies.get(c.document)?.slice(c.start, c.end) === c.quote) verbatim++;
      }
      const outcome = judge(item, a, (id) => bodies.get(id));
      results.push({ item, confidence: a.confidence, outcome });
      if (opts.verbose || (outcome === 'wrong' && split !== 'test')) {
        console.log(`${outcome.padEnd(9)} ${item.q}\n          expected ${'answers' in item ? item.answers.join(' | ') : '(abstain)'} from ${item.article}\n          got ${a.answered ? `${a.answer} (${a.confidence}) [${a.citations.map((c) => c.document).join(', ')}]` : '(abstained)'}`);
      }
    }
    const r = report(results.map((x) => x.item), results.map((x) => x.outcome));
    console.log(`\n== ${split}: ${r.total} questions (${answer.scorer ?? 'default'} scorer)`);
    console.log(`answerable:   ${r.right}/${r.answerable} right with a quote from the gold article (${pct(r.right, r.answerable)}), ${r.wrongAnswerable} wrong, ${r.answerable - r.right - r.wrongAnswerable} abstained`);
    console.log(`unanswerable: ${r.abstainedUnanswerable}/${r.unanswerable} abstained (${pct(r.abstainedUnanswerable, r.unanswerable)})`);
    console.log(`wrong:        ${r.wrong}/${r.total} of all questions (${pct(r.wrong, r.total)})`);
    console.log(`quotes:       ${verbatim}/${quotes} verbatim (${pct(verbatim, quotes)})`);
    console.table(calibration(results).map((b) => ({ confidence: `${b.lo.toFixed(1)}–${b.hi.toFixed(1)}`, answers: b.answers, 'share right': b.answers ? (b.right / b.answers).toFixed(2) : '-' })));
  }
}
