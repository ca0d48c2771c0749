#!/usr/bin/env tsx
// `npm run bench`: load/index time, memory, cold start and answer latency for the seed corpus and
// for seed + the BBC scale corpus (../shared/data/bbc-news, read at run time), with a bare index
// search on the same index and questions for the pipeline's overhead ratio, and minisearch's own
// search of the same for comparison with the index's scorer.
import { Command, Option } from 'commander';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { buildAskImage, imageCommand } from '../adapters/cli/build-image.js';
import { ask, CorpusState, writeSnapshot } from '../src/engine.js';
import { loadCorpus } from '../src/ingest.js';
import { lexicon } from '../src/lexicon.js';
import { analyzeQuestion } from '../src/question.js';

// Read first: `npm run bench -- --help` prints this and exits, before a two-minute run starts.
const cli = new Command('bench')
  .description(
    'Measure load/index time, memory, cold start and answer latency for the seed corpus and for seed + the BBC corpus (../shared/data/bbc-news), each in a fresh process. Takes about two minutes.',
  )
  .option('--seed-only', 'measure the seed corpus only (quick)')
  .addOption(new Option('--one <corpus>', 'internal: measure one corpus in this process and print its row as JSON').choices(['seed', 'bbc']).hideHelp())
  .addHelpText('after', '\nSettings: BENCH_QUESTIONS (default 400) questions are timed per corpus.\nResults and how to read them: docs/benchmarks.md.')
  .allowExcessArguments(false)
  .showHelpAfterError()
  .parse();
const cliOptions = cli.opts<{ seedOnly?: boolean; one?: 'seed' | 'bbc' }>();

const SELF = fileURLToPath(import.meta.url);
// Run as the bundle (`npm run bench` → dist/bench.mjs) or from source under tsx; either way the
// child processes run the same kind of code as this one.
const FROM_SOURCE = SELF.endsWith('.ts');
const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Children run with this process's Node flags (npm run bench: those the bots run with, see package.json).
const NODE_FLAGS = process.execArgv.filter((f) => f !== '--expose-gc');
const COLD_START = [...NODE_FLAGS, ...(FROM_SOURCE ? [join(ROOT, 'scripts', 'cold-start.ts')] : [join(ROOT, 'dist', 'cold-start.mjs')])];
const CORPUS = join(ROOT, 'corpus');
const SHARED = join(ROOT, '..', 'shared');
const BBC = join(SHARED, 'data', 'bbc-news');
const EVAL = join(SHARED, 'eval', 'questions.jsonl');
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 400);
/**
 * A fixed piece of CPU work (hashing 8 MB), timed: on a shared VM the other tenants' load moves
 * every figure, and this row shows by how much (about 20 ms on a quiet run of the machine below).
 */
function calibrationMs(): number {
  const data = Buffer.alloc(1 << 20, 7);
  const started = performance.now();
  for (let i = 0; i < 8; i++) createHash('sha256').update(data).digest();
  let x = 0;
  for (let i = 0; i < 5_000_000; i++) x = (x * 31 + i) | 0;
  return performance.now() - started + (x === 42 ? 1 : 0);
}

/** Cold starts per corpus; the median is reported (the first pays for the page cache). */
const COLD_RUNS = 5;

/** Milliseconds from spawning `node <args>` to the first byte it writes to stdout. */
function firstOutputMs(args: string[]): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let first = 0;
    child.stdout.once('data', () => (first = performance.now() - started));
    child.stdout.resume();
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && first > 0 ? resolvePromise(first) : reject(new Error(`bench: cold start exited ${code}`))));
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const mb = (b: number) => (b / 1048576).toFixed(1);

/** Deterministic pseudo-random numbers, so every run asks the same questions. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Questions made from the corpus's own sentences: a name or number in a sentence becomes who/how many. */
function questionsFrom(state: CorpusState, n: number): string[] {
  const rand = rng(42);
  const out: string[] = [];
  const ps = state.passages.filter((p) => p.duplicateOf === undefined && p.text.length > 40 && p.text.length < 300);
  for (let tries = 0; out.length < n && tries < n * 20; tries++) {
    const p = ps[Math.floor(rand() * ps.length)]!;
    const name = /^(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+ (said|says|told|is|was|has|had|will|announced)\b(.*)$/.exec(p.text);
    const num = /^(.*?)\b(\d[\d,.]*) ([a-z]+)(.*)$/.exec(p.text);
    if (name) out.push(`Who ${name[1]}${name[2]!.replace(/[.!?"”]+$/, '')}?`);
    else if (num) out.push(`How many ${num[3]} ${num[4]!.replace(/[.!?"”]+$/, '').split(' ').slice(0, 10).join(' ')}?`);
    else out.push(`What ${p.text.split(' ').slice(2, 12).join(' ').replace(/[.!?"”]+$/, '')}?`);
  }
  return out;
}

/**
 * Load+index time of a corpus holding one 1 MB article on a single line (plain sentences, and a
 * long table-like run with no full stop), as a file in a fresh folder: segmentation must stay linear.
 */
async function oneLineMegabyteMs(): Promise<string> {
  const sentence = 'Mr. Jones said the harbour handled 1,200 ships in "a record year" for the U.S. port. ';
  const run = Array.from({ length: 8_000 }, (_, i) => `Cell${i}`).join(' | ');
  const half = sentence.repeat(Math.ceil(480_000 / sentence.length));
  const dir = mkdtempSync(join(tmpdir(), 'bench-line-'));
  writeFileSync(join(dir, 'line.md'), `---\nid: line\ntitle: One line\n---\n${half}${run} ${half}`);
  const started = performance.now();
  const { articles, problems } = await loadCorpus(dir);
  const state = CorpusState.build(articles, problems);
  const ms = performance.now() - started;
  rmSync(dir, { recursive: true, force: true });
  return `${ms.toFixed(0)} (${state.passages.length} passages)`;
}

async function run(label: string, jsonl: string[]) {
  const calibrationBefore = calibrationMs();
  const bytesBefore = process.memoryUsage();
  const t0 = performance.now();
  const { articles, problems } = await loadCorpus(CORPUS, { jsonl });
  const t1 = performance.now();
  const state = CorpusState.build(articles, problems);
  const t2 = performance.now();
  const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.body), 0);
  const first = performance.now();
  ask(state, 'Who runs Emennet Pasargad?');
  const firstAnswer = performance.now() - first;

  const evalQs = existsSync(EVAL) ? readFileSync(EVAL, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { q: string }).q) : [];
  const qs = [...evalQs, ...questionsFrom(state, QUESTIONS - evalQs.length)];
  // warm-up pass (JIT, caches) is not timed; the timed pass then asks every question once more
  for (const q of qs.slice(0, 20)) ask(state, q);
  const times: number[] = [];
  const bare: number[] = [];
  const own: number[] = [];
  for (const q of qs) {
    const s = performance.now();
    ask(state, q);
    times.push(performance.now() - s);
    const query = analyzeQuestion(q).terms.map((t) => ({ term: t.term, weight: 1 }));
    const b = performance.now();
    state.index.search(query);
    bare.push(performance.now() - b);
    // the same search through minisearch's own search (what the index did before its scorer)
    const o = performance.now();
    state.index.searchWithMiniSearch(query);
    own.push(performance.now() - o);
  }
  global.gc?.();
  const memAnswering = process.memoryUsage();
  // The bots warm their caches in the background after start-up (engine option `warm`); the same
  // questions again after warming as many passages as the bots do (2,000) show the steady state.
  const warmStart = performance.now();
  lexicon().preload();
  const warmed = await state.warm(2_000);
  const warmMs = performance.now() - warmStart;
  const warmTimes: number[] = [];
  for (const q of qs) {
    const s = performance.now();
    ask(state, q);
    warmTimes.push(performance.now() - s);
  }
  global.gc?.();
  const mem = process.memoryUsage();
  // The other answer stages (ANSWER_STAGE), warm, on the same questions: after a pass each that is not timed.
  const stageTimes: Record<string, number[]> = {};
  for (const scorer of ['learned', 'combined'] as const) {
    for (const q of qs) ask(state, q, { scorer });
    stageTimes[scorer] = qs.map((q) => {
      const s = performance.now();
      ask(state, q, { scorer });
      return performance.now() - s;
    });
  }
  // The same corpus again in this warm process: what a live reload costs.
  const r0 = performance.now();
  const again = await loadCorpus(CORPUS, { jsonl });
  CorpusState.build(again.articles, again.problems);
  const reloadMs = performance.now() - r0;
  // Cold start in a fresh process from a persisted snapshot (npm run index), to the first answer.
  const snap = join(mkdtempSync(join(tmpdir(), 'bench-')), 'index.json');
  await writeSnapshot(CORPUS, snap, { jsonl });
  const coldRuns = Array.from({ length: COLD_RUNS }, () => JSON.parse(execFileSync(process.execPath, [...COLD_START, CORPUS, snap, ...jsonl], { encoding: 'utf8' }).trim().split('\n').pop()!) as { how: string; importMs: number; engineMs: number; firstAnswerMs: number; rssMB: number });
  // The same questions asked of an engine started from the snapshot, as the bots start: the
  // snapshot holds every sentence's tags, so no question waits for tagging.
  const questionsFile = join(dirname(snap), 'questions.txt');
  writeFileSync(questionsFile, qs.map((q) => q.replace(/\n/g, ' ')).join('\n'));
  const fromSnapshot = JSON.parse(execFileSync(process.execPath, [...COLD_START, CORPUS, snap, ...jsonl], { encoding: 'utf8', env: { ...process.env, QUESTIONS_FILE: questionsFile } }).trim().split('\n').pop()!) as { p50: number; p99: number };
  const run1 = coldRuns[0]!;
  // The same from the CLI's start-up image (npm run index builds it), timed from outside: spawn
  // to the first byte of the answer on stdout, as a user at a terminal sees it.
  const image = join(dirname(snap), 'ask.blob');
  const built = await buildAskImage({ corpus: CORPUS, jsonl, snapshot: snap, out: image });
  const imageArgs = imageCommand(image, [...jsonl.flatMap((f) => ['--jsonl', f]), '--corpus', CORPUS, 'Who runs Emennet Pasargad?']);
  const imageRuns: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) imageRuns.push(await firstOutputMs(imageArgs));
  const snapshotRuns: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) snapshotRuns.push(await firstOutputMs([...COLD_START, CORPUS, snap, ...jsonl]));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const oneLine = label === 'seed' ? await oneLineMegabyteMs() : '(seed column)';
  const calibrationAfter = calibrationMs();
  rmSync(dirname(snap), { recursive: true, force: true }); // the snapshot, its tags and a 14 MB image
  return {
    corpus: label,
    'machine check ms (before / after)': `${calibrationBefore.toFixed(0)} / ${calibrationAfter.toFixed(0)}`,
    articles: articles.length,
    passages: state.passages.length,
    'text MB': mb(bytes),
    'load ms': (t1 - t0).toFixed(1),
    'index ms': (t2 - t1).toFixed(1),
    'load+index ms': (t2 - t0).toFixed(1),
    'MB/s': (bytes / 1048576 / ((t2 - t0) / 1000)).toFixed(1),
    'reload: load+index ms': reloadMs.toFixed(1),
    '1 MB article on one line: load+index ms': oneLine,
    'first answer ms': firstAnswer.toFixed(1),
    questions: qs.length,
    'p50 ms': pct(times, 50).toFixed(2),
    'p99 ms': pct(times, 99).toFixed(2),
    'from snapshot, tags included: p50 / p99 ms': `${fromSnapshot.p50.toFixed(2)} / ${fromSnapshot.p99.toFixed(2)}`,
    [`warmed passages (ms)`]: `${warmed} (${warmMs.toFixed(0)})`,
    'warm p50 ms': pct(warmTimes, 50).toFixed(2),
    'warm p99 ms': pct(warmTimes, 99).toFixed(2),
    'warm p50 / p99 ms, learned stage': `${pct(stageTimes.learned!, 50).toFixed(2)} / ${pct(stageTimes.learned!, 99).toFixed(2)}`,
    'warm p50 / p99 ms, combined stage': `${pct(stageTimes.combined!, 50).toFixed(2)} / ${pct(stageTimes.combined!, 99).toFixed(2)}`,
    'bare p50 ms': pct(bare, 50).toFixed(2),
    'bare p99 ms': pct(bare, 99).toFixed(2),
    'pipeline/bare (mean)': (sum(times) / sum(bare)).toFixed(1),
    "minisearch's own search p50 / p99 ms": `${pct(own, 50).toFixed(2)} / ${pct(own, 99).toFixed(2)}`,
    "pipeline/minisearch's own search (mean)": (sum(times) / sum(own)).toFixed(1),
    'RSS MB (answering)': mb(memAnswering.rss),
    'RSS MB (after warm-up)': mb(mem.rss),
    'heap MB (used / total)': `${mb(mem.heapUsed)} / ${mb(mem.heapTotal)}`,
    'external MB (buffers)': mb(mem.external),
    'heap growth MB': mb(mem.heapUsed - bytesBefore.heapUsed),
    'cold start, snapshot: engine ms': `${pct(coldRuns.map((r) => r.engineMs), 50).toFixed(0)} (${run1.how})`,
    'cold start, snapshot: spawn→answer ms': `${pct(snapshotRuns, 50).toFixed(0)} (max ${Math.max(...snapshotRuns).toFixed(0)})`,
    'start-up image MB (build s)': `${mb(built.bytes)} (${(built.ms / 1000).toFixed(1)})`,
    'cold start, image: spawn→answer ms': `${pct(imageRuns, 50).toFixed(0)} (max ${Math.max(...imageRuns).toFixed(0)})`,
  };
}

// Each corpus runs in its own process (`--one seed|bbc`), so memory figures are that corpus's alone.
if (cliOptions.one) {
  const which = cliOptions.one;
  const bbcFiles = () => readdirSync(BBC).filter((f) => f.endsWith('.jsonl')).map((f) => join(BBC, f));
  const row = which === 'bbc' ? await run('seed + BBC', bbcFiles()) : await run('seed', []);
  console.log(JSON.stringify(row));
} else {
  console.log(`node ${process.version} ${NODE_FLAGS.join(' ')}, ${cpus()[0]?.model ?? 'cpu'} (${cpus().length} cores); each corpus in a fresh process`);
  const corpora = existsSync(BBC) && !cliOptions.seedOnly ? ['seed', 'bbc'] : ['seed'];
  const rows = corpora.map((c) => {
    const out = execFileSync(process.execPath, ['--expose-gc', ...NODE_FLAGS, SELF, '--one', c], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
  });
  // One row per corpus, printed as a vertical table (metrics down, corpora across).
  const keys = Object.keys(rows[0]!);
  console.table(Object.fromEntries(keys.map((k) => [k, Object.fromEntries(rows.map((r) => [String(r.corpus), r[k]]))])));
}
