// The entry point of the CLI's start-up image: run by `node --build-snapshot` (see build-image.ts),
// it loads the engine for one corpus, then V8 saves the whole heap — compromise's lexicon, the
// index, the passages — to a blob. Node started from the blob begins with all of
// it in memory instead of loading and building it, and answers in about a fifth of a second:
// `node --snapshot-blob .cache/ask.blob ask "question"` (what `npm run ask` runs when the image is current).
// Arguments are those of `npm run ask`; a question about another corpus, or about this one after
// it changed, is answered the normal way (snapshot or rebuild), just slower.
import { resolve } from 'node:path';
import v8 from 'node:v8';
import { z } from 'zod';
import { createEngine, type Engine } from '../../src/engine.js';
import { Lexicon, lexicon, useLexicon } from '../../src/lexicon.js';
import { releaseSegmenter } from '../../src/passages.js';
import { corpusHash, corpusSignature } from '../../src/snapshot.js';
import { runAsk, startFromCorpus, type StartEngine } from './ask-command.js';

/** Set by the builder in ASK_IMAGE_CONFIG; every path absolute. */
const ImageConfigSchema = z.object({
  corpus: z.string().min(1),
  jsonl: z.array(z.string().min(1)),
  snapshot: z.string().min(1).optional(),
  wordnet: z.string().min(1),
});

const config = ImageConfigSchema.parse(JSON.parse(process.env.ASK_IMAGE_CONFIG ?? 'null'));
let engine: Engine | null = null;
let hash = '';
let signature = '';

/** The corpus is the one in the image: same names, sizes and times, or failing that the same bytes. */
async function unchanged(): Promise<boolean> {
  return (await corpusSignature(config.corpus, config.jsonl)) === signature || (await corpusHash(config.corpus, config.jsonl)) === hash;
}

const sameFiles = (a: string[], b: string[]) => a.length === b.length && a.every((f, i) => f === b[i]);

const fromImage: StartEngine = async (opts, engineOptions) => {
  const sameCorpus = resolve(opts.corpus) === config.corpus && sameFiles(opts.jsonl.map((f) => resolve(f)), config.jsonl);
  if (sameCorpus && engine && (await unchanged())) {
    engineOptions.log?.(`index: from the start-up image (${engine.sources().length} articles)`);
    return engine;
  }
  engineOptions.log?.(`index: the start-up image holds ${sameCorpus ? 'an older version of this corpus' : 'another corpus'}; loading it the usual way`);
  return startFromCorpus(opts, engineOptions);
};

// V8 cannot save ICU objects or open files: drop the sentence segmenter and WordNet's file buffers
// (both come back on first use, the WordNet files in a few milliseconds).
v8.startupSnapshot.addSerializeCallback(() => {
  releaseSegmenter();
  lexicon().close();
});
v8.startupSnapshot.setDeserializeMainFunction(() => {
  // Started as `node --snapshot-blob <image> ask [arguments]` ("ask" first: Node reads options up
  // to the first word that is not one), so argv is [node, 'ask', ...arguments], as commander expects.
  runAsk(process.argv, fromImage).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
});

void (async () => {
  useLexicon(new Lexicon(config.wordnet));
  signature = await corpusSignature(config.corpus, config.jsonl);
  hash = await corpusHash(config.corpus, config.jsonl);
  engine = await createEngine(config.corpus, { jsonl: config.jsonl, snapshot: config.snapshot, snapshotTags: false, warn: (m) => console.error(m), log: () => {} });
  // one question, so the lexicon's caches hold the words every question uses
  engine.ask('Who said what, and when?');
})();
