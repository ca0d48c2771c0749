#!/usr/bin/env tsx
// Measures one cold start: process start → engine ready (from a snapshot when it matches) → first
// answer. Run by scripts/bench.ts in a fresh process; prints one JSON line. With QUESTIONS_FILE
// (one question a line) it then asks those too, as a bot started from the snapshot would answer
// them (after the same 20-question warm-up as the in-process run), and adds their p50/p99.
import { readFileSync } from 'node:fs';
import { createEngine } from '../src/engine.js';

const [corpus, snapshot, ...jsonl] = process.argv.slice(2);
const imported = performance.now(); // performance.now() counts from process start
let how = 'rebuilt';
const engine = await createEngine(corpus!, { snapshot, jsonl, warn: () => {}, log: (m) => { if (/loaded snapshot/.test(m)) how = 'snapshot'; } });
const ready = performance.now();
const a = engine.ask('Who runs Emennet Pasargad?');
const first = performance.now();
const times: number[] = [];
if (process.env.QUESTIONS_FILE) {
  const qs = readFileSync(process.env.QUESTIONS_FILE, 'utf8').split('\n').filter(Boolean);
  for (const q of qs.slice(0, 20)) engine.ask(q); // the same untimed warm-up as the in-process run
  for (const q of qs) {
    const s = performance.now();
    engine.ask(q);
    times.push(performance.now() - s);
  }
  times.sort((x, y) => x - y);
}
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
console.log(JSON.stringify({ how, importMs: imported, readyMs: ready, firstAnswerMs: first, engineMs: first - imported, answered: a.answered, rssMB: process.memoryUsage().rss / 1048576, p50: pct(50), p99: pct(99) }));
