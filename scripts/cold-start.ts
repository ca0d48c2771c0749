#!/usr/bin/env tsx
// Measures one cold start: process start → engine ready (from a snapshot when it matches) → first
// answer. Run by scripts/bench.ts in a fresh process; prints one JSON line.
import { createEngine } from '../src/engine.js';

const [corpus, snapshot, ...jsonl] = process.argv.slice(2);
const imported = performance.now(); // performance.now() counts from process start
let how = 'rebuilt';
const engine = await createEngine(corpus!, { snapshot, jsonl, warn: () => {}, log: (m) => { if (/loaded snapshot/.test(m)) how = 'snapshot'; } });
const ready = performance.now();
const a = engine.ask('Who runs Emennet Pasargad?');
const first = performance.now();
console.log(JSON.stringify({ how, importMs: imported, readyMs: ready, firstAnswerMs: first, engineMs: first - imported, answered: a.answered, rssMB: process.memoryUsage().rss / 1048576 }));
