#!/usr/bin/env tsx
// `npm run check:squad`: how the engine does outside the news corpus, on the SQuAD 2.0 sample in
// ../shared/data/squad (217 Wikipedia paragraphs as articles, 1,905 questions, 910 unanswerable).
// A generalisation check only — not used for tuning. Prints answer/abstain rates and whether
// confidence means something (share correct per confidence band).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ask, CorpusState } from '../src/engine.js';
import type { Article } from '../src/ingest.js';

const FILE = join(new URL('..', import.meta.url).pathname, '..', 'shared', 'data', 'squad', 'squad-v2.0-dev-6articles.flat.jsonl');
interface Row { title: string; paragraph_index: number; context: string; question: string; is_impossible: boolean; answers: Array<{ text: string }> }
const rows = readFileSync(FILE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const paragraphs = new Map<string, Article>();
for (const r of rows) {
  const id = `${r.title}-${r.paragraph_index}`.replace(/[^\w.-]+/g, '-');
  paragraphs.set(id, { id, title: r.title.replace(/_/g, ' '), body: r.context, origin: FILE });
}
const state = CorpusState.build([...paragraphs.values()], []);
const bands = [0, 0.5, 0.6, 0.7, 0.8].map((lo, i, a) => ({ lo, hi: a[i + 1] ?? 1.01, n: 0, right: 0 }));
let answerable = 0, correct = 0, wrong = 0, unanswerable = 0, abstained = 0;
for (const r of rows) {
  const a = ask(state, r.question);
  if (r.is_impossible) {
    unanswerable++;
    if (!a.answered) abstained++;
    continue;
  }
  answerable++;
  if (!a.answered) continue;
  const got = (a.answer ?? '').toLowerCase();
  const ok = r.answers.some((g) => got.includes(g.text.toLowerCase()) || g.text.toLowerCase().includes(got));
  if (ok) correct++;
  else wrong++;
  const b = bands.find((b) => a.confidence >= b.lo && a.confidence < b.hi)!;
  b.n++;
  if (ok) b.right++;
}
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`answerable questions: ${correct} right, ${wrong} wrong, ${answerable - correct - wrong} abstained (precision when answering ${pct(correct, correct + wrong)})`);
console.log(`unanswerable questions: ${abstained}/${unanswerable} abstained (${pct(abstained, unanswerable)})`);
console.table(bands.map((b) => ({ confidence: `${b.lo.toFixed(1)}–${Math.min(b.hi, 1).toFixed(1)}`, answers: b.n, 'share right': b.n ? (b.right / b.n).toFixed(2) : '-' })));
