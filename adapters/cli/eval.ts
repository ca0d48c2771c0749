#!/usr/bin/env tsx
// `npm run eval -- FILE`: scores the engine on a JSONL file of gold questions.
import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { createEngine } from '../../src/engine.js';
import { loadCorpus } from '../../src/ingest.js';
import { GoldQuestionSchema, score, type GoldQuestion, type ScoredSource } from '../../src/evaluate.js';

const program = new Command()
  .name('eval')
  .argument('<file>', 'JSONL of {q, any|all, sources?} or {q, unanswerable: true}')
  .option('--corpus <dir>', 'folder of articles', 'corpus')
  .option('--jsonl <file...>', 'also load articles from JSONL files')
  .option('-v, --verbose', 'print every question')
  .parse();
const [file] = program.args as [string];
const opts = program.opts<{ corpus: string; jsonl?: string[]; verbose?: boolean }>();

const gold: GoldQuestion[] = [];
(await readFile(file, 'utf8')).split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  const r = GoldQuestionSchema.safeParse(JSON.parse(line));
  if (!r.success) throw new Error(`${file}:${i + 1}: ${r.error.issues.map((x) => x.message).join('; ')}`);
  gold.push(r.data);
});

const engine = await createEngine(opts.corpus, { jsonl: opts.jsonl, warn: (m) => console.error(m) });
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
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`answerable:   ${r.correct}/${r.answerable} correct (${pct(r.correct, r.answerable)})`);
console.log(`unanswerable: ${r.abstained}/${r.unanswerable} abstained (${pct(r.abstained, r.unanswerable)})`);
console.log(`quotes:       ${r.verbatimQuotes}/${r.quotes} verbatim (${pct(r.verbatimQuotes, r.quotes)})`);
