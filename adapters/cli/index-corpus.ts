#!/usr/bin/env tsx
// `npm run index`: builds the index and writes a snapshot that start-up loads while it matches the corpus.
import { Command } from 'commander';
import { writeSnapshot } from '../../src/engine.js';

export const DEFAULT_SNAPSHOT = '.cache/index.snapshot.json';

const program = new Command()
  .name('index')
  .description('Build the search index for a corpus and save it as a snapshot.')
  .option('--corpus <dir>', 'folder of articles', process.env.CORPUS_DIR ?? 'corpus')
  .option('--jsonl <file...>', 'also index articles from JSONL files')
  .option('--out <file>', 'snapshot file', process.env.INDEX_SNAPSHOT ?? DEFAULT_SNAPSHOT)
  .parse();
const opts = program.opts<{ corpus: string; jsonl?: string[]; out: string }>();
const started = performance.now();
const r = await writeSnapshot(opts.corpus, opts.out, { jsonl: opts.jsonl });
for (const p of r.problems) console.error(`skipped ${p.file}: ${p.message}`);
console.log(`wrote ${opts.out}: ${r.articles} articles, ${r.passages} passages in ${Math.round(performance.now() - started)} ms`);
