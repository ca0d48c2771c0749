#!/usr/bin/env tsx
// `npm run index`: builds the index and writes a snapshot that start-up loads while it matches the
// corpus, and the CLI's start-up image (see ask-image.ts) that `npm run ask` starts from.
import { Command } from 'commander';
import { z } from 'zod';
import { writeSnapshot } from '../../src/engine.js';
import { loadEnvFile } from '../shared/env.js';
import { buildAskImage, DEFAULT_IMAGE } from './build-image.js';

export const DEFAULT_SNAPSHOT = '.cache/index.snapshot.json';

const OptionsSchema = z.object({
  corpus: z.string().min(1),
  jsonl: z.array(z.string().min(1)).default([]),
  out: z.string().min(1),
  image: z.union([z.string().min(1), z.literal(false)]),
});

// the same .env as the bots, so the index is built for the corpus they serve
try {
  loadEnvFile();
} catch (error) {
  console.error((error as Error).message); // an unreadable .env: the message says which and how to fix it
  process.exit(1);
}
const envJsonl = (process.env.CORPUS_JSONL ?? '').split(',').map((f) => f.trim()).filter(Boolean);

const program = new Command()
  .name('index')
  .description('Build the search index for a corpus and save it as a snapshot, and the CLI start-up image.')
  .option('--corpus <dir>', 'folder of articles', process.env.CORPUS_DIR ?? 'corpus')
  .option('--jsonl <file...>', 'also index articles from JSONL files (default: CORPUS_JSONL, comma-separated)', envJsonl)
  .option('--out <file>', 'snapshot file', process.env.INDEX_SNAPSHOT ?? DEFAULT_SNAPSHOT)
  .option('--image <file>', 'start-up image for `npm run ask`', DEFAULT_IMAGE)
  .option('--no-image', 'do not build the start-up image')
  .addHelpText('after', '\nSettings (environment or .env; ENV_FILE names another file): CORPUS_DIR, CORPUS_JSONL, INDEX_SNAPSHOT give the defaults above.')
  .allowExcessArguments(false)
  .showHelpAfterError()
  .parse();
const parsed = OptionsSchema.safeParse(program.opts());
if (!parsed.success) program.error(`error: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
const opts = parsed.data!;

const started = performance.now();
const r = await writeSnapshot(opts.corpus, opts.out, { jsonl: opts.jsonl });
for (const p of r.problems) console.error(`skipped ${p.file}: ${p.message}`);
console.log(`wrote ${opts.out}: ${r.articles} articles, ${r.passages} passages in ${Math.round(performance.now() - started)} ms`);
if (opts.image !== false) {
  try {
    const img = await buildAskImage({ corpus: opts.corpus, jsonl: opts.jsonl, snapshot: opts.out, out: opts.image });
    console.log(`wrote ${opts.image}: start-up image for npm run ask (${(img.bytes / 1048576).toFixed(0)} MB, Node ${process.version}) in ${Math.round(img.ms)} ms`);
  } catch (e) {
    // the snapshot is written; without an image `npm run ask` just starts the usual way
    console.error(`no start-up image: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
